/**
 * Benchmark of the half-yearly AMA WVG subsidy run (BVR art. 50) at 10× the 2024 volume:
 * ≈ 1,420 begeleiders and ≈ 40,000 agreements of ≈ 35,000 participants (synthetic, fixed seed,
 * inserted with prepared statements), with an index change on 01/04/2026 and some recognitions that
 * end or are renewed during the half-year.
 *
 * Three ways to get the same per-begeleider totals for 2026-H1:
 *  - *SQL*: one hand-written aggregate (integer day numbers, gaps-and-islands union per participant,
 *    clipped by the recognitions, split over the amount periods, rounded per line, budget cap);
 *  - *berekenRun*: the service's computation in JavaScript (read + shared/domain/subsidie), no writes;
 *  - *berekenVoorstel*: the API method through the router (compute, store ≈ 35,000 lines and ≈ 1,400
 *    payment rows with their computation, audit) — each run's rows are deleted afterwards, untimed.
 * The run fails when SQL and JavaScript disagree on any begeleider's bruto or verschuldigd amount.
 *
 * `npx tsx bench/subsidie.ts [--runs N] [--warmup N]`, also part of `npm run bench` (bench/run.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { aanmelden, createApp, type App } from '../electron/core/app';
import { berekenRun } from '../electron/core/modules/ama-wvg/subsidie/regeling';
import { parsePeriode } from '../shared/kernel/periode';
import { kboFromBase } from '../shared/kernel/kbo';
import { inszFor } from '../shared/kernel/insz';
import { addDays, toDayNumber } from '../shared/kernel/dates';
import { Rng } from '../db/seed/demo/prng';
import { alsHoofdscript, getal, meetRegeling, ms, regelingTabel, type RegelingMeting } from './lib';
import type { Sqlite } from '../db/open';

const PERIODE = '2026-H1';
const VAN = '2026-01-01';
const TOT = '2026-06-30';
const NU = new Date('2026-11-22T09:00:00Z');
const DOSSIERBEHEERDER = { gebruiker: 'Bench dossierbeheerder', rol: 'zorg-dossierbeheerder' } as const;

export interface SubsidieBenchResultaat extends RegelingMeting {
  begeleiders: number;
  deelnemers: number;
  overeenkomsten: number;
  lijnen: number;
  genererenMs: number;
  totaalCent: number;
  brutoCent: number;
  verminderingspercentage: string | null;
}

/** Synthetic register at 10× the 2024 volume. Returns counts. */
export function genereer(db: Sqlite, seed = 20261122): { begeleiders: number; deelnemers: number; overeenkomsten: number } {
  const rng = new Rng(seed);
  const BEGELEIDERS = 1_420;
  const DOEL = 40_000;
  return db.transaction(() => {
    const nu = NU.toISOString();
    const org = db.prepare(
      `INSERT INTO organisatie (naam, kbo, type_code, straat, postcode, gemeente, regio_code, provincie_code, iban, email, telefoon, status, aangemaakt_op, gewijzigd_op, versie)
       VALUES (?, ?, 'CAW', 'Kerkstraat 1', '9000', 'Gent', 'GENT', 'OVL', ?, NULL, NULL, 'actief', ?, ?, 1)`,
    );
    const erk = db.prepare(
      `INSERT INTO erkenning (erkenningsnummer, organisatie_id, geldig_van, geldig_tot, status, oorsprong, vorige_erkenning_id, aangemaakt_op)
       VALUES (?, ?, ?, ?, ?, 'overgang', ?, ?)`,
    );
    const orgs: { id: number; erkenningId: number }[] = [];
    for (let i = 0; i < BEGELEIDERS; i++) {
      const iban = rng.chance(0.02) ? null : 'BE68539007547034';
      const id = Number(org.run(`Begeleider ${String(i + 1).padStart(4, '0')}`, kboFromBase(5_000_000 + i), iban, nu, nu).lastInsertRowid);
      const soort = rng.next();
      let erkenningId: number;
      if (soort < 0.05) {
        // renewed during the half-year
        erkenningId = Number(erk.run(`B-${i}-1`, id, '2021-04-01', '2026-03-31', 'verlopen', null, nu).lastInsertRowid);
        erk.run(`B-${i}-2`, id, '2026-04-01', '2031-03-31', 'actief', erkenningId, nu);
      } else if (soort < 0.1) {
        // ends during the half-year without renewal
        erkenningId = Number(erk.run(`B-${i}-1`, id, '2021-04-01', '2026-03-31', 'verlopen', null, nu).lastInsertRowid);
      } else {
        erkenningId = Number(erk.run(`B-${i}-1`, id, '2022-01-01', '2026-12-31', 'actief', null, nu).lastInsertRowid);
      }
      orgs.push({ id, erkenningId });
    }
    const dn = db.prepare('INSERT INTO deelnemer (insz, voornaam, achternaam, geboortedatum, geboortejaar, aangemaakt_op) VALUES (?, ?, ?, ?, ?, ?)');
    const ovk = db.prepare(
      `INSERT INTO overeenkomst (organisatie_id, erkenning_id, deelnemer_id, werkpost_naam, werkpost_locaties, startdatum, einddatum, model_overeenkomst,
         geen_combinatie_verklaard, bron, aangemaakt_op) VALUES (?, ?, ?, ?, '[]', ?, ?, 1, 1, 'bench', ?)`,
    );
    const start0 = toDayNumber('2024-01-01');
    const startN = toDayNumber('2026-06-30');
    let overeenkomsten = 0;
    let deelnemers = 0;
    while (overeenkomsten < DOEL) {
      const o = rng.pick(orgs);
      // Unique INSZ: birth date and sequence number from the participant counter.
      const geboorte = addDays('1960-01-01', deelnemers % 14_000);
      const id = Number(dn.run(inszFor(geboorte, Math.floor(deelnemers / 14_000) + 1), 'Voornaam', 'Achternaam', geboorte, Number(geboorte.slice(0, 4)), nu).lastInsertRowid);
      deelnemers++;
      const van = addDays('2024-01-01', rng.int(0, startN - start0));
      const tot = rng.chance(0.5) ? null : addDays(van, rng.int(60, 1000));
      ovk.run(o.id, o.erkenningId, id, 'Werkpost A', van, tot, nu);
      overeenkomsten++;
      const r = rng.next();
      if (r < 0.12) {
        // a parallel werkpost inside or overlapping the first agreement
        const van2 = addDays(van, rng.int(0, 200));
        ovk.run(o.id, o.erkenningId, id, 'Werkpost B', van2, rng.chance(0.5) ? null : addDays(van2, rng.int(10, 400)), nu);
        overeenkomsten++;
      } else if (r < 0.15 && tot) {
        // a later agreement after a gap
        const van3 = addDays(tot, rng.int(1, 90));
        ovk.run(o.id, o.erkenningId, id, 'Werkpost C', van3, null, nu);
        overeenkomsten++;
      }
    }
    // Test index on 01/04/2026 (€ 1.082,42), to exercise the amount segments.
    db.prepare("UPDATE parameter SET geldig_tot = '2026-03-31' WHERE code = 'AMA_WVG_SUBSIDIE_PER_DEELNEMER_JAAR' AND geldig_tot IS NULL").run();
    db.prepare(
      `INSERT INTO parameter (code, omschrijving, eenheid, waarde_getal, geldig_van, wettelijke_basis, bron_status, toelichting)
       VALUES ('AMA_WVG_SUBSIDIE_PER_DEELNEMER_JAAR', 'Maximale subsidie per begeleide deelnemer per jaar (pro rata)', 'cent', 108242, '2026-04-01', 'BVR 18 november 2022, art. 50', 'assumed', 'Benchmark-index')`,
    ).run();
    return { begeleiders: BEGELEIDERS, deelnemers, overeenkomsten };
  })();
}

/**
 * The hand-written aggregate: per begeleider the bruto amount (Σ per participant line, each rounded
 * half up) and the amount after the budget cap, for the half-year [:van, :tot].
 */
export const SUBSIDIE_SQL = `
WITH
dag(x) AS (SELECT 2440587.5),
bedrag AS (
  SELECT CAST(julianday(geldig_van) - (SELECT x FROM dag) AS INTEGER) AS bv,
         CAST(julianday(coalesce(geldig_tot, '9999-12-31')) - (SELECT x FROM dag) AS INTEGER) AS bt,
         waarde_getal AS a
    FROM parameter WHERE code = 'AMA_WVG_SUBSIDIE_PER_DEELNEMER_JAAR'),
erk AS (
  SELECT organisatie_id AS org, CAST(julianday(geldig_van) - (SELECT x FROM dag) AS INTEGER) AS rv,
         CAST(julianday(geldig_tot) - (SELECT x FROM dag) AS INTEGER) AS rt
    FROM erkenning WHERE geldig_van <= :totIso AND geldig_tot >= :vanIso),
ovk AS (
  SELECT organisatie_id AS org, deelnemer_id AS dn,
         max(CAST(julianday(startdatum) - (SELECT x FROM dag) AS INTEGER), :van) AS s,
         min(coalesce(CAST(julianday(einddatum) - (SELECT x FROM dag) AS INTEGER), :tot), :tot) AS e
    FROM overeenkomst WHERE startdatum <= :totIso AND (einddatum IS NULL OR einddatum >= :vanIso)),
stuk AS (
  SELECT o.org, o.dn, max(o.s, r.rv) AS s, min(o.e, r.rt) AS e
    FROM ovk o JOIN erk r ON r.org = o.org
   WHERE max(o.s, r.rv) <= min(o.e, r.rt)),
geordend AS (
  SELECT org, dn, s, e,
         max(e) OVER (PARTITION BY org, dn ORDER BY s, e ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS vorige
    FROM stuk),
eiland AS (
  SELECT org, dn, s, e,
         sum(CASE WHEN vorige IS NULL OR s > vorige + 1 THEN 1 ELSE 0 END) OVER (PARTITION BY org, dn ORDER BY s, e ROWS UNBOUNDED PRECEDING) AS g
    FROM geordend),
unie AS (SELECT org, dn, min(s) AS s, max(e) AS e FROM eiland GROUP BY org, dn, g),
lijn AS (
  SELECT u.org, u.dn, sum(min(u.e, b.bt) - max(u.s, b.bv) + 1) AS dagen, sum((min(u.e, b.bt) - max(u.s, b.bv) + 1) * b.a) AS teller
    FROM unie u JOIN bedrag b ON b.bv <= u.e AND b.bt >= u.s
   GROUP BY u.org, u.dn),
per_org AS (SELECT org, sum((2 * teller + :n) / (2 * :n)) AS bruto, sum(dagen) AS dagen, count(*) AS deelnemers FROM lijn GROUP BY org),
totaal AS (SELECT sum(dagen) AS dagen FROM per_org)
SELECT p.org, p.bruto, p.dagen, p.deelnemers,
       CASE WHEN t.dagen > :max * :dagenHalfjaar THEN (2 * p.bruto * :max * :dagenHalfjaar + t.dagen) / (2 * t.dagen) ELSE p.bruto END AS verschuldigd
  FROM per_org p, totaal t ORDER BY p.org`;

export async function benchSubsidie(opts: { runs: number; warmup: number; log?: (s: string) => void; dir?: string }): Promise<SubsidieBenchResultaat> {
  const log = opts.log ?? ((s: string) => console.log(s));
  const dir = opts.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'wzt-bench-subsidie-'));
  const app: App = createApp({ dbFile: path.join(dir, 'subsidie.sqlite'), now: () => NU, log: () => {} });
  try {
    const db = app.ctx.sqlite;
    const t0 = performance.now();
    const g = genereer(db);
    const genererenMs = performance.now() - t0;
    log(`   ${getal(g.begeleiders, 0)} begeleiders, ${getal(g.deelnemers, 0)} deelnemers, ${getal(g.overeenkomsten, 0)} overeenkomsten gegenereerd in ${ms(genererenMs)}`);

    const max = (db.prepare("SELECT waarde_getal AS v FROM parameter WHERE code = 'AMA_WVG_MAX_BEGELEIDINGEN' AND geldig_van <= ? AND (geldig_tot IS NULL OR geldig_tot >= ?)").get(VAN, VAN) as { v: number }).v;
    // BigInt parameters: better-sqlite3 binds JS numbers as REAL, which would turn the integer divisions into real ones.
    const params = { van: BigInt(toDayNumber(VAN)), tot: BigInt(toDayNumber(TOT)), vanIso: VAN, totIso: TOT, n: 365n, max: BigInt(max), dagenHalfjaar: 181n };
    const sql = db.prepare(SUBSIDIE_SQL);
    type SqlRij = { org: number; bruto: number; dagen: number; deelnemers: number; verschuldigd: number };
    const viaSql = () => sql.all(params) as SqlRij[];
    const viaJs = () => {
      const plan = berekenRun(db, parsePeriode(PERIODE, 'halfjaar'), '2026-11-22', new Map());
      return { ...plan, totaalCent: plan.begunstigden.reduce((a, b) => a + b.verschuldigdCent, 0) };
    };
    const opruimen = (runId: number) => {
      db.prepare('DELETE FROM subsidie_lijn WHERE run_id = ?').run(runId);
      db.prepare('DELETE FROM betaalrun_betaling WHERE run_id = ?').run(runId);
      db.prepare('DELETE FROM betaalrun WHERE id = ?').run(runId);
    };
    const viaRouter = async () => {
      const env = await app.router('subsidie.berekenVoorstel', { periode: PERIODE }, aanmelden(app.ctx.sqlite, DOSSIERBEHEERDER));
      if (!env.ok) throw new Error(`subsidie.berekenVoorstel: ${env.error.message}`);
      return env.value as { id: number; totaalCent: number; aantalLijnen: number };
    };

    // Both must agree, per begeleider.
    const s = viaSql();
    const plan = viaJs();
    const js = new Map(plan.begunstigden.filter((b) => b.brutoCent !== 0).map((b) => [b.organisatieId, b]));
    if (s.length !== js.size) throw new Error(`SQL geeft ${s.length} begeleiders, berekenRun ${js.size}.`);
    for (const r of s) {
      const b = js.get(r.org);
      if (!b || b.brutoCent !== r.bruto || b.verschuldigdCent !== r.verschuldigd || b.dagen !== r.dagen || b.aantalLijnen !== r.deelnemers) {
        throw new Error(`Begeleider ${r.org}: SQL ${JSON.stringify(r)} ≠ berekenRun ${JSON.stringify(b)}`);
      }
    }
    const voorstel = await viaRouter();
    if (voorstel.totaalCent !== plan.totaalCent) throw new Error(`Voorstel ${voorstel.totaalCent} ≠ berekenRun ${plan.totaalCent}`);
    opruimen(voorstel.id);
    const totaalSql = s.reduce((a, r) => a + r.verschuldigd, 0);
    log(`   SQL en berekenRun geven dezelfde bedragen voor alle ${getal(s.length, 0)} begeleiders (totaal ${getal(totaalSql / 100, 2)} euro)`);

    const meting = await meetRegeling({ sql: viaSql, berekenRun: viaJs, berekenVoorstel: viaRouter, opruimen }, opts);
    return {
      ...g,
      lijnen: plan.berekening.aantalLijnen,
      genererenMs: Math.round(genererenMs),
      totaalCent: plan.totaalCent,
      brutoCent: plan.begunstigden.reduce((a, b) => a + b.brutoCent, 0),
      verminderingspercentage: plan.berekening.plafond.toets.verminderingspercentage,
      ...meting,
    };
  } finally {
    app.close();
    if (!opts.dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function subsidieTabel(r: SubsidieBenchResultaat): string {
  return regelingTabel(r, { sql: 'SQL-aggregaat (één query)', methode: 'subsidie.berekenVoorstel' });
}

alsHoofdscript(import.meta.url, 'subsidie', benchSubsidie, (r) =>
  `\nSubsidierun ${PERIODE}: ${getal(r.overeenkomsten, 0)} overeenkomsten, ${getal(r.lijnen, 0)} deelnemerlijnen, ${getal(r.begeleiders, 0)} begeleiders` +
      (r.verminderingspercentage ? `, plafond overschreden (vermindering ${r.verminderingspercentage})` : '') +
      `\n${subsidieTabel(r)}`,
);
