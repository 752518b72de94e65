/**
 * The half-yearly AMA WVG subsidy run (BVR 18 November 2022, art. 50).
 *
 * Flow: `subsidie.berekenVoorstel` computes a proposal for a half-year (status 'voorstel') from the
 * agreements register, the recognitions and the dated parameters → officers review it (`subsidie.get`,
 * `subsidie.lijnen`, `subsidie.voorbeeldNota`) → an ondertekenaar who did not compute it approves it
 * (`subsidie.goedkeuren`) → a berekeningsnota per begeleider → `subsidie.exporteer` gives the payment
 * file (CSV/XLSX). The rules themselves (days guided, rounding, half-year settlement, budget cap) are
 * pure functions in shared/ama-wvg/subsidie.ts.
 *
 * Design decisions:
 * - **Approval, then letters.** `goedkeuren` approves the run in one transaction (status, the offsets
 *   of open recoveries, audit). Then it issues one berekeningsnota per begeleider whose saldo is not
 *   zero, each in its own transaction through `geefBriefUit` (the document, the link on the payment
 *   row and their audit entries together), with progress pushed as `job.voortgang` events. The
 *   approval is the decision; the letters notify it. If issuing stops half-way (a crash, a rendering
 *   error), the run stays approved and `subsidie.brievenUitgeven` issues the missing letters
 *   (idempotent: a payment row with a document gets none). Letter prerequisites (contact person
 *   reachable, signatory may sign) are checked before the approval, so a run is not approved when no
 *   letter could be issued.
 * - **Re-runs.** A new run of the same half-year (volgnummer + 1) recomputes everything from the
 *   current register; per begeleider `eerder_betaald` = Σ saldo of the earlier approved runs of that
 *   half-year, `saldo` = verschuldigd − eerder betaald (negative = to recover). Only one proposal per
 *   half-year at a time (also a partial unique index); a run cannot be approved when a later run of
 *   the same half-year was approved, nor when the earlier approved amounts changed since it was
 *   computed.
 * - **Recovery.** A negative saldo is by default offset against the begeleider's next positive
 *   payments (any half-year): open = Σ −saldo of approved negative payments marked 'verrekenen' −
 *   Σ offsets already made; at approval each positive saldo takes min(open, saldo) as `verrekend`,
 *   and `te_betalen` = saldo − verrekend goes into the payment file. `subsidie.terugvordering` turns
 *   a not-yet-offset negative saldo into a separate claim ('vordering'), which is excluded from
 *   offsets (the decision-backed claim itself belongs to the procedure engine; see the report).
 * - **Letters** only for a saldo ≠ 0: a re-run that changes nothing for a begeleider sends it nothing.
 */
import { AppError } from '../../../../../shared/api/errors';
import type {
  Betaalbestand,
  RunBerekening,
  SubsidieBetalingRij,
  SubsidieGoedkeuring,
  SubsidieLijn,
  SubsidieRun,
  SubsidieRunDetail,
  SubsidieRunStatus,
  TerugvorderingWijze,
} from '../../../../../shared/ama-wvg/subsidie.contract';
import {
  AFRONDINGSREGEL,
  afrondenOpCent,
  begeleiderBedrag,
  berekenLijn,
  berekenPlafond,
  betalingsReferentie,
  deelnemerLabel,
  GeenBedragFout,
  HALFJAARREGEL,
  halfjaarNaam,
  parseHalfjaar,
  segmentTekst,
  segmenten,
  type BedragPeriode,
  type BegeleiderBedrag,
  type Halfjaar,
  type Interval,
  type LijnBerekening,
  type OpenInterval,
} from '../../../../../shared/ama-wvg/subsidie';
import { addMonths } from '../../../../../shared/kernel/dates';
import { formatDatum, formatEuro } from '../../../../../shared/kernel/format';
import type { Sqlite } from '../../../../../db/open';
import type { Handlers } from '../../../platform/router';
import type { CallContext } from '../../../platform/context';
import { medewerkerIdVan } from '../../../platform/dossier';
import { parameterGetal } from '../../../platform/parameter';
import { geefBriefUit, renderBrief } from '../../../letters/store';
import { bereidBerekeningsnotaVoor, resolveBerekeningsnota, type NotaData } from './berekeningsnota';
import { betaalbestandCsv, betaalbestandXlsx, type Betaalregel } from '../../../engines/betaalrun/betaalbestand';
import { createHash } from 'node:crypto';
import type { ProcedureSoort, RechtSoort } from '../../../engines/procedure/registry';
import { getDocumentMeta } from '../../../letters/store';

export const REGELING = 'AMA_WVG';
export const BEDRAG_PARAMETER = 'AMA_WVG_SUBSIDIE_PER_DEELNEMER_JAAR';

// ---------------------------------------------------------------------------------------------
// Computing a run (no writes): also used by bench/subsidie.ts

export interface BegeleiderPlan {
  organisatieId: number;
  naam: string;
  kbo: string;
  iban: string | null;
  /** Every participant with days in the basis window (H2: the whole year), with its computation. */
  lijnen: { deelnemerId: number; ber: LijnBerekening }[];
  bedrag: BegeleiderBedrag;
  /** Days and participants in the half-year itself. */
  dagen: number;
  aantalDeelnemers: number;
  dagenBuitenErkenning: number;
  eerderBetaaldCent: number;
  saldoCent: number;
  referentie: string;
}

export interface RunPlan {
  halfjaar: Halfjaar;
  volgnummer: number;
  berekening: RunBerekening;
  begeleiders: BegeleiderPlan[];
  totaalCent: number;
}

function periodeFout(err: unknown): never {
  if (err instanceof GeenBedragFout) throw AppError.validatie('periode', `${err.message} Een beheerder vult de parameter aan.`);
  if (err instanceof AppError && err.code === 'NIET_GEVONDEN') throw AppError.validatie('periode', err.message);
  throw err;
}

/** The validity periods of the yearly amount that touch the year (dated parameter). */
export function jaarbedragen(db: Sqlite, jaar: number): BedragPeriode[] {
  return db
    .prepare(
      `SELECT geldig_van AS van, geldig_tot AS tot, waarde_getal AS bedragCent FROM parameter
        WHERE code = ? AND geldig_van <= ? AND (geldig_tot IS NULL OR geldig_tot >= ?) ORDER BY geldig_van`,
    )
    .all(BEDRAG_PARAMETER, `${jaar}-12-31`, `${jaar}-01-01`) as BedragPeriode[];
}

/** Σ saldo of the approved runs of the half-year, per begeleider (what was already settled). */
function eerderAfgerekend(db: Sqlite, periode: string, totVolgnummer = Number.MAX_SAFE_INTEGER): Map<number, number> {
  const rows = db
    .prepare(
      `SELECT b.organisatie_id AS org, SUM(b.saldo_cent) AS som FROM subsidie_betaling b JOIN subsidie_run r ON r.id = b.run_id
        WHERE r.regeling = ? AND r.periode = ? AND r.status = 'goedgekeurd' AND r.volgnummer < ? GROUP BY b.organisatie_id`,
    )
    .all(REGELING, periode, totVolgnummer) as { org: number; som: number }[];
  return new Map(rows.map((r) => [r.org, r.som]));
}

/**
 * Compute the run for a half-year from the register as it is now. Throws VALIDATIE (field `periode`)
 * when the half-year has not ended or a parameter lacks a value.
 */
export function berekenRun(db: Sqlite, periode: string, vandaag: string): RunPlan {
  const t0 = performance.now();
  let h: Halfjaar;
  try {
    h = parseHalfjaar(periode);
  } catch (err) {
    throw AppError.validatie('periode', (err as Error).message);
  }
  if (h.tot >= vandaag) {
    throw AppError.validatie('periode', `Het ${halfjaarNaam(h)} loopt tot ${formatDatum(h.tot)}: de subsidie kan pas na het einde van het halfjaar berekend worden.`);
  }
  const bedragen = jaarbedragen(db, h.jaar);
  // The window read: the half-year, or for H2 the whole year (the year settlement).
  const venster = h.helft === 1 ? { van: h.van, tot: h.tot } : { van: `${h.jaar}-01-01`, tot: h.tot };
  let max: number;
  let regel: number;
  let termijn: number;
  try {
    segmenten([venster], bedragen); // the yearly amount must be known on every day of the window
    max = parameterGetal(db, 'AMA_WVG_MAX_BEGELEIDINGEN', h.van);
    regel = parameterGetal(db, 'AMA_WVG_PLAFOND_VERMINDERING', h.van);
    termijn = parameterGetal(db, 'AMA_WVG_UITBETALING_TERMIJN', h.tot);
  } catch (err) {
    periodeFout(err);
  }

  const ovk = db
    .prepare(
      `SELECT organisatie_id AS o, deelnemer_id AS d, startdatum AS s, einddatum AS e FROM overeenkomst
        WHERE startdatum <= ? AND (einddatum IS NULL OR einddatum >= ?) ORDER BY organisatie_id, deelnemer_id`,
    )
    .all(venster.tot, venster.van) as { o: number; d: number; s: string; e: string | null }[];
  const erkenningen = new Map<number, Interval[]>();
  for (const r of db
    .prepare('SELECT organisatie_id AS o, geldig_van AS van, geldig_tot AS tot FROM erkenning WHERE geldig_van <= ? AND geldig_tot >= ?')
    .iterate(venster.tot, venster.van) as Iterable<{ o: number; van: string; tot: string }>) {
    const l = erkenningen.get(r.o);
    if (l) l.push({ van: r.van, tot: r.tot });
    else erkenningen.set(r.o, [{ van: r.van, tot: r.tot }]);
  }

  // Participant lines per begeleider (rows are ordered by begeleider, participant).
  const perOrg = new Map<number, { deelnemerId: number; ber: LijnBerekening }[]>();
  try {
    for (let i = 0; i < ovk.length; ) {
      const { o, d } = ovk[i];
      const reeks: OpenInterval[] = [];
      for (; i < ovk.length && ovk[i].o === o && ovk[i].d === d; i++) reeks.push({ van: ovk[i].s, tot: ovk[i].e });
      const ber = berekenLijn({ halfjaar: h, overeenkomsten: reeks, erkenningen: erkenningen.get(o) ?? [], bedragen });
      if (ber.dagen === 0 && (ber.jaar?.dagen ?? 0) === 0 && ber.dagenBuitenErkenning === 0) continue;
      const l = perOrg.get(o);
      if (l) l.push({ deelnemerId: d, ber });
      else perOrg.set(o, [{ deelnemerId: d, ber }]);
    }
  } catch (err) {
    periodeFout(err);
  }

  const alleLijnen = [...perOrg.values()].flat();
  const dagenH1 = alleLijnen.reduce((s, l) => s + (h.helft === 1 ? l.ber.dagen : (l.ber.jaar?.eersteHalfjaarDagen ?? 0)), 0);
  const dagenJaar = h.helft === 2 ? alleLijnen.reduce((s, l) => s + (l.ber.jaar?.dagen ?? 0), 0) : undefined;
  let plafond;
  try {
    plafond = berekenPlafond({ halfjaar: h, regel, maxBegeleidingenJaar: max, dagenEersteHalfjaar: dagenH1, dagenJaar });
  } catch (err) {
    throw new AppError('CONFLICT', `${(err as Error).message} Een beheerder past de parameter aan.`);
  }

  const eerder = eerderAfgerekend(db, h.code);
  const orgIds = [...new Set([...perOrg.keys(), ...[...eerder.entries()].filter(([, v]) => v !== 0).map(([k]) => k)])].sort((a, b) => a - b);
  const orgs = new Map(
    (db.prepare('SELECT id, naam, kbo, iban FROM organisatie WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(orgIds)) as {
      id: number;
      naam: string;
      kbo: string;
      iban: string | null;
    }[]).map((o) => [o.id, o]),
  );
  const volgnummer =
    ((db.prepare('SELECT max(volgnummer) AS n FROM subsidie_run WHERE regeling = ? AND periode = ?').get(REGELING, h.code) as { n: number | null }).n ?? 0) + 1;

  const begeleiders: BegeleiderPlan[] = [];
  for (const id of orgIds) {
    const org = orgs.get(id)!;
    const lijnen = perOrg.get(id) ?? [];
    const bedrag = begeleiderBedrag(h, lijnen.map((l) => l.ber), plafond);
    const eerderBetaald = eerder.get(id) ?? 0;
    const inHalfjaar = lijnen.filter((l) => l.ber.dagen > 0);
    const b: BegeleiderPlan = {
      organisatieId: id,
      naam: org.naam,
      kbo: org.kbo,
      iban: org.iban,
      lijnen,
      bedrag,
      dagen: inHalfjaar.reduce((s, l) => s + l.ber.dagen, 0),
      aantalDeelnemers: inHalfjaar.length,
      dagenBuitenErkenning: lijnen.reduce((s, l) => s + l.ber.dagenBuitenErkenning, 0),
      eerderBetaaldCent: eerderBetaald,
      saldoCent: bedrag.verschuldigdCent - eerderBetaald,
      referentie: betalingsReferentie(h.code, org.kbo, volgnummer),
    };
    if (b.bedrag.verschuldigdCent === 0 && b.saldoCent === 0 && b.aantalDeelnemers === 0 && b.dagenBuitenErkenning === 0) continue;
    begeleiders.push(b);
  }

  const berekening: RunBerekening = {
    periode: h.code,
    van: h.van,
    tot: h.tot,
    dagenInHalfjaar: h.dagen,
    dagenInJaar: h.dagenInJaar,
    bedragen,
    afrondingsregel: AFRONDINGSREGEL,
    halfjaarregel: HALFJAARREGEL,
    plafond,
    uitbetalingUiterlijk: addMonths(h.tot, termijn),
    uitbetalingTermijnMaanden: termijn,
    aantalOvereenkomsten: ovk.length,
    aantalLijnen: begeleiders.reduce((s, b) => s + b.aantalDeelnemers, 0),
    dagenTotaal: begeleiders.reduce((s, b) => s + b.dagen, 0),
    dagenBuitenErkenning: begeleiders.reduce((s, b) => s + b.dagenBuitenErkenning, 0),
    duurMs: 0,
  };
  berekening.duurMs = Math.round(performance.now() - t0);
  return { halfjaar: h, volgnummer, berekening, begeleiders, totaalCent: begeleiders.reduce((s, b) => s + b.bedrag.verschuldigdCent, 0) };
}

/**
 * Open recoveries per begeleider (approved runs): Σ −saldo of negative payments handled by offset
 * minus Σ offsets already made.
 */
export function openTerugvorderingen(db: Sqlite): Map<number, number> {
  const rows = db
    .prepare(
      `SELECT b.organisatie_id AS org,
              SUM(CASE WHEN b.saldo_cent < 0 AND b.terugvordering = 'verrekenen' THEN -b.saldo_cent ELSE 0 END) - SUM(b.verrekend_cent) AS open
         FROM subsidie_betaling b JOIN subsidie_run r ON r.id = b.run_id
        WHERE r.regeling = ? AND r.status = 'goedgekeurd' GROUP BY b.organisatie_id`,
    )
    .all(REGELING) as { org: number; open: number }[];
  return new Map(rows.filter((r) => r.open > 0).map((r) => [r.org, r.open]));
}

function verrekening(open: Map<number, number>, organisatieId: number, saldoCent: number): { verrekendCent: number; teBetalenCent: number } {
  if (saldoCent <= 0) return { verrekendCent: 0, teBetalenCent: 0 };
  const verrekend = Math.min(open.get(organisatieId) ?? 0, saldoCent);
  return { verrekendCent: verrekend, teBetalenCent: saldoCent - verrekend };
}

// ---------------------------------------------------------------------------------------------
// Reading runs

interface RunRij {
  id: number;
  regeling: 'AMA_WVG';
  periode: string;
  volgnummer: number;
  status: SubsidieRunStatus;
  berekening: string;
  totaalCent: number;
  aangemaaktDoorId: number;
  aangemaaktDoor: string;
  aangemaaktOp: string;
  goedgekeurdDoorId: number | null;
  goedgekeurdDoor: string | null;
  goedgekeurdOp: string | null;
}

const RUN_SELECT = `
  SELECT r.id, r.regeling, r.periode, r.volgnummer, r.status, r.berekening, r.totaal_cent AS totaalCent,
         r.aangemaakt_door_id AS aangemaaktDoorId, (SELECT naam FROM medewerker WHERE id = r.aangemaakt_door_id) AS aangemaaktDoor,
         r.aangemaakt_op AS aangemaaktOp, r.goedgekeurd_door_id AS goedgekeurdDoorId, (SELECT naam FROM medewerker WHERE id = r.goedgekeurd_door_id) AS goedgekeurdDoor,
         r.goedgekeurd_op AS goedgekeurdOp,
         (SELECT count(*) FROM subsidie_betaling b WHERE b.run_id = r.id) AS aantalBegeleiders,
         (SELECT count(*) FROM subsidie_lijn l WHERE l.run_id = r.id) AS aantalLijnen,
         (SELECT coalesce(sum(b.saldo_cent), 0) FROM subsidie_betaling b WHERE b.run_id = r.id) AS saldoTotaalCent,
         (SELECT coalesce(sum(b.te_betalen_cent), 0) FROM subsidie_betaling b WHERE b.run_id = r.id) AS teBetalenTotaalCent,
         (SELECT coalesce(sum(-b.saldo_cent), 0) FROM subsidie_betaling b WHERE b.run_id = r.id AND b.saldo_cent < 0) AS terugTeVorderenCent
    FROM subsidie_run r`;

function naarRun(r: RunRij & Omit<SubsidieRun, keyof RunRij>): SubsidieRun {
  return { ...r, berekening: JSON.parse(r.berekening) as RunBerekening };
}

function runRij(db: Sqlite, runId: number): RunRij {
  const r = db.prepare(`${RUN_SELECT} WHERE r.id = ?`).get(runId) as RunRij | undefined;
  if (!r) throw AppError.nietGevonden(`Subsidierun ${runId}`);
  return r;
}

const BETALING_SELECT = `
  SELECT b.id, b.organisatie_id AS organisatieId, o.naam AS organisatieNaam, o.kbo, o.iban,
         (SELECT count(*) FROM subsidie_lijn l WHERE l.run_id = b.run_id AND l.organisatie_id = b.organisatie_id) AS aantalDeelnemers,
         (SELECT coalesce(sum(l.dagen), 0) FROM subsidie_lijn l WHERE l.run_id = b.run_id AND l.organisatie_id = b.organisatie_id) AS dagen,
         b.bruto_cent AS brutoCent, b.vermindering_cent AS verminderingCent, b.verschuldigd_cent AS verschuldigdCent,
         b.eerder_betaald_cent AS eerderBetaaldCent, b.saldo_cent AS saldoCent, b.verrekend_cent AS verrekendCent,
         b.te_betalen_cent AS teBetalenCent, b.terugvordering, b.procedure_id AS procedureId, b.referentie,
         b.document_id AS documentId, b.berekening, b.run_id AS runId
    FROM subsidie_betaling b JOIN organisatie o ON o.id = b.organisatie_id`;

type BetalingDbRij = Omit<SubsidieBetalingRij, 'berekening'> & { berekening: string; runId: number };

function naarBetaling(r: BetalingDbRij): SubsidieBetalingRij {
  const { runId: _runId, ...rest } = r;
  return { ...rest, berekening: JSON.parse(r.berekening) as SubsidieBetalingRij['berekening'] };
}

export function getBetaling(db: Sqlite, id: number): SubsidieBetalingRij & { runId: number } {
  const r = db.prepare(`${BETALING_SELECT} WHERE b.id = ?`).get(id) as BetalingDbRij | undefined;
  if (!r) throw AppError.nietGevonden(`Subsidiebetaling ${id}`);
  return { ...naarBetaling(r), runId: r.runId };
}

function waarschuwingen(run: SubsidieRun, betalingen: SubsidieBetalingRij[]): string[] {
  const w: string[] = [];
  const p = run.berekening.plafond;
  for (const t of [p.eersteHalfjaar, p.toets]) {
    if (t?.overschreden) {
      w.push(`Het maximum aantal gesubsidieerde begeleidingen is overschreden (${t.grondslag === 'jaar' ? 'over het jaar' : 'in het halfjaar'}): ${t.formule}`);
    }
  }
  for (const b of betalingen) {
    const wie = `${b.organisatieNaam} (${b.kbo})`;
    if (!b.iban && b.teBetalenCent > 0) {
      w.push(`Geen IBAN gekend voor ${wie}: de betaling van ${formatEuro(b.teBetalenCent)} komt niet in het betaalbestand. Vul het rekeningnummer aan bij de organisatie en exporteer opnieuw.`);
    }
    if (b.saldoCent < 0) {
      w.push(
        `${wie}: ${formatEuro(-b.saldoCent)} terug te vorderen, ${b.terugvordering === 'vordering' ? 'als afzonderlijke vordering' : 'te verrekenen met de volgende betalingen'}.`,
      );
    }
    if (b.verrekendCent > 0) w.push(`${wie}: ${formatEuro(b.verrekendCent)} verrekend met een openstaande terugvordering.`);
    if (b.berekening.dagenBuitenErkenning > 0) {
      w.push(`${wie}: ${b.berekening.dagenBuitenErkenning} overeenkomstdagen vielen buiten de erkenning en tellen niet mee.`);
    }
  }
  return w;
}

export function getRunDetail(db: Sqlite, runId: number): SubsidieRunDetail {
  const r = db.prepare(`${RUN_SELECT} WHERE r.id = ?`).get(runId) as (RunRij & Omit<SubsidieRun, keyof RunRij>) | undefined;
  if (!r) throw AppError.nietGevonden(`Subsidierun ${runId}`);
  const run = naarRun(r);
  const betalingen = (db.prepare(`${BETALING_SELECT} WHERE b.run_id = ? ORDER BY o.naam, b.id`).all(runId) as BetalingDbRij[]).map(naarBetaling);
  return { ...run, betalingen, waarschuwingen: waarschuwingen(run, betalingen) };
}

function lijnen(db: Sqlite, runId: number, organisatieId: number): SubsidieLijn[] {
  runRij(db, runId);
  const rows = db
    .prepare(
      `SELECT l.id, l.deelnemer_id AS deelnemerId, l.dagen, l.bedrag_cent AS bedragCent, l.berekening,
              d.voornaam, d.achternaam, d.geboortejaar
         FROM subsidie_lijn l LEFT JOIN deelnemer d ON d.id = l.deelnemer_id
        WHERE l.run_id = ? AND l.organisatie_id = ?`,
    )
    .all(runId, organisatieId) as {
    id: number;
    deelnemerId: number | null;
    dagen: number;
    bedragCent: number;
    berekening: string;
    voornaam: string | null;
    achternaam: string | null;
    geboortejaar: number | null;
  }[];
  return rows
    .map((r) => {
      const b = JSON.parse(r.berekening) as LijnBerekening;
      return {
        id: r.id,
        deelnemerId: r.deelnemerId,
        deelnemer: deelnemerLabel(r),
        dagen: r.dagen,
        bedragCent: r.bedragCent,
        perioden: b.perioden,
        segmenten: b.segmenten,
        formule: b.formule,
        afronding: b.afronding,
        dagenBuitenErkenning: b.dagenBuitenErkenning,
        ...(b.jaar
          ? { jaar: { dagen: b.jaar.dagen, bedragCent: b.jaar.bedragCent, eersteHalfjaarDagen: b.jaar.eersteHalfjaarDagen, eersteHalfjaarCent: b.jaar.eersteHalfjaarCent } }
          : {}),
      };
    })
    .sort((a, b) => a.deelnemer.localeCompare(b.deelnemer, 'nl') || a.id - b.id);
}

// ---------------------------------------------------------------------------------------------
// Proposal

function voortgang(call: CallContext, jobId: string, gedaan: number, totaal: number, bericht: string): void {
  call.app.emit({ type: 'job.voortgang', jobId, gedaan, totaal, bericht });
}

function berekenVoorstel(call: CallContext, input: { periode: string; jobId?: string }): SubsidieRunDetail {
  const db = call.app.sqlite;
  const jobId = input.jobId ?? `subsidie-${input.periode}-voorstel`;
  const open = db
    .prepare("SELECT id, volgnummer FROM subsidie_run WHERE regeling = ? AND periode = ? AND status = 'voorstel'")
    .get(REGELING, input.periode) as { id: number; volgnummer: number } | undefined;
  if (open) {
    throw new AppError(
      'CONFLICT',
      `Voor ${input.periode} staat al een voorstel klaar (run ${open.id}, volgnummer ${open.volgnummer}). Keur het goed of annuleer het voor u opnieuw berekent.`,
    );
  }
  voortgang(call, jobId, 0, 3, 'Overeenkomsten, erkenningen en parameters lezen');
  const plan = berekenRun(db, input.periode, call.today());
  voortgang(call, jobId, 1, 3, `${plan.berekening.aantalLijnen} deelnemerlijnen berekend; voorstel bewaren`);
  const openVorderingen = openTerugvorderingen(db);
  const runId = call.tx((audit) => {
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO subsidie_run (regeling, periode, volgnummer, status, berekening, totaal_cent, aangemaakt_door_id, aangemaakt_op)
         VALUES (?, ?, ?, 'voorstel', ?, ?, ?, ?)`,
      )
      .run(REGELING, plan.halfjaar.code, plan.volgnummer, JSON.stringify(plan.berekening), plan.totaalCent, medewerkerIdVan(call), call.nowIso());
    const id = Number(lastInsertRowid);
    const lijn = db.prepare('INSERT INTO subsidie_lijn (run_id, organisatie_id, deelnemer_id, dagen, bedrag_cent, berekening) VALUES (?, ?, ?, ?, ?, ?)');
    const betaling = db.prepare(
      `INSERT INTO subsidie_betaling (run_id, organisatie_id, verschuldigd_cent, eerder_betaald_cent, saldo_cent, referentie, bruto_cent,
         vermindering_cent, verrekend_cent, te_betalen_cent, terugvordering, berekening) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const b of plan.begeleiders) {
      for (const l of b.lijnen) {
        if (l.ber.dagen === 0) continue;
        const { dagen: _d, ...ber } = l.ber;
        lijn.run(id, b.organisatieId, l.deelnemerId, l.ber.dagen, l.ber.bedragCent, JSON.stringify(ber));
      }
      const v = verrekening(openVorderingen, b.organisatieId, b.saldoCent);
      betaling.run(id, b.organisatieId, b.bedrag.verschuldigdCent, b.eerderBetaaldCent, b.saldoCent, b.referentie, b.bedrag.brutoCent,
        b.bedrag.verminderingCent, v.verrekendCent, v.teBetalenCent, b.saldoCent < 0 ? 'verrekenen' : null,
        JSON.stringify({ ...b.bedrag, dagenBuitenErkenning: b.dagenBuitenErkenning }));
    }
    const t = plan.berekening.plafond.toets;
    audit({
      entiteit: 'subsidie_run',
      entiteitId: id,
      actie: 'aangemaakt',
      nieuw: {
        regeling: REGELING, periode: plan.halfjaar.code, volgnummer: plan.volgnummer, status: 'voorstel', totaalCent: plan.totaalCent,
        saldoTotaalCent: plan.begeleiders.reduce((s, b) => s + b.saldoCent, 0), aantalBegeleiders: plan.begeleiders.length,
        aantalLijnen: plan.berekening.aantalLijnen, plafondOverschreden: t.overschreden, verminderingspercentage: t.verminderingspercentage,
      },
      reden: 'Subsidie AMA WVG berekend (art. 50)',
    });
    return id;
  });
  voortgang(call, jobId, 3, 3, 'Voorstel klaar');
  return getRunDetail(db, runId);
}

function annuleren(call: CallContext, input: { runId: number; reden: string }): SubsidieRunDetail {
  const r = runRij(call.app.sqlite, input.runId);
  if (r.status !== 'voorstel') throw new AppError('CONFLICT', `Alleen een voorstel kan geannuleerd worden (deze run is ${r.status}).`);
  call.tx((audit) => {
    const n = call.app.sqlite.prepare("UPDATE subsidie_run SET status = 'geannuleerd' WHERE id = ? AND status = 'voorstel'").run(r.id).changes;
    if (!n) throw new AppError('CONFLICT', 'Deze run werd intussen al behandeld.');
    audit({ entiteit: 'subsidie_run', entiteitId: r.id, actie: 'geannuleerd', oud: { status: 'voorstel' }, nieuw: { status: 'geannuleerd' }, reden: input.reden });
  });
  return getRunDetail(call.app.sqlite, r.id);
}

// ---------------------------------------------------------------------------------------------
// Statement letters

/** The statement's data for one payment row. */
export function notaData(db: Sqlite, runId: number, organisatieId: number): NotaData {
  const run = runRij(db, runId);
  const rij = db.prepare(`${BETALING_SELECT} WHERE b.run_id = ? AND b.organisatie_id = ?`).get(runId, organisatieId) as BetalingDbRij | undefined;
  if (!rij) throw AppError.nietGevonden(`Begeleider ${organisatieId} in subsidierun ${runId}`);
  const b = naarBetaling(rij);
  const h = parseHalfjaar(run.periode);
  const ber = JSON.parse(run.berekening) as RunBerekening;
  const lijst = lijnen(db, runId, organisatieId);
  const p = ber.plafond;
  const verminderd = b.verminderingCent !== 0 && (p.toets.overschreden || p.eersteHalfjaar?.overschreden === true);
  return {
    runId,
    periode: run.periode,
    halfjaarNaam: halfjaarNaam(h),
    helft: h.helft,
    van: h.van,
    tot: h.tot,
    volgnummer: run.volgnummer,
    dagenInJaar: h.dagenInJaar,
    jaarbedragen: ber.bedragen,
    deelnemers: lijst.map((l) => {
      const teller = BigInt(l.segmenten.reduce((s, x) => s + BigInt(x.dagen) * BigInt(x.jaarbedragCent), 0n));
      return {
        deelnemer: l.deelnemer,
        perioden: l.perioden.map((x) => (x.van === x.tot ? formatDatum(x.van) : `${formatDatum(x.van)} – ${formatDatum(x.tot)}`)).join(', '),
        berekening: segmentTekst(l.segmenten, h.dagenInJaar),
        dagen: l.dagen,
        bedragCent: l.bedragCent,
        viaJaarbedrag: afrondenOpCent(teller, h.dagenInJaar) !== l.bedragCent,
      };
    }),
    dagen: lijst.reduce((s, l) => s + l.dagen, 0),
    brutoCent: b.brutoCent,
    verminderingCent: b.verminderingCent,
    verschuldigdCent: b.verschuldigdCent,
    eerderBetaaldCent: b.eerderBetaaldCent,
    saldoCent: b.saldoCent,
    verrekendCent: b.verrekendCent,
    teBetalenCent: b.teBetalenCent,
    terugvordering: b.terugvordering,
    plafond: verminderd
      ? {
          regel: p.regelOmschrijving,
          formule: p.toets.overschreden ? p.toets.formule : (p.eersteHalfjaar?.formule ?? ''),
          percentage: p.toets.verminderingspercentage ?? p.eersteHalfjaar?.verminderingspercentage ?? null,
          jaarafrekening: h.helft === 2 ? `Afrekening over het jaar: ${b.berekening.formule}.` : null,
        }
      : null,
    afrondingsregel: ber.afrondingsregel,
    halfjaarregel: h.helft === 2 ? ber.halfjaarregel : null,
    iban: b.iban,
    referentie: b.referentie,
    betaaldatum: ber.uitbetalingUiterlijk,
  };
}

/** The signatory for a preview: the caller when allowed to sign, else the first active signatory of Zorg. */
function voorbeeldOndertekenaar(call: CallContext): number | undefined {
  const zelf = call.app.sqlite
    .prepare("SELECT id FROM medewerker WHERE id = ? AND mag_ondertekenen = 1 AND actief = 1 AND departement = 'ZORG'")
    .get(call.caller.medewerkerId) as { id: number } | undefined;
  if (zelf) return zelf.id;
  const eerste = call.app.sqlite
    .prepare("SELECT id FROM medewerker WHERE mag_ondertekenen = 1 AND actief = 1 AND departement = 'ZORG' ORDER BY id LIMIT 1")
    .get() as { id: number } | undefined;
  return eerste?.id;
}

async function voorbeeldNota(call: CallContext, input: { runId: number; organisatieId: number }) {
  const db = call.app.sqlite;
  const r = runRij(db, input.runId);
  const nota = notaData(db, input.runId, input.organisatieId);
  const g = resolveBerekeningsnota(call, input.organisatieId, nota, {
    contactpersoonId: r.aangemaaktDoorId,
    ondertekenaarId: r.goedgekeurdDoorId ?? voorbeeldOndertekenaar(call),
  });
  const brief = await renderBrief(call, bereidBerekeningsnotaVoor(call, g), { voorbeeld: true });
  return { pdfBase64: brief.bytes.toString('base64'), onderwerp: brief.onderwerp };
}

/** Issue the missing statements of an approved run (saldo ≠ 0, no document yet), one transaction each. */
async function geefNotasUit(call: CallContext, runId: number, jobId: string): Promise<SubsidieGoedkeuring['brieven']> {
  const db = call.app.sqlite;
  const r = runRij(db, runId);
  if (r.status !== 'goedgekeurd') throw new AppError('CONFLICT', `Berekeningsnota’s worden pas uitgegeven na de goedkeuring (deze run is ${r.status}).`);
  const te = db
    .prepare(
      `SELECT b.id, b.organisatie_id AS organisatieId, o.naam FROM subsidie_betaling b JOIN organisatie o ON o.id = b.organisatie_id
        WHERE b.run_id = ? AND b.saldo_cent <> 0 AND b.document_id IS NULL ORDER BY o.naam, b.id`,
    )
    .all(runId) as { id: number; organisatieId: number; naam: string }[];
  const overgeslagen = (db.prepare('SELECT count(*) AS n FROM subsidie_betaling WHERE run_id = ? AND (saldo_cent = 0 OR document_id IS NOT NULL)').get(runId) as { n: number }).n;
  const personen = { contactpersoonId: r.aangemaaktDoorId, ondertekenaarId: r.goedgekeurdDoorId ?? undefined };
  const mislukt: SubsidieGoedkeuring['brieven']['mislukt'] = [];
  let uitgegeven = 0;
  voortgang(call, jobId, 0, te.length, `${te.length} berekeningsnota’s uitgeven`);
  for (const [i, b] of te.entries()) {
    try {
      const g = resolveBerekeningsnota(call, b.organisatieId, notaData(db, runId, b.organisatieId), personen);
      await geefBriefUit(call, bereidBerekeningsnotaVoor(call, g), (doc, audit) => {
        const n = db.prepare('UPDATE subsidie_betaling SET document_id = ? WHERE id = ? AND document_id IS NULL').run(doc.id, b.id).changes;
        if (!n) throw new AppError('CONFLICT', `De berekeningsnota voor ${b.naam} werd intussen al uitgegeven.`);
        audit({ entiteit: 'subsidie_betaling', entiteitId: b.id, actie: 'gewijzigd', oud: { documentId: null }, nieuw: { documentId: doc.id, kenmerk: doc.kenmerk }, reden: 'Berekeningsnota uitgegeven' });
      });
      uitgegeven++;
    } catch (err) {
      if (!(err instanceof AppError)) call.app.log('error', `Berekeningsnota voor organisatie ${b.organisatieId} (run ${runId}) mislukt`, err);
      mislukt.push({ organisatieId: b.organisatieId, organisatieNaam: b.naam, melding: err instanceof AppError ? err.message : 'Onverwachte fout bij het opmaken van de brief.' });
    }
    voortgang(call, jobId, i + 1, te.length, `Berekeningsnota ${i + 1} van ${te.length}: ${b.naam}`);
  }
  return { uitgegeven, overgeslagen, mislukt };
}

async function goedkeuren(call: CallContext, input: { runId: number; jobId?: string }): Promise<SubsidieGoedkeuring> {
  const db = call.app.sqlite;
  const r = runRij(db, input.runId);
  if (r.status !== 'voorstel') throw new AppError('CONFLICT', `Deze run is geen voorstel meer (status: ${r.status}).`);
  if (r.aangemaaktDoorId === call.caller.medewerkerId) {
    throw new AppError('VERBODEN', 'Vier-ogenprincipe: wie de subsidie berekende, kan ze niet zelf goedkeuren.');
  }
  const later = db
    .prepare("SELECT volgnummer FROM subsidie_run WHERE regeling = ? AND periode = ? AND status = 'goedgekeurd' AND volgnummer > ? ORDER BY volgnummer DESC LIMIT 1")
    .get(REGELING, r.periode, r.volgnummer) as { volgnummer: number } | undefined;
  if (later) {
    throw new AppError('CONFLICT', `Voor ${r.periode} werd al een latere run (volgnummer ${later.volgnummer}) goedgekeurd; dit oudere voorstel kan niet meer goedgekeurd worden.`);
  }
  const controle = () => {
    const eerder = eerderAfgerekend(db, r.periode);
    const rows = db.prepare('SELECT organisatie_id AS org, eerder_betaald_cent AS eerder FROM subsidie_betaling WHERE run_id = ?').all(r.id) as { org: number; eerder: number }[];
    const gezien = new Set(rows.map((x) => x.org));
    if (rows.some((x) => (eerder.get(x.org) ?? 0) !== x.eerder) || [...eerder.entries()].some(([org, v]) => v !== 0 && !gezien.has(org))) {
      throw new AppError('CONFLICT', `Wat voor ${r.periode} al afgerekend werd, is gewijzigd sinds dit voorstel berekend werd. Annuleer het voorstel en bereken opnieuw.`);
    }
  };
  controle();
  const ondertekenaarId = medewerkerIdVan(call);
  if (!ondertekenaarId) throw new AppError('VALIDATIE', 'U bent nog niet als medewerker gekend: een beheerder voegt u toe onder Medewerkers.');
  // Letter prerequisites before anything is approved (contact person reachable, signatory may sign).
  const eerste = db.prepare('SELECT organisatie_id AS org FROM subsidie_betaling WHERE run_id = ? AND saldo_cent <> 0 ORDER BY id LIMIT 1').get(r.id) as { org: number } | undefined;
  if (eerste) resolveBerekeningsnota(call, eerste.org, notaData(db, r.id, eerste.org), { contactpersoonId: r.aangemaaktDoorId, ondertekenaarId });

  call.tx((audit) => {
    controle();
    const open = openTerugvorderingen(db);
    const rows = db.prepare('SELECT id, organisatie_id AS org, saldo_cent AS saldo, verrekend_cent AS verrekend, te_betalen_cent AS teBetalen FROM subsidie_betaling WHERE run_id = ? ORDER BY organisatie_id').all(r.id) as {
      id: number;
      org: number;
      saldo: number;
      verrekend: number;
      teBetalen: number;
    }[];
    const upd = db.prepare("UPDATE subsidie_betaling SET verrekend_cent = ?, te_betalen_cent = ?, terugvordering = CASE WHEN saldo_cent < 0 THEN coalesce(terugvordering, 'verrekenen') ELSE NULL END WHERE id = ?");
    let verrekendTotaal = 0;
    for (const b of rows) {
      const v = verrekening(open, b.org, b.saldo);
      upd.run(v.verrekendCent, v.teBetalenCent, b.id);
      verrekendTotaal += v.verrekendCent;
    }
    const n = db
      .prepare("UPDATE subsidie_run SET status = 'goedgekeurd', goedgekeurd_door_id = ?, goedgekeurd_op = ? WHERE id = ? AND status = 'voorstel'")
      .run(medewerkerIdVan(call), call.nowIso(), r.id).changes;
    if (!n) throw new AppError('CONFLICT', 'Deze run werd intussen al behandeld.');
    const som = db.prepare('SELECT coalesce(sum(saldo_cent), 0) AS saldo, coalesce(sum(te_betalen_cent), 0) AS teBetalen FROM subsidie_betaling WHERE run_id = ?').get(r.id) as { saldo: number; teBetalen: number };
    audit({
      entiteit: 'subsidie_run',
      entiteitId: r.id,
      actie: 'goedgekeurd',
      oud: { status: 'voorstel' },
      nieuw: { status: 'goedgekeurd', totaalCent: r.totaalCent, saldoTotaalCent: som.saldo, teBetalenTotaalCent: som.teBetalen, verrekendCent: verrekendTotaal },
      reden: `Subsidie AMA WVG ${r.periode} (volgnummer ${r.volgnummer}) goedgekeurd`,
    });
  });
  const brieven = await geefNotasUit(call, r.id, input.jobId ?? `subsidie-${r.id}-brieven`);
  return { run: getRunDetail(db, r.id), brieven };
}

async function brievenUitgeven(call: CallContext, input: { runId: number; jobId?: string }): Promise<SubsidieGoedkeuring> {
  const brieven = await geefNotasUit(call, input.runId, input.jobId ?? `subsidie-${input.runId}-brieven`);
  return { run: getRunDetail(call.app.sqlite, input.runId), brieven };
}

// ---------------------------------------------------------------------------------------------
// Payment file

async function exporteer(call: CallContext, input: { runId: number; formaat: 'csv' | 'xlsx' }): Promise<Betaalbestand> {
  const db = call.app.sqlite;
  const run = getRunDetail(db, input.runId);
  if (run.status !== 'goedgekeurd') throw new AppError('CONFLICT', `Alleen een goedgekeurde run heeft een betaalbestand (deze run is ${run.status}).`);
  const regels: Betaalregel[] = [];
  const waarschuwingen: string[] = [];
  for (const b of run.betalingen) {
    const wie = `${b.organisatieNaam} (${b.kbo})`;
    if (b.teBetalenCent > 0) {
      if (b.iban) regels.push({ organisatie: b.organisatieNaam, kbo: b.kbo, iban: b.iban, bedragCent: b.teBetalenCent, referentie: b.referentie });
      else waarschuwingen.push(`Geen IBAN gekend voor ${wie}: de betaling van ${formatEuro(b.teBetalenCent)} is niet opgenomen in het betaalbestand. Vul het rekeningnummer aan bij de organisatie en exporteer opnieuw.`);
    } else if (b.saldoCent < 0) {
      waarschuwingen.push(`${wie}: ${formatEuro(-b.saldoCent)} terug te vorderen; niet in het betaalbestand (${b.terugvordering === 'vordering' ? 'afzonderlijke vordering' : 'wordt verrekend met de volgende betalingen'}).`);
    }
  }
  const basis = `betaalbestand-AMAWVG-${run.periode.replace('-', '')}-${run.volgnummer}`;
  const aangemaakt = new Date(run.goedgekeurdOp ?? run.aangemaaktOp);
  const inhoud =
    input.formaat === 'csv'
      ? betaalbestandCsv(regels)
      : await betaalbestandXlsx(regels, { titel: `Betalingen subsidie AMA WVG ${run.periode} (run ${run.volgnummer})`, aangemaaktOp: aangemaakt, waarschuwingen });
  const totaalCent = regels.reduce((s, x) => s + x.bedragCent, 0);
  const sha256 = createHash('sha256').update(inhoud).digest('hex');
  call.tx((audit) =>
    audit({
      entiteit: 'subsidie_run',
      entiteitId: run.id,
      actie: 'geexporteerd',
      nieuw: { formaat: input.formaat, aantalBetalingen: regels.length, totaalCent, weggelaten: waarschuwingen.length, sha256 },
      reden: 'Betaalbestand voor het financieel systeem aangemaakt',
    }),
  );
  return {
    bestandsnaam: `${basis}.${input.formaat}`,
    mimeType: input.formaat === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    inhoudBase64: inhoud.toString('base64'),
    aantalBetalingen: regels.length,
    totaalCent,
    waarschuwingen,
  };
}

// ---------------------------------------------------------------------------------------------
// Recovery handling

function terugvordering(call: CallContext, input: { betalingId: number; wijze: TerugvorderingWijze; reden?: string }): SubsidieBetalingRij {
  const db = call.app.sqlite;
  const b = getBetaling(db, input.betalingId);
  const r = runRij(db, b.runId);
  if (r.status !== 'goedgekeurd' || b.saldoCent >= 0) {
    throw new AppError('CONFLICT', 'Alleen een negatief saldo van een goedgekeurde run kan teruggevorderd worden.');
  }
  if (b.terugvordering === input.wijze) throw AppError.validatie('wijze', `Deze terugvordering wordt al zo behandeld (${input.wijze}).`);
  if (input.wijze === 'vordering') {
    const open = openTerugvorderingen(db).get(b.organisatieId) ?? 0;
    if (open < -b.saldoCent) {
      throw new AppError('CONFLICT', `Dit saldo werd al (deels) verrekend met een latere betaling (nog open: ${formatEuro(open)}); een afzonderlijke vordering kan niet meer.`);
    }
  } else {
    const p = db
      .prepare("SELECT id, status FROM procedure WHERE recht_entiteit = ? AND recht_id = ? AND status <> 'afgesloten' ORDER BY id DESC LIMIT 1")
      .get(RECHT_BETALING, b.id) as { id: number; status: string } | undefined;
    if (p || b.procedureId !== null) {
      throw new AppError('CONFLICT', `Voor deze terugvordering ${p?.status === 'beslist' || !p ? 'werd beslist' : 'loopt een procedure'} (procedure ${p?.id ?? b.procedureId}); ze kan niet meer verrekend worden.`);
    }
    if (b.terugvordering === 'vervallen') throw new AppError('CONFLICT', 'Deze terugvordering is vervallen na bezwaar.');
  }
  return call.tx((audit) => {
    db.prepare('UPDATE subsidie_betaling SET terugvordering = ? WHERE id = ?').run(input.wijze, b.id);
    audit({ entiteit: 'subsidie_betaling', entiteitId: b.id, actie: 'gewijzigd', oud: { terugvordering: b.terugvordering }, nieuw: { terugvordering: input.wijze }, reden: input.reden || null });
    return naarBetaling(db.prepare(`${BETALING_SELECT} WHERE b.id = ?`).get(b.id) as BetalingDbRij);
  });
}

// ---------------------------------------------------------------------------------------------
// Recovery as a separate claim through the procedure engine (voornemen → reactie/hoorzitting →
// beslissing 'terugvordering' → bezwaar): the right is the begeleider's payment row of a run whose
// saldo is negative and that the officer chose to handle as a claim (`subsidie.terugvordering`
// with wijze 'vordering'). The final decision records the procedure on the payment row; an objection
// that annuls it marks the claim 'vervallen' (no longer recovered, never offset).

export const RECHT_BETALING = 'subsidie_betaling';
export const PROCEDURE_TERUGVORDERING = 'terugvordering-subsidie-ama-wvg';

interface BetalingKern {
  id: number;
  runId: number;
  organisatieId: number;
  periode: string;
  volgnummer: number;
  status: SubsidieRunStatus;
  verschuldigdCent: number;
  eerderBetaaldCent: number;
  saldoCent: number;
  terugvordering: string | null;
  procedureId: number | null;
  referentie: string;
  documentId: number | null;
}

function betalingKern(call: CallContext, id: number): BetalingKern {
  const b = call.app.sqlite
    .prepare(
      `SELECT b.id, b.run_id AS runId, b.organisatie_id AS organisatieId, r.periode, r.volgnummer, r.status, b.verschuldigd_cent AS verschuldigdCent,
              b.eerder_betaald_cent AS eerderBetaaldCent, b.saldo_cent AS saldoCent, b.terugvordering, b.procedure_id AS procedureId,
              b.referentie, b.document_id AS documentId
         FROM subsidie_betaling b JOIN subsidie_run r ON r.id = b.run_id WHERE b.id = ?`,
    )
    .get(id) as BetalingKern | undefined;
  if (!b) throw AppError.nietGevonden(`Subsidiebetaling ${id}`);
  return b;
}

const halfjaarVan = (b: BetalingKern) => halfjaarNaam(parseHalfjaar(b.periode));

function notaVerwijzing(call: CallContext, b: BetalingKern): string {
  if (!b.documentId) return `de afrekening ${b.volgnummer} van de subsidie voor het ${halfjaarVan(b)}`;
  const d = getDocumentMeta(call.app.sqlite, b.documentId);
  return `onze berekeningsnota van ${formatDatum(d.aangemaaktOp.slice(0, 10))} (ons kenmerk ${d.kenmerk})`;
}

/** A begeleider's payment row with a negative saldo, as a right the engine can act on (a claim). */
export const subsidieBetalingRecht: RechtSoort = {
  code: RECHT_BETALING,
  label: 'subsidie voor arbeidsmatige activiteiten',
  departement: 'ZORG',
  bestuursorgaan: 'Departement Zorg',
  bezwaarBij: 'het Departement Zorg, Afdeling Werk en Zorg',
  artikels: 'artikel 50',
  parameters: { bezwaartermijn: 'AMA_WVG_TERUGVORDERING_BEZWAAR_TERMIJN', bezwaarBeslissingstermijn: 'AMA_WVG_BEZWAAR_BESLISSINGSTERMIJN' },
  organisatieVan: (call, id) => betalingKern(call, id).organisatieId,
  beschrijf: (call, id) => {
    const b = betalingKern(call, id);
    const stand =
      b.saldoCent >= 0
        ? ''
        : b.terugvordering === 'vordering'
          ? `, ${formatEuro(-b.saldoCent)} terug te vorderen`
          : b.terugvordering === 'vervallen'
            ? ', terugvordering vervallen'
            : `, ${formatEuro(-b.saldoCent)} te verrekenen met volgende betalingen (kies eerst een afzonderlijke vordering)`;
    return `subsidie AMA WVG ${halfjaarVan(b)} (afrekening ${b.volgnummer}, mededeling ${b.referentie}${stand})`;
  },
  isActief: (call, id) => {
    const b = betalingKern(call, id);
    return b.status === 'goedgekeurd' && b.saldoCent < 0 && b.terugvordering === 'vordering';
  },
  bezwaar: {
    gevolgen: (call, betwist, uitkomst) => {
      if (betwist.type !== 'terugvordering' || betwist.rechtId === null) return [];
      const b = betalingKern(call, betwist.rechtId);
      return uitkomst === 'vernietigd'
        ? [`De terugvordering van ${formatEuro(-b.saldoCent)} vervalt: u hoeft dat bedrag niet terug te betalen.`]
        : [`De terugvordering van ${formatEuro(-b.saldoCent)} blijft behouden.`];
    },
    pasToe: (call, betwist, uitkomst, uitspraak, audit) => {
      if (betwist.type !== 'terugvordering' || betwist.rechtId === null || uitkomst !== 'vernietigd') return;
      call.app.sqlite.prepare("UPDATE subsidie_betaling SET terugvordering = 'vervallen' WHERE id = ?").run(betwist.rechtId);
      audit({ entiteit: 'subsidie_betaling', entiteitId: betwist.rechtId, actie: 'gewijzigd', oud: { terugvordering: 'vordering' }, nieuw: { terugvordering: 'vervallen' }, reden: `Terugvordering (beslissing ${betwist.id}) vernietigd na bezwaar (beslissing ${uitspraak.id})` });
    },
  },
};

/** Recovery of subsidy as a separate claim through the hearing procedure (art. 50). */
export const terugvorderingProcedure: ProcedureSoort = {
  soort: PROCEDURE_TERUGVORDERING,
  recht: RECHT_BETALING,
  label: 'Terugvordering van subsidie AMA WVG',
  beslissingType: 'terugvordering',
  parameters: { reactietermijn: 'AMA_WVG_TERUGVORDERING_REACTIETERMIJN', beslissingstermijn: 'AMA_WVG_TERUGVORDERING_BESLISSINGSTERMIJN' },
  rechtsbasis: 'Decreet van 8 juli 2022 betreffende de werk- en zorgtrajecten; BVR van 18 november 2022, art. 50',
  voornemen: (call, id) => {
    const b = betalingKern(call, id);
    const bedrag = formatEuro(-b.saldoCent);
    return {
      onderwerp: `Voornemen tot terugvordering van subsidie arbeidsmatige activiteiten – ${halfjaarVan(b)}`,
      inleiding: [
        `Met ${notaVerwijzing(call, b)} stelden wij de subsidie van uw organisatie als begeleider van arbeidsmatige activiteiten voor het ${halfjaarVan(b)} ` +
          `vast op ${formatEuro(b.verschuldigdCent)}. Voor die periode ontving uw organisatie al ${formatEuro(b.eerderBetaaldCent)}, dat is ${bedrag} te veel. ` +
          'Subsidie die niet of niet meer verschuldigd is, kan worden teruggevorderd (artikel 50 van het besluit).',
      ],
      voornemen: `Wij zijn van plan ${bedrag} subsidie terug te vorderen van uw organisatie.`,
      gevolgen: ['Zolang wij niet beslist hebben, vorderen wij niets terug en houden wij dit bedrag niet in op andere betalingen.'],
      maatregel: `de terugvordering van ${bedrag} subsidie voor het ${halfjaarVan(b)}`,
    };
  },
  bereidBeslissingVoor: (call, id, input) => {
    betalingKern(call, id);
    if (input.einddatum) throw AppError.validatie('einddatum', 'Een terugvordering heeft geen einddatum: laat dit veld leeg.');
    return {};
  },
  beslissingTekst: (call, b) => {
    const k = betalingKern(call, b.rechtId!);
    const bedrag = formatEuro(-k.saldoCent);
    return {
      briefType: 'beslissing-terugvordering',
      onderwerp: `Terugvordering van subsidie arbeidsmatige activiteiten – ${halfjaarVan(k)}`,
      beslissing: `Wij vorderen ${bedrag} terug van de subsidie voor het ${halfjaarVan(k)} die uw organisatie te veel ontving.`,
      gevolgen: [
        `U ontvangt van onze financiële dienst een betalingsuitnodiging met het rekeningnummer en de uiterste betaaldatum. Vermeld bij de betaling de mededeling ${k.referentie}.`,
        'Dit bedrag wordt niet verrekend met andere betalingen van subsidie, tenzij u daar zelf om vraagt.',
      ],
    };
  },
  pasToe: (call, b, audit) => {
    const k = betalingKern(call, b.rechtId!);
    if (k.terugvordering !== 'vordering') {
      throw new AppError('CONFLICT', 'Dit saldo wordt intussen niet meer als afzonderlijke vordering behandeld; de terugvordering kan niet beslist worden.');
    }
    call.app.sqlite.prepare('UPDATE subsidie_betaling SET procedure_id = ? WHERE id = ?').run(b.dossierId, k.id);
    audit({ entiteit: 'subsidie_betaling', entiteitId: k.id, actie: 'gewijzigd', oud: { procedureId: k.procedureId }, nieuw: { procedureId: b.dossierId, terugvordering: 'vordering', bedragCent: -k.saldoCent }, reden: `Terugvordering beslist (beslissing ${b.id})` });
  },
};

export const subsidieHandlers: Pick<
  Handlers,
  | 'subsidie.berekenVoorstel'
  | 'subsidie.get'
  | 'subsidie.list'
  | 'subsidie.lijnen'
  | 'subsidie.voorbeeldNota'
  | 'subsidie.goedkeuren'
  | 'subsidie.brievenUitgeven'
  | 'subsidie.annuleren'
  | 'subsidie.exporteer'
  | 'subsidie.terugvordering'
> = {
  'subsidie.berekenVoorstel': (input, call) => berekenVoorstel(call, input),
  'subsidie.get': (input, call) => getRunDetail(call.app.sqlite, input.runId),
  'subsidie.list': (input, call) => {
    const where = ['r.regeling = ?'];
    const params: unknown[] = [REGELING];
    if (input.periode) (where.push('r.periode = ?'), params.push(input.periode));
    if (input.status) (where.push('r.status = ?'), params.push(input.status));
    return (call.app.sqlite.prepare(`${RUN_SELECT} WHERE ${where.join(' AND ')} ORDER BY r.periode DESC, r.volgnummer DESC`).all(...params) as (RunRij &
      Omit<SubsidieRun, keyof RunRij>)[]).map(naarRun);
  },
  'subsidie.lijnen': (input, call) => lijnen(call.app.sqlite, input.runId, input.organisatieId),
  'subsidie.voorbeeldNota': (input, call) => voorbeeldNota(call, input),
  'subsidie.goedkeuren': (input, call) => goedkeuren(call, input),
  'subsidie.brievenUitgeven': (input, call) => brievenUitgeven(call, input),
  'subsidie.annuleren': (input, call) => annuleren(call, input),
  'subsidie.exporteer': (input, call) => exporteer(call, input),
  'subsidie.terugvordering': (input, call) => terugvordering(call, input),
};
