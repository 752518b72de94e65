/**
 * Demo AMA SE (issue 9): the 86 maatwerkbedrijven and 1,968 places of the 2024 report (seed 004 §4.2) per province,
 * and a year of begeleidingsovereenkomsten whose fill rates follow the report (about 70 % on average, roughly 35
 * at 80 % or more and 33 below 60 %) — as the settlement and the evaluation compute them.
 */
import { describe, expect, it } from 'vitest';
import { createTestApp, TEST_NOW } from '../../helpers/app';
import { seedDemo } from '../../../db/seed/demo';

describe('demo AMA SE at the 2024 volumes', () => {
  it('86 maatwerkbedrijven with 1,968 places per province; fill rates as in the report', async () => {
    const t = createTestApp();
    try {
      const d = seedDemo(t.ctx.sqlite, { scale: 1, now: TEST_NOW });
      expect(d.amaSe).toMatchObject({ maatwerkbedrijven: 86, plaatsen: 1968, jaar: 2025 });
      const lijst = await t.call('contingent.list', { peildatum: '2025-06-30' }, 'lezer');
      expect(lijst).toHaveLength(86);
      const perProvincie = (naam: string) => lijst.filter((c) => c.provincie === naam).reduce((s, c) => s + c.plaatsen, 0);
      expect(perProvincie('Antwerpen')).toBe(301);
      expect(perProvincie('Limburg')).toBe(422);
      expect(perProvincie('West-Vlaanderen')).toBe(490);
      const e = await t.call('contingent.berekenEvaluatie', { jaar: 2025 }, 'lezer');
      const graden = e.rijen.map((r) => r.bezettingsgraad ?? 0);
      const gemiddeld = e.rijen.reduce((s, r) => s + r.deelnemersjaren, 0) / e.rijen.reduce((s, r) => s + r.contingentPlaatsen, 0);
      expect(gemiddeld).toBeGreaterThan(0.66);
      expect(gemiddeld).toBeLessThan(0.74);
      expect(graden.filter((g) => g >= 80).length).toBeGreaterThanOrEqual(25);
      expect(graden.filter((g) => g < 60).length).toBeGreaterThanOrEqual(20);
      expect(e.vrijgekomenPlaatsen).toBeGreaterThan(0);
    } finally {
      t.close();
    }
  });
});
