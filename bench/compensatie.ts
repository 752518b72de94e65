/**
 * Benchmark of the half-yearly compensation of the samenwerkingsverbanden Zorg (BVR art. 20–21) at
 * 10× the 2024 volume: the demo's 15 samenwerkingsverbanden with their mandates, and ≈ 15,000
 * trajectories that end in 2026-H1 (synthetic, fixed seed): completed and ended early, some before three
 * months, some without trajectplan, 2 % aangemeld before 1 July 2023 (earlier rules).
 *
 * Three ways to get the same per-aanspreekpunt amounts for 2026-H1:
 *  - *SQL*: one hand-written query (the art. 21 end, "three months" with the month-end clamp, 100/60/0 %,
 *    rounded per trajectory half away from zero, summed per aanspreekpunt);
 *  - *berekenRun*: the scheme's computation in JavaScript (read + shared/swv-zorg/compensatie), no writes;
 *  - *compensatie.berekenVoorstel*: the API method through the router (compute, store ≈ 15,000 lines, the
 *    payment rows and the audit entry) — each run's rows are deleted afterwards, untimed.
 * The run fails when SQL and JavaScript disagree on any aanspreekpunt's amount or number of trajectories.
 * Beside them, for what the ratio means: the same work in SQL (ZELFDE_WERK_SQL) and the floor of storing the lines at
 * all (BEWAREN_SQL: SQLite copying a stored run's lines), each interleaved with its own comparison.
 *
 * `npx tsx bench/compensatie.ts [--runs N] [--warmup N]`, also part of `npm run bench` (bench/run.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { aanmelden, createApp, type App } from '../electron/core/app';
import { berekenRun } from '../electron/core/modules/swv-zorg/compensatie/regeling';
import { parsePeriode } from '../shared/kernel/periode';
import { inszFor } from '../shared/kernel/insz';
import { addDays, fromDayNumber, toDayNumber } from '../shared/kernel/dates';
import { seedDemo } from '../db/seed/demo';
import { Rng } from '../db/seed/demo/prng';
import { alsHoofdscript, getal, interleaved, meetRegeling, ms, ratio, regelingTabel, type RegelingMeting, type Stats } from './lib';
import type { Sqlite } from '../db/open';

const PERIODE = '2026-H1';
const NU = new Date('2026-11-22T09:00:00Z');
const DOSSIERBEHEERDER = { gebruiker: 'Bench dossierbeheerder', rol: 'zorg-dossierbeheerder' } as const;
const AANTAL = 15_000;

export interface CompensatieBenchResultaat extends RegelingMeting {
  trajecten: number;
  lijnen: number;
  aanspreekpunten: number;
  genererenMs: number;
  totaalCent: number;
  /** The same work in SQL (ZELFDE_WERK_SQL) and the proposal measured beside it (interleaved). */
  zelfdeWerkSql: Stats;
  voorstelNaastZelfdeWerk: Stats;
  ratioVoorstelZelfdeWerk: number;
  /**
   * The floor of storing the lines at all: SQLite copying the ≈ 15,000 lines of a stored run into a new run
   * (BEWAREN_SQL: no computation, no reading into JavaScript) beside the one query, interleaved. Any proposal that keeps
   * its lines costs at least this on top of computing them.
   */
  sqlNaastBewaren: Stats;
  alleenBewaren: Stats;
  ratioBewarenSql: number;
}

/** ≈ 15,000 trajectories ending in 2026-H1 in the demo's mandated regions. */
export function genereer(db: Sqlite, seed = 20261122): number {
  const rng = new Rng(seed);
  return db.transaction(() => {
    const nu = NU.toISOString();
    const mandaten = db.prepare("SELECT id, swv_id AS swvId, regio_code AS regio FROM mandaat WHERE status = 'actief'").all() as { id: number; swvId: number; regio: string }[];
    const dn = db.prepare('INSERT INTO deelnemer (insz, geboortedatum, geboortejaar, aangemaakt_op) VALUES (?, ?, ?, ?)');
    const tr = db.prepare(
      `INSERT INTO traject (trajectnummer, deelnemer_id, regio_code, datum_aanmelding, datum_trajectplan, status, datum_einde, datum_eindverslag,
         datum_eindadvies, reden_einde, swv_id, mandaat_id, oude_regeling, bron, aangemaakt_op, gewijzigd_op) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, 'bench', ?, ?)`,
    );
    const h1 = toDayNumber('2026-01-01');
    const bezet = new Set(db.prepare('SELECT insz FROM deelnemer WHERE insz IS NOT NULL').pluck().all() as string[]);
    for (let i = 0; i < AANTAL; i++) {
      const m = rng.pick(mandaten);
      const einde = fromDayNumber(h1 + rng.int(0, 180));
      const oud = rng.chance(0.02);
      const plan = rng.chance(0.03) ? null : addDays(einde, -rng.int(30, 540));
      const aanmelding = oud ? '2023-05-15' : addDays(plan ?? addDays(einde, -200), -rng.int(7, 40));
      const geboorte = addDays('1965-01-01', i % 12_000);
      let insz = '';
      for (let v = Math.floor(i / 12_000) + 1; ; v++) if (!bezet.has((insz = inszFor(geboorte, v)))) break;
      bezet.add(insz);
      const id = Number(dn.run(insz, geboorte, Number(geboorte.slice(0, 4)), nu).lastInsertRowid);
      const afgerond = rng.chance(0.75);
      const verslag = afgerond ? addDays(einde, -rng.int(0, 20)) : null;
      tr.run(`B-${i}`, id, m.regio, aanmelding, plan, afgerond ? 'afgesloten' : 'vervroegd_stopgezet', afgerond ? null : einde, verslag, afgerond ? einde : null,
        oud ? null : m.swvId, oud ? null : m.id, oud ? 1 : 0, nu, nu);
    }
    return AANTAL;
  })();
}

/** The trajectories of the scheme with their art. 21 end (both queries below start from it). */
const TRAJECTEN = `t AS (
  SELECT t.id, s.aanspreekpunt_id AS org, t.swv_id AS swv, t.datum_trajectplan AS plan,
         CASE WHEN t.datum_eindverslag IS NOT NULL AND t.datum_eindadvies IS NOT NULL THEN max(t.datum_eindverslag, t.datum_eindadvies)
              WHEN t.status = 'vervroegd_stopgezet' THEN t.datum_einde END AS einde,
         CASE WHEN t.datum_eindverslag IS NOT NULL AND t.datum_eindadvies IS NOT NULL THEN 1 ELSE 0 END AS afgerond
    FROM traject t JOIN samenwerkingsverband s ON s.id = t.swv_id
   WHERE t.datum_aanmelding >= :vanaf)`;

/**
 * The hand-written query: per aanspreekpunt the compensation of its trajectories that ended in the
 * half-year, aangemeld from the start of the scheme.
 */
export const COMPENSATIE_SQL = `
WITH ${TRAJECTEN},
g AS (
  SELECT id, org, plan, einde, afgerond,
         date(plan, 'start of month', '+' || (:maanden + 1) || ' months', '-1 day') AS eom
    FROM t WHERE einde BETWEEN :van AND :tot),
p AS (
  SELECT org, CASE WHEN plan IS NULL THEN :kort
                   WHEN einde >= CASE WHEN CAST(strftime('%d', plan) AS INTEGER) > CAST(strftime('%d', eom) AS INTEGER) THEN eom
                                      ELSE date(plan, 'start of month', '+' || :maanden || ' months', '+' || (CAST(strftime('%d', plan) AS INTEGER) - 1) || ' days') END
                   THEN CASE WHEN afgerond = 1 THEN :volledig ELSE :vroeg END
                   ELSE :kort END AS bp
    FROM g)
SELECT org, count(*) AS trajecten, sum((2 * :bedrag * bp + 10000) / 20000) AS bedrag FROM p GROUP BY org ORDER BY org`;

/**
 * The raw tool doing the proposal's work (handbook: ratios against plain SQL doing the same work): the same
 * per-trajectory computation written as the run's lines with a Dutch reason (dates dd/mm/jjjj, percentage, amount) into
 * compensatie_lijn — the same table, indexes and foreign keys, in one transaction with the run's row — and the lines read
 * back by samenwerkingsverband and trajectory number as the proposal answers them. The payment rows (15) and the audit
 * entry are left out: they are a handful of rows.
 */
export const ZELFDE_WERK_SQL = `
INSERT INTO compensatie_lijn (run_id, organisatie_id, swv_id, traject_id, einddatum, looptijd_dagen, percentage_bp, bedrag_cent, reeds_betaald_cent, te_betalen_cent, reden)
WITH ${TRAJECTEN},
g AS (
  SELECT id, org, swv, plan, einde, afgerond,
         CASE WHEN plan IS NULL THEN NULL
              WHEN CAST(strftime('%d', plan) AS INTEGER) > CAST(strftime('%d', date(plan, 'start of month', '+' || (:maanden + 1) || ' months', '-1 day')) AS INTEGER)
              THEN date(plan, 'start of month', '+' || (:maanden + 1) || ' months', '-1 day')
              ELSE date(plan, 'start of month', '+' || :maanden || ' months', '+' || (CAST(strftime('%d', plan) AS INTEGER) - 1) || ' days') END AS grens
    FROM t WHERE einde BETWEEN :van AND :tot),
p AS (
  SELECT *, CASE WHEN grens IS NULL THEN :kort WHEN einde >= grens THEN CASE WHEN afgerond = 1 THEN :volledig ELSE :vroeg END ELSE :kort END AS bp FROM g)
SELECT :run, org, swv, id, einde, CAST(julianday(einde) - julianday(plan) AS INTEGER), bp, (2 * :bedrag * bp + 10000) / 20000, 0, (2 * :bedrag * bp + 10000) / 20000,
       CASE WHEN afgerond = 1 THEN 'Eindverslag en eindadvies geregistreerd op ' ELSE 'Traject vroegtijdig beëindigd op ' END || strftime('%d/%m/%Y', einde) ||
       CASE WHEN grens IS NULL THEN '; er is geen trajectplan, dus de looptijd is niet te bepalen → ' || (bp / 100) || ' %.'
            ELSE '; looptijd van ' || strftime('%d/%m/%Y', plan) || ' (trajectplan) tot ' || strftime('%d/%m/%Y', einde) ||
                 CASE WHEN einde >= grens THEN ' is minstens ' || :maanden || ' maanden (vanaf ' ELSE ' is korter dan ' || :maanden || ' maanden (' END ||
                 strftime('%d/%m/%Y', grens) || CASE WHEN einde >= grens THEN ')' ELSE ' niet bereikt)' END ||
                 ' → ' || (bp / 100) || ' % van € ' || printf('%.2f', :bedrag / 100.0) || ' = € ' || printf('%.2f', ((2 * :bedrag * bp + 10000) / 20000) / 100.0) || '.' END
  FROM p`;

export const ZELFDE_WERK_TERUG_SQL = `
SELECT l.traject_id AS trajectId, t.trajectnummer, l.organisatie_id AS organisatieId, l.swv_id AS swvId, s.naam AS swvNaam, l.einddatum,
       l.looptijd_dagen AS looptijdDagen, l.percentage_bp AS percentageBp, l.bedrag_cent AS bedragCent, l.reeds_betaald_cent AS reedsBetaaldCent,
       l.te_betalen_cent AS teBetalenCent, l.reden
  FROM compensatie_lijn l JOIN traject t ON t.id = l.traject_id JOIN samenwerkingsverband s ON s.id = l.swv_id
 WHERE l.run_id = ? ORDER BY s.naam, t.trajectnummer`;

/** Storing only: the lines of run :bron copied to run :run, in the same table with its indexes and foreign keys. */
export const BEWAREN_SQL = `
INSERT INTO compensatie_lijn (run_id, organisatie_id, swv_id, traject_id, einddatum, looptijd_dagen, percentage_bp, bedrag_cent, reeds_betaald_cent, te_betalen_cent, reden)
SELECT :run, organisatie_id, swv_id, traject_id, einddatum, looptijd_dagen, percentage_bp, bedrag_cent, reeds_betaald_cent, te_betalen_cent, reden
  FROM compensatie_lijn WHERE run_id = :bron ORDER BY id`;

export async function benchCompensatie(opts: { runs: number; warmup: number; log?: (s: string) => void; dir?: string }): Promise<CompensatieBenchResultaat> {
  const log = opts.log ?? ((s: string) => console.log(s));
  const dir = opts.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'wzt-bench-compensatie-'));
  const app: App = createApp({ dbFile: path.join(dir, 'compensatie.sqlite'), now: () => NU, log: () => {} });
  try {
    const db = app.ctx.sqlite;
    seedDemo(db, { scale: 1, now: NU });
    db.prepare("DELETE FROM traject WHERE bron = 'demo'").run();
    const t0 = performance.now();
    const n = genereer(db);
    const genererenMs = performance.now() - t0;
    log(`   ${getal(n, 0)} trajecten in 2026-H1 gegenereerd in ${ms(genererenMs)}`);

    const p = (code: string) => (db.prepare('SELECT waarde_getal AS v FROM parameter WHERE code = ? ORDER BY geldig_van DESC LIMIT 1').get(code) as { v: number }).v;
    const periode = parsePeriode(PERIODE, 'halfjaar');
    const params = {
      van: periode.van, tot: periode.tot, vanaf: '2023-07-01', maanden: BigInt(p('SWV_ZORG_TRAJECT_MINIMUMDUUR')), kort: BigInt(p('SWV_ZORG_COMPENSATIE_PCT_KORT')),
      volledig: BigInt(p('SWV_ZORG_COMPENSATIE_PCT_VOLLEDIG')), vroeg: BigInt(p('SWV_ZORG_COMPENSATIE_PCT_VROEGTIJDIG')), bedrag: BigInt(p('SWV_ZORG_COMPENSATIE_PER_TRAJECT')),
    };
    const sql = db.prepare(COMPENSATIE_SQL);
    const viaSql = () => sql.all(params) as { org: number; trajecten: number; bedrag: number }[];
    const viaJs = () => berekenRun(db, periode, '2026-11-22', new Map());
    const opruimen = (runId: number) => {
      db.prepare('DELETE FROM compensatie_lijn WHERE run_id = ?').run(runId);
      db.prepare('DELETE FROM betaalrun_betaling WHERE run_id = ?').run(runId);
      db.prepare('DELETE FROM betaalrun WHERE id = ?').run(runId);
    };
    const viaRouter = async () => {
      const env = await app.router('compensatie.berekenVoorstel', { periode: PERIODE }, aanmelden(app.ctx.sqlite, DOSSIERBEHEERDER));
      if (!env.ok) throw new Error(`compensatie.berekenVoorstel: ${env.error.message}`);
      return env.value as { id: number; totaalCent: number; aantalLijnen: number };
    };

    const s = viaSql();
    const plan = viaJs();
    const js = new Map(plan.begunstigden.map((b) => [b.organisatieId, b]));
    if (s.length !== js.size) throw new Error(`SQL geeft ${s.length} aanspreekpunten, berekenRun ${js.size}.`);
    for (const r of s) {
      const b = js.get(r.org);
      if (!b || b.verschuldigdCent !== r.bedrag || b.aantalLijnen !== r.trajecten) throw new Error(`Aanspreekpunt ${r.org}: SQL ${JSON.stringify(r)} ≠ berekenRun ${JSON.stringify(b)}`);
    }
    const totaalCent = plan.begunstigden.reduce((a, b) => a + b.verschuldigdCent, 0);
    const voorstel = await viaRouter();
    if (voorstel.totaalCent !== totaalCent) throw new Error(`Voorstel ${voorstel.totaalCent} ≠ berekenRun ${totaalCent}`);
    opruimen(voorstel.id);
    log(`   SQL en berekenRun geven dezelfde bedragen voor alle ${getal(s.length, 0)} aanspreekpunten (${getal(plan.aantalLijnen, 0)} trajecten, totaal ${getal(totaalCent / 100, 2)} euro)`);

    const meting = await meetRegeling({ sql: viaSql, berekenRun: viaJs, berekenVoorstel: viaRouter, opruimen }, opts);

    // The same work in SQL (ZELFDE_WERK_SQL): run row, lines with reason, read back — against the proposal.
    const medewerker = db.prepare('SELECT id FROM medewerker ORDER BY id LIMIT 1').pluck().get() as number;
    const zelfdeWerkIn = db.prepare(ZELFDE_WERK_SQL);
    const zelfdeWerkTerug = db.prepare(ZELFDE_WERK_TERUG_SQL);
    let volgnummer = 1000;
    // A run row of the bench's own (cancelled, so no rule counts it) for lines written outside the proposal.
    const legeRunSql = db.prepare(`INSERT INTO betaalrun (regeling, departement, periode, volgnummer, status, berekening, totaal_cent, aangemaakt_door_id, aangemaakt_op)
                                   VALUES ('SWV_ZORG', 'ZORG', ?, ?, 'geannuleerd', '{}', 0, ?, ?)`);
    const legeRun = () => Number(legeRunSql.run(PERIODE, ++volgnummer, medewerker, NU.toISOString()).lastInsertRowid);
    const zelfdeWerk = () => {
      const runId = db.transaction(() => {
        const id = legeRun();
        zelfdeWerkIn.run({ ...params, run: id });
        return id;
      })();
      return { id: runId, rijen: zelfdeWerkTerug.all(runId) as unknown[] };
    };
    const proef = zelfdeWerk();
    if (proef.rijen.length !== plan.aantalLijnen) throw new Error(`Zelfde werk in SQL: ${proef.rijen.length} lijnen, berekenRun ${plan.aantalLijnen}.`);
    opruimen(proef.id);
    const zelfde = await interleaved(
      {
        zelfdeWerk: () => opruimen(zelfdeWerk().id),
        berekenVoorstel: async () => opruimen((await viaRouter()).id),
      },
      { runs: opts.runs, warmup: opts.warmup },
    );
    log(`   zelfde werk in SQL (lijnen met reden bewaren en teruglezen): ${ms(zelfde.zelfdeWerk.medianMs)}; berekenVoorstel ${ms(zelfde.berekenVoorstel.medianMs)} (${getal(ratio(zelfde.berekenVoorstel, zelfde.zelfdeWerk), 2)}×)`);

    // The floor: only storing the lines (copied by SQLite from a stored proposal), beside the one query.
    const bron = (await viaRouter()).id;
    const bewaren = db.prepare(BEWAREN_SQL);
    const vloer = await interleaved(
      {
        sql: viaSql,
        bewaren: () => {
          const doel = legeRun();
          const t0 = performance.now();
          db.transaction(() => bewaren.run({ run: doel, bron }))();
          const gemetenMs = performance.now() - t0;
          opruimen(doel);
          return { gemetenMs };
        },
      },
      { runs: opts.runs, warmup: opts.warmup },
    );
    opruimen(bron);
    log(`   alleen de lijnen bewaren (SQLite kopieert ze): ${ms(vloer.bewaren.medianMs)}, ${getal(ratio(vloer.bewaren, vloer.sql), 2)}× de ene query (${ms(vloer.sql.medianMs)})`);
    return {
      trajecten: n,
      lijnen: plan.aantalLijnen,
      aanspreekpunten: s.length,
      genererenMs: Math.round(genererenMs),
      totaalCent,
      ...meting,
      zelfdeWerkSql: zelfde.zelfdeWerk,
      voorstelNaastZelfdeWerk: zelfde.berekenVoorstel,
      ratioVoorstelZelfdeWerk: ratio(zelfde.berekenVoorstel, zelfde.zelfdeWerk),
      sqlNaastBewaren: vloer.sql,
      alleenBewaren: vloer.bewaren,
      ratioBewarenSql: ratio(vloer.bewaren, vloer.sql),
    };
  } finally {
    app.close();
    if (!opts.dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function compensatieTabel(r: CompensatieBenchResultaat): string {
  return (
    regelingTabel(r, { sql: 'SQL (één query)', methode: 'compensatie.berekenVoorstel' }) +
    `\nZelfde werk in SQL (lijnen met reden bewaren en teruglezen): ${getal(r.zelfdeWerkSql.medianMs)} ms; berekenVoorstel ernaast ` +
    `${getal(r.voorstelNaastZelfdeWerk.medianMs)} ms: ${getal(r.ratioVoorstelZelfdeWerk, 2)}×` +
    `\nAlleen de lijnen bewaren (SQLite kopieert ze, de ondergrens van elk voorstel dat lijnen bewaart): ${getal(r.alleenBewaren.medianMs)} ms; ` +
    `de ene query ernaast ${getal(r.sqlNaastBewaren.medianMs)} ms: ${getal(r.ratioBewarenSql, 2)}×`
  );
}

alsHoofdscript(import.meta.url, 'compensatie', benchCompensatie, (r) =>
  `\nCompensatierun ${PERIODE}: ${getal(r.lijnen, 0)} trajecten, ${getal(r.aanspreekpunten, 0)} aanspreekpunten\n${compensatieTabel(r)}`,
);
