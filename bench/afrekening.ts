/**
 * Benchmark of the AMA SE yearly settlement and the 80 % evaluation (BVR art. 61–63, 68) at 10× the 2024 volume:
 * the demo at scale 10 (860 maatwerkbedrijven, 19,680 places, a year of begeleidingsovereenkomsten whose fill rates
 * follow the 2024 report) plus an approved advance of January, so the settlement deducts advances.
 *
 * Settlement, three ways to the same per-organisation amounts for the last full year:
 *  - *SQL*: one hand-written query (place-days of the ledger, participant days as the union per participant —
 *    gaps and islands —, min(deelnemersjaren, contingent) × amount rounded half up, the advances of the year);
 *  - *berekenRun*: the scheme's computation (modules/ama-se/geld/regelingen.ts with shared/ama-se/contingent.ts), no writes;
 *  - *contingent.berekenAfrekening*: the API method through the router (compute, store a line per participation,
 *    the payment rows and the audit entry) — each run's rows are deleted afterwards, untimed.
 * Evaluation, two ways to the same reductions: one hand-written SQL, and `contingent.berekenEvaluatie` through the router.
 * The run fails when SQL and JavaScript disagree on any organisation.
 *
 * `npx tsx bench/afrekening.ts [--runs N] [--warmup N]`, also part of `npm run bench` (bench/run.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { aanmelden, createApp, type App } from '../electron/core/app';
import { berekenAfrekening } from '../electron/core/modules/ama-se/geld/regelingen';
import { parsePeriode } from '../shared/kernel/periode';
import { toDayNumber } from '../shared/kernel/dates';
import { seedDemo } from '../db/seed/demo';
import { alsHoofdscript, getal, interleaved, meetRegeling, ms, ratio, regelingTabel, table, type RegelingMeting, type Stats } from './lib';

const NU = new Date('2026-11-22T09:00:00Z');
const JAAR = 2025;
const WSE = { gebruiker: 'Bench WSE', rol: 'wse-dossierbeheerder' } as const;
const ONDERTEKENAAR = { gebruiker: 'Bench ondertekenaar WSE', rol: 'ondertekenaar' } as const;

export const AFREKENING_SQL = `
WITH
dag(x) AS (SELECT 2440587.5),
seg AS (
  SELECT organisatie_id AS org, plaatsen AS p,
         max(CAST(julianday(geldig_van) - (SELECT x FROM dag) AS INTEGER), :van) AS s,
         min(coalesce(CAST(julianday(geldig_tot) - (SELECT x FROM dag) AS INTEGER), :tot), :tot) AS e
    FROM se_contingent WHERE geldig_van <= :totIso AND (geldig_tot IS NULL OR geldig_tot >= :vanIso)),
pd AS (SELECT org, sum(p * (e - s + 1)) AS pd FROM seg GROUP BY org),
dln AS (
  SELECT organisatie_id AS org, deelnemer_id AS dn,
         max(CAST(julianday(startdatum) - (SELECT x FROM dag) AS INTEGER), :van) AS s,
         min(coalesce(CAST(julianday(einddatum) - (SELECT x FROM dag) AS INTEGER), :tot), :tot) AS e
    FROM se_deelname WHERE startdatum <= :totIso AND (einddatum IS NULL OR einddatum >= :vanIso)),
geordend AS (
  SELECT org, dn, s, e, max(e) OVER (PARTITION BY org, dn ORDER BY s, e ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS vorige FROM dln),
eiland AS (
  SELECT org, dn, s, e, sum(CASE WHEN vorige IS NULL OR s > vorige + 1 THEN 1 ELSE 0 END) OVER (PARTITION BY org, dn ORDER BY s, e ROWS UNBOUNDED PRECEDING) AS g FROM geordend),
unie AS (SELECT org, min(s) AS s, max(e) AS e FROM eiland GROUP BY org, dn, g),
dagen AS (SELECT org, sum(e - s + 1) AS d FROM unie GROUP BY org),
vs AS (
  SELECT b.organisatie_id AS org, sum(b.saldo_cent) AS v FROM betaalrun_betaling b JOIN betaalrun r ON r.id = b.run_id
   WHERE r.regeling = 'AMA_SE_VOORSCHOT' AND r.status = 'goedgekeurd' AND r.periode LIKE :jaarLike GROUP BY b.organisatie_id),
orgs AS (SELECT org FROM pd UNION SELECT org FROM dagen UNION SELECT org FROM vs),
r AS (
  SELECT o.org, coalesce(pd.pd, 0) AS pd, coalesce(dagen.d, 0) AS dagen, coalesce(vs.v, 0) AS voorschotten
    FROM orgs o LEFT JOIN pd ON pd.org = o.org LEFT JOIN dagen ON dagen.org = o.org LEFT JOIN vs ON vs.org = o.org)
SELECT org, pd, dagen, voorschotten,
       CASE WHEN dagen * :diy > pd * :deler THEN (2 * pd * :a + :diy) / (2 * :diy) ELSE (2 * dagen * :a + :deler) / (2 * :deler) END AS subsidie
  FROM r ORDER BY org`;

/** The reductions of the evaluation: floor((drempel × pd × deler − 10,000 × dagen × diy) / (10,000 × diy × deler)) when positive. */
export const EVALUATIE_SQL = `
SELECT org, CASE WHEN 8000 * pd * :deler > 10000 * dagen * :diy THEN (8000 * pd * :deler - 10000 * dagen * :diy) / (10000 * :diy * :deler) ELSE 0 END AS vermindering
  FROM (${AFREKENING_SQL.replace(/SELECT org, pd, dagen, voorschotten,[\s\S]*$/, 'SELECT org, pd, dagen FROM r WHERE pd > 0')}) ORDER BY org`;

export interface AfrekeningBenchResultaat extends RegelingMeting {
  maatwerkbedrijven: number;
  plaatsen: number;
  deelnames: number;
  genererenMs: number;
  totaalCent: number;
  evaluatie: { sql: Stats; berekenEvaluatie: Stats; ratio: number; verminderingen: number };
}

export async function benchAfrekening(opts: { runs: number; warmup: number; log?: (s: string) => void; dir?: string }): Promise<AfrekeningBenchResultaat> {
  const log = opts.log ?? ((s: string) => console.log(s));
  const dir = opts.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'wzt-bench-afrekening-'));
  const app: App = createApp({ dbFile: path.join(dir, 'afrekening.sqlite'), now: () => NU, log: () => {} });
  try {
    const db = app.ctx.sqlite;
    const t0 = performance.now();
    const demo = seedDemo(db, { scale: 10, now: NU });
    const genererenMs = performance.now() - t0;
    const wse = aanmelden(db, WSE, NU);
    const ond = aanmelden(db, ONDERTEKENAAR, NU);
    db.prepare("UPDATE medewerker SET departement = 'WSE', email = 'bench@vlaanderen.be', telefoon = '02 553 00 00' WHERE id IN (?, ?)").run(wse.medewerkerId, ond.medewerkerId);
    const call = async <T>(c: typeof wse, method: string, input: unknown): Promise<T> => {
      const env = await app.router(method as never, input as never, c);
      if (!env.ok) throw new Error(`${method}: ${env.error.message}`);
      return env.value as T;
    };
    const voorschot = await call<{ id: number }>(wse, 'voorschot.berekenVoorstel', { periode: `${JAAR}-01` });
    await call(ond, 'contingent.goedkeuren', { runId: voorschot.id });
    log(`   demo schaal 10: ${getal(demo.amaSe.maatwerkbedrijven, 0)} maatwerkbedrijven, ${getal(demo.amaSe.plaatsen, 0)} plaatsen, ${getal(demo.amaSe.deelnames, 0)} begeleidingsovereenkomsten (${ms(genererenMs)}); voorschot januari goedgekeurd`);

    const a = (db.prepare("SELECT waarde_getal AS v FROM parameter WHERE code = 'AMA_SE_SUBSIDIE_PER_DEELNEMER_JAAR' AND geldig_van <= ? AND (geldig_tot IS NULL OR geldig_tot >= ?)").get(`${JAAR}-12-31`, `${JAAR}-01-01`) as { v: number }).v;
    const van = `${JAAR}-01-01`;
    const tot = `${JAAR}-12-31`;
    // BigInt: better-sqlite3 binds JS numbers as REAL, which would turn the integer divisions into real ones.
    const params = { van: BigInt(toDayNumber(van)), tot: BigInt(toDayNumber(tot)), vanIso: van, totIso: tot, jaarLike: `${JAAR}-%`, diy: 365n, deler: 365n, a: BigInt(a) };
    const sql = db.prepare(AFREKENING_SQL);
    type Rij = { org: number; pd: number; dagen: number; voorschotten: number; subsidie: number };
    const viaSql = () => sql.all(params) as Rij[];
    const viaJs = () => berekenAfrekening(db, parsePeriode(String(JAAR), 'jaar'), '2026-11-22', new Map());
    const viaRouter = () => call<{ id: number; totaalCent: number }>(wse, 'contingent.berekenAfrekening', { jaar: JAAR });
    const opruimen = (runId: number) =>
      db.transaction(() => {
        db.prepare('DELETE FROM se_afrekening_lijn WHERE run_id = ?').run(runId);
        db.prepare('DELETE FROM betaalrun_betaling WHERE run_id = ?').run(runId);
        db.prepare('DELETE FROM betaalrun WHERE id = ?').run(runId);
      })();

    const s = viaSql();
    const plan = viaJs();
    const js = new Map(plan.begunstigden.map((b) => [b.organisatieId, b]));
    if (s.length !== js.size) throw new Error(`SQL geeft ${s.length} organisaties, berekenRun ${js.size}.`);
    for (const r of s) {
      const b = js.get(r.org);
      if (!b || b.brutoCent !== r.subsidie || b.verminderingCent !== r.voorschotten || b.dagen !== r.dagen) throw new Error(`Organisatie ${r.org}: SQL ${JSON.stringify(r)} ≠ berekenRun ${JSON.stringify({ ...b, berekening: undefined })}`);
    }
    const totaalCent = plan.begunstigden.reduce((x, b) => x + b.verschuldigdCent, 0);
    const voorstel = await viaRouter();
    if (voorstel.totaalCent !== totaalCent) throw new Error(`Voorstel ${voorstel.totaalCent} ≠ berekenRun ${totaalCent}`);
    opruimen(voorstel.id);
    log(`   SQL en berekenRun geven dezelfde bedragen voor alle ${getal(s.length, 0)} maatwerkbedrijven (saldo ${getal(totaalCent / 100, 2)} euro)`);
    const meting = await meetRegeling({ sql: viaSql, berekenRun: viaJs, berekenVoorstel: viaRouter, opruimen }, opts);

    const evSql = db.prepare(EVALUATIE_SQL);
    const evViaSql = () => evSql.all(params) as { org: number; vermindering: number }[];
    const evViaRouter = () => call<{ rijen: { organisatieId: number; verminderingPlaatsen: number }[] }>(wse, 'contingent.berekenEvaluatie', { jaar: JAAR });
    const ev = await evViaRouter();
    const evJs = new Map(ev.rijen.map((r) => [r.organisatieId, r.verminderingPlaatsen]));
    const evS = evViaSql();
    for (const r of evS) if (evJs.get(r.org) !== r.vermindering) throw new Error(`Evaluatie ${r.org}: SQL ${r.vermindering} ≠ ${evJs.get(r.org)}`);
    log(`   evaluatie: SQL en berekenEvaluatie geven dezelfde verminderingen (${evS.filter((r) => r.vermindering > 0).length} maatwerkbedrijven, ${evS.reduce((x, r) => x + r.vermindering, 0)} plaatsen)`);
    const evStats = await interleaved({ sql: evViaSql, berekenEvaluatie: evViaRouter }, opts);
    return {
      maatwerkbedrijven: demo.amaSe.maatwerkbedrijven, plaatsen: demo.amaSe.plaatsen, deelnames: demo.amaSe.deelnames, genererenMs: Math.round(genererenMs), totaalCent,
      ...meting,
      evaluatie: { ...evStats, ratio: ratio(evStats.berekenEvaluatie, evStats.sql), verminderingen: evS.filter((r) => r.vermindering > 0).length },
    };
  } finally {
    app.close();
    if (!opts.dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function afrekeningTabel(r: AfrekeningBenchResultaat): string {
  const mp = (s: Stats) => `${getal(s.medianMs)} / ${getal(s.p95Ms)}`;
  return `${regelingTabel(r, { sql: 'SQL (één query)', methode: 'contingent.berekenAfrekening' })}\n\n${table(['evaluatie', 'mediaan / p95 (ms)', '÷ SQL'], [
    ['SQL (één query)', mp(r.evaluatie.sql), '1×'],
    ['contingent.berekenEvaluatie (router)', mp(r.evaluatie.berekenEvaluatie), `${getal(r.evaluatie.ratio, 2)}×`],
  ])}`;
}

alsHoofdscript(import.meta.url, 'afrekening', benchAfrekening, (r) =>
  `\nJaarafrekening AMA SE ${JAAR}: ${getal(r.maatwerkbedrijven, 0)} maatwerkbedrijven, ${getal(r.deelnames, 0)} begeleidingsovereenkomsten\n${afrekeningTabel(r)}`,
);
