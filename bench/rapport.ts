/**
 * Benchmark of the yearly report (issue 12) at 10× the 2024 volume: the demo at scale 10 (≈ 39,000 AMA WVG
 * agreements, trajectories of two years, 860 maatwerkbedrijven with ≈ 51,000 begeleidingsovereenkomsten, payment runs).
 *
 * Two ways to the same tables for the last full year: hand-written SQL (one query per table, the AMA SE fill rates
 * with a gaps-and-islands union per participant) against `rapport.jaarverslag` through the router. The run fails when
 * they disagree on a figure of the checked tables.
 *
 * `npx tsx bench/rapport.ts [--runs N] [--warmup N]`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { aanmelden, createApp, type App } from '../electron/core/app';
import { seedDemo } from '../db/seed/demo';
import { toDayNumber } from '../shared/kernel/dates';
import { alsHoofdscript, getal, interleaved, ratio, table, type Stats } from './lib';
import type { Jaarverslag } from '../shared/rapport/contract';

const NU = new Date('2026-11-22T09:00:00Z');
const JAAR = 2025;

const TRAJECTEN_SQL = `
SELECT regio_code AS regio, sum(CASE WHEN datum_eindadvies IS NOT NULL AND datum_eindadvies <= :p THEN 0 WHEN datum_einde IS NOT NULL AND datum_einde <= :p THEN 0
                                     WHEN datum_trajectplan IS NOT NULL AND datum_trajectplan <= :p THEN 0 WHEN status = 'geinitieerd' THEN 0 ELSE 1 END) AS aanvaard,
       sum(CASE WHEN datum_eindadvies IS NOT NULL AND datum_eindadvies <= :p THEN 1 ELSE 0 END) AS afgesloten,
       sum(CASE WHEN (datum_eindadvies IS NULL OR datum_eindadvies > :p) AND datum_einde IS NOT NULL AND datum_einde <= :p THEN 1 ELSE 0 END) AS vervroegd,
       sum(CASE WHEN (datum_eindadvies IS NULL OR datum_eindadvies > :p) AND (datum_einde IS NULL OR datum_einde > :p) AND datum_trajectplan IS NOT NULL AND datum_trajectplan <= :p THEN 1 ELSE 0 END) AS bezig
  FROM traject WHERE datum_aanmelding BETWEEN :van AND :tot AND datum_aanmelding <= :p GROUP BY regio_code`;

const WVG_SQL = `
SELECT rr.provincie_code AS prov, count(DISTINCT o.organisatie_id) AS begeleiders, count(*) AS overeenkomsten, count(DISTINCT o.deelnemer_id) AS deelnemers
  FROM overeenkomst o JOIN organisatie org ON org.id = o.organisatie_id JOIN werk_zorg_regio w ON w.code = org.regio_code JOIN referentieregio rr ON rr.code = w.referentieregio_code
 WHERE o.startdatum >= '2018-01-01' AND o.startdatum <= :tot AND (o.einddatum IS NULL OR o.einddatum > :tot) GROUP BY rr.provincie_code`;

const WVG_TYPE_SQL = `
SELECT org.type_code AS type, count(DISTINCT o.organisatie_id) AS begeleiders, count(*) AS overeenkomsten, count(DISTINCT o.deelnemer_id) AS deelnemers
  FROM overeenkomst o JOIN organisatie org ON org.id = o.organisatie_id
 WHERE o.startdatum >= '2018-01-01' AND o.startdatum <= :tot AND (o.einddatum IS NULL OR o.einddatum > :tot) GROUP BY org.type_code`;

const SE_SQL = `
WITH dag(x) AS (SELECT 2440587.5),
seg AS (SELECT organisatie_id AS org, plaatsen AS p, max(CAST(julianday(geldig_van) - (SELECT x FROM dag) AS INTEGER), :vanNr) AS s,
               min(coalesce(CAST(julianday(geldig_tot) - (SELECT x FROM dag) AS INTEGER), :totNr), :totNr) AS e
          FROM se_contingent WHERE geldig_van <= :tot AND (geldig_tot IS NULL OR geldig_tot >= :van)),
pd AS (SELECT org, sum(p * (e - s + 1)) AS pd FROM seg GROUP BY org),
dln AS (SELECT organisatie_id AS org, deelnemer_id AS dn, max(CAST(julianday(startdatum) - (SELECT x FROM dag) AS INTEGER), :vanNr) AS s,
               min(coalesce(CAST(julianday(einddatum) - (SELECT x FROM dag) AS INTEGER), :totNr), :totNr) AS e
          FROM se_deelname WHERE startdatum <= :tot AND (einddatum IS NULL OR einddatum >= :van)),
geordend AS (SELECT org, dn, s, e, max(e) OVER (PARTITION BY org, dn ORDER BY s, e ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS vorige FROM dln),
eiland AS (SELECT org, dn, s, e, sum(CASE WHEN vorige IS NULL OR s > vorige + 1 THEN 1 ELSE 0 END) OVER (PARTITION BY org, dn ORDER BY s, e ROWS UNBOUNDED PRECEDING) AS g FROM geordend),
unie AS (SELECT org, min(s) AS s, max(e) AS e FROM eiland GROUP BY org, dn, g),
dagen AS (SELECT org, sum(e - s + 1) AS d FROM unie GROUP BY org),
per AS (SELECT pd.org, pd.pd, coalesce(dagen.d, 0) AS d FROM pd LEFT JOIN dagen ON dagen.org = pd.org WHERE pd.pd > 0)
SELECT rr.provincie_code AS prov, count(*) AS begeleiders, sum(per.pd) AS pd, sum(per.d) AS d,
       sum(CASE WHEN per.d * :diy * 10000 >= per.pd * 365 * 8000 THEN 1 ELSE 0 END) AS vanaf80,
       sum(CASE WHEN per.d * :diy * 10000 < per.pd * 365 * 6000 THEN 1 ELSE 0 END) AS onder60
  FROM per JOIN organisatie o ON o.id = per.org JOIN werk_zorg_regio w ON w.code = o.regio_code JOIN referentieregio rr ON rr.code = w.referentieregio_code
 GROUP BY rr.provincie_code`;

const SWV_SQL = `SELECT categorie, count(DISTINCT swv_id) AS swv, count(DISTINCT organisatie_id) AS org FROM swv_partner WHERE van <= :tot AND (tot IS NULL OR tot >= :van) GROUP BY categorie`;

const BETAALD_SQL = `
SELECT r.regeling, count(DISTINCT r.id) AS runs, count(DISTINCT b.organisatie_id) AS begunstigden, sum(b.te_betalen_cent) AS betaald
  FROM betaalrun_betaling b JOIN betaalrun r ON r.id = b.run_id
 WHERE r.status = 'goedgekeurd' AND r.goedgekeurd_op >= :van AND r.goedgekeurd_op <= :totTs AND r.goedgekeurd_op <= :pTs GROUP BY r.regeling`;

export interface RapportBenchResultaat {
  sql: Stats;
  jaarverslag: Stats;
  ratio: number;
  overeenkomsten: number;
  deelnames: number;
  trajecten: number;
}

export async function benchRapport(opts: { runs: number; warmup: number; log?: (s: string) => void }): Promise<RapportBenchResultaat> {
  const log = opts.log ?? ((s: string) => console.log(s));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wzt-bench-rapport-'));
  const app: App = createApp({ dbFile: path.join(dir, 'rapport.sqlite'), now: () => NU, log: () => {} });
  try {
    const db = app.ctx.sqlite;
    seedDemo(db, { scale: 10, now: NU });
    const tel = (t: string) => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number;
    log(`   demo schaal 10: ${getal(tel('overeenkomst'), 0)} overeenkomsten, ${getal(tel('traject'), 0)} trajecten, ${getal(tel('se_deelname'), 0)} begeleidingsovereenkomsten`);
    const lezer = aanmelden(db, { gebruiker: 'Bench lezer', rol: 'lezer' }, NU);
    const p = `${JAAR + 1}-03-31`;
    const params = { van: `${JAAR}-01-01`, tot: `${JAAR}-12-31`, p, vanNr: BigInt(toDayNumber(`${JAAR}-01-01`)), totNr: BigInt(toDayNumber(`${JAAR}-12-31`)), diy: 365n, totTs: `${JAAR}-12-31T23:59:59Z`, pTs: `${p}T23:59:59Z` };
    const stmts = [TRAJECTEN_SQL, WVG_SQL, WVG_TYPE_SQL, SE_SQL, SWV_SQL, BETAALD_SQL].map((s) => db.prepare(s));
    const pick = (s: string, o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([k]) => s.includes(`:${k}`)));
    const sqlTeksten = [TRAJECTEN_SQL, WVG_SQL, WVG_TYPE_SQL, SE_SQL, SWV_SQL, BETAALD_SQL];
    const viaSql = () => stmts.map((st, i) => st.all(pick(sqlTeksten[i], params)) as Record<string, number | string>[]);
    const viaRouter = async () => {
      const env = await app.router('rapport.jaarverslag', { jaar: JAAR }, lezer);
      if (!env.ok) throw new Error(env.error.message);
      return env.value as Jaarverslag;
    };
    // Cross-check: trajectories, AMA WVG per province and AMA SE per province agree figure by figure.
    const [traj, wvg, , se] = viaSql();
    const v = await viaRouter();
    const t = (id: string) => v.tabellen.find((x) => x.id === id)!;
    for (const r of traj) {
      const w = t('trajecten-per-regio').rijen.find((x) => x.sleutel === r.regio)!.waarden;
      if (w.afgesloten !== r.afgesloten || w.bezig !== r.bezig || w.vervroegdStopgezet !== r.vervroegd || w.aanvaard !== r.aanvaard) throw new Error(`Trajecten ${r.regio}: SQL ${JSON.stringify(r)} ≠ ${JSON.stringify(w)}`);
    }
    for (const r of wvg) {
      const w = t('ama-wvg-per-provincie').rijen.find((x) => x.sleutel === r.prov)!.waarden;
      if (w.begeleiders !== r.begeleiders || w.overeenkomsten !== r.overeenkomsten || w.deelnemers !== r.deelnemers) throw new Error(`AMA WVG ${r.prov}: SQL ${JSON.stringify(r)} ≠ ${JSON.stringify(w)}`);
    }
    for (const r of se) {
      const w = t('ama-se-per-provincie').rijen.find((x) => x.sleutel === r.prov)!.waarden;
      if (w.begeleiders !== r.begeleiders || w.aantalVanaf80 !== r.vanaf80 || w.aantalOnder60 !== r.onder60) throw new Error(`AMA SE ${r.prov}: SQL ${JSON.stringify(r)} ≠ ${JSON.stringify(w)}`);
    }
    log('   SQL en rapport.jaarverslag geven dezelfde cijfers (trajecten, AMA WVG, AMA SE per provincie)');
    const st = await interleaved({ sql: viaSql, jaarverslag: viaRouter }, opts);
    return { ...st, ratio: ratio(st.jaarverslag, st.sql), overeenkomsten: tel('overeenkomst'), deelnames: tel('se_deelname'), trajecten: tel('traject') };
  } finally {
    app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

alsHoofdscript(import.meta.url, 'rapport', benchRapport, (r) =>
  `\nJaarverslag ${JAAR} (${getal(r.overeenkomsten, 0)} overeenkomsten, ${getal(r.trajecten, 0)} trajecten, ${getal(r.deelnames, 0)} begeleidingsovereenkomsten)\n` +
  table(['variant', 'mediaan / p95 (ms)', '÷ SQL'], [
    ['SQL (één query per tabel)', `${getal(r.sql.medianMs)} / ${getal(r.sql.p95Ms)}`, '1×'],
    ['rapport.jaarverslag (router)', `${getal(r.jaarverslag.medianMs)} / ${getal(r.jaarverslag.p95Ms)}`, `${getal(r.ratio, 2)}×`],
  ]),
);
