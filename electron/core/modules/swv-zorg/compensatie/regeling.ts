/**
 * The half-yearly compensation of the samenwerkingsverbanden Zorg (BVR 18 November 2022, art. 20–21)
 * as a scheme of the payment-run engine. The engine runs the pipeline (proposal, saldo against earlier
 * runs of the half-year, four-eyes approval, statements, payment file, recovery); this file says what
 * the compensation pays for.
 *
 * - **Which trajectories**: those whose end in the sense of art. 21 (eindverslag + eindadvies, or the
 *   early end) falls in the half-year, 0 % rows included; trajectories aangemeld before the scheme
 *   started (art. 71) are not in it. The percentage per trajectory is the pure rule `beoordeel`
 *   (shared/swv-zorg/compensatie.ts) with the dated parameters on the trajectory's end date.
 * - **Each trajectory paid once over all runs**: `reedsBetaald` = Σ te_betalen of the trajectory's
 *   lines in approved runs (any half-year); the line pays `bedrag − reedsBetaald`. A trajectory paid
 *   earlier for this half-year whose end was corrected out of it comes back with bedrag 0 (recovered
 *   here, paid again in the half-year of its new end).
 * - **Per samenwerkingsverband, to its aanspreekpunt** (art. 13): the payee of a trajectory is the one
 *   that received its earlier payments, else the aanspreekpunt now. The payee's `verschuldigd` is
 *   Σ (bedrag − what other half-years paid for its trajectories), so that the engine's saldo (verschuldigd
 *   − what earlier runs of this half-year settled) equals Σ te_betalen of the lines.
 * - **Statement**: the berekeningsnota per aanspreekpunt (nota.ts), trajectories by number and the
 *   participant's initials only.
 * - **Recovery** (art. 38): wording and periods, through the procedure engine.
 */
import { AppError } from '../../../../../shared/api/errors';
import type { CompensatieBegunstigde, CompensatieRunBerekening, CompensatieVoorstelRij } from '../../../../../shared/swv-zorg/compensatie.contract';
import { beoordeel, reden, type Beoordeling, type CompensatieRegels, type TrajectFeiten, type TrajectStatus } from '../../../../../shared/swv-zorg/compensatie';
import { AFRONDINGSREGEL_PERCENTAGE } from '../../../../../shared/kernel/geld';
import { addMonths } from '../../../../../shared/kernel/dates';
import { formatDatum, formatEuro } from '../../../../../shared/kernel/format';
import type { Periode } from '../../../../../shared/kernel/periode';
import type { Sqlite } from '../../../../../db/open';
import type { CallContext } from '../../../platform/context';
import { bedragPeriodes, ParameterGeheugen } from '../../../platform/parameter';
import type { BedragPeriode } from '../../../../../shared/platform/parameter.contract';
import type { BegunstigdePlan, BetaalRegeling, RunPlan } from '../../../engines/betaalrun';
import { EINDE_SQL } from '../traject/traject';
import { bereidCompensatienotaVoor, resolveCompensatienota } from './nota';
import { aantalMet } from '../../../../../shared/kernel/format';
import { voegToeInBlokken } from '../../../platform/blokken';
import type { ParameterCode } from '../../../../../shared/platform/parameter-codes';

export const REGELING = 'SWV_ZORG';
export const BEDRAG_PARAMETER: ParameterCode = 'SWV_ZORG_COMPENSATIE_PER_TRAJECT';
const REGEL_PARAMETERS = [
  'SWV_ZORG_REGELING_VANAF', 'SWV_ZORG_TRAJECT_MINIMUMDUUR', 'SWV_ZORG_COMPENSATIE_PCT_VOLLEDIG', 'SWV_ZORG_COMPENSATIE_PCT_VROEGTIJDIG',
  'SWV_ZORG_COMPENSATIE_PCT_KORT', 'SWV_ZORG_UITBETALING_TERMIJN',
] as const;

/** One line as computed (before it is stored). */
export interface Lijn {
  trajectId: number;
  trajectnummer: string;
  organisatieId: number;
  swvId: number;
  swvNaam: string;
  einddatum: string;
  looptijdDagen: number | null;
  percentageBp: number;
  bedragCent: number;
  reedsBetaaldCent: number;
  teBetalenCent: number;
  /** The Dutch reason, worded once when the line is stored (a run assesses thousands; only stored lines are read). */
  reden: () => string;
}

interface TrajectRow extends TrajectFeiten {
  id: number;
  trajectnummer: string;
  swvId: number | null;
  aanspreekpuntId: number | null;
}

function periodeFout(err: unknown): never {
  if (err instanceof AppError && err.code === 'NIET_GEVONDEN') throw AppError.validatie('periode', `${err.message} Een beheerder vult de parameter aan.`);
  throw err;
}

/** The validity periods of the amount per trajectory (dated parameter). */
export function bedragen(db: Sqlite): BedragPeriode[] {
  return bedragPeriodes(db, BEDRAG_PARAMETER);
}

/**
 * Compute the run for a half-year from the registers as they are now (no writes; also used by the
 * benchmark against hand-written SQL). Throws VALIDATIE (field `periode`) when the half-year has not
 * ended or a parameter lacks a value.
 */
export function berekenRun(db: Sqlite, periode: Periode, vandaag: string, eerder: ReadonlyMap<number, number>): RunPlan<CompensatieRunBerekening, CompensatieBegunstigde, Lijn[]> {
  const t0 = performance.now();
  if (periode.tot >= vandaag) {
    throw AppError.validatie('periode', `Het ${periode.naam} loopt tot ${formatDatum(periode.tot)}: de compensatie kan pas na het einde van het halfjaar berekend worden.`);
  }
  const alleBedragen = bedragen(db);
  // One read of the rule's parameters; the end dates of thousands of trajectories ask them per day.
  const params = new ParameterGeheugen(db, REGEL_PARAMETERS);
  const regelsOp = new Map<string, CompensatieRegels>();
  const regels = (dag: string): CompensatieRegels => {
    let r = regelsOp.get(dag);
    if (!r) {
      const b = alleBedragen.find((x) => x.van <= dag && (x.tot === null || x.tot >= dag));
      if (!b) throw AppError.validatie('periode', `Er is geen bedrag per traject (${BEDRAG_PARAMETER}) voor ${formatDatum(dag)}. Een beheerder vult de parameter aan.`);
      try {
        r = {
          regelingVanaf: params.verplichtDatum('SWV_ZORG_REGELING_VANAF', dag),
          minimumMaanden: params.verplichtGetal('SWV_ZORG_TRAJECT_MINIMUMDUUR', dag),
          pctVolledig: params.verplichtGetal('SWV_ZORG_COMPENSATIE_PCT_VOLLEDIG', dag),
          pctVroegtijdig: params.verplichtGetal('SWV_ZORG_COMPENSATIE_PCT_VROEGTIJDIG', dag),
          pctKort: params.verplichtGetal('SWV_ZORG_COMPENSATIE_PCT_KORT', dag),
          bedragCent: b.bedragCent,
        };
      } catch (err) {
        periodeFout(err);
      }
      regelsOp.set(dag, r);
    }
    return r;
  };
  let termijn: number;
  try {
    termijn = params.verplichtGetal('SWV_ZORG_UITBETALING_TERMIJN', periode.tot);
  } catch (err) {
    periodeFout(err);
  }

  // What approved runs paid per trajectory: in all, in this half-year, and to whom last.
  const betaald = new Map<number, { alle: number; hier: number; organisatieId: number; swvId: number }>();
  for (const r of db
    .prepare(
      `SELECT l.traject_id AS t, sum(l.te_betalen_cent) AS alle, sum(CASE WHEN r.periode = ? THEN l.te_betalen_cent ELSE 0 END) AS hier,
              max(l.id) AS laatste FROM compensatie_lijn l JOIN betaalrun r ON r.id = l.run_id WHERE r.status = 'goedgekeurd' GROUP BY l.traject_id`,
    )
    .iterate(periode.code) as Iterable<{ t: number; alle: number; hier: number; laatste: number }>) {
    betaald.set(r.t, { alle: r.alle, hier: r.hier, organisatieId: 0, swvId: 0 });
  }
  if (betaald.size) {
    for (const r of db
      .prepare(`SELECT traject_id AS t, organisatie_id AS o, swv_id AS s FROM compensatie_lijn WHERE id IN (
                  SELECT max(l.id) FROM compensatie_lijn l JOIN betaalrun r ON r.id = l.run_id WHERE r.status = 'goedgekeurd' GROUP BY l.traject_id)`)
      .iterate() as Iterable<{ t: number; o: number; s: number }>) {
      const b = betaald.get(r.t)!;
      b.organisatieId = r.o;
      b.swvId = r.s;
    }
  }

  // Read as arrays (raw): a run reads thousands of trajectories and the column names cost more than the values.
  const aanspreekpunt = new Map((db.prepare('SELECT id, aanspreekpunt_id FROM samenwerkingsverband').raw(true).all() as [number, number][]));
  const rows: (TrajectRow & { einde: string | null })[] = [];
  for (const [id, trajectnummer, datumAanmelding, datumTrajectplan, status, datumEinde, datumEindverslag, datumEindadvies, swvId, einde] of db
    .prepare(
      `SELECT t.id, t.trajectnummer, t.datum_aanmelding, t.datum_trajectplan, t.status, t.datum_einde, t.datum_eindverslag, t.datum_eindadvies, t.swv_id, (${EINDE_SQL})
         FROM traject t
        WHERE (${EINDE_SQL}) BETWEEN @van AND @tot
           OR t.id IN (SELECT l.traject_id FROM compensatie_lijn l JOIN betaalrun r ON r.id = l.run_id WHERE r.status = 'goedgekeurd' AND r.periode = @periode)`,
    )
    .raw(true)
    .iterate({ van: periode.van, tot: periode.tot, periode: periode.code }) as Iterable<[number, string, string, string | null, TrajectStatus, string | null, string | null, string | null, number | null, string | null]>) {
    rows.push({ id, trajectnummer, datumAanmelding, datumTrajectplan, status, datumEinde, datumEindverslag, datumEindadvies, swvId, aanspreekpuntId: swvId === null ? null : (aanspreekpunt.get(swvId) ?? null), einde });
  }

  const namen = new Map((db.prepare('SELECT id, naam FROM samenwerkingsverband').all() as { id: number; naam: string }[]).map((s) => [s.id, s.naam]));
  const swvNaam = (id: number) => namen.get(id) ?? `samenwerkingsverband ${id}`;
  const lijnen: Lijn[] = [];
  let oudeRegeling = 0;
  let zonderSwv = 0;
  let aantal100 = 0;
  let aantal60 = 0;
  let aantal0 = 0;
  const vanaf = regels(periode.tot).regelingVanaf;
  for (const t of rows) {
    const inHalfjaar = t.einde !== null && t.einde >= periode.van && t.einde <= periode.tot;
    const b = betaald.get(t.id);
    if (inHalfjaar && t.datumAanmelding < vanaf && !b) {
      oudeRegeling++;
      continue;
    }
    const organisatieId = b?.organisatieId ?? t.aanspreekpuntId;
    const swvId = b?.swvId ?? t.swvId;
    if (organisatieId === null || swvId === null) {
      if (inHalfjaar) zonderSwv++;
      continue;
    }
    const r = inHalfjaar ? regels(t.einde!) : null;
    const c: Beoordeling | null = r ? beoordeel(t, r) : null;
    if (c && !c.inRegeling && !b) {
      oudeRegeling++;
      continue;
    }
    const bedragCent = c?.bedragCent ?? 0;
    const reeds = b?.alle ?? 0;
    const teBetalen = bedragCent - reeds;
    if (!inHalfjaar && teBetalen === 0 && (b?.hier ?? 0) === 0) continue;
    const percentageBp = c?.percentageBp ?? 0;
    if (inHalfjaar) {
      if (percentageBp === 10_000) aantal100++;
      else if (percentageBp > 0) aantal60++;
      else aantal0++;
    }
    let gemaakt: string | undefined;
    const tekst = c && r
      ? () => (gemaakt ??= reeds ? `${reden(t, r, c)} Al betaald: ${formatEuro(reeds)}.` : reden(t, r, c))
      : () => `Het einde van dit traject valt niet meer in het ${periode.naam} (gecorrigeerde gegevens): wat voor dit halfjaar betaald werd, wordt teruggevorderd; het traject wordt vergoed in het halfjaar van zijn einde.`;
    lijnen.push({
      trajectId: t.id, trajectnummer: t.trajectnummer, organisatieId, swvId, swvNaam: swvNaam(swvId), einddatum: t.einde ?? periode.tot, looptijdDagen: c?.looptijdDagen ?? null, percentageBp,
      bedragCent, reedsBetaaldCent: reeds, teBetalenCent: teBetalen, reden: tekst,
    });
  }

  const perOrg = new Map<number, Lijn[]>();
  for (const l of lijnen) {
    const lijst = perOrg.get(l.organisatieId);
    if (lijst) lijst.push(l);
    else perOrg.set(l.organisatieId, [l]);
  }
  const orgIds = [...new Set([...perOrg.keys(), ...[...eerder.entries()].filter(([, v]) => v !== 0).map(([k]) => k)])].sort((a, b) => a - b);
  const begunstigden: BegunstigdePlan<CompensatieBegunstigde>[] = orgIds.map((organisatieId) => {
    const l = perOrg.get(organisatieId) ?? [];
    const brutoCent = l.reduce((s, x) => s + x.bedragCent, 0);
    // What other half-years paid for these trajectories (so the engine's saldo is Σ te betalen).
    const andere = l.reduce((s, x) => s + (x.reedsBetaaldCent - (betaald.get(x.trajectId)?.hier ?? 0)), 0);
    const swvIds = [...new Set(l.map((x) => x.swvId))];
    return {
      organisatieId,
      aantalLijnen: l.length,
      dagen: null,
      brutoCent,
      verminderingCent: andere,
      verschuldigdCent: brutoCent - andere,
      berekening: { swvIds, swvNamen: swvIds.map(swvNaam), trajecten: l.length, bedragCent: brutoCent, andereHalfjarenCent: andere },
    };
  });

  const berekening: CompensatieRunBerekening = {
    periode: periode.code,
    van: periode.van,
    tot: periode.tot,
    bedragen: alleBedragen,
    pctVolledigBp: regels(periode.tot).pctVolledig,
    pctVroegtijdigBp: regels(periode.tot).pctVroegtijdig,
    pctKortBp: regels(periode.tot).pctKort,
    minimumMaanden: regels(periode.tot).minimumMaanden,
    regelingVanaf: vanaf,
    uitbetalingUiterlijk: addMonths(periode.tot, termijn),
    aantalTrajecten: aantal100 + aantal60 + aantal0,
    aantal100,
    aantal60,
    aantal0,
    zonderSamenwerkingsverband: zonderSwv,
    oudeRegeling,
    afrondingsregel: AFRONDINGSREGEL_PERCENTAGE,
    duurMs: 0,
  };
  berekening.duurMs = Math.round(performance.now() - t0);
  return { berekening, aantalLijnen: lijnen.length, begunstigden, lijnen };
}

/**
 * The lines of a proposal as `compensatie.berekenVoorstel` answers them, from what was just computed and stored (the
 * same values and order as `compensatie.lijnen` reads back, without the participant; tested): reading 15,000 stored
 * lines back joined and sorted cost the proposal more than computing them (issue 13).
 */
export function voorstelRijen(plan: Pick<RunPlan<CompensatieRunBerekening, CompensatieBegunstigde, Lijn[]>, 'lijnen'>): CompensatieVoorstelRij[] {
  const rijen = plan.lijnen.map((l): CompensatieVoorstelRij => ({
    trajectId: l.trajectId, trajectnummer: l.trajectnummer, organisatieId: l.organisatieId, swvId: l.swvId, swvNaam: l.swvNaam, einddatum: l.einddatum,
    looptijdDagen: l.looptijdDagen, bedragCent: l.bedragCent, reedsBetaaldCent: l.reedsBetaaldCent, teBetalenCent: l.teBetalenCent, reden: l.reden(),
    percentage: l.percentageBp / 100,
  }));
  // As lijnen.ts orders them (SQLite's binary order of the name, then the number).
  return rijen.sort((a, b) => (a.swvNaam < b.swvNaam ? -1 : a.swvNaam > b.swvNaam ? 1 : a.trajectnummer < b.trajectnummer ? -1 : a.trajectnummer > b.trajectnummer ? 1 : 0));
}

function bewaarLijnen(call: CallContext, runId: number, plan: RunPlan<CompensatieRunBerekening, CompensatieBegunstigde, Lijn[]>): void {
  voegToeInBlokken(
    call.app.sqlite,
    'compensatie_lijn',
    ['run_id', 'organisatie_id', 'swv_id', 'traject_id', 'einddatum', 'looptijd_dagen', 'percentage_bp', 'bedrag_cent', 'reeds_betaald_cent', 'te_betalen_cent', 'reden'],
    // Row by row (a generator): no second array of 14,700 rows for the garbage collector.
    (function* () {
      for (const l of plan.lijnen) yield [runId, l.organisatieId, l.swvId, l.trajectId, l.einddatum, l.looptijdDagen, l.percentageBp, l.bedragCent, l.reedsBetaaldCent, l.teBetalenCent, l.reden()];
    })(),
  );
}

export const compensatieRegeling: BetaalRegeling<CompensatieRunBerekening, CompensatieBegunstigde, Lijn[]> = {
  code: REGELING,
  label: 'Compensatie samenwerkingsverbanden Zorg',
  departement: 'ZORG',
  periode: 'halfjaar',
  referentieCode: 'SWVZORG',
  begunstigde: { enkelvoud: 'aanspreekpunt', meervoud: 'aanspreekpunten' },
  bereken: (call, periode, eerder) => berekenRun(call.app.sqlite, periode, call.today(), eerder),
  bewaarLijnen,
  waarschuwingen: (run) => {
    const w: string[] = [];
    if (run.berekening.zonderSamenwerkingsverband > 0) {
      const n = run.berekening.zonderSamenwerkingsverband;
      w.push(`${aantalMet(n, 'traject eindigde', 'trajecten eindigden')} in het halfjaar maar ${n === 1 ? 'is' : 'zijn'} aan geen samenwerkingsverband toegewezen (geen mandaat voor de regio op de datum van aanmelding): niet vergoed.`);
    }
    if (run.berekening.aantal0 > 0) {
      w.push(`${aantalMet(run.berekening.aantal0, 'traject krijgt', 'trajecten krijgen')} 0 %: korter dan ${run.berekening.minimumMaanden} maanden of zonder trajectplan (zie de reden per traject).`);
    }
    return w;
  },
  nota: (call, runId, organisatieId, personen) => bereidCompensatienotaVoor(call, resolveCompensatienota(call, runId, organisatieId, personen)),
  terugvordering: {
    rechtCode: 'compensatie_betaling',
    procedureSoort: 'terugvordering-compensatie-swv-zorg',
    procedureLabel: 'Terugvordering of vermindering van de compensatie van een samenwerkingsverband Zorg',
    watBetaald: 'de compensatie van het samenwerkingsverband Zorg waarvan uw organisatie het administratief aanspreekpunt is',
    onderwerp: 'compensatie samenwerkingsverband Zorg',
    bedragWoord: 'compensatie',
    grond: 'Compensatie die niet of niet meer verschuldigd is, kan worden teruggevorderd of verminderd (artikel 38 van het besluit).',
    bestuursorgaan: 'de Vlaamse ministers bevoegd voor welzijn en werk',
    bezwaarBij: 'het Departement Zorg, Afdeling Werk en Zorg',
    artikels: 'artikel 20, 21 en 38',
    rechtsbasis: 'Decreet van 8 juli 2022 betreffende de werk- en zorgtrajecten; BVR van 18 november 2022, art. 20, 21 en 38',
    parameters: {
      reactietermijn: 'SWV_ZORG_HOOR_REACTIETERMIJN',
      beslissingstermijn: 'SWV_ZORG_HOOR_BESLISSINGSTERMIJN',
      bezwaartermijn: 'SWV_ZORG_BEZWAAR_TERMIJN',
      bezwaarBeslissingstermijn: 'SWV_ZORG_BEZWAAR_BESLISSINGSTERMIJN',
    },
  },
};
