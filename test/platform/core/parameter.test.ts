import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/app';
import { PARAMETER_SEEDS } from '../../../db/seed/parameters';
import { PARAMETER_CODES, PARAMETER_KEUZES } from '../../../shared/platform/parameter-codes';
import { AFRONDING_LABEL, AFRONDINGEN } from '../../../shared/ama-se/contingent';

let t: TestApp;
beforeEach(() => (t = createTestApp()));
afterEach(() => t.close());

const nieuweIndex = {
  code: 'AMA_WVG_SUBSIDIE_PER_DEELNEMER_JAAR',
  waardeGetal: 108242,
  geldigVan: '2027-01-01',
  wettelijkeBasis: 'BVR 18 november 2022, art. 50; indexsprong',
  bronStatus: 'official' as const,
  reden: 'Indexering',
};

describe('dated parameters', () => {
  it('are seeded with the RULES.md amounts and deadlines (art. 50: € 1.061,20; art. 68: € 2.812,20; art. 20–21: € 883,27)', async () => {
    const get = (code: string, datum: string) => t.call('parameter.get', { code, datum });
    expect((await get('AMA_WVG_SUBSIDIE_PER_DEELNEMER_JAAR', '2026-06-30')).waardeGetal).toBe(106120);
    expect((await get('AMA_SE_SUBSIDIE_PER_DEELNEMER_JAAR', '2026-06-30')).waardeGetal).toBe(281220);
    expect((await get('AMA_SE_SUBSIDIE_PER_DEELNEMER_JAAR', '2021-06-30')).waardeGetal).toBe(265000);
    expect((await get('SWV_ZORG_COMPENSATIE_PER_TRAJECT', '2026-06-30')).waardeGetal).toBe(88327);
    expect((await get('AMA_WVG_BESLISSINGSTERMIJN', '2026-06-30'))).toMatchObject({ waardeGetal: 90, eenheid: 'kalenderdagen', bronStatus: 'official' });
    expect((await get('AMA_WVG_MAX_BEGELEIDINGEN', '2026-06-30')).waardeGetal).toBe(5658);
    expect((await get('AMA_WVG_MAX_BEGELEIDINGEN', '2029-12-31')).waardeGetal).toBe(6008);
    expect((await get('SWV_ZORG_MANDAAT_EINDDATUM', '2026-06-30')).waardeDatum).toBe('2028-06-30');
    expect((await get('AMA_SE_INVULLINGSGRAAD_DREMPEL', '2026-06-30')).waardeGetal).toBe(8000);
    expect((await get('WETTELIJKE_PENSIOENLEEFTIJD', '2025-01-31')).waardeGetal).toBe(65);
    expect((await get('WETTELIJKE_PENSIOENLEEFTIJD', '2025-02-01')).waardeGetal).toBe(66);
  });

  it('every seed has a legal reference and a source status from RULES.md', () => {
    for (const p of PARAMETER_SEEDS) {
      expect(p.wettelijkeBasis.length, p.code).toBeGreaterThan(5);
      expect(['seed', 'law', 'official', 'assumed']).toContain(p.bronStatus);
      expect(Number.isInteger(p.waardeGetal ?? 0), p.code).toBe(true);
    }
  });

  it('every code the application reads is seeded, and each code is listed once (a seed of an unlisted code does not compile)', () => {
    const geseed = new Set(PARAMETER_SEEDS.map((p) => p.code));
    expect(PARAMETER_CODES.filter((c) => !geseed.has(c))).toEqual([]);
    expect(new Set(PARAMETER_CODES).size).toBe(PARAMETER_CODES.length);
  });

  it('a date without a value → NIET_GEVONDEN with a Dutch message', async () => {
    const f = await t.fail('parameter.get', { code: 'AMA_WVG_SUBSIDIE_PER_DEELNEMER_JAAR', datum: '2019-01-01' });
    expect(f).toMatchObject({ code: 'NIET_GEVONDEN', message: expect.stringMatching(/geen waarde op 01\/01\/2019\. Een beheerder kan ze toevoegen onder Parameters\./) });
  });

  it('parameter.set adds a new period and closes the open-ended one the day before (audited twice)', async () => {
    const auditBefore = t.count('audit_entry');
    await t.call('parameter.set', nieuweIndex, 'beheerder');
    expect((await t.call('parameter.get', { code: nieuweIndex.code, datum: '2026-12-31' })).waardeGetal).toBe(106120);
    expect((await t.call('parameter.get', { code: nieuweIndex.code, datum: '2027-01-01' })).waardeGetal).toBe(108242);
    const periods = await t.call('parameter.list', { code: nieuweIndex.code });
    expect(periods.map((p) => [p.geldigVan, p.geldigTot])).toEqual([['2024-01-01', '2026-12-31'], ['2027-01-01', null]]);
    expect(t.count('audit_entry')).toBe(auditBefore + 2);
  });

  it('overlapping periods are refused (CONFLICT) and nothing is written', async () => {
    const before = t.count('parameter');
    const f = await t.fail('parameter.set', { ...nieuweIndex, code: 'AMA_WVG_MAX_BEGELEIDINGEN', waardeGetal: 5000, geldigVan: '2026-06-01', geldigTot: '2027-05-31' }, 'beheerder');
    expect(f.code).toBe('CONFLICT');
    // The existing period in the screens' date format.
    expect(f.message).toMatch(/^De periode overlapt met de bestaande periode vanaf \d{2}\/\d{2}\/\d{4}( tot en met \d{2}\/\d{2}\/\d{4}| \(zonder einddatum\))\. Kies een andere periode\.$/);
    expect(t.count('parameter')).toBe(before);
  });

  it('only the beheerder may set; bad input names the field', async () => {
    expect((await t.fail('parameter.set', nieuweIndex, 'zorg-dossierbeheerder')).code).toBe('VERBODEN');
    const f = await t.fail('parameter.set', { ...nieuweIndex, waardeGetal: 1082.42 }, 'beheerder');
    expect(f).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'waardeGetal', melding: expect.stringMatching(/eurocent/) }] });
    const g = await t.fail('parameter.set', { ...nieuweIndex, geldigTot: '2026-01-01' }, 'beheerder');
    expect(g.details?.[0].veld).toBe('geldigTot');
  });

  it('the rounding codes are the evaluation\'s roundings in their order', () => {
    const keuzes = PARAMETER_KEUZES.AMA_SE_VERMINDERING_AFRONDING!;
    expect(Object.keys(keuzes).map(Number)).toEqual([0, 1, 2]);
    AFRONDINGEN.forEach((a, i) => expect(AFRONDING_LABEL[a].startsWith(keuzes[i])).toBe(true));
  });

  it('a coded choice accepts only its codes, named in the message', async () => {
    const f = await t.fail('parameter.set', { code: 'AMA_SE_VERMINDERING_AFRONDING', waardeGetal: 3, geldigVan: '2027-01-01', wettelijkeBasis: 'BVR 18 november 2022, art. 61–63', bronStatus: 'assumed' }, 'beheerder');
    expect(f.details?.[0]).toEqual({ veld: 'waardeGetal', melding: 'Kies een van de codes: 0 = naar beneden, 1 = rekenkundig, 2 = naar boven.' });
  });

  it('a month of the year is 1 to 12 and a year has four digits; nothing is written otherwise', async () => {
    const before = t.count('parameter');
    const periode = { geldigVan: '2027-01-01', wettelijkeBasis: 'BVR 18 november 2022, art. 68', bronStatus: 'seed' as const };
    const m = await t.fail('parameter.set', { ...periode, code: 'AMA_SE_AFREKENING_MAAND', waardeGetal: 13 }, 'beheerder');
    expect(m).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'waardeGetal', melding: 'Geef een maand van 1 (januari) tot 12 (december).' }] });
    const j = await t.fail('parameter.set', { ...periode, code: 'AMA_SE_EERSTE_EVALUATIEJAAR', waardeGetal: 24 }, 'beheerder');
    expect(j.details?.[0]).toEqual({ veld: 'waardeGetal', melding: 'Geef een jaartal van vier cijfers, bv. 2024.' });
    expect(t.count('parameter')).toBe(before);
    expect((await t.call('parameter.set', { ...periode, code: 'AMA_SE_AFREKENING_MAAND', waardeGetal: 4 }, 'beheerder')).eenheid).toBe('kalendermaand');
  });
});
