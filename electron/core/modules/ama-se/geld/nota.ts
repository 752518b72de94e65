/**
 * The statements of the AMA SE money (BVR art. 68; LETTERS.md "berekeningsnota"), WSE letterhead:
 *  - the **voorschotnota** of a month: the contingent in force that month, the advance percentage of the subsidy for it ÷ 12;
 *  - the **afrekeningsnota** of a year: days with a begeleidingsovereenkomst, deelnemersjaren, fill rate,
 *    the subsidy capped at the contingent, minus the advances — to pay, or to recover/offset.
 * A decision letter: the approval of the run by an ondertekenaar of WSE fixes the amount; this letter notifies it
 * with its computation, legal basis and appeal clause. `resolveSeNota` assembles the stored data;
 * `buildSeNota` is pure. A change of wording or layout bumps SE_NOTA_VERSIE.
 */
import { BEDRAG_PARAMETER, type AfrekeningBegunstigde, type AfrekeningRunBerekening, type VoorschotBegunstigde, type VoorschotRunBerekening } from '../../../../../shared/ama-se/geld.contract';
import { formatDatum, formatDatumLang, formatEuro, formatPercentage, maandNaam } from '../../../../../shared/kernel/format';
import { parsePeriode } from '../../../../../shared/kernel/periode';
import type { CallContext } from '../../../platform/context';
import { bedragPeriodes, parameterGetal } from '../../../platform/parameter';
import { resolveBasis, type BasisGegevens, briefKop } from '../../../letters/basis';
import { BESTUURSDECREET, BVR, DECREET, MOTIVERINGSWET } from '../../../letters/beslissingsbrief';
import { alinea, bedragenTabel, buildLetter, opsomming, sectie, vet } from '../../../letters/houseStyle';
import type { Content, DocDefinition } from '../../../letters/pdf';
import type { VoorbereideBrief } from '../../../letters/store';
import { betalingVan, type NotaPersonen } from '../../../engines/betaalrun';
import { runRij } from '../../../engines/betaalrun/runs';
import { beslissingZin, betalingAlinea, notaBrief, type NotaBedragen, notaBeroep } from '../../../engines/betaalrun/notatekst';
import { WSE_BEZWAAR } from '../contingent/teksten';

export const SE_NOTA_VERSIE = 2;
export const VOORSCHOTNOTA_TYPE = 'voorschotnota-ama-se';
export const AFREKENINGSNOTA_TYPE = 'afrekeningsnota-ama-se';

interface Gemeenschappelijk extends BasisGegevens {
  templateVersie: number;
  runId: number;
  periode: string;
  /** "maart 2026", "jaar 2025" */
  periodeNaam: string;
  van: string;
  tot: string;
  bedragen: NotaBedragen;
  bezwaarDagen: number;
  rvsDagen: number;
  /** The scheme as its parameters stood on the period's last day (version 2; the letter states them, art. 61–63, 68). */
  regeling: {
    /** The yearly amount's period start: its index ("index 1 april 2022"). */
    bedragGeldigVan: string;
    voorschotBp: number;
    drempelBp: number;
    /** Month of the next year from which a reduction applies (7 = 1 juli). */
    verminderingMaand: number;
    /** The settlement comes by the last working day of this month of the next year. */
    afrekeningMaand: number;
  };
}

export interface VoorschotNotaGegevens extends Gemeenschappelijk {
  briefType: typeof VOORSCHOTNOTA_TYPE;
  bedragPerJaarCent: number;
  pct: number;
  plaatsen: number;
  plaatsDagen: number;
  dagenInMaand: number;
}

export interface AfrekeningNotaGegevens extends Gemeenschappelijk {
  briefType: typeof AFREKENINGSNOTA_TYPE;
  jaar: number;
  bedragPerJaarCent: number;
  deler: number;
  afrondingsregel: string;
  regel: AfrekeningBegunstigde;
}

export type SeNotaGegevens = VoorschotNotaGegevens | AfrekeningNotaGegevens;

export function onderwerpSeNota(g: Pick<SeNotaGegevens, 'briefType' | 'periodeNaam' | 'bedragen'>): string {
  const her = g.bedragen.volgnummer > 1 ? ` (herberekening ${g.bedragen.volgnummer})` : '';
  return g.briefType === VOORSCHOTNOTA_TYPE
    ? `Voorschot subsidie arbeidsmatige activiteiten in de sociale economie – ${g.periodeNaam}${her}`
    : `Jaarafrekening subsidie arbeidsmatige activiteiten in de sociale economie – ${g.periodeNaam}${her}`;
}

export function resolveSeNota(call: CallContext, runId: number, organisatieId: number, personen: NotaPersonen): SeNotaGegevens {
  const db = call.app.sqlite;
  const run = runRij(db, runId);
  const b = betalingVan(db, runId, organisatieId);
  const basis = resolveBasis(call, { organisatieId, ...personen }, 'WSE', true);
  const voorschot = run.regeling === 'AMA_SE_VOORSCHOT';
  const p = parsePeriode(run.periode, voorschot ? 'maand' : 'jaar');
  const ber = JSON.parse(run.berekening) as VoorschotRunBerekening | AfrekeningRunBerekening;
  const bedragen: NotaBedragen = {
    volgnummer: run.volgnummer, verschuldigdCent: b.verschuldigdCent, eerderBetaaldCent: b.eerderBetaaldCent, saldoCent: b.saldoCent,
    verrekendCent: b.verrekendCent, teBetalenCent: b.teBetalenCent, terugvordering: b.terugvordering, iban: b.iban, referentie: b.referentie,
    // The payment date is never before the letter (a run approved late pays within the term from approval).
    betaaldatum: ber.betaaldatum > basis.datum ? ber.betaaldatum : basis.datum,
  };
  const geldendBedrag = bedragPeriodes(db, BEDRAG_PARAMETER, p.van, p.tot).at(-1);
  const gemeenschappelijk = {
    templateVersie: SE_NOTA_VERSIE, ...basis, runId, periode: run.periode, periodeNaam: p.naam, van: p.van, tot: p.tot, bedragen,
    bezwaarDagen: parameterGetal(db, 'AMA_SE_BEZWAAR_TERMIJN', basis.datum), rvsDagen: parameterGetal(db, 'RVS_BEROEPSTERMIJN', basis.datum),
    regeling: {
      bedragGeldigVan: geldendBedrag?.van ?? p.van,
      voorschotBp: parameterGetal(db, 'AMA_SE_VOORSCHOT_PCT', p.tot),
      drempelBp: parameterGetal(db, 'AMA_SE_INVULLINGSGRAAD_DREMPEL', p.tot),
      verminderingMaand: parameterGetal(db, 'AMA_SE_VERMINDERING_INGANGSMAAND', p.tot),
      afrekeningMaand: parameterGetal(db, 'AMA_SE_AFREKENING_MAAND', p.tot),
    },
  };
  if (voorschot) {
    const v = ber as VoorschotRunBerekening;
    const pb = b.berekening as VoorschotBegunstigde;
    return { ...gemeenschappelijk, briefType: VOORSCHOTNOTA_TYPE, bedragPerJaarCent: v.bedragCent, pct: v.pctBp / 100, plaatsen: pb.plaatsen, plaatsDagen: pb.plaatsDagen, dagenInMaand: pb.dagenInMaand };
  }
  const a = ber as AfrekeningRunBerekening;
  const geldend = a.bedragen.find((x) => x.van <= p.tot && (x.tot === null || x.tot >= p.tot)) ?? a.bedragen[a.bedragen.length - 1];
  return { ...gemeenschappelijk, briefType: AFREKENINGSNOTA_TYPE, jaar: a.jaar, bedragPerJaarCent: geldend?.bedragCent ?? 0, deler: a.deler, afrondingsregel: a.afrondingsregel, regel: b.berekening as AfrekeningBegunstigde };
}

export function bereidSeNotaVoor(g: SeNotaGegevens): VoorbereideBrief {
  return notaBrief(g, g.runId, onderwerpSeNota(g), (kenmerk, voorbeeld) => buildSeNota(g, { kenmerk, voorbeeld }));
}

const euro = formatEuro;
const getal = (n: number) => n.toLocaleString('nl-BE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const heel = (n: number) => n.toLocaleString('nl-BE');

/** The letter from its stored data. Pure. */
export function buildSeNota(g: SeNotaGegevens, opts: { kenmerk: string | null; voorbeeld?: boolean }): DocDefinition {
  if (g.templateVersie !== SE_NOTA_VERSIE) throw new Error(`Nota AMA SE: sjabloonversie ${g.templateVersie} is niet beschikbaar (huidige versie ${SE_NOTA_VERSIE}).`);
  const n = g.bedragen;
  const periode = g.briefType === VOORSCHOTNOTA_TYPE ? g.periodeNaam : `het ${g.periodeNaam} (${formatDatum(g.van)} tot en met ${formatDatum(g.tot)})`;
  const woord = g.briefType === VOORSCHOTNOTA_TYPE ? 'voorschot' : 'subsidie';
  const body: Content[] = [];
  if (g.briefType === VOORSCHOTNOTA_TYPE) {
    body.push(
      alinea(`Uw organisatie ontvangt elke maand een voorschot van ${g.pct.toLocaleString('nl-BE')} % van de subsidie voor haar contingent arbeidsmatige activiteiten in de sociale economie (artikel 68 van het besluit). Met deze nota delen wij u het voorschot voor ${periode} mee.`),
      alinea(vet('Beslissing: '), vet(beslissingZin(n, woord, periode))),
      ...sectie('Berekening', [
        opsomming([`Contingent in ${g.periodeNaam}: ${getal(g.plaatsen)} plaatsen (${heel(g.plaatsDagen)} plaatsdagen ÷ ${g.dagenInMaand} dagen)`]),
        bedragenTabel(
          [{ omschrijving: 'Voorschot', detail: `${g.pct.toLocaleString('nl-BE')} % × ${getal(g.plaatsen)} × ${euro(g.bedragPerJaarCent)} ÷ 12`, bedragCent: n.verschuldigdCent }],
          { omschrijving: n.saldoCent < 0 ? 'Terug te vorderen' : 'Te betalen', bedragCent: n.saldoCent < 0 ? n.saldoCent : n.teBetalenCent },
        ),
        ...betalingAlinea(n, woord),
      ]),
      alinea('Het voorschot is een voorlopige betaling. De subsidie wordt na het einde van het jaar afgerekend op basis van de dagen met een begeleidingsovereenkomst; wat u te veel ontving, verrekenen wij dan.'),
    );
  } else {
    const r = g.regel;
    const afrekening = [
      { omschrijving: 'Subsidie voor het jaar', detail: `${r.begrensd ? `begrensd tot het contingent: ${getal(r.contingentPlaatsen)}` : getal(r.deelnemersjaren)} × ${euro(g.bedragPerJaarCent)}`, bedragCent: r.subsidieCent },
      { omschrijving: 'Voorschotten voor het jaar', bedragCent: -r.voorschottenCent },
      ...(n.eerderBetaaldCent !== 0 ? [{ omschrijving: 'Al afgerekend voor het jaar', bedragCent: -n.eerderBetaaldCent }] : []),
      ...(n.verrekendCent > 0 ? [{ omschrijving: 'Verrekening met een openstaande terugvordering', bedragCent: -n.verrekendCent }] : []),
    ];
    body.push(
      alinea(`Na het einde van elk jaar rekenen wij de subsidie voor arbeidsmatige activiteiten in de sociale economie af op basis van de dagen waarop uw organisatie deelnemers begeleidde met een begeleidingsovereenkomst (artikel 68 van het besluit). Met deze nota delen wij u de afrekening mee voor ${periode}.`),
      alinea(vet('Beslissing: '), vet(beslissingZin({ ...n, verschuldigdCent: r.subsidieCent }, 'subsidie', periode)), ` Na aftrek van de voorschotten (${euro(r.voorschottenCent)}) ${n.saldoCent >= 0 ? `komt uw organisatie nog ${euro(n.saldoCent)} toe` : `ontving uw organisatie ${euro(-n.saldoCent)} te veel`}.`),
      ...sectie('Berekening', [
        opsomming([
          `Contingent, gemiddeld over het jaar: ${getal(r.contingentPlaatsen)} plaatsen`,
          `Dagen met een begeleidingsovereenkomst: ${heel(r.deelnemersdagen)} in ${heel(r.deelnames)} ${r.deelnames === 1 ? 'overeenkomst' : 'overeenkomsten'}, of ${getal(r.deelnemersjaren)} deelnemersjaren (${g.deler} dagen per deelnemersjaar)`,
          `Invullingsgraad: ${r.bezettingsgraad === null ? 'geen contingent' : `${getal(r.bezettingsgraad)} %`}`,
        ]),
        bedragenTabel(afrekening, { omschrijving: n.saldoCent < 0 ? 'Terug te vorderen' : 'Te betalen', bedragCent: n.saldoCent < 0 ? n.saldoCent : n.teBetalenCent }),
        ...betalingAlinea(n, 'subsidie'),
        { text: g.afrondingsregel, style: 'klein', margin: [0, 0, 0, 8] },
      ]),
    );
    // bezettingsgraad is a percentage with two decimals, the threshold basis points.
    if (r.bezettingsgraad !== null && Math.round(r.bezettingsgraad * 100) < g.regeling.drempelBp) {
      body.push(alinea(`De invullingsgraad van uw contingent lag in ${g.jaar} onder ${formatPercentage(g.regeling.drempelBp)}. Wij beoordelen dat in de jaarlijkse evaluatie; een vermindering van het contingent vanaf 1 ${maandNaam(g.regeling.verminderingMaand)} ${g.jaar + 1} ontvangt u met een afzonderlijke beslissing (artikel 61 tot en met 63).`));
    }
  }
  const beroep = notaBeroep(g, WSE_BEZWAAR, 'het Departement Werk en Sociale Economie');

  return buildLetter({
    ...briefKop(g, opts),
    onderwerp: onderwerpSeNota(g),
    body,
    rechtsgrond: [`${DECREET};`, `${BVR}, artikel 58 tot en met 68;`, `${MOTIVERINGSWET};`, `${BESTUURSDECREET}.`],
    motivering: [
      { text: 'Feiten', style: 'subkop' },
      alinea(g.briefType === VOORSCHOTNOTA_TYPE
        ? `Het contingent van uw organisatie in ${g.periodeNaam} volgt uit de beslissingen in ons register.`
        : `Uw organisatie begeleidde in ${g.jaar} deelnemers volgens de begeleidingsovereenkomsten en bewijsstukken in ons register.`),
      { text: 'Juridische gronden', style: 'subkop' },
      alinea(`Artikel 68 van ${BVR} kent per deelnemer per jaar een subsidie toe van ${euro(g.bedragPerJaarCent)} (index ${formatDatumLang(g.regeling.bedragGeldigVan)}), pro rata de dagen met een begeleidingsovereenkomst in het subsidiejaar en binnen de perken van het contingent. Een voorschot van ${formatPercentage(g.regeling.voorschotBp)} wordt maandelijks betaald; de afrekening volgt uiterlijk op de laatste werkdag van ${maandNaam(g.regeling.afrekeningMaand)} van het volgende jaar.`),
    ],
    beroep,
    bijlagen: [],
  });
}
