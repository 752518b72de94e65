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

      // Today (22/11/2026) the places are taken as in a running year: about the fill rate's share of the places has a
      // participation running today (the demo had ended nearly all of this year's before today: 116 for 1,968 places).
      const db = t.ctx.sqlite;
      const vandaag = '2026-11-22';
      const lopend = db.prepare('SELECT count(*) FROM se_deelname WHERE startdatum <= ? AND (einddatum IS NULL OR einddatum >= ?)').pluck().get(vandaag, vandaag) as number;
      expect(lopend / 1968).toBeGreaterThan(0.6);
      expect(lopend / 1968).toBeLessThan(0.8);
      // Every maatwerkbedrijf above 80 % last year has more than half of its places taken today.
      const perOrganisatie = db.prepare(`SELECT c.plaatsen, (SELECT count(*) FROM se_deelname d WHERE d.organisatie_id = c.organisatie_id AND d.startdatum <= ? AND (d.einddatum IS NULL OR d.einddatum >= ?)) AS lopend
                                           FROM se_contingent c WHERE c.organisatie_id = ?`);
      for (const r of e.rijen.filter((x) => (x.bezettingsgraad ?? 0) >= 80)) {
        const { plaatsen, lopend: n } = perOrganisatie.get(vandaag, vandaag, r.organisatieId) as { plaatsen: number; lopend: number };
        expect(n, `maatwerkbedrijf ${r.organisatieId}`).toBeGreaterThan(plaatsen / 2);
      }
      // This year so far: the participant days of 1 January – 21 November against the places, as last year (≈ 70 %).
      const dagen = db.prepare(`SELECT sum(julianday(min(coalesce(einddatum, '2026-11-21'), '2026-11-21')) - julianday(max(startdatum, '2026-01-01')) + 1)
                                  FROM se_deelname WHERE startdatum <= '2026-11-21' AND (einddatum IS NULL OR einddatum >= '2026-01-01')`).pluck().get() as number;
      const ditJaar = dagen / (1968 * 325);
      expect(ditJaar).toBeGreaterThan(0.62);
      expect(ditJaar).toBeLessThan(0.78);
    } finally {
      t.close();
    }
  });
});
