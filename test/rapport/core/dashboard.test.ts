/** The key figures per department on the Overzicht (issue 12), on the demo data. Expected values counted with plain SQL in the test. */
import { describe, expect, it } from 'vitest';
import { createTestApp, organisatieInput, TEST_NOW, zetParameter } from '../../helpers/app';
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
      // AMA_WVG_HERINNERING_HERNIEUWING: 6 months from 22/11/2026 is 22/05/2027 (the 'te hernieuwen' list's window).
      const vervallend = t.ctx.sqlite.prepare("SELECT count(*) FROM erkenning WHERE status = 'actief' AND geldig_tot BETWEEN '2026-11-22' AND '2027-05-22'").pluck().get();
      expect(k('ZORG', 'zorg-vervallend')).toMatchObject({ titel: 'Erkenningen die binnen 6 maanden vervallen', waarde: vervallend });
      expect(k('WSE', 'wse-onder80').titel).toBe('Contingenten onder 80 % in 2026 tot nu');
      // The demo's fill rates follow the 2024 report: a good part of the 86 is under 80 % this year too.
      expect(k('WSE', 'wse-onder80').context).toBe('op 86 maatwerkbedrijven');
      expect(k('WSE', 'wse-onder80').waarde).toBeGreaterThan(20);
      expect(k('WSE', 'wse-onder80').waarde).toBeLessThan(86);
    } finally {
      t.close();
    }
  });

  it('follows the parameters: the renewal reminder\'s months, the fill-rate threshold, the year\'s objective', async () => {
    const t = createTestApp();
    try {
      seedDemo(t.ctx.sqlite, { scale: 1, now: TEST_NOW });
      const zet = (code: string, waarde: number) => zetParameter(t, code, waarde, '2026-01-01');
      await zet('AMA_WVG_HERINNERING_HERNIEUWING', 3);
      await zet('AMA_SE_INVULLINGSGRAAD_DREMPEL', 5000);
      // The year's objective is a yearly parameter: 1,350 planned for 2026 (reference data, bisnota).
      t.ctx.sqlite.prepare("UPDATE parameter SET waarde_getal = 1234 WHERE code = 'ACTIVERINGSTRAJECTEN_PER_JAAR' AND geldig_van = '2026-01-01'").run();
      const d = await t.call('rapport.dashboard', {}, 'lezer');
      const k = (dep: string, id: string) => d.departementen.find((x) => x.departement === dep)!.kengetallen.find((x) => x.id === id)!;
      // 3 months from 22/11/2026 is 22/02/2027.
      const vervallend = t.ctx.sqlite.prepare("SELECT count(*) FROM erkenning WHERE status = 'actief' AND geldig_tot BETWEEN '2026-11-22' AND '2027-02-22'").pluck().get();
      expect(k('ZORG', 'zorg-vervallend')).toMatchObject({ titel: 'Erkenningen die binnen 3 maanden vervallen', waarde: vervallend });
      expect(k('WSE', 'wse-onder80').titel).toBe('Contingenten onder 50 % in 2026 tot nu');
      expect(k('ZORG', 'zorg-trajecten').context).toBe('van 1.234 gepland (objectief 2026)');
    } finally {
      t.close();
    }
  });

  it('the overview\'s totals are counted in the core; "letters this month" is the Brussels month (winter time: from 31/10 23:00 UTC)', async () => {
    const t = createTestApp();
    try {
      const db = t.ctx.sqlite;
      const doc = db.prepare(`INSERT INTO document (kenmerk, brief_type, template_versie, departement, onderwerp, bestandsnaam, sha256, grootte, inhoud, gegevens, aangemaakt_op)
                               VALUES (?, 'test', 1, 'ZORG', 'Test', 'x.pdf', 'x', 1, x'00', '{}', ?)`);
      // TEST_NOW is in November 2026, winter time (UTC+1): the Brussels month runs from 2026-10-31T23:00Z to 2026-11-30T23:00Z.
      doc.run('ZORG/2026/000001', '2026-10-31T22:59:59.999Z'); // 31 October, 23:59:59 in Brussels: not this month
      doc.run('ZORG/2026/000002', '2026-10-31T23:00:00.000Z'); // 1 November, midnight
      doc.run('ZORG/2026/000003', '2026-11-22T09:00:00.000Z');
      doc.run('ZORG/2026/000004', '2026-11-30T22:59:59.999Z'); // 30 November, 23:59:59
      doc.run('ZORG/2026/000005', '2026-11-30T23:00:00.000Z'); // 1 December: not this month
      await t.call('organisatie.create', organisatieInput());
      await t.call('organisatie.create', organisatieInput({ naam: 'vzw Tweede', kbo: '0203.201.340' }));
      db.prepare("UPDATE organisatie SET status = 'stopgezet' WHERE naam = 'vzw Tweede'").run();
      const d = await t.call('rapport.dashboard', {}, 'lezer');
      expect(d.totalen).toEqual({ actieveOrganisaties: 1, actieveErkenningen: 0, terGoedkeuring: 0, brievenDezeMaand: 3 });
    } finally {
      t.close();
    }
  });
});
