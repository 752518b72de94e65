/**
 * AMA SE money and evaluation rules (BVR art. 61–63, 68; RULES.md "AMA SE contingent — Departement WSE").
 * Defaults of the open questions: divisor 365, subsidy = min(deelnemersjaren, contingent) × amount (the cap on
 * the money, the fill rate not capped), advance 80 % of contingent × amount ÷ 12 a month, reduction below 80 % by
 * (80 % − fill rate) × contingent rounded down. Every expected value is computed by hand in the comment beside it.
 */
import { describe, expect, it } from 'vitest';
import {
  afrekening, deelnemersdagen, evaluatie, plaatsDagen, voorschot, type AfrekeningRegels, type ContingentSegment,
} from '../../../shared/ama-se/contingent';
import { lastWorkingDayOfMonth } from '../../../shared/kernel/termijn';

const BEDRAG = [{ van: '2022-04-01', tot: null, bedragCent: 281_220 }];
const REGELS: AfrekeningRegels = { deler: 365, bedragen: BEDRAG };
const heelJaar = (plaatsen: number, jaar = 2025): ContingentSegment[] => [{ van: `${jaar - 2}-01-01`, tot: null, plaatsen }];
/** n participants each the whole year */
const deelnames = (n: number, jaar = 2025) => Array.from({ length: n }, (_, i) => ({ deelnemerId: i + 1, van: `${jaar}-01-01`, tot: `${jaar}-12-31` }));

describe('participant days and contingent place-days (art. 68: pro rata the days with a begeleidingsovereenkomst)', () => {
  it('counts the days of the year inside each participation, both ends included', () => {
    // 2025-03-01 … 2025-03-31 = 31 days; 2024-12-15 … 2025-01-10 → 10 days in 2025
    expect(deelnemersdagen([{ deelnemerId: 1, van: '2025-03-01', tot: '2025-03-31' }, { deelnemerId: 2, van: '2024-12-15', tot: '2025-01-10' }], '2025-01-01', '2025-12-31')).toBe(41);
  });
  it('a participant with two overlapping participations at one maatwerkbedrijf counts each day once', () => {
    // 01/01–30/04 (120 days) and 01/04–31/05: union 01/01–31/05 = 151 days
    expect(deelnemersdagen([{ deelnemerId: 1, van: '2025-01-01', tot: '2025-04-30' }, { deelnemerId: 1, van: '2025-04-01', tot: '2025-05-31' }], '2025-01-01', '2025-12-31')).toBe(151);
  });
  it('an open end runs to the end of the year', () => {
    expect(deelnemersdagen([{ deelnemerId: 1, van: '2025-12-01', tot: null }], '2025-01-01', '2025-12-31')).toBe(31);
  });
  it('contingent changed mid-year: 10 places 01/01–30/06 (181 days) and 20 places from 01/07 (184 days) = 5,490 place-days', () => {
    const segs: ContingentSegment[] = [{ van: '2020-01-01', tot: '2025-06-30', plaatsen: 10 }, { van: '2025-07-01', tot: null, plaatsen: 20 }];
    expect(plaatsDagen(segs, '2025-01-01', '2025-12-31')).toBe(1810 + 3680);
  });
});

describe('yearly settlement (art. 68)', () => {
  it('under the contingent: 20 places, 12 participants all year → 12 × € 2.812,20 = € 33.746,40; fill 60 %', () => {
    const a = afrekening({ jaar: 2025, segmenten: heelJaar(20), deelnames: deelnames(12), regels: REGELS });
    expect(a).toMatchObject({ contingentPlaatsen: 20, deelnemersdagen: 4380, deelnemersjaren: 12, bezettingsgraad: 60, subsidieCent: 3_374_640, begrensd: false });
  });
  it('cap at the contingent: 10 places, 12 participants all year → 10 × € 2.812,20 = € 28.122,00; fill shown as 120 %', () => {
    const a = afrekening({ jaar: 2025, segmenten: heelJaar(10), deelnames: deelnames(12), regels: REGELS });
    expect(a).toMatchObject({ contingentPlaatsen: 10, deelnemersjaren: 12, bezettingsgraad: 120, subsidieCent: 2_812_200, begrensd: true });
  });
  it('contingent changed mid-year: 5,490/365 = 15.04 places (time-weighted); 15 participants all year stay under it', () => {
    const segs: ContingentSegment[] = [{ van: '2020-01-01', tot: '2025-06-30', plaatsen: 10 }, { van: '2025-07-01', tot: null, plaatsen: 20 }];
    const a = afrekening({ jaar: 2025, segmenten: segs, deelnames: deelnames(15), regels: REGELS });
    // 15 × 365 = 5,475 days ≤ 5,490 place-days: 15 × 281,220 = 4,218,300 cents; fill 5,475 / 5,490 = 99.73 %
    expect(a).toMatchObject({ contingentPlaatsen: 15.04, deelnemersjaren: 15, bezettingsgraad: 99.73, subsidieCent: 4_218_300, begrensd: false });
    // 16 participants (5,840 days) are capped at 5,490 / 365 × 281,220 = 4,229,856.99 → 4,229,857 cents; fill 5,840 / 5,490 = 106.375 → 106.38 %
    const b = afrekening({ jaar: 2025, segmenten: segs, deelnames: deelnames(16), regels: REGELS });
    expect(b).toMatchObject({ subsidieCent: 4_229_857, begrensd: true, bezettingsgraad: 106.38 });
  });
  it('leap year 2024 with divisor 365: a participant all year is 366/365 = 1.0027 participant-years (1.00 shown) and earns 366/365 × € 2.812,20', () => {
    const a = afrekening({ jaar: 2024, segmenten: heelJaar(10, 2024), deelnames: deelnames(1, 2024), regels: REGELS });
    // 366 × 281,220 / 365 = 281,990.46 → 281,990 cents; contingent 3,660 / 366 = 10 places; fill 366 × 366 / (365 × 3,660) = 10.03 %
    expect(a).toMatchObject({ contingentPlaatsen: 10, deelnemersdagen: 366, deelnemersjaren: 1, subsidieCent: 281_990, bezettingsgraad: 10.03 });
  });
  it('leap year with the divisor set to the days of the year (the other answer to the open question): exactly one participant-year', () => {
    const a = afrekening({ jaar: 2024, segmenten: heelJaar(10, 2024), deelnames: deelnames(1, 2024), regels: { ...REGELS, deler: 0 } });
    expect(a).toMatchObject({ deelnemersjaren: 1, subsidieCent: 281_220, bezettingsgraad: 10 });
  });
  it('the amount changes during the year: each day at the amount valid that day (€ 2.650 until 31/03/2022, € 2.812,20 from 01/04/2022)', () => {
    const bedragen = [{ van: '2021-04-01', tot: '2022-03-31', bedragCent: 265_000 }, { van: '2022-04-01', tot: null, bedragCent: 281_220 }];
    const a = afrekening({ jaar: 2022, segmenten: heelJaar(10, 2022), deelnames: deelnames(1, 2022), regels: { deler: 365, bedragen } });
    // 90 days × 265,000 / 365 + 275 days × 281,220 / 365 = (23,850,000 + 77,335,500) / 365 = 277,220.55 → 277,221 cents
    expect(a.subsidieCent).toBe(277_221);
  });
  it('no contingent and no participants: nothing', () => {
    expect(afrekening({ jaar: 2025, segmenten: [], deelnames: [], regels: REGELS })).toMatchObject({ contingentPlaatsen: 0, bezettingsgraad: null, subsidieCent: 0 });
  });
});

describe('monthly advance (art. 68: 80 % of the subsidy, paid monthly)', () => {
  it('20 places in March 2025: 80 % × 20 × € 2.812,20 / 12 = € 3.749,60', () => {
    expect(voorschot({ maandVan: '2025-03-01', maandTot: '2025-03-31', segmenten: heelJaar(20), bedragCent: 281_220, pctBp: 8000 })).toBe(374_960);
  });
  it('a contingent raised from 10 to 20 places on 16/04/2025: April weighted 15 days × 10 + 15 days × 20 = 450 place-days of 30', () => {
    const segs: ContingentSegment[] = [{ van: '2020-01-01', tot: '2025-04-15', plaatsen: 10 }, { van: '2025-04-16', tot: null, plaatsen: 20 }];
    // 0.8 × 450/30 × 281,220 / 12 = 0.8 × 15 × 23,435 = 281,220 cents
    expect(voorschot({ maandVan: '2025-04-01', maandTot: '2025-04-30', segmenten: segs, bedragCent: 281_220, pctBp: 8000 })).toBe(281_220);
  });
  it('7 places: 0.8 × 7 × 281,220 / 12 = 131,236 cents exactly', () => {
    expect(voorschot({ maandVan: '2025-01-01', maandTot: '2025-01-31', segmenten: heelJaar(7), bedragCent: 281_220, pctBp: 8000 })).toBe(131_236);
  });
});

describe('the 80 % evaluation (art. 61–63): reduction from 1 July of the next year', () => {
  const regels = { deler: 365, drempelBp: 8000, afronding: 'beneden' as const };
  it('20 places at 60 % → (80 % − 60 %) × 20 = 4 places less → 16', () => {
    expect(evaluatie({ plaatsDagen: 20 * 365, dagenInJaar: 365, deelnemersdagen: 12 * 365, contingentOpIngang: 20, ...regels })).toEqual({ vermindering: 4, nieuwContingent: 16, onderDrempel: true });
  });
  it('rounded down in favour of the organisation: 25 places at 70.8 % → 2.3 → 2 places less', () => {
    // 17.7 participant-years of 25 places: (0.8 − 0.708) × 25 = 2.3
    const dagen = Math.round(17.7 * 365); // 6,460.5 → 6,461 days: 6,461 / 365 = 17.7014; 20 − 17.7014 = 2.2986 → 2
    expect(evaluatie({ plaatsDagen: 25 * 365, dagenInJaar: 365, deelnemersdagen: dagen, contingentOpIngang: 25, ...regels }).vermindering).toBe(2);
    expect(evaluatie({ plaatsDagen: 25 * 365, dagenInJaar: 365, deelnemersdagen: dagen, contingentOpIngang: 25, ...regels, afronding: 'rekenkundig' }).vermindering).toBe(2);
    expect(evaluatie({ plaatsDagen: 25 * 365, dagenInJaar: 365, deelnemersdagen: dagen, contingentOpIngang: 25, ...regels, afronding: 'boven' }).vermindering).toBe(3);
  });
  it('at or above the threshold: no reduction', () => {
    expect(evaluatie({ plaatsDagen: 20 * 365, dagenInJaar: 365, deelnemersdagen: 16 * 365, contingentOpIngang: 20, ...regels })).toEqual({ vermindering: 0, nieuwContingent: 20, onderDrempel: false });
  });
  it('what-if: threshold 70 % instead of 80 % at 60 % fill → 2 places', () => {
    expect(evaluatie({ plaatsDagen: 20 * 365, dagenInJaar: 365, deelnemersdagen: 12 * 365, contingentOpIngang: 20, ...regels, drempelBp: 7000 }).vermindering).toBe(2);
  });
  it('nobody guided: 80 % of the contingent goes (floor at 0 for the new contingent)', () => {
    expect(evaluatie({ plaatsDagen: 10 * 365, dagenInJaar: 365, deelnemersdagen: 0, contingentOpIngang: 10, ...regels })).toEqual({ vermindering: 8, nieuwContingent: 2, onderDrempel: true });
    expect(evaluatie({ plaatsDagen: 10 * 365, dagenInJaar: 365, deelnemersdagen: 0, contingentOpIngang: 5, ...regels }).nieuwContingent).toBe(0);
  });
});

describe('settlement deadline: the last working day of March of the next year (art. 68)', () => {
  it('2023 settled by Friday 29/03/2024 (30 and 31 March 2024 a weekend, Easter Sunday)', () => {
    expect(lastWorkingDayOfMonth(2024, 3)).toBe('2024-03-29');
  });
  it('2028 settled by Friday 30/03/2029 (Easter Monday 2 April 2029 does not matter, 31 March is a Saturday)', () => {
    expect(lastWorkingDayOfMonth(2029, 3)).toBe('2029-03-30');
  });
  it('2025 settled by Tuesday 31/03/2026', () => {
    expect(lastWorkingDayOfMonth(2026, 3)).toBe('2026-03-31');
  });
});
