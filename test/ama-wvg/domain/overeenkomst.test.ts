import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  controleerOvereenkomst,
  doorsnede,
  effectiefEinde,
  evaluatieAchterstallig,
  geboorteUitInsz,
  initialen,
  leeftijdOp,
  maskeerInsz,
  normaliseerWerkpostNaam,
  overlapt,
  volgendeEvaluatie,
  zelfdeWerkpost,
  type OvereenkomstFeiten,
} from '../../../shared/ama-wvg/overeenkomst';
import { inszFor } from '../../../shared/kernel/insz';
import { addDays } from '../../../shared/kernel/dates';

const feiten = (o: Partial<OvereenkomstFeiten> = {}): OvereenkomstFeiten => ({
  organisatieId: 1,
  erkenning: { erkenningsnummer: 'AMA-WVG-2024-0001', organisatieId: 1, geldigVan: '2024-01-01', geldigTot: '2028-12-31', status: 'actief' },
  erkenningsnummer: 'AMA-WVG-2024-0001',
  startdatum: '2026-03-01',
  einddatum: null,
  geboorte: geboorteUitInsz(inszFor('1990-05-17', 12)),
  minimumleeftijd: 18,
  pensioenleeftijd: 66,
  modelVerplichtVanaf: '2024-01-01',
  eenBegeleiderVanaf: '2024-01-01',
  modelOvereenkomst: true,
  geenCombinatieVerklaard: true,
  werkpost: { naam: 'Kringwinkel Gent', kbo: null },
  andere: [],
  ...o,
});
const velden = (f: OvereenkomstFeiten) => controleerOvereenkomst(f).map((x) => x.veld);

describe('age from the INSZ on the start date (BVR art. 42)', () => {
  it('turns a year older on the birthday itself', () => {
    expect(leeftijdOp('2008-03-01', '2026-02-28')).toBe(17);
    expect(leeftijdOp('2008-03-01', '2026-03-01')).toBe(18);
  });
  it('someone born on 29 February turns older on 1 March in a non-leap year, on 29 February in a leap year', () => {
    expect(leeftijdOp('2008-02-29', '2026-02-28')).toBe(17);
    expect(leeftijdOp('2008-02-29', '2026-03-01')).toBe(18);
    expect(leeftijdOp('2004-02-29', '2022-02-28')).toBe(17);
    expect(leeftijdOp('2004-02-29', '2024-02-29')).toBe(20);
  });
  it('births from 2000 (INSZ check over "2" + nine digits) get a 20xx birth date', () => {
    expect(geboorteUitInsz(inszFor('2008-03-01', 1))).toEqual({ vroegst: '2008-03-01', laatst: '2008-03-01', exact: true, jaar: 2008 });
    expect(geboorteUitInsz('85.07.30-033.29')).toBeNull();
  });
  it('an INSZ with unknown month/day (00) gives the range of possible birth dates', () => {
    const first9 = '850000123';
    const nr = first9 + String(97 - (Number(first9) % 97)).padStart(2, '0');
    expect(geboorteUitInsz(nr)).toEqual({ vroegst: '1985-01-01', laatst: '1985-12-31', exact: false, jaar: 1985 });
    const dag0 = '850700123';
    expect(geboorteUitInsz(dag0 + String(97 - (Number(dag0) % 97)).padStart(2, '0'))).toMatchObject({ vroegst: '1985-07-01', laatst: '1985-07-31' });
  });
  it('art. 42: 18 on the start date is allowed, the day before is not', () => {
    const geboorte = geboorteUitInsz(inszFor('2008-03-01', 5));
    expect(velden(feiten({ geboorte, startdatum: '2026-03-01' }))).toEqual([]);
    const f = controleerOvereenkomst(feiten({ geboorte, startdatum: '2026-02-28' }));
    expect(f).toEqual([expect.objectContaining({ veld: 'insz', artikel: 'BVR art. 42', melding: expect.stringMatching(/17 jaar; een deelnemer is minstens 18 jaar \(BVR art\. 42\)\.$/) })]);
  });
  it('art. 42: refused from the day the pension age is reached (pension age as a dated parameter)', () => {
    const geboorte = geboorteUitInsz(inszFor('1960-06-10', 7));
    expect(velden(feiten({ geboorte, startdatum: '2026-06-09', pensioenleeftijd: 66 }))).toEqual([]);
    expect(controleerOvereenkomst(feiten({ geboorte, startdatum: '2026-06-10', pensioenleeftijd: 66 }))[0]).toMatchObject({ veld: 'insz', melding: expect.stringMatching(/pensioenleeftijd \(66 jaar\)/) });
  });
  it('unknown birth month: benefit of the doubt (refused only when certainly too young)', () => {
    const first9 = '080000123';
    const nr = first9 + String(97 - (Number(`2${first9}`) % 97)).padStart(2, '0');
    const geboorte = geboorteUitInsz(nr);
    expect(geboorte).toMatchObject({ vroegst: '2008-01-01', laatst: '2008-12-31' });
    expect(velden(feiten({ geboorte, startdatum: '2026-01-01' }))).toEqual([]);
    expect(velden(feiten({ geboorte, startdatum: '2025-12-31' }))).toEqual(['insz']);
  });
});

describe('periods', () => {
  it('overlap is inclusive; open ends run forever', () => {
    expect(overlapt({ van: '2026-01-01', tot: '2026-06-30' }, { van: '2026-06-30', tot: null })).toBe(true);
    expect(overlapt({ van: '2026-01-01', tot: '2026-06-29' }, { van: '2026-06-30', tot: null })).toBe(false);
    expect(doorsnede({ van: '2026-01-01', tot: null }, { van: '2025-01-01', tot: '2026-03-31' })).toEqual({ van: '2026-01-01', tot: '2026-03-31' });
  });
  it('property: overlap is symmetric and equals a non-empty intersection', () => {
    const d = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2020-01-01', n));
    const p = fc.tuple(d, fc.option(fc.integer({ min: 0, max: 800 }))).map(([van, len]) => ({ van, tot: len === null ? null : addDays(van, len) }));
    fc.assert(fc.property(p, p, (a, b) => {
      expect(overlapt(a, b)).toBe(overlapt(b, a));
      const x = doorsnede(a, b);
      expect(x !== null).toBe(overlapt(a, b));
      if (x) expect(x.tot === null || x.van <= x.tot).toBe(true);
    }));
  });
  it('BVR art. 43 and 47: the agreement ends with the recognition (end capped by geldigTot)', () => {
    expect(effectiefEinde(null, '2028-12-31')).toBe('2028-12-31');
    expect(effectiefEinde('2027-06-30', '2028-12-31')).toBe('2027-06-30');
    expect(effectiefEinde('2029-06-30', '2028-12-31')).toBe('2028-12-31');
  });
});

describe('werkpost identity (BVR art. 44: one agreement per participant per werkpost)', () => {
  it('normalises case, accents, punctuation and the legal form', () => {
    expect(normaliseerWerkpostNaam('vzw  Café De Brug!')).toBe('cafe de brug');
    expect(normaliseerWerkpostNaam('Café de Brug VZW')).toBe('cafe de brug');
    expect(normaliseerWerkpostNaam('BV')).toBe('bv');
  });
  it('the same KBO is the same werkpost whatever the name; without KBO the normalised name decides', () => {
    expect(zelfdeWerkpost({ naam: 'A', kbo: '0417.497.106' }, { naam: 'B', kbo: '0417.497.106' })).toBe(true);
    expect(zelfdeWerkpost({ naam: 'Brug', kbo: '0417.497.106' }, { naam: 'Brug', kbo: '0203.201.340' })).toBe(false);
    expect(zelfdeWerkpost({ naam: 'De Brug vzw', kbo: null }, { naam: 'de brug', kbo: '0417.497.106' })).toBe(true);
  });
  it('an overlapping agreement on the same werkpost is refused, an adjacent one is allowed', () => {
    const andere = [{ id: 7, organisatieId: 1, organisatieNaam: 'X', werkpost: { naam: 'kringwinkel gent', kbo: null }, periode: { van: '2025-01-01', tot: '2026-02-28' } }];
    expect(velden(feiten({ andere }))).toEqual([]);
    const f = controleerOvereenkomst(feiten({ andere, startdatum: '2026-02-28' }));
    expect(f).toEqual([expect.objectContaining({ veld: 'werkpostNaam', artikel: 'BVR art. 44', melding: expect.stringMatching(/overeenkomst 7.*één overeenkomst per werkpost/) })]);
  });
});

describe('one recognised begeleider per participant (from 1 Jan 2024; jaarverslag 2024 §4.1)', () => {
  const bij = (van: string, tot: string | null) => [{ id: 3, organisatieId: 2, organisatieNaam: 'CAW Oost', werkpost: { naam: 'Andere werkpost', kbo: null }, periode: { van, tot } }];
  it('an overlap with another begeleider on or after 1 January 2024 is refused', () => {
    const f = controleerOvereenkomst(feiten({ andere: bij('2025-01-01', null) }));
    expect(f).toEqual([expect.objectContaining({ veld: 'erkenningsnummer', artikel: expect.stringContaining('§4.1'), melding: expect.stringMatching(/CAW Oost.*hoogstens één erkende begeleider/) })]);
  });
  it('an overlap that lies entirely before 1 January 2024 is allowed', () => {
    const erkenning = { erkenningsnummer: 'E', organisatieId: 1, geldigVan: '2021-01-01', geldigTot: '2025-12-31', status: 'actief' };
    expect(velden(feiten({ erkenning, erkenningsnummer: 'E', startdatum: '2023-03-01', einddatum: '2023-12-31', andere: bij('2023-01-01', '2024-06-30') }))).toEqual([]);
    expect(velden(feiten({ erkenning, erkenningsnummer: 'E', startdatum: '2023-03-01', einddatum: '2024-01-01', andere: bij('2023-01-01', '2024-06-30') }))).toEqual(['erkenningsnummer']);
  });
  it('several werkposten with the same begeleider at the same time are allowed', () => {
    expect(velden(feiten({ andere: [{ ...bij('2025-01-01', null)[0], organisatieId: 1 }] }))).toEqual([]);
  });
});

describe('recognition, model and declaration', () => {
  it('BVR art. 43 and 47: the begeleider holds an active recognition on the start date', () => {
    expect(controleerOvereenkomst(feiten({ startdatum: '2023-12-31' }))[0]).toMatchObject({ veld: 'startdatum', artikel: 'BVR art. 43 en 47', melding: expect.stringMatching(/geen actieve erkenning/) });
    expect(velden(feiten({ startdatum: '2029-01-01' }))).toEqual(['startdatum']);
    expect(velden(feiten({ erkenning: null, erkenningsnummer: 'X' }))).toEqual(['erkenningsnummer']);
    expect(velden(feiten({ organisatieId: 9 }))).toEqual(['erkenningsnummer']);
  });
  it('BVR art. 43 and 47: the end date may not pass the recognition', () => {
    expect(velden(feiten({ einddatum: '2028-12-31' }))).toEqual([]);
    expect(controleerOvereenkomst(feiten({ einddatum: '2029-01-01' }))[0]).toMatchObject({ veld: 'einddatum', melding: expect.stringMatching(/eindigt op 31\/12\/2028/) });
    expect(velden(feiten({ einddatum: '2026-02-01' }))).toEqual(['einddatum']);
  });
  it('BVR art. 75: the official model is mandatory from 1 January 2024', () => {
    const erkenning = { erkenningsnummer: 'E', organisatieId: 1, geldigVan: '2021-01-01', geldigTot: '2025-12-31', status: 'actief' };
    expect(velden(feiten({ erkenning, erkenningsnummer: 'E', startdatum: '2023-12-31', modelOvereenkomst: false }))).toEqual([]);
    expect(controleerOvereenkomst(feiten({ erkenning, erkenningsnummer: 'E', startdatum: '2024-01-01', modelOvereenkomst: false }))[0]).toMatchObject({ veld: 'modelOvereenkomst', artikel: 'BVR art. 75' });
  });
  it('BVR art. 42: the declaration "no AMA SE, VAPH dagondersteuning or begeleid werken" is required', () => {
    expect(controleerOvereenkomst(feiten({ geenCombinatieVerklaard: false }))[0]).toMatchObject({ veld: 'geenCombinatieVerklaard', artikel: 'BVR art. 42', melding: expect.stringMatching(/AMA SE.*VAPH/) });
  });
});

describe('personal data in lists and yearly evaluation', () => {
  it('masks the INSZ to the birth-date part and shows initials', () => {
    expect(maskeerInsz('85.07.30-033.28')).toBe('85.07.30-***.**');
    expect(maskeerInsz(null)).toBe('');
    expect(initialen('Sofie', 'van den Broeck')).toBe('S.V.');
    expect(initialen(null, null)).toBe('—');
  });
  it('BVR art. 43–45: evaluation overdue after 12 months without one (from the start or the last evaluation)', () => {
    expect(evaluatieAchterstallig('2025-11-22', null, '2026-11-21', 12)).toBe(false);
    expect(evaluatieAchterstallig('2025-11-22', null, '2026-11-22', 12)).toBe(true);
    expect(evaluatieAchterstallig('2024-01-10', '2025-12-01', '2026-11-22', 12)).toBe(false);
    expect(evaluatieAchterstallig('2024-01-10', '2025-11-22', '2026-11-22', 12)).toBe(true);
    expect(volgendeEvaluatie('2024-01-10', '2025-12-01', 12)).toBe('2026-12-01');
    expect(volgendeEvaluatie('2024-01-10', null, 12)).toBe('2025-01-10');
  });
});
