import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_NOW, type TestApp } from '../../helpers/app';
import { seedDemo, type DemoSummary } from '../../../db/seed/demo';
import { checkInsz } from '../../../shared/kernel/insz';
import { controleerSamenstelling } from '../../../shared/swv-zorg/samenwerkingsverband';
import { MandaatIndex } from '../../../electron/core/modules/swv-zorg/register/register';

let t: TestApp;
let s: DemoSummary;
beforeAll(() => {
  t = createTestApp({ bereikbareMedewerkers: true });
  s = seedDemo(t.ctx.sqlite, { scale: 1, now: TEST_NOW });
});
afterAll(() => t.close());

const tel = (sql: string, ...params: unknown[]) => t.ctx.sqlite.prepare(sql).pluck().get(...params) as number;

describe('demo samenwerkingsverbanden Zorg at scale 1 (keyFigures2024: 15 samenwerkingsverbanden, 48 organisations, 1,307 trajectories a year)', () => {
  it('15 samenwerkingsverbanden of 48 partners, each composed as art. 7 requires; every werk- en zorgregio has one mandate', async () => {
    expect(s.swvZorg.samenwerkingsverbanden).toBe(15);
    expect(tel('SELECT count(*) FROM swv_partner')).toBe(48);
    for (const swv of await t.call('swv.list', {})) {
      const d = await t.call('swv.get', { id: swv.id });
      expect(controleerSamenstelling(d.partners.map((p) => ({ naam: p.organisatieNaam, categorie: p.categorie })), null)).toEqual([]);
    }
    expect(tel("SELECT count(DISTINCT regio_code) FROM mandaat WHERE geldig_van = '2023-07-01' AND geldig_tot = '2028-06-30'")).toBe(17);
    expect(tel('SELECT count(*) FROM mandaat')).toBe(17);
  });

  it('two years of trajectories at the 2024 volume, each attributed to the mandate of its region on aanmelding (art. 19), valid INSZ', () => {
    expect(s.swvZorg.trajecten).toBe(2 * 1307);
    const index = new MandaatIndex(t.ctx.sqlite);
    const rijen = t.ctx.sqlite.prepare('SELECT t.regio_code AS r, t.datum_aanmelding AS a, t.swv_id AS s, d.insz FROM traject t JOIN deelnemer d ON d.id = t.deelnemer_id').all() as { r: string; a: string; s: number; insz: string }[];
    for (const x of rijen) {
      expect(index.voor(x.r, x.a).swvId).toBe(x.s);
      expect(checkInsz(x.insz).ok).toBe(true);
    }
    // Ended ones are consistent: eindverslag and eindadvies after the trajectplan, none in the future.
    expect(tel("SELECT count(*) FROM traject WHERE status = 'afgesloten' AND (datum_eindverslag < datum_trajectplan OR datum_eindadvies < datum_eindverslag OR datum_eindadvies > '2026-11-22')")).toBe(0);
    expect(s.swvZorg.afgerond).toBeGreaterThan(500);
    expect(s.swvZorg.vroegtijdig).toBeGreaterThan(200);
  });

  it('a compensation run over the demo computes without warnings about unattributed trajectories', async () => {
    const run = await t.call('compensatie.berekenVoorstel', { periode: '2026-H1' });
    expect(run.berekening.zonderSamenwerkingsverband).toBe(0);
    expect(run.aantalBegunstigden).toBe(15);
    expect(run.rijen.length).toBe(run.berekening.aantalTrajecten);
    expect(run.berekening.aantal100).toBeGreaterThan(100);
    // Over 15 samenwerkingsverbanden: the answer made in memory is what the lines screen reads back, row for row.
    const gelezen = await t.call('compensatie.lijnen', { runId: run.id });
    expect(run.rijen).toEqual(gelezen.map(({ deelnemer: _d, ...r }) => r));
  });
});
