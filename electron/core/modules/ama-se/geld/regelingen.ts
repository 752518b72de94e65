/**
 * The AMA SE money as two schemes of the payment-run engine (BVR art. 68):
 *  - **AMA_SE_VOORSCHOT**, per month: 80 % (parameter) of the contingent × the amount ÷ 12, the contingent
 *    weighted by the days it was in force in the month (a change follows from that day);
 *  - **AMA_SE_AFREKENING**, per calendar year, by the last working day of March of the next year: subsidy =
 *    min(deelnemersjaren, contingent) × amount (shared/ama-se/contingent), minus the advances approved for that
 *    year; a negative balance is offset or recovered through the engine.
 * The engine does the rest (saldo against earlier runs of the period, four eyes, frozen payee, statements,
 * payment file, recovery).
 */
import { AppError } from '../../../../../shared/api/errors';
import { afrekening, deelnemersdagen, voorschot, tweeDecimalen, type Deelname } from '../../../../../shared/ama-se/contingent';
import { BEDRAG_PARAMETER, type AfrekeningBegunstigde, type AfrekeningRunBerekening, type VoorschotBegunstigde, type VoorschotRunBerekening } from '../../../../../shared/ama-se/geld.contract';
import { addDays, dagnummer } from '../../../../../shared/kernel/dates';
import { aantalMet, formatAantal, formatDatum } from '../../../../../shared/kernel/format';
import { lastWorkingDayOfMonth } from '../../../../../shared/kernel/termijn';
import type { Periode } from '../../../../../shared/kernel/periode';
import type { Sqlite } from '../../../../../db/open';
import type { CallContext } from '../../../platform/context';
import { bedragPeriodes, ParameterGeheugen } from '../../../platform/parameter';
import type { BedragPeriode } from '../../../../../shared/platform/parameter.contract';
import type { BegunstigdePlan, BetaalRegeling, RunPlan, TerugvorderingRegeling } from '../../../engines/betaalrun';
import { contingentSegmenten } from '../contingent/register';
import { WSE_BEZWAAR } from '../contingent/teksten';
import { bereidSeNotaVoor, resolveSeNota } from './nota';
import { voegToeInBlokken } from '../../../platform/blokken';

export const VOORSCHOT = 'AMA_SE_VOORSCHOT';
export const AFREKENING = 'AMA_SE_AFREKENING';
const PARAMS = ['AMA_SE_VOORSCHOT_PCT', 'AMA_SE_DEELNEMERSJAAR_DELER', 'AMA_SE_AFREKENING_MAAND', 'AMA_SE_VOORSCHOT_BETAALTERMIJN'] as const;
/**
 * The rounding rule as the settlement page and the afrekeningsnota state it (stored with each run, so a statement keeps
 * the wording of its run). It names no number of days: the days per deelnemersjaar are a parameter
 * (AMA_SE_DEELNEMERSJAAR_DELER), shown beside it from the run.
 */
export const AFRONDINGSREGEL_SE =
  'Het bedrag wordt eerst exact berekend: de dagen met een begeleidingsovereenkomst maal het bedrag per deelnemer per jaar, gedeeld door het aantal dagen per deelnemersjaar, ' +
  'met als maximum de plaatsdagen van het contingent maal hetzelfde bedrag, gedeeld door het aantal dagen van het jaar. Dat bedrag wordt één keer afgerond op de cent, ' +
  'de helft weg van nul. Deelnemersjaren, contingent en invullingsgraad staan op twee decimalen, ter informatie.';

function parameterFout(err: unknown): never {
  if (err instanceof AppError && err.code === 'NIET_GEVONDEN') throw AppError.validatie('periode', `${err.message} Een beheerder vult de parameter aan.`);
  throw err;
}

export function bedragen(db: Sqlite): BedragPeriode[] {
  return bedragPeriodes(db, BEDRAG_PARAMETER);
}

function bedragOp(db: Sqlite, dag: string): number {
  const b = bedragen(db).find((x) => x.van <= dag && (x.tot === null || x.tot >= dag));
  if (!b) throw AppError.validatie('periode', `Er is geen bedrag per deelnemer per jaar (${BEDRAG_PARAMETER}) voor ${formatDatum(dag)}. Een beheerder vult de parameter aan.`);
  return b.bedragCent;
}

const terugvordering = (soort: 'voorschot' | 'afrekening'): TerugvorderingRegeling => ({
  rechtCode: soort === 'voorschot' ? 'se_voorschot_betaling' : 'se_afrekening_betaling',
  procedureSoort: `terugvordering-${soort}-ama-se`,
  procedureLabel: soort === 'voorschot' ? 'Terugvordering van een voorschot AMA SE' : 'Terugvordering van subsidie AMA SE na de jaarafrekening',
  watBetaald: 'de subsidie van uw organisatie voor arbeidsmatige activiteiten in de sociale economie',
  onderwerp: 'subsidie arbeidsmatige activiteiten in de sociale economie',
  bedragWoord: soort === 'voorschot' ? 'voorschot' : 'subsidie',
  grond: 'Subsidie die niet of niet meer verschuldigd is, wordt teruggevorderd of verrekend (artikel 65 en 68 van het besluit).',
  bestuursorgaan: 'de Vlaamse minister bevoegd voor de sociale economie',
  bezwaarBij: WSE_BEZWAAR,
  artikels: 'artikel 65 en 68',
  rechtsbasis: 'Decreet van 8 juli 2022 betreffende de werk- en zorgtrajecten; BVR van 18 november 2022, art. 65 en 68',
  parameters: { reactietermijn: 'AMA_SE_HOOR_REACTIETERMIJN', beslissingstermijn: 'AMA_SE_HOOR_BESLISSINGSTERMIJN', bezwaartermijn: 'AMA_SE_BEZWAAR_TERMIJN', bezwaarBeslissingstermijn: 'AMA_SE_BEZWAAR_BESLISSINGSTERMIJN' },
});

// ----------------------------------------------------------------------------------------------------
// Monthly advance
// ----------------------------------------------------------------------------------------------------

export function berekenVoorschot(db: Sqlite, periode: Periode, vandaag: string, eerder: ReadonlyMap<number, number>): RunPlan<VoorschotRunBerekening, VoorschotBegunstigde, null> {
  // An advance is paid for the running month or the next one at the latest.
  if (periode.van > addDays(vandaag, 31)) throw AppError.validatie('periode', `Het voorschot voor ${periode.naam} kan pas vanaf ${formatDatum(addDays(periode.van, -31))} berekend worden.`);
  const params = new ParameterGeheugen(db, PARAMS);
  let pctBp: number;
  let termijn: number;
  try {
    pctBp = params.verplichtGetal('AMA_SE_VOORSCHOT_PCT', periode.van);
    termijn = params.verplichtGetal('AMA_SE_VOORSCHOT_BETAALTERMIJN', periode.van);
  } catch (err) {
    parameterFout(err);
  }
  const bedragCent = bedragOp(db, periode.van);
  const begunstigden: BegunstigdePlan<VoorschotBegunstigde>[] = [];
  const segs = contingentSegmenten(db);
  const ids = [...new Set([...segs.keys(), ...[...eerder.entries()].filter(([, v]) => v !== 0).map(([k]) => k)])].sort((a, b) => a - b);
  for (const organisatieId of ids) {
    const s = segs.get(organisatieId) ?? [];
    const cent = voorschot({ maandVan: periode.van, maandTot: periode.tot, segmenten: s, bedragCent, pctBp });
    const pd = s.reduce((som, x) => {
      const a = Math.max(dagnummer(x.van), dagnummer(periode.van));
      const b = Math.min(x.tot ? dagnummer(x.tot) : Infinity, dagnummer(periode.tot));
      return som + (a <= b ? x.plaatsen * (b - a + 1) : 0);
    }, 0);
    if (cent === 0 && !eerder.get(organisatieId)) continue;
    begunstigden.push({
      organisatieId, aantalLijnen: 1, dagen: null, brutoCent: cent, verminderingCent: 0, verschuldigdCent: cent,
      berekening: { plaatsDagen: pd, dagenInMaand: periode.dagen, plaatsen: tweeDecimalen(pd, periode.dagen) },
    });
  }
  return {
    berekening: { periode: periode.code, van: periode.van, tot: periode.tot, bedragCent, pctBp, betaaldatum: addDays(vandaag, termijn), organisaties: begunstigden.length },
    aantalLijnen: begunstigden.length,
    begunstigden,
    lijnen: null,
  };
}

export const voorschotRegeling: BetaalRegeling<VoorschotRunBerekening, VoorschotBegunstigde, null> = {
  code: VOORSCHOT,
  label: 'Voorschot AMA SE',
  departement: 'WSE',
  periode: 'maand',
  referentieCode: 'AMASEV',
  begunstigde: { enkelvoud: 'maatwerkbedrijf', meervoud: 'maatwerkbedrijven' },
  bereken: (call, periode, eerder) => berekenVoorschot(call.app.sqlite, periode, call.today(), eerder),
  bewaarLijnen: () => {},
  nota: (call, runId, organisatieId, personen) => bereidSeNotaVoor(resolveSeNota(call, runId, organisatieId, personen)),
  terugvordering: terugvordering('voorschot'),
};

// ----------------------------------------------------------------------------------------------------
// Yearly settlement
// ----------------------------------------------------------------------------------------------------

export interface AfrekeningLijn {
  organisatieId: number;
  deelnameId: number;
  dagen: number;
}

/** Advances approved for a year, per organisation (Σ saldo of the approved advance runs of its months). */
export function voorschottenVanJaar(db: Sqlite, jaar: number): Map<number, number> {
  return new Map(
    db
      .prepare(`SELECT b.organisatie_id, sum(b.saldo_cent) FROM betaalrun_betaling b JOIN betaalrun r ON r.id = b.run_id
                 WHERE r.regeling = ? AND r.status = 'goedgekeurd' AND r.periode LIKE ? GROUP BY b.organisatie_id`)
      .raw(true)
      .all(VOORSCHOT, `${jaar}-%`) as [number, number][],
  );
}

export function berekenAfrekening(db: Sqlite, periode: Periode, vandaag: string, eerder: ReadonlyMap<number, number>): RunPlan<AfrekeningRunBerekening, AfrekeningBegunstigde, AfrekeningLijn[]> {
  const t0 = performance.now();
  if (periode.tot >= vandaag) throw AppError.validatie('jaar', `Het jaar ${periode.jaar} loopt tot ${formatDatum(periode.tot)}: de jaarafrekening kan pas daarna berekend worden.`);
  const params = new ParameterGeheugen(db, PARAMS);
  let deler: number;
  let maand: number;
  let termijn: number;
  try {
    deler = params.verplichtGetal('AMA_SE_DEELNEMERSJAAR_DELER', periode.tot);
    maand = params.verplichtGetal('AMA_SE_AFREKENING_MAAND', periode.tot);
    termijn = params.verplichtGetal('AMA_SE_VOORSCHOT_BETAALTERMIJN', periode.tot);
  } catch (err) {
    parameterFout(err);
  }
  const alleBedragen = bedragen(db);
  const regels = { deler, bedragen: alleBedragen };
  const segs = contingentSegmenten(db);
  const perOrg = new Map<number, (Deelname & { id: number })[]>();
  for (const [id, org, deelnemerId, van, tot] of db
    .prepare('SELECT id, organisatie_id, deelnemer_id, startdatum, einddatum FROM se_deelname WHERE startdatum <= ? AND (einddatum IS NULL OR einddatum >= ?)')
    .raw(true)
    .iterate(periode.tot, periode.van) as Iterable<[number, number, number, string, string | null]>) {
    const d = { id, deelnemerId, van, tot };
    const l = perOrg.get(org);
    if (l) l.push(d);
    else perOrg.set(org, [d]);
  }
  const voorschotten = voorschottenVanJaar(db, periode.jaar);
  const ids = [...new Set([...segs.keys(), ...perOrg.keys(), ...voorschotten.keys(), ...[...eerder.entries()].filter(([, v]) => v !== 0).map(([k]) => k)])].sort((a, b) => a - b);
  const begunstigden: BegunstigdePlan<AfrekeningBegunstigde>[] = [];
  const lijnen: AfrekeningLijn[] = [];
  for (const organisatieId of ids) {
    const d = perOrg.get(organisatieId) ?? [];
    const s = segs.get(organisatieId) ?? [];
    const a = afrekening({ jaar: periode.jaar, segmenten: s, deelnames: d, regels });
    const v = voorschotten.get(organisatieId) ?? 0;
    if (a.plaatsDagen === 0 && a.deelnemersdagen === 0 && v === 0 && !eerder.get(organisatieId)) continue;
    for (const x of d) lijnen.push({ organisatieId, deelnameId: x.id, dagen: deelnemersdagen([x], periode.van, periode.tot) });
    begunstigden.push({
      organisatieId,
      aantalLijnen: d.length,
      dagen: a.deelnemersdagen,
      brutoCent: a.subsidieCent,
      verminderingCent: v,
      verschuldigdCent: a.subsidieCent - v,
      berekening: {
        plaatsDagen: a.plaatsDagen, dagenInJaar: a.dagenInJaar, contingentPlaatsen: a.contingentPlaatsen, deelnemersdagen: a.deelnemersdagen, deelnemersjaren: a.deelnemersjaren,
        bezettingsgraad: a.bezettingsgraad, subsidieCent: a.subsidieCent, voorschottenCent: v, begrensd: a.begrensd, deelnames: d.length,
      },
    });
  }
  const uiterlijk = lastWorkingDayOfMonth(periode.jaar + 1, maand);
  const berekening: AfrekeningRunBerekening = {
    jaar: periode.jaar, van: periode.van, tot: periode.tot, bedragen: alleBedragen, deler, uiterlijk,
    // Paid by the legal date, or within the payment term when the settlement comes later than that.
    betaaldatum: addDays(vandaag, termijn) < uiterlijk ? uiterlijk : addDays(vandaag, termijn),
    organisaties: begunstigden.length, deelnames: lijnen.length, afrondingsregel: AFRONDINGSREGEL_SE, duurMs: 0,
  };
  berekening.duurMs = Math.round(performance.now() - t0);
  return { berekening, aantalLijnen: lijnen.length, begunstigden, lijnen };
}

function bewaarAfrekeningLijnen(call: CallContext, runId: number, plan: RunPlan<AfrekeningRunBerekening, AfrekeningBegunstigde, AfrekeningLijn[]>): void {
  // In blocks of rows per statement, as every payment run stores its lines (≈ 50,000 at 10×; issue 13).
  voegToeInBlokken(
    call.app.sqlite,
    'se_afrekening_lijn',
    ['run_id', 'organisatie_id', 'deelname_id', 'dagen'],
    (function* () {
      for (const l of plan.lijnen) yield [runId, l.organisatieId, l.deelnameId, l.dagen];
    })(),
  );
}

export const afrekeningRegeling: BetaalRegeling<AfrekeningRunBerekening, AfrekeningBegunstigde, AfrekeningLijn[]> = {
  code: AFREKENING,
  label: 'Jaarafrekening AMA SE',
  departement: 'WSE',
  periode: 'jaar',
  referentieCode: 'AMASEA',
  begunstigde: { enkelvoud: 'maatwerkbedrijf', meervoud: 'maatwerkbedrijven' },
  bereken: (call, periode, eerder) => berekenAfrekening(call.app.sqlite, periode, call.today(), eerder),
  bewaarLijnen: bewaarAfrekeningLijnen,
  waarschuwingen: (run, betalingen) => {
    const w: string[] = [];
    const boven = betalingen.filter((b) => b.berekening.begrensd).length;
    if (boven) {
      w.push(
        boven === 1
          ? '1 maatwerkbedrijf begeleidde meer deelnemersjaren dan zijn contingent: de subsidie is begrensd tot het contingent (de invullingsgraad toont de werkelijke bezetting).'
          : `${formatAantal(boven)} maatwerkbedrijven begeleidden meer deelnemersjaren dan hun contingent: de subsidie is begrensd tot het contingent (de invullingsgraad toont de werkelijke bezetting).`,
      );
    }
    const zonder = betalingen.filter((b) => b.berekening.plaatsDagen === 0 && b.berekening.deelnemersdagen > 0).length;
    if (zonder) w.push(`${aantalMet(zonder, 'organisatie heeft', 'organisaties hebben')} begeleidingsovereenkomsten maar geen contingent in ${run.berekening.jaar}: geen subsidie.`);
    return w;
  },
  nota: (call, runId, organisatieId, personen) => bereidSeNotaVoor(resolveSeNota(call, runId, organisatieId, personen)),
  terugvordering: terugvordering('afrekening'),
};
