import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_NOW, type TestApp } from '../../helpers/app';
import { seedDemo, OVEREENKOMST_VOLUMES, type DemoSummary } from '../../../db/seed/demo';
import { checkInsz } from '../../../shared/kernel/insz';
import { seedProcedures } from '../../../db/seed/demo/procedures';
import { BRIEFTYPE_LABELS, ENTITEIT_LABELS } from '../../../renderer/src/components/labels';

let t: TestApp;
let s: DemoSummary;
beforeAll(() => {
  t = createTestApp({ bereikbareMedewerkers: true });
  s = seedDemo(t.ctx.sqlite, { scale: 1, now: TEST_NOW });
});
afterAll(() => t.close());

const tel = (sql: string, ...params: unknown[]) => t.ctx.sqlite.prepare(sql).pluck().get(...params) as number;

describe('demo agreements AMA WVG at scale 1 (keyFigures2024: 3,522 participants, 3,686 running agreements)', () => {
  it('the 2024 volumes: a running agreement for every participant, some with a second werkpost', () => {
    const lopend = tel("SELECT count(*) FROM overeenkomst WHERE einddatum IS NULL AND bron = 'demo'");
    expect(s.overeenkomsten.deelnemers).toBeGreaterThanOrEqual(OVEREENKOMST_VOLUMES.deelnemers);
    expect(lopend).toBeGreaterThan(3600);
    expect(lopend).toBeLessThan(3800);
    expect(s.overeenkomsten.parallel).toBeGreaterThan(50);
    expect(tel('SELECT count(*) FROM overeenkomst')).toBe(s.overeenkomsten.overeenkomsten);
  });

  it('every participant has a valid INSZ (mod 97) and is 18 or older and under the pension age on each start date (BVR art. 42)', () => {
    const rijen = t.ctx.sqlite
      .prepare('SELECT d.insz, d.geboortedatum, o.startdatum FROM overeenkomst o JOIN deelnemer d ON d.id = o.deelnemer_id')
      .all() as { insz: string; geboortedatum: string; startdatum: string }[];
    for (const r of rijen) {
      expect(checkInsz(r.insz).ok).toBe(true);
      const leeftijd = Number(r.startdatum.slice(0, 4)) - Number(r.geboortedatum.slice(0, 4)) - (r.startdatum.slice(5) < r.geboortedatum.slice(5) ? 1 : 0);
      expect(leeftijd).toBeGreaterThanOrEqual(18);
      expect(leeftijd).toBeLessThan(65);
    }
  });

  it('the recognition runs on the start date and the agreement does not outlive it (art. 43, 47); official model from 2024 (art. 75)', () => {
    expect(tel(`SELECT count(*) FROM overeenkomst o JOIN erkenning e ON e.id = o.erkenning_id
                 WHERE o.startdatum < e.geldig_van OR o.startdatum > e.geldig_tot OR (o.einddatum IS NOT NULL AND o.einddatum > e.geldig_tot)
                    OR o.organisatie_id <> e.organisatie_id`)).toBe(0);
    expect(tel("SELECT count(*) FROM overeenkomst WHERE startdatum < '2024-01-01' OR model_overeenkomst = 0")).toBe(0);
  });

  it('at most one begeleider per participant at any time, one agreement per werkpost (art. 43, 44)', () => {
    expect(tel(`SELECT count(*) FROM overeenkomst a JOIN overeenkomst b ON a.deelnemer_id = b.deelnemer_id AND a.id < b.id
                 WHERE a.startdatum <= coalesce(b.einddatum, '9999-12-31') AND b.startdatum <= coalesce(a.einddatum, '9999-12-31')
                   AND (a.organisatie_id <> b.organisatie_id OR a.werkpost_naam = b.werkpost_naam)`)).toBe(0);
  });

  it('the follow-up lists are populated: overdue evaluations and agreements without end after the recognition ended', async () => {
    const achterstallig = await t.call('overeenkomst.evaluatiesAchterstallig', {});
    expect(achterstallig.length).toBeGreaterThan(100);
    const naEinde = await t.call('overeenkomst.zonderEindeNaEindeErkenning', {});
    expect(naEinde).toHaveLength(s.overeenkomsten.zonderEindeNaEindeErkenning);
    expect(naEinde.length).toBeGreaterThan(0);
  });

  it('the first half-year of 2026 can be computed from them (art. 50)', async () => {
    const run = await t.call('subsidie.berekenVoorstel', { periode: '2026-H1' });
    expect(run.aantalBegunstigden).toBeGreaterThan(100);
    expect(run.totaalCent).toBeGreaterThan(100_000_00);
  });

  it('reproducible: the same scale on an empty database gives the same agreements', () => {
    const t2 = createTestApp();
    try {
      const s2 = seedDemo(t2.ctx.sqlite, { scale: 1, now: TEST_NOW });
      expect(s2.overeenkomsten).toEqual(s.overeenkomsten);
      const q = 'SELECT group_concat(startdatum || werkpost_naam, \'|\') FROM (SELECT startdatum, werkpost_naam FROM overeenkomst ORDER BY id LIMIT 200)';
      expect(t2.ctx.sqlite.prepare(q).pluck().get()).toBe(t.ctx.sqlite.prepare(q).pluck().get());
    } finally {
      t2.close();
    }
  });
});

describe('demo procedures through the real API (issue 3: running procedures to see on every screen)', () => {
  it('four revocations in different stages, one objection, a subsidy proposal; every step audited as the demo medewerkers', async () => {
    const t3 = createTestApp();
    try {
      const d = seedDemo(t3.ctx.sqlite, { scale: 1, now: TEST_NOW });
      const p = await seedProcedures(t3, { vandaag: '2026-11-22', organisatieVan: d.idVan, organisatieTot: d.idTot });
      expect(p).toEqual({
        procedures: 4,
        bezwaren: 1,
        subsidieVoorstel: '2026-H1',
        compensatie: ['2025-H2 goedgekeurd', '2026-H1 voorstel'],
        amaSe: ['voorschot 2026-11 goedgekeurd', 'afrekening 2025 voorstel'],
        fouten: [],
      });
      const procedures = await t3.call('procedure.list', {});
      expect(procedures.map((x) => x.status).sort()).toEqual(['beslist', 'hoorzitting', 'te-beslissen', 'voornemen']);
      expect(await t3.call('beslissing.list', { status: 'ontwerp' })).toHaveLength(1);
      expect(await t3.call('bezwaar.list', {})).toHaveLength(1);
      const audit = t3.ctx.sqlite.prepare("SELECT DISTINCT gebruiker FROM audit_entry WHERE methode LIKE 'procedure.%'").pluck().all();
      expect(audit).toEqual(['Katrien Van den Broeck']);
      // Every audited entity and every letter type the demo made has its Dutch name on the screens.
      const db = t3.ctx.sqlite;
      const entiteiten = db.prepare('SELECT DISTINCT entiteit FROM audit_entry').pluck().all() as string[];
      expect(entiteiten.length).toBeGreaterThan(8);
      expect(entiteiten.filter((x) => !(x in ENTITEIT_LABELS))).toEqual([]);
      const brieftypen = db.prepare('SELECT DISTINCT brief_type FROM document').pluck().all() as string[];
      expect(brieftypen.length).toBeGreaterThan(5);
      expect(brieftypen.filter((x) => !(x in BRIEFTYPE_LABELS))).toEqual([]);
    } finally {
      t3.close();
    }
  });
});
