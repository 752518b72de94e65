/**
 * The berekeningsnota (payment statement) of the AMA WVG subsidy for one begeleider and one half-year
 * (BVR 18 November 2022, art. 50; LETTERS.md "berekeningsnota subsidie (per half-year)").
 *
 * It is a decision letter: the approval of the subsidy run by an ondertekenaar fixes the amount per
 * begeleider, and this letter notifies it with its computation, the legal basis, the motivation and
 * the appeal clause (objection to the Departement Zorg within AMA_WVG_TERUGVORDERING_BEZWAAR_TERMIJN
 * days, then the Raad van State). Participants appear with the minimum needed to recognise them:
 * initials and birth year, the days counted and the amount (no names, no INSZ).
 *
 * `resolveBerekeningsnota` assembles the letter data (stored with the document); `buildBerekeningsnota`
 * is pure. A change of wording or layout bumps BEREKENINGSNOTA_VERSIE.
 */
import { aantalMet, formatDatumLang, formatEuro } from '../../../../../shared/kernel/format';
import type { TerugvorderingWijze } from '../../../../../shared/engines/betaalrun.contract';
import type { CallContext } from '../../../platform/context';
import { parameterGetal } from '../../../platform/parameter';
import { resolveBasis, type BasisGegevens, briefKop } from '../../../letters/basis';
import { BESTUURSDECREET, BVR, DECREET, MOTIVERINGSWET } from '../../../letters/beslissingsbrief';
import { alinea, bedragenTabel, buildLetter, sectie, vet } from '../../../letters/houseStyle';
import type { Content, DocDefinition } from '../../../letters/pdf';
import type { VoorbereideBrief } from '../../../letters/store';
import { beslissingZin as gedeeldeBeslissingZin, betalingAlinea as gedeeldeBetalingAlinea, notaBrief, notaBeroep } from '../../../engines/betaalrun/notatekst';

/** 2 (2026-12-04): one participant or day in the singular ("1 deelnemer", was "1 deelnemers"). */
export const BEREKENINGSNOTA_VERSIE = 2;
export const BEREKENINGSNOTA_TYPE = 'berekeningsnota-subsidie';

export interface NotaDeelnemer {
  /** "J.P. (°1985)" */
  deelnemer: string;
  /** "01/01/2026 – 30/06/2026" (the periods counted). */
  perioden: string;
  /** "181 dagen × € 1.061,20 / 365" */
  berekening: string;
  dagen: number;
  bedragCent: number;
  /** H2: the cent came from the year rounding (footnote). */
  viaJaarbedrag: boolean;
}

/** Everything the statement shows, from the run (plain data from the subsidy service). */
export interface NotaData {
  runId: number;
  periode: string;
  /** "eerste halfjaar 2026" */
  halfjaarNaam: string;
  helft: 1 | 2;
  van: string;
  tot: string;
  volgnummer: number;
  dagenInJaar: number;
  /** The yearly amounts used, e.g. [{ van: '2024-01-01', bedragCent: 106120 }]. */
  jaarbedragen: { van: string; tot: string | null; bedragCent: number }[];
  deelnemers: NotaDeelnemer[];
  dagen: number;
  brutoCent: number;
  verminderingCent: number;
  verschuldigdCent: number;
  eerderBetaaldCent: number;
  saldoCent: number;
  verrekendCent: number;
  teBetalenCent: number;
  terugvordering: TerugvorderingWijze | 'vervallen' | null;
  /** Budget cap, when it reduced the amounts. */
  plafond: { formule: string; percentage: string | null; regel: string; jaarafrekening: string | null } | null;
  afrondingsregel: string;
  halfjaarregel: string | null;
  iban: string | null;
  referentie: string;
  betaaldatum: string;
}

export interface BerekeningsnotaGegevens extends BasisGegevens {
  briefType: typeof BEREKENINGSNOTA_TYPE;
  templateVersie: number;
  nota: NotaData;
  bezwaarDagen: number;
  rvsDagen: number;
}

export function onderwerpBerekeningsnota(n: Pick<NotaData, 'halfjaarNaam' | 'volgnummer'>): string {
  return `Berekeningsnota subsidie arbeidsmatige activiteiten – ${n.halfjaarNaam}${n.volgnummer > 1 ? ` (herberekening ${n.volgnummer})` : ''}`;
}

/** Letter data: addressee, contact person (who computed the run), signatory (who approved it), deadlines. */
export function resolveBerekeningsnota(
  call: CallContext,
  organisatieId: number,
  nota: NotaData,
  personen: { contactpersoonId?: number; ondertekenaarId?: number },
): BerekeningsnotaGegevens {
  const basis = resolveBasis(call, { organisatieId, ...personen }, 'ZORG', true);
  return {
    briefType: BEREKENINGSNOTA_TYPE,
    templateVersie: BEREKENINGSNOTA_VERSIE,
    ...basis,
    nota,
    bezwaarDagen: parameterGetal(call.app.sqlite, 'AMA_WVG_TERUGVORDERING_BEZWAAR_TERMIJN', basis.datum),
    rvsDagen: parameterGetal(call.app.sqlite, 'RVS_BEROEPSTERMIJN', basis.datum),
  };
}

export function bereidBerekeningsnotaVoor(_call: CallContext, g: BerekeningsnotaGegevens): VoorbereideBrief {
  return notaBrief(g, g.nota.runId, onderwerpBerekeningsnota(g.nota), (kenmerk, voorbeeld) => buildBerekeningsnota(g, { kenmerk, voorbeeld }));
}

const euro = formatEuro;

/** The subsidy's decision sentence for the half-year (wording shared by every scheme's statement). */
const beslissingZin = (n: NotaData) => gedeeldeBeslissingZin(n, 'subsidie', `het ${n.halfjaarNaam} (${formatDatumLang(n.van)} tot en met ${formatDatumLang(n.tot)})`);
const betalingAlinea = (n: NotaData, briefdatum: string) => gedeeldeBetalingAlinea({ ...n, briefdatum }, 'subsidie');

/** The letter from its stored data. Pure. */
export function buildBerekeningsnota(g: BerekeningsnotaGegevens, opts: { kenmerk: string | null; voorbeeld?: boolean }): DocDefinition {
  if (g.templateVersie !== BEREKENINGSNOTA_VERSIE) {
    throw new Error(`Berekeningsnota: sjabloonversie ${g.templateVersie} is niet beschikbaar (huidige versie ${BEREKENINGSNOTA_VERSIE}).`);
  }
  const n = g.nota;
  const afrekening: { omschrijving: string; detail?: string; bedragCent: number }[] = [
    { omschrijving: `Subsidie volgens de berekening per deelnemer (${aantalMet(n.deelnemers.length, 'deelnemer', 'deelnemers')}, ${aantalMet(n.dagen, 'dag', 'dagen')})`, bedragCent: n.brutoCent },
  ];
  if (n.verminderingCent !== 0) {
    afrekening.push({
      omschrijving: n.verminderingCent > 0 ? 'Vermindering: maximum aantal gesubsidieerde begeleidingen' : 'Bijstelling van de vermindering van het eerste halfjaar',
      detail: n.plafond?.percentage ?? '',
      bedragCent: -n.verminderingCent,
    });
  }
  afrekening.push({ omschrijving: 'Verschuldigd voor deze periode', bedragCent: n.verschuldigdCent });
  if (n.eerderBetaaldCent !== 0) afrekening.push({ omschrijving: 'Al afgerekend voor deze periode', bedragCent: -n.eerderBetaaldCent });
  afrekening.push({ omschrijving: n.saldoCent < 0 ? 'Saldo: terug te vorderen' : 'Saldo', bedragCent: n.saldoCent });
  if (n.verrekendCent > 0) afrekening.push({ omschrijving: 'Verrekening met een openstaande terugvordering', bedragCent: -n.verrekendCent });

  const voetnoot = n.deelnemers.some((d) => d.viaJaarbedrag);
  const deelnemerTabel = bedragenTabel(
    n.deelnemers.map((d, i) => ({
      omschrijving: `${i + 1}. ${d.deelnemer}\n${d.perioden}`,
      detail: `${d.berekening}${d.viaJaarbedrag ? ' ¹' : ''}`,
      bedragCent: d.bedragCent,
    })),
    { omschrijving: 'Totaal', bedragCent: n.brutoCent },
  );

  const body: Content[] = [
    alinea(
      `Als erkende begeleider van arbeidsmatige activiteiten ontvangt uw organisatie een subsidie per begeleide deelnemer, pro rata de dagen waarop de deelnemer door u begeleid werd. ` +
        `Met deze nota delen wij u de berekening mee voor het ${n.halfjaarNaam}.`,
    ),
    alinea(vet(`Beslissing: `), vet(beslissingZin(n))),
    ...sectie('Afrekening', [
      bedragenTabel(afrekening, { omschrijving: n.saldoCent < 0 ? 'Terug te vorderen' : 'Te betalen', bedragCent: n.saldoCent < 0 ? n.saldoCent : n.teBetalenCent }),
      ...betalingAlinea(n, g.datum),
    ]),
    ...sectie('Berekening per deelnemer', [
      alinea(
        'Per deelnemer tellen wij de dagen waarop minstens één overeenkomst met uw organisatie liep, binnen de periode en binnen uw erkenning ' +
          '(de begin- en einddatum tellen mee; een deelnemer met overeenkomsten op meer werkposten tegelijk telt één keer). ' +
          `Het bedrag is: dagen × jaarbedrag / ${n.dagenInJaar} (het aantal dagen van ${n.van.slice(0, 4)}). ` +
          'Wij vermelden de deelnemers alleen met hun initialen en geboortejaar.',
      ),
      deelnemerTabel,
      ...(voetnoot && n.halfjaarregel ? [{ text: `¹ ${n.halfjaarregel}`, style: 'klein', margin: [0, 0, 0, 8] }] : []),
      { text: n.afrondingsregel, style: 'klein', margin: [0, 0, 0, 8] },
    ]),
  ];
  if (n.plafond) {
    body.push(
      ...sectie('Maximum aantal gesubsidieerde begeleidingen', [
        alinea(
          'De begroting bepaalt hoeveel begeleidingen per jaar gesubsidieerd kunnen worden. Dat maximum werd overschreden: ',
          n.plafond.regel,
          ' ',
          n.plafond.formule,
        ),
        ...(n.plafond.jaarafrekening ? [alinea(n.plafond.jaarafrekening)] : []),
      ]),
    );
  }

  const bedragTekst = n.jaarbedragen
    .map((b) => `${euro(b.bedragCent)} per jaar${n.jaarbedragen.length > 1 ? ` (vanaf ${formatDatumLang(b.van)})` : ''}`)
    .join(' en ');
  const feiten = [
    `Volgens het register van de overeenkomsten begeleidde uw organisatie in het ${n.halfjaarNaam} ${aantalMet(n.deelnemers.length, 'deelnemer', 'deelnemers')}, samen ${aantalMet(n.dagen, 'dag', 'dagen')}.`,
    ...(n.volgnummer > 1 ? ['Na correcties in het register werd de subsidie voor deze periode opnieuw berekend; wat al afgerekend werd, is in mindering gebracht.'] : []),
  ];
  const gronden = [
    `Artikel 50 van ${BVR} kent de erkende begeleider een subsidie toe van maximaal ${bedragTekst} per begeleide deelnemer, pro rata de periode waarin de deelnemer effectief begeleid werd, tweemaal per jaar uitbetaald.`,
    'Het totaal van de subsidies is beperkt tot het maximum aantal gesubsidieerde begeleidingen dat de begroting voor het jaar bepaalt.',
    'Een deelnemer heeft hoogstens één erkende begeleider tegelijk; de subsidie geldt per deelnemer, niet per overeenkomst.',
  ];
  const beroep = notaBeroep(g, 'het Departement Zorg, Afdeling Werk en Zorg', 'het Departement Zorg, Afdeling Werk en Zorg');

  return buildLetter({
    ...briefKop(g, opts),
    onderwerp: onderwerpBerekeningsnota(n),
    body,
    rechtsgrond: [`${DECREET};`, `${BVR}, artikel 50;`, `${MOTIVERINGSWET};`, `${BESTUURSDECREET}.`],
    motivering: [
      { text: 'Feiten', style: 'subkop' },
      ...feiten.map((f) => alinea(f)),
      { text: 'Juridische gronden', style: 'subkop' },
      ...gronden.map((f) => alinea(f)),
    ],
    beroep,
    bijlagen: [],

  });
}
