/**
 * The house style of every letter: one function that lays out the parts a formal letter of the
 * Flemish administration needs (LETTERS.md "Parts of a decision letter"), so that each letter type
 * only supplies its own text. Pure: same parts in, same document definition out (no clock, no I/O).
 *
 * Layout (A4): letterhead of the issuing department · addressee block (right, window envelope) ·
 * reference grid (Uw kenmerk, Ons kenmerk, Bijlage(n); Vragen naar, Telefoon, E-mail) · place and
 * date · Betreft · salutation · body · "Rechtsgrond en motivering" · "Beroepsmogelijkheden"
 * (Bestuursdecreet art. II.21) · "Contactpersoon" (art. II.20) · closing and signature (with the
 * delegation line) · annexes · footer with "Pagina x van y".
 */
import type { Departement } from '../../../shared/platform/medewerker.contract';
import { formatDatumLang, formatEuro } from '../../../shared/kernel/format';
import { DEPARTEMENT_GEGEVENS, RAAD_VAN_STATE } from './departementen';
import type { Content, ContentObject, DocDefinition } from './pdf';

export interface Geadresseerde {
  naam: string;
  kbo: string;
  straat: string;
  postcode: string;
  gemeente: string;
  /** Only for addresses abroad. */
  land?: string | null;
  /** "t.a.v." line: the person the letter is addressed to, e.g. "An Peeters, Directeur". */
  tav?: string | null;
}

/** Contact person of the dossier (Bestuursdecreet art. II.20). */
export interface ContactpersoonGegevens {
  naam: string;
  dienst: string;
  email: string;
  telefoon: string;
}

export interface OndertekenaarGegevens {
  naam: string;
  functie: string;
  /** e.g. "Voor de minister, bij delegatie"; printed above the name. */
  delegatie: string | null;
}

/** An administrative objection the rules organise (bezwaar), stated in the appeal clause. */
export interface Bezwaar {
  /** With whom, e.g. "het Departement Zorg" or "de Vlaamse minister bevoegd voor welzijn". */
  bij: string;
  /** Form and how to send, e.g. "Uw bezwaar is schriftelijk en gemotiveerd. Stuur het met een aangetekende brief naar …". */
  vorm: string;
  /** Days after notification. */
  dagen: number;
}

/**
 * The appeal clause (Bestuursdecreet art. II.21). A letter that is no decision says so; a decision
 * states the administrative objection (or that there is none) and the appeal for annulment at the
 * Raad van State within `rvsDagen` (parameter RVS_BEROEPSTERMIJN) after notification.
 */
export type Beroep =
  | { soort: 'geen-beslissing'; /** e.g. "een ontvangstmelding" */ wat?: string; toelichting?: string }
  | { soort: 'beslissing'; bezwaar: Bezwaar | null; rvsDagen: number };

export interface LetterParts {
  departement: Departement;
  adres: Geadresseerde;
  /** Ons kenmerk; null in a preview (assigned when the letter is issued). */
  kenmerk: string | null;
  uwKenmerk: string | null;
  /** Date of the letter, `YYYY-MM-DD`. */
  datum: string;
  onderwerp: string;
  aanhef: string;
  body: Content[];
  /** Legal basis, one line per instrument (articles included). */
  rechtsgrond: string[];
  /** Facts and grounds (formal motivation); paragraphs. */
  motivering?: Content[];
  beroep: Beroep;
  contactpersoon: ContactpersoonGegevens;
  ondertekenaar: OndertekenaarGegevens;
  bijlagen: string[];
  /** Defaults to "Met vriendelijke groeten,". */
  slot?: string;
  /** ISO timestamp of creation: the PDF's creation date, so identical parts give identical bytes. */
  aangemaaktOp: string;
  /** Watermark "VOORBEELD" (not issued). */
  voorbeeld?: boolean;
}

export const GRIJS = '#555555';
export const LIJN = '#FFE615'; // Vlaanderen yellow
export const DONKER = '#1d1d1b';

export const KENMERK_VOORBEELD = '(toegekend bij uitgifte)';

/**
 * The appeal clause of a letter that decides nothing (an acknowledgement, a request, a reminder): no
 * remedy against it, and where the remedy against the later decision will be stated.
 */
export function geenBeslissing(wat: string, welkeBeslissing: string): Beroep {
  return {
    soort: 'geen-beslissing',
    wat,
    toelichting: `Tegen de beslissing die wij ${welkeBeslissing}, staan wel beroepsmogelijkheden open; die vermelden wij in die beslissing (Bestuursdecreet van 7 december 2018, artikel II.21).`,
  };
}

// ---------------------------------------------------------------------------------------------
// Small building blocks, exported for the letter types

/** A paragraph; pass strings and `vet(...)` pieces. */
export function alinea(...delen: Content[]): ContentObject {
  return { text: delen, margin: [0, 0, 0, 8] };
}

export function vet(text: string): ContentObject {
  return { text, bold: true };
}

export function kop(text: string): ContentObject {
  return { text, style: 'kop' };
}

export function opsomming(items: Content[]): ContentObject {
  return { ul: items, margin: [0, 0, 0, 8] };
}

/** A table of amounts (statements, recoveries): description, optional detail, amount; optional total line. */
export function bedragenTabel(
  rijen: { omschrijving: string; detail?: string; bedragCent: number }[],
  totaal?: { omschrijving: string; bedragCent: number },
): ContentObject {
  const body: Content[][] = [
    [
      { text: 'Omschrijving', style: 'tabelKop' },
      { text: 'Berekening', style: 'tabelKop' },
      { text: 'Bedrag', style: 'tabelKop', alignment: 'right' },
    ],
    ...rijen.map((r) => [r.omschrijving, { text: r.detail ?? '', color: GRIJS }, { text: formatEuro(r.bedragCent), alignment: 'right' }]),
  ];
  if (totaal) {
    body.push([vet(totaal.omschrijving), '', { text: formatEuro(totaal.bedragCent), bold: true, alignment: 'right' }]);
  }
  return {
    table: { headerRows: 1, widths: ['*', 'auto', 80], body },
    layout: totaal ? 'bedragenMetTotaal' : 'bedragen',
    margin: [0, 2, 0, 10],
  };
}

/**
 * A titled section; the title is kept on the same page as the first block that follows it
 * (a heading alone at the bottom of a page looks wrong in a formal letter).
 */
export function sectie(titel: string, inhoud: Content[], stijl: 'kop' | 'subkop' = 'kop'): Content[] {
  const titelNode = { text: titel, style: stijl };
  if (!inhoud.length) return [titelNode];
  return [{ stack: [titelNode, inhoud[0]], unbreakable: true }, ...inhoud.slice(1)];
}

// ---------------------------------------------------------------------------------------------
// The appeal clause

export function beroepsclausule(beroep: Beroep): Content[] {
  if (beroep.soort === 'geen-beslissing') {
    return [
      alinea(
        `Deze brief is ${beroep.wat ? `${beroep.wat} en ` : ''}`,
        vet('geen beslissing'),
        '. U kunt er daarom geen bezwaar of beroep tegen instellen. ',
        beroep.toelichting ??
          'In de beslissing die wij later nemen, vermelden wij welke beroepsmogelijkheden u daartegen hebt ' +
            '(Bestuursdecreet van 7 december 2018, artikel II.21).',
      ),
    ];
  }
  const rvs = `${RAAD_VAN_STATE.naam}, ${RAAD_VAN_STATE.straat}, ${RAAD_VAN_STATE.postcode} ${RAAD_VAN_STATE.gemeente}`;
  const delen: Content[] = [];
  if (beroep.bezwaar) {
    const b = beroep.bezwaar;
    delen.push(
      alinea(
        'Bent u het niet eens met deze beslissing, dan kunt u bezwaar indienen bij ',
        b.bij,
        ' binnen ',
        vet(`${b.dagen} dagen`),
        ' na de kennisgeving van deze beslissing. ',
        b.vorm,
      ),
    );
  } else {
    delen.push(alinea('Tegen deze beslissing is geen georganiseerd administratief beroep (bezwaar) mogelijk.'));
  }
  delen.push(
    alinea(
      beroep.bezwaar ? 'Daarnaast kunt u ' : 'U kunt ',
      'tegen deze beslissing een beroep tot nietigverklaring instellen bij de ',
      vet(rvs),
      ', binnen ',
      vet(`${beroep.rvsDagen} dagen`),
      ' na de kennisgeving ervan. Het verzoekschrift wordt ondertekend door u of door een advocaat en wordt ' +
        `met een aangetekende brief verstuurd of elektronisch ingediend (${RAAD_VAN_STATE.website}).`,
    ),
  );
  return delen;
}

// ---------------------------------------------------------------------------------------------
// The letter

/** A code with hyphens or slashes (a recognition number "AMA-WVG-2026-0031", a kenmerk) is never split over two lines. */
const CODE = /([A-Z][A-Z0-9]*(?:[-/][A-Z0-9]+)+)/;
export function onbreekbareCodes(tekst: string): Content[] {
  // split() with a capturing group puts the codes at the odd positions.
  return tekst.split(CODE).flatMap((deel, i): Content[] => (!deel ? [] : i % 2 === 1 ? [{ text: deel, noWrap: true }] : [deel]));
}

export function buildLetter(p: LetterParts): DocDefinition {
  const dep = DEPARTEMENT_GEGEVENS[p.departement];
  const kenmerk = p.kenmerk ?? KENMERK_VOORBEELD;
  const content: Content[] = [
    briefhoofd(p.departement),
    adresblok(p.adres),
    referenties(p, kenmerk),
    { text: `${dep.plaats}, ${formatDatumLang(p.datum)}`, margin: [0, 14, 0, 0] },
    {
      table: { widths: [52, '*'], body: [[{ text: 'Betreft', bold: true }, { text: onbreekbareCodes(p.onderwerp), bold: true }]] },
      layout: 'noBorders',
      margin: [0, 14, 0, 14],
    },
    { text: p.aanhef, margin: [0, 0, 0, 8] },
    ...p.body,
    ...sectie('Rechtsgrond en motivering', [
      { stack: [{ text: 'Rechtsgrond', style: 'subkop' }, opsomming(p.rechtsgrond)] },
      ...(p.motivering?.length ? sectie('Motivering', p.motivering, 'subkop') : []),
    ]),
    ...sectie('Beroepsmogelijkheden', beroepsclausule(p.beroep)),
    // The last paragraph (the contact person), the closing and the signature stay on one page: a signature is never
    // alone on the last page.
    { unbreakable: true, stack: [...sectie('Contactpersoon', [contactAlinea(p.contactpersoon, dep.naam)]), ondertekening(p.slot ?? 'Met vriendelijke groeten,', p.ondertekenaar)] },
    ...(p.bijlagen.length
      ? [{ text: 'Bijlage(n)', style: 'subkop', margin: [0, 16, 0, 2] }, { ol: p.bijlagen, margin: [0, 0, 0, 0] }]
      : []),
  ];

  return {
    pageSize: 'A4',
    pageMargins: [70, 48, 62, 64],
    language: 'nl-BE',
    info: {
      title: p.onderwerp,
      author: `${dep.overheid}, ${dep.naam}`,
      subject: p.kenmerk ? `Ons kenmerk ${p.kenmerk}` : 'Voorbeeld (niet uitgegeven)',
      creationDate: new Date(p.aangemaaktOp),
    },
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.25, color: DONKER },
    styles: {
      kop: { fontSize: 10.5, bold: true, margin: [0, 10, 0, 4] },
      subkop: { bold: true, fontSize: 9.5, color: GRIJS, margin: [0, 2, 0, 2] },
      label: { fontSize: 7.5, color: GRIJS, lineHeight: 1.1 },
      klein: { fontSize: 8, color: GRIJS, lineHeight: 1.15 },
      tabelKop: { bold: true, fontSize: 9 },
    },
    content,
    paginaVoet: {
      marge: [70, 20, 62, 0],
      links: [...(p.kenmerk ? [{ text: `Ons kenmerk ${p.kenmerk}`, bold: true }, '  ·  '] : []), `${dep.kortNaam}, ${dep.straat}, ${dep.postcode} ${dep.gemeente}`],
      stijl: 'klein',
    },
    ...(p.voorbeeld ? { watermark: { text: 'VOORBEELD', color: '#b00020', opacity: 0.08, bold: true } } : {}),
  };
}

function briefhoofd(departement: Departement): ContentObject {
  const dep = DEPARTEMENT_GEGEVENS[departement];
  return {
    stack: [
      {
        columns: [
          {
            width: '*',
            stack: [
              { text: dep.overheid, fontSize: 9, color: GRIJS },
              { text: dep.naam, fontSize: 15, bold: true, margin: [0, 1, 0, 0] },
            ],
          },
          {
            width: 170,
            stack: [
              dep.straat,
              `${dep.postcode} ${dep.gemeente}, ${dep.land}`,
              `T ${dep.telefoon}`,
              dep.email,
              dep.website,
            ],
            style: 'klein',
            alignment: 'right',
          },
        ],
      },
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 463, y2: 0, lineWidth: 3, lineColor: LIJN }], margin: [0, 8, 0, 0] },
    ],
  };
}

function adresblok(a: Geadresseerde): ContentObject {
  const regels: Content[] = [
    { text: a.naam, bold: true },
    { text: `KBO-nummer ${a.kbo}`, fontSize: 9 },
    ...(a.tav ? [`t.a.v. ${a.tav}`] : []),
    a.straat,
    `${a.postcode} ${a.gemeente}`,
    ...(a.land ? [a.land.toUpperCase()] : []),
  ];
  // Right-hand block at the height of a window envelope (Belgian DL/C5 window on the right).
  return { columns: [{ width: '*', text: '' }, { width: 220, stack: regels }], margin: [0, 40, 0, 0] };
}

function referenties(p: LetterParts, kenmerk: string): ContentObject {
  const c = p.contactpersoon;
  const cel = (label: string, waarde: string, extra: ContentObject = {}) => ({
    stack: [{ text: label, style: 'label' }, { text: waarde || '—', fontSize: 9, ...extra }],
    margin: [0, 0, 0, 6],
  });
  return {
    table: {
      widths: ['*', '*', '*'],
      body: [
        [cel('Uw kenmerk', p.uwKenmerk ?? ''), cel('Ons kenmerk', kenmerk, { bold: true }), cel('Bijlage(n)', p.bijlagen.length ? String(p.bijlagen.length) : 'geen')],
        [cel('Vragen naar', c.naam), cel('Telefoon', c.telefoon), cel('E-mail', c.email)],
      ],
    },
    layout: 'noBorders',
    margin: [0, 36, 0, 0],
  };
}

function contactAlinea(c: ContactpersoonGegevens, departementNaam: string): ContentObject {
  const bereik: Content[] = [];
  if (c.email) bereik.push('via ', vet(c.email));
  if (c.email && c.telefoon) bereik.push(' of ');
  if (c.telefoon) bereik.push('op het telefoonnummer ', vet(c.telefoon));
  return alinea(
    'Hebt u vragen over deze brief of over uw dossier? Neem dan contact op met ',
    vet(c.naam),
    `, ${c.dienst ? `${c.dienst}, ` : ''}${departementNaam}, `,
    ...bereik,
    '. Vermeld daarbij ons kenmerk.',
  );
}

function ondertekening(slot: string, o: OndertekenaarGegevens): ContentObject {
  return {
    unbreakable: true,
    stack: [
      { text: slot, margin: [0, 8, 0, 0] },
      ...(o.delegatie ? [{ text: `${o.delegatie},`, margin: [0, 10, 0, 0] }] : []),
      { text: o.naam, bold: true, margin: [0, o.delegatie ? 30 : 40, 0, 0] },
      { text: o.functie },
    ],
  };
}
