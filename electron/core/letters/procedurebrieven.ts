/**
 * Letters of the hearing procedure (hoorprocedure) and the objection (bezwaar), for every right:
 *  - voornemen (intended adverse decision: grounds, facts, response period from the notification,
 *    the right to be heard; not a decision);
 *  - uitnodiging hoorzitting (date, time, place, who may attend, counsel; not a decision);
 *  - verslag hoorzitting (the minutes, optional; not a decision);
 *  - afsluiting zonder beslissing (the intent is dropped; optional; not a decision);
 *  - ontvangstmelding bezwaar (in time or not, with the derivation, and the handling deadline);
 *  - the wording of the final decision (beslissing na hoorprocedure) and of the decision on an
 *    objection, as `BeslissingTekst` for the generic decision letter (beslissingsbrief.ts).
 * The right-specific sentences come from the procedure kind (procedures/registry.ts). The builders
 * are pure functions of the stored `gegevens`.
 */
import type { BezwaarKanaal, BezwaarUitkomst, TijdigheidBeoordeling } from '../../../shared/engines/bezwaar.contract';
import { weekdagNaam } from '../../../shared/kernel/dates';
import { formatDatum } from '../../../shared/kernel/format';
import type { CallContext } from '../platform/context';
import { resolveBasis, type BasisGegevens, type BasisInput, briefKop } from './basis';
import { BVR, DECREET, type BeslissingTekst } from './beslissingsbrief';
import { DEPARTEMENT_GEGEVENS } from './departementen';
import { alinea, buildLetter, opsomming, sectie, vet, type Beroep } from './houseStyle';
import type { Content, DocDefinition } from './pdf';
import type { VoorbereideBrief } from './store';

export const PROCEDUREBRIEVEN_VERSIE = 1;

const HOORPLICHT =
  'het algemeen beginsel van behoorlijk bestuur dat de overheid een betrokkene hoort vóór zij een maatregel neemt die ernstig ingrijpt in zijn belangen (hoorplicht)';
const CONTACT = 'het Bestuursdecreet van 7 december 2018, artikel II.20 (contactpersoon) en artikel II.21 (vermelding van de beroepsmogelijkheden)';

/** `maandag 26/10/2026` */
export function dag(iso: string): string {
  return `${weekdagNaam(iso)} ${formatDatum(iso)}`;
}

const paragrafen = (tekst: string): Content[] => tekst.split(/\n\s*\n/).map((p) => alinea(p.trim()));

interface Verwijzing {
  datum: string;
  kenmerk: string | null;
}

const briefVan = (v: Verwijzing) => `onze brief van ${formatDatum(v.datum)}${v.kenmerk ? ` (ons kenmerk ${v.kenmerk})` : ''}`;

// ---------------------------------------------------------------------------------------------
// Shared plumbing

interface ProcedureBriefGegevens extends BasisGegevens {
  briefType: string;
  templateVersie: number;
  onderwerp: string;
  /** BVR articles applied. */
  artikels: string;
}

function rechtsgrond(artikels: string, extra: string[] = []): string[] {
  return [`${DECREET};`, `${BVR}, ${artikels};`, ...extra.map((e) => `${e};`), `${CONTACT}.`];
}

function brief(g: ProcedureBriefGegevens, opts: { kenmerk: string | null; voorbeeld?: boolean }, delen: { body: Content[]; motivering?: Content[]; beroep: Beroep; rechtsgrond: string[]; bijlagen?: string[] }): DocDefinition {
  if (g.templateVersie !== PROCEDUREBRIEVEN_VERSIE) {
    throw new Error(`${g.briefType}: sjabloonversie ${g.templateVersie} is niet beschikbaar (huidige versie ${PROCEDUREBRIEVEN_VERSIE}).`);
  }
  return buildLetter({
    ...briefKop(g, opts),
    onderwerp: g.onderwerp,
    body: delen.body,
    rechtsgrond: delen.rechtsgrond,
    motivering: delen.motivering,
    beroep: delen.beroep,
    bijlagen: delen.bijlagen ?? [],

  });
}

function voorbereid<G extends ProcedureBriefGegevens>(g: G, dossier: { entiteit: string; id: number }, build: (g: G, o: { kenmerk: string | null; voorbeeld?: boolean }) => DocDefinition): VoorbereideBrief {
  return {
    briefType: g.briefType,
    templateVersie: g.templateVersie,
    departement: g.departement,
    onderwerp: g.onderwerp,
    organisatieId: g.geadresseerde.organisatieId,
    dossierEntiteit: dossier.entiteit,
    dossierId: String(dossier.id),
    contactpersoonId: g.contactpersoon.medewerkerId,
    ondertekenaarId: g.ondertekenaar.medewerkerId,
    datum: g.datum,
    aangemaaktOp: g.aangemaaktOp,
    gegevens: g,
    build: (kenmerk, voorbeeld) => build(g, { kenmerk, voorbeeld }),
  };
}

function basis(call: CallContext, input: BasisInput, departement: ProcedureBriefGegevens['departement']): BasisGegevens {
  // None of these letters is a decision: the contact person may sign them.
  return resolveBasis(call, input, departement, false);
}

// ---------------------------------------------------------------------------------------------
// Voornemen (intended decision)

export interface VoornemenGegevens extends ProcedureBriefGegevens {
  briefType: 'voornemen';
  voornemen: string;
  inleiding: string[];
  gevolgen: string[];
  gronden: string;
  feiten: string;
  reactietermijn: { dagen: number; parameter: string; wettelijkeBasis: string };
  /** Working days after posting a registered letter is deemed received (parameter). */
  geachtOntvangenWerkdagen: number;
}

export function bereidVoornemenVoor(
  call: CallContext,
  input: BasisInput & { departement: ProcedureBriefGegevens['departement']; procedureId: number },
  v: Omit<VoornemenGegevens, keyof BasisGegevens | 'briefType' | 'templateVersie'>,
): VoorbereideBrief {
  const g: VoornemenGegevens = { ...basis(call, input, input.departement), briefType: 'voornemen', templateVersie: PROCEDUREBRIEVEN_VERSIE, ...v };
  return voorbereid(g, { entiteit: 'procedure', id: input.procedureId }, buildVoornemen);
}

export function buildVoornemen(g: VoornemenGegevens, opts: { kenmerk: string | null; voorbeeld?: boolean }): DocDefinition {
  const dep = DEPARTEMENT_GEGEVENS[g.departement].naam;
  const t = g.reactietermijn;
  const body: Content[] = [
    ...g.inleiding.map((p) => alinea(p)),
    alinea(vet(g.voornemen)),
    alinea(
      'De feiten en de gronden waarop dit voornemen steunt, leest u hieronder onder "Motivering". ',
      'Voor wij een beslissing nemen, krijgt u de gelegenheid om uw standpunt te geven.',
    ),
    ...sectie('Uw recht om te reageren', [
      alinea(
        'U kunt binnen ',
        vet(`${t.dagen} dagen`),
        ' schriftelijk reageren op dit voornemen. ',
        vet('Die termijn begint te lopen vanaf de dag na de kennisgeving van deze brief.'),
        ` Een aangetekende brief geldt als ontvangen op de ${g.geachtOntvangenWerkdagen === 3 ? 'derde' : `${g.geachtOntvangenWerkdagen}de`} werkdag na de afgifte bij de post. ` +
          'Valt de laatste dag van de termijn op een zaterdag, een zondag of een wettelijke feestdag, dan schuift hij op naar de eerstvolgende werkdag.',
      ),
      alinea(
        `Stuur uw reactie met vermelding van ons kenmerk aangetekend of via het e-loket naar het ${dep}, of per e-mail naar de contactpersoon onderaan deze brief. ` +
          'Voeg de stukken toe die uw standpunt staven.',
      ),
    ]),
    ...sectie('Uw recht om gehoord te worden', [
      alinea(
        'Binnen dezelfde termijn kunt u ook ',
        vet('vragen om gehoord te worden'),
        '. Wij nodigen u dan uit op een hoorzitting, waar u uw standpunt mondeling kunt toelichten. ' +
          'U kunt zich daarbij laten bijstaan of vertegenwoordigen door een raadsman van uw keuze, bijvoorbeeld een advocaat. ' +
          'Vooraf kunt u het dossier inzien na afspraak met de contactpersoon.',
      ),
    ]),
    ...sectie('Wat daarna gebeurt', [
      alinea(
        'Na uw reactie of de hoorzitting, of na het einde van de reactietermijn als u niet reageert, nemen wij een beslissing. ' +
          'Wij houden daarbij rekening met alles wat u aanbrengt. Reageert u niet, dan beslissen wij op basis van de gegevens in het dossier.',
      ),
      ...g.gevolgen.map((p) => alinea(p)),
    ]),
  ];
  return brief(g, opts, {
    body,
    rechtsgrond: rechtsgrond(g.artikels, [HOORPLICHT]),
    motivering: [
      { text: 'Feiten', style: 'subkop' },
      ...paragrafen(g.feiten),
      { text: 'Gronden van het voornemen', style: 'subkop' },
      ...paragrafen(g.gronden),
    ],
    beroep: {
      soort: 'geen-beslissing',
      wat: 'een voornemen',
      toelichting:
        'Pas tegen de beslissing die wij na deze procedure nemen, staan bezwaar en beroep open; die mogelijkheden vermelden wij in die beslissing ' +
        '(Bestuursdecreet van 7 december 2018, artikel II.21).',
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Uitnodiging hoorzitting

export interface UitnodigingGegevens extends ProcedureBriefGegevens {
  briefType: 'uitnodiging-hoorzitting';
  maatregel: string;
  voornemenBrief: Verwijzing;
  /** Date the organisation asked to be heard (its response), or null when the department invites on its own. */
  gevraagdOp: string | null;
  verplaatst: boolean;
  hoorzitting: { datum: string; uur: string; plaats: string; aanwezigen: string | null };
}

export function bereidUitnodigingVoor(
  call: CallContext,
  input: BasisInput & { departement: ProcedureBriefGegevens['departement']; procedureId: number },
  v: Omit<UitnodigingGegevens, keyof BasisGegevens | 'briefType' | 'templateVersie'>,
): VoorbereideBrief {
  const g: UitnodigingGegevens = { ...basis(call, input, input.departement), briefType: 'uitnodiging-hoorzitting', templateVersie: PROCEDUREBRIEVEN_VERSIE, ...v };
  return voorbereid(g, { entiteit: 'procedure', id: input.procedureId }, buildUitnodiging);
}

export function buildUitnodiging(g: UitnodigingGegevens, opts: { kenmerk: string | null; voorbeeld?: boolean }): DocDefinition {
  const h = g.hoorzitting;
  const body: Content[] = [
    alinea(
      `Met ${briefVan(g.voornemenBrief)} lieten wij u weten dat wij ${g.maatregel} overwegen. `,
      g.gevraagdOp ? `Op ${formatDatum(g.gevraagdOp)} vroeg u om gehoord te worden.` : 'Wij willen u de gelegenheid geven om uw standpunt mondeling toe te lichten.',
    ),
    ...(g.verplaatst ? [alinea('Deze uitnodiging vervangt onze vorige uitnodiging: de hoorzitting is verplaatst.')] : []),
    alinea(vet('Wij nodigen u uit op een hoorzitting:')),
    opsomming([`Datum: ${dag(h.datum)}`, `Uur: ${h.uur} uur`, `Plaats: ${h.plaats}`]),
    ...sectie('Wie kan deelnemen', [
      alinea(
        'Uw organisatie wordt vertegenwoordigd door haar wettelijke vertegenwoordiger of door een persoon die zij daartoe schriftelijk machtigt. ',
        vet('U mag zich laten bijstaan door een raadsman van uw keuze'),
        ', bijvoorbeeld een advocaat.',
      ),
      ...(h.aanwezigen ? [alinea(`Voor het departement zijn aanwezig: ${h.aanwezigen}.`)] : []),
    ]),
    ...sectie('Voorbereiding', [
      alinea(
        'U kunt het dossier vooraf inzien na afspraak met de contactpersoon. Op de hoorzitting kunt u bijkomende stukken voorleggen. ' +
          'Laat ons vooraf weten wie aan de hoorzitting deelneemt. Kunt u op dat moment niet aanwezig zijn, neem dan zo snel mogelijk contact op ' +
          'met de contactpersoon om een andere datum af te spreken; u kunt uw standpunt ook schriftelijk geven.',
      ),
      alinea('Van de hoorzitting maken wij een verslag, dat bij het dossier komt. Wij nemen pas een beslissing na de hoorzitting.'),
    ]),
  ];
  return brief(g, opts, {
    body,
    rechtsgrond: rechtsgrond(g.artikels, [HOORPLICHT]),
    beroep: { soort: 'geen-beslissing', wat: 'een uitnodiging' },
  });
}

// ---------------------------------------------------------------------------------------------
// Verslag hoorzitting

export interface VerslagGegevens extends ProcedureBriefGegevens {
  briefType: 'verslag-hoorzitting';
  maatregel: string;
  voornemenBrief: Verwijzing;
  hoorzitting: { datum: string; uur: string | null; plaats: string; aanwezigen: string; verslag: string };
}

export function bereidVerslagVoor(
  call: CallContext,
  input: BasisInput & { departement: ProcedureBriefGegevens['departement']; procedureId: number },
  v: Omit<VerslagGegevens, keyof BasisGegevens | 'briefType' | 'templateVersie'>,
): VoorbereideBrief {
  const g: VerslagGegevens = { ...basis(call, input, input.departement), briefType: 'verslag-hoorzitting', templateVersie: PROCEDUREBRIEVEN_VERSIE, ...v };
  return voorbereid(g, { entiteit: 'procedure', id: input.procedureId }, buildVerslag);
}

export function buildVerslag(g: VerslagGegevens, opts: { kenmerk: string | null; voorbeeld?: boolean }): DocDefinition {
  const h = g.hoorzitting;
  const body: Content[] = [
    alinea(`Op ${dag(h.datum)} hoorden wij u over ons voornemen tot ${g.maatregel.replace(/^de /, '')}, waarover wij u schreven met ${briefVan(g.voornemenBrief)}. Hieronder vindt u het verslag van die hoorzitting.`),
    opsomming([`Datum: ${dag(h.datum)}${h.uur ? `, ${h.uur} uur` : ''}`, `Plaats: ${h.plaats}`, `Aanwezig: ${h.aanwezigen}`]),
    ...sectie('Verslag', paragrafen(h.verslag)),
    alinea(
      'Hebt u opmerkingen bij dit verslag, bezorg ze ons dan zo snel mogelijk schriftelijk. ' +
        'Wij voegen ze bij het dossier en houden er rekening mee bij onze beslissing.',
    ),
  ];
  return brief(g, opts, {
    body,
    rechtsgrond: rechtsgrond(g.artikels, [HOORPLICHT]),
    beroep: { soort: 'geen-beslissing', wat: 'een verslag' },
  });
}

// ---------------------------------------------------------------------------------------------
// Afsluiting zonder beslissing

export interface AfsluitingGegevens extends ProcedureBriefGegevens {
  briefType: 'afsluiting-procedure';
  maatregel: string;
  voornemenBrief: Verwijzing;
  reden: string;
  recht: string;
}

export function bereidAfsluitingVoor(
  call: CallContext,
  input: BasisInput & { departement: ProcedureBriefGegevens['departement']; procedureId: number },
  v: Omit<AfsluitingGegevens, keyof BasisGegevens | 'briefType' | 'templateVersie'>,
): VoorbereideBrief {
  const g: AfsluitingGegevens = { ...basis(call, input, input.departement), briefType: 'afsluiting-procedure', templateVersie: PROCEDUREBRIEVEN_VERSIE, ...v };
  return voorbereid(g, { entiteit: 'procedure', id: input.procedureId }, buildAfsluiting);
}

export function buildAfsluiting(g: AfsluitingGegevens, opts: { kenmerk: string | null; voorbeeld?: boolean }): DocDefinition {
  const body: Content[] = [
    alinea(`Met ${briefVan(g.voornemenBrief)} lieten wij u weten dat wij ${g.maatregel} overwegen.`),
    alinea(vet('Wij zien af van dat voornemen. De procedure is afgesloten zonder beslissing.')),
    ...sectie('Waarom', paragrafen(g.reden), 'subkop'),
    alinea(`Uw ${g.recht} blijft ongewijzigd.`),
  ];
  return brief(g, opts, {
    body,
    rechtsgrond: rechtsgrond(g.artikels),
    beroep: { soort: 'geen-beslissing', wat: 'een mededeling', toelichting: 'Er volgt in deze procedure geen beslissing.' },
  });
}

// ---------------------------------------------------------------------------------------------
// Ontvangstmelding bezwaar

const KANAAL_TEKST: Record<BezwaarKanaal, string> = {
  aangetekend: 'met een aangetekende brief',
  'e-loket': 'via het e-loket',
  email: 'per e-mail',
  post: 'per post',
  afgifte: 'door afgifte tegen ontvangstbewijs',
};

export interface OntvangstmeldingBezwaarGegevens extends ProcedureBriefGegevens {
  briefType: 'ontvangstmelding-bezwaar';
  betwist: { datum: string; kenmerk: string | null; onderwerp: string | null };
  bezwaar: { ontvangenOp: string; kanaal: BezwaarKanaal };
  beoordeling: TijdigheidBeoordeling;
  behandeling: { dagen: number; vervaldatum: string; parameter: string; wettelijkeBasis: string };
}

export function bereidOntvangstmeldingBezwaarVoor(
  call: CallContext,
  input: BasisInput & { departement: ProcedureBriefGegevens['departement']; bezwaarId: number },
  v: Omit<OntvangstmeldingBezwaarGegevens, keyof BasisGegevens | 'briefType' | 'templateVersie'>,
): VoorbereideBrief {
  const g: OntvangstmeldingBezwaarGegevens = { ...basis(call, input, input.departement), briefType: 'ontvangstmelding-bezwaar', templateVersie: PROCEDUREBRIEVEN_VERSIE, ...v };
  return voorbereid(g, { entiteit: 'bezwaar', id: input.bezwaarId }, buildOntvangstmeldingBezwaar);
}

export function buildOntvangstmeldingBezwaar(g: OntvangstmeldingBezwaarGegevens, opts: { kenmerk: string | null; voorbeeld?: boolean }): DocDefinition {
  const b = g.beoordeling;
  const betwist = `onze beslissing van ${formatDatum(g.betwist.datum)}${g.betwist.kenmerk ? ` (ons kenmerk ${g.betwist.kenmerk})` : ''}`;
  const tijdigheid: Content[] = [];
  switch (b.tijdigheid) {
    case 'tijdig':
      tijdigheid.push(
        alinea(
          vet('Uw bezwaar werd tijdig ingediend. '),
          `De bezwaartermijn van ${b.termijnDagen} dagen begon te lopen op de dag na de kennisgeving van de beslissing (${formatDatum(b.kennisgevingsdatum)}) ` +
            `en eindigde op ${dag(b.termijnEinde!)}.`,
        ),
      );
      break;
    case 'laattijdig':
      tijdigheid.push(
        alinea(
          vet('Volgens onze gegevens werd uw bezwaar na het einde van de bezwaartermijn ingediend. '),
          `De bezwaartermijn van ${b.termijnDagen} dagen begon te lopen op de dag na de kennisgeving van de beslissing (${formatDatum(b.kennisgevingsdatum)}) ` +
            `en eindigde op ${dag(b.termijnEinde!)}. Een laattijdig bezwaar is onontvankelijk. ` +
            'Kunt u aantonen dat u uw bezwaar tijdig indiende, bezorg ons dan zo snel mogelijk dat bewijs.',
        ),
      );
      break;
    case 'niet-open':
      tijdigheid.push(
        alinea(
          vet('Tegen de beslissing die u betwist, staat geen administratief bezwaar open: '),
          'die beslissing vermeldde geen bezwaarmogelijkheid. Uw bezwaar is daarom onontvankelijk. ' +
            'Tegen die beslissing kunt u wel een beroep tot nietigverklaring instellen bij de Raad van State, zoals in de beslissing vermeld.',
        ),
      );
      break;
    case 'onbepaald':
      tijdigheid.push(
        alinea(
          'Wij kunnen nog niet vaststellen of uw bezwaar tijdig werd ingediend, omdat de kennisgeving van de beslissing in ons dossier nog niet geregistreerd is. ' +
            'In onze beslissing over uw bezwaar vermelden wij of het tijdig is.',
        ),
      );
      break;
  }
  const body: Content[] = [
    alinea(
      `Op ${dag(g.bezwaar.ontvangenOp)} ontvingen wij ${KANAAL_TEKST[g.bezwaar.kanaal]} uw bezwaar tegen ${betwist}`,
      g.betwist.onderwerp ? ` over "${g.betwist.onderwerp}". ` : '. ',
      'Met deze brief bevestigen wij dat wij uw bezwaar goed ontvangen hebben.',
    ),
    ...tijdigheid,
    alinea(
      vet(`Wij beslissen over uw bezwaar uiterlijk op ${dag(g.behandeling.vervaldatum)}`),
      ` (${g.behandeling.dagen} dagen na de ontvangst van uw bezwaar; valt de laatste dag op een zaterdag, een zondag of een wettelijke feestdag, dan is het de eerstvolgende werkdag). ` +
        'Wij kunnen u vragen om uw bezwaar mondeling toe te lichten.',
    ),
    alinea('Zolang wij niet over uw bezwaar beslist hebben, blijft de betwiste beslissing gelden.'),
  ];
  return brief(g, opts, {
    body,
    rechtsgrond: rechtsgrond(g.artikels),
    // The house font has no arrow glyph: the derivation's "→" reads as a colon in the letter.
    motivering: [alinea('De berekening van de bezwaartermijn:'), opsomming(b.afleiding.map((r) => r.replace(/ → /g, ': ')))],
    beroep: {
      soort: 'geen-beslissing',
      wat: 'een ontvangstmelding',
      toelichting:
        'In onze beslissing over uw bezwaar vermelden wij welke beroepsmogelijkheden u daartegen hebt (Bestuursdecreet van 7 december 2018, artikel II.21).',
    },
  });
}

// ---------------------------------------------------------------------------------------------
// The final decision after the hearing procedure (wording for the generic decision letter)

/** How the procedure went, for the decision's motivation (stored in the decision's `feiten`). */
export interface ProcedureVerloop {
  maatregel: string;
  voornemenBrief: Verwijzing;
  kennisgevingsdatum: string | null;
  reactietermijn: { dagen: number; einde: string | null };
  reactie: { ontvangenOp: string; samenvatting: string; laattijdig: boolean } | null;
  hoorzittingGevraagd: boolean;
  hoorzitting: { datum: string; plaats: string; aanwezigen: string | null; verslagBrief: Verwijzing | null } | null;
}

/** Paragraphs describing the procedure: the voornemen, the response, the hearing (motivation, Wet 29 juli 1991 art. 2–3). */
export function verloopAlineas(v: ProcedureVerloop): string[] {
  const p: string[] = [];
  const kg = v.kennisgevingsdatum
    ? ` Die brief werd u ter kennis gebracht op ${formatDatum(v.kennisgevingsdatum)}; de reactietermijn van ${v.reactietermijn.dagen} dagen liep tot en met ${formatDatum(v.reactietermijn.einde)}.`
    : '';
  p.push(`Met ${briefVan(v.voornemenBrief)} lieten wij u weten dat wij ${v.maatregel} overwogen, met de feiten en de gronden daarvan, en wezen wij u op uw recht om te reageren en om gehoord te worden.${kg}`);
  if (v.reactie) {
    p.push(
      `Op ${formatDatum(v.reactie.ontvangenOp)}${v.reactie.laattijdig ? ', na het einde van de reactietermijn,' : ''} ontvingen wij uw schriftelijke reactie` +
        `${v.reactie.laattijdig ? '; wij hebben ze toch onderzocht' : ''}. Samengevat: ${v.reactie.samenvatting}`,
    );
  } else {
    p.push('Wij ontvingen binnen de reactietermijn geen reactie van u.');
  }
  if (v.hoorzitting) {
    const h = v.hoorzitting;
    p.push(
      `Op ${formatDatum(h.datum)} hoorden wij u op een hoorzitting (${h.plaats})${h.aanwezigen ? `, in aanwezigheid van ${h.aanwezigen}` : ''}. ` +
        (h.verslagBrief ? `Het verslag bezorgden wij u met ${briefVan(h.verslagBrief)}.` : 'Het verslag van de hoorzitting zit in het dossier.'),
    );
  } else if (!v.hoorzittingGevraagd) {
    p.push('U vroeg niet om gehoord te worden.');
  }
  return p;
}

export function eindbeslissingTekst(
  t: { briefType: string; onderwerp: string; beslissing: string; gevolgen: string[] },
  v: { maatregel: string; voornemenBrief: Verwijzing },
  artikels: string,
  bezwaarBij: string,
): BeslissingTekst {
  return {
    briefType: t.briefType,
    onderwerp: t.onderwerp,
    inleiding: [
      `Met ${briefVan(v.voornemenBrief)} lieten wij u weten dat wij ${v.maatregel} overwogen. Wij gaven u de gelegenheid om te reageren en om gehoord te worden. ` +
        'Na afloop van die procedure nemen wij de volgende beslissing. Hoe de procedure verliep en hoe wij uw standpunt beoordeeld hebben, leest u onder "Motivering".',
    ],
    beslissing: t.beslissing,
    gevolgen: t.gevolgen,
    artikels,
    bezwaarBij,
  };
}

// ---------------------------------------------------------------------------------------------
// The decision on an objection

export interface BezwaarBeslissingContext {
  ontvangenOp: string;
  betwist: { datum: string; kenmerk: string | null; onderwerp: string | null };
  uitkomst: BezwaarUitkomst;
  beoordeling: TijdigheidBeoordeling;
  /** For 'herzien': the sentence stating the revision (from the right kind). */
  herziening: string | null;
  /** Consequences for the right (from the right kind). */
  gevolgen: string[];
  artikels: string;
}

export const BEZWAAR_BRIEFTYPE = 'beslissing-bezwaar';

export function bezwaarBeslissingTekst(c: BezwaarBeslissingContext): BeslissingTekst {
  const betwist = `onze beslissing van ${formatDatum(c.betwist.datum)}${c.betwist.kenmerk ? ` (ons kenmerk ${c.betwist.kenmerk})` : ''}`;
  let beslissing: string;
  switch (c.uitkomst) {
    case 'bevestigd':
      beslissing = `Uw bezwaar is ontvankelijk, maar ongegrond. Wij bevestigen ${betwist}: ze blijft ongewijzigd van kracht.`;
      break;
    case 'herzien':
      beslissing = `Uw bezwaar is ontvankelijk en gedeeltelijk gegrond. Wij herzien ${betwist}${c.herziening ? `: ${c.herziening}` : '.'}`;
      break;
    case 'vernietigd':
      beslissing = `Uw bezwaar is ontvankelijk en gegrond. Wij vernietigen ${betwist}.`;
      break;
    case 'onontvankelijk':
      beslissing = `Uw bezwaar is onontvankelijk. Wij onderzoeken het daarom niet ten gronde; ${betwist} blijft ongewijzigd van kracht.`;
      break;
  }
  const gevolgen = [...c.gevolgen];
  if (c.uitkomst === 'onontvankelijk' && (c.beoordeling.tijdigheid === 'laattijdig' || c.beoordeling.tijdigheid === 'niet-open')) {
    gevolgen.unshift(c.beoordeling.toelichting);
  }
  return {
    briefType: BEZWAAR_BRIEFTYPE,
    onderwerp: `Beslissing over uw bezwaar tegen ${betwist}`,
    inleiding: [
      `Op ${formatDatum(c.ontvangenOp)} ontvingen wij uw bezwaar tegen ${betwist}${c.betwist.onderwerp ? ` over "${c.betwist.onderwerp}"` : ''}. ` +
        'Wij hebben uw bezwaar onderzocht en nemen de volgende beslissing.',
    ],
    beslissing,
    gevolgen,
    artikels: c.artikels,
    // No further administrative objection against a decision on an objection: only the Raad van State.
  };
}
