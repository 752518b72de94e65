/** The key figures per department on the Overzicht (issue 12), on the demo data. Expected values counted with plain SQL in the test. */
import { describe, expect, it } from 'vitest';
import { createTestApp, TEST_NOW } from '../../helpers/app';
import { seedDemo } from '../../../db/seed/demo';

describe('rapport.dashboard', () => {
  it('per department: drafts and runs waiting, open procedures, recognitions expiring, contingents under 80 % so far this year', async () => {
    const t = createTestApp();
    try {
      seedDemo(t.ctx.sqlite, { scale: 1, now: TEST_NOW });
      t.ctx.sqlite.prepare("INSERT INTO betaalrun (regeling, departement, periode, volgnummer, status, berekening, totaal_cent, aangemaakt_door_id, aangemaakt_op) VALUES ('AMA_SE_VOORSCHOT', 'WSE', '2026-11', 1, 'voorstel', '{}', 0, 1, '2026-11-22T09:00:00Z')").run();
      const d = await t.call('rapport.dashboard', {}, 'lezer');
      const k = (dep: string, id: string) => d.departementen.find((x) => x.departement === dep)!.kengetallen.find((x) => x.id === id)!;
      expect(k('WSE', 'wse-runs').waarde).toBe(1);
      expect(k('ZORG', 'zorg-runs').waarde).toBe(0);
      const vervallend = t.ctx.sqlite.prepare("SELECT count(*) FROM erkenning WHERE status = 'actief' AND geldig_tot BETWEEN '2026-11-22' AND '2027-05-23'").pluck().get();
      expect(k('ZORG', 'zorg-vervallend').waarde).toBe(vervallend);
      // The demo's fill rates follow the 2024 report: a good part of the 86 is under 80 % this year too.
      expect(k('WSE', 'wse-onder80').context).toBe('op 86 maatwerkbedrijven');
      expect(k('WSE', 'wse-onder80').waarde).toBeGreaterThan(20);
      expect(k('WSE', 'wse-onder80').waarde).toBeLessThan(86);
    } finally {
      t.close();
    }
  });
});
