import { afterEach, describe, expect, it, vi } from 'vitest';
import Holidays from 'date-holidays';
import { belgianHolidays, isBelgianHoliday } from '../../shared/kernel/holidays';
import { feestdagenVolgensBibliotheek } from '../../electron/core/platform/feestdagen';
import { EERSTE_JAAR, FEESTDAGEN } from '../../shared/kernel/feestdagen-be.generated';
import { addDays, dayOfWeek, diffDays } from '../../shared/kernel/dates';

// Wettelijke feestdagen (KB 18 april 1974): the ten days on which deadlines in werkdagen do not
// count and to which a last day on a holiday is moved away (Bestuursdecreet / RULES.md: deadline
// counting [assumed]). Dates below were checked against date-holidays 3.x for country BE.

const NAMEN = [
  'Nieuwjaar',
  'Paasmaandag',
  'Dag van de Arbeid',
  'O.L.H. Hemelvaart',
  'Pinkstermaandag',
  'Nationale feestdag',
  'O.L.V. Hemelvaart',
  'Allerheiligen',
  'Wapenstilstand',
  'Kerstmis',
];

describe('belgianHolidays', () => {
  it('lists exactly the ten legal holidays of 2026', () => {
    expect(belgianHolidays(2026)).toEqual([
      { datum: '2026-01-01', naam: 'Nieuwjaar' },
      { datum: '2026-04-06', naam: 'Paasmaandag' },
      { datum: '2026-05-01', naam: 'Dag van de Arbeid' },
      { datum: '2026-05-14', naam: 'O.L.H. Hemelvaart' },
      { datum: '2026-05-25', naam: 'Pinkstermaandag' },
      { datum: '2026-07-21', naam: 'Nationale feestdag' },
      { datum: '2026-08-15', naam: 'O.L.V. Hemelvaart' },
      { datum: '2026-11-01', naam: 'Allerheiligen' },
      { datum: '2026-11-11', naam: 'Wapenstilstand' },
      { datum: '2026-12-25', naam: 'Kerstmis' },
    ]);
  });

  it('has the moveable feasts of 2027 and 2024 right', () => {
    const y2027 = Object.fromEntries(belgianHolidays(2027).map((f) => [f.naam, f.datum]));
    expect(y2027['Paasmaandag']).toBe('2027-03-29');
    expect(y2027['O.L.H. Hemelvaart']).toBe('2027-05-06');
    expect(y2027['Pinkstermaandag']).toBe('2027-05-17');
    const y2024 = Object.fromEntries(belgianHolidays(2024).map((f) => [f.naam, f.datum]));
    expect(y2024['Paasmaandag']).toBe('2024-04-01');
    expect(y2024['O.L.H. Hemelvaart']).toBe('2024-05-09');
    expect(y2024['Pinkstermaandag']).toBe('2024-05-20');
  });

  it('has ten distinct legal holidays with the right weekdays and offsets every year 1900–2200', () => {
    for (let year = 1900; year <= 2200; year++) {
      const list = belgianHolidays(year);
      expect(list.map((f) => f.naam).sort()).toEqual([...NAMEN].sort());
      const by = Object.fromEntries(list.map((f) => [f.naam, f.datum]));
      // Fixed dates.
      expect(by['Nieuwjaar']).toBe(`${year}-01-01`);
      expect(by['Dag van de Arbeid']).toBe(`${year}-05-01`);
      expect(by['Nationale feestdag']).toBe(`${year}-07-21`);
      expect(by['O.L.V. Hemelvaart']).toBe(`${year}-08-15`);
      expect(by['Allerheiligen']).toBe(`${year}-11-01`);
      expect(by['Wapenstilstand']).toBe(`${year}-11-11`);
      expect(by['Kerstmis']).toBe(`${year}-12-25`);
      // Easter-based: Monday, Thursday 38 days later, Monday 49 days later; Easter Monday 23/03–26/04.
      expect(dayOfWeek(by['Paasmaandag'])).toBe(1);
      expect(by['Paasmaandag'] >= `${year}-03-23` && by['Paasmaandag'] <= `${year}-04-26`).toBe(true);
      expect(diffDays(by['O.L.H. Hemelvaart'], by['Paasmaandag'])).toBe(38);
      expect(diffDays(by['Pinkstermaandag'], by['Paasmaandag'])).toBe(49);
      expect(dayOfWeek(by['O.L.H. Hemelvaart'])).toBe(4);
      // Sorted by date.
      expect(list.map((f) => f.datum)).toEqual(list.map((f) => f.datum).sort());
    }
  });

  it('returns a copy: mutating the result does not corrupt the per-year cache', () => {
    const first = belgianHolidays(2026);
    first.pop();
    first.reverse();
    expect(belgianHolidays(2026)).toHaveLength(10);
    expect(belgianHolidays(2026)[0]).toEqual({ datum: '2026-01-01', naam: 'Nieuwjaar' });
    expect(Object.isFrozen(belgianHolidays(2026)[0])).toBe(true);
  });

  it('refuses years it cannot answer for', () => {
    // date-holidays maps years below 100 onto 19xx, and the app has no business before 1900.
    expect(() => belgianHolidays(1899)).toThrow(RangeError);
    expect(() => belgianHolidays(10_000)).toThrow(RangeError);
    expect(() => belgianHolidays(2026.5)).toThrow(RangeError);
  });
});

describe('the generated table (feestdagen-be.generated.ts) the application reads instead of loading the library', () => {
  it('gives for every year of the table exactly what date-holidays computes (run `npm run feestdagen` after an update)', () => {
    expect(FEESTDAGEN.length).toBeGreaterThanOrEqual(100);
    for (let i = 0; i < FEESTDAGEN.length; i++) {
      expect(belgianHolidays(EERSTE_JAAR + i), String(EERSTE_JAAR + i)).toEqual(feestdagenVolgensBibliotheek(EERSTE_JAAR + i));
    }
  });

  it('years outside the table come from the library, with the same names and order', () => {
    const jaar = EERSTE_JAAR + FEESTDAGEN.length;
    expect(belgianHolidays(jaar)).toEqual(feestdagenVolgensBibliotheek(jaar));
    expect(belgianHolidays(EERSTE_JAAR - 1).map((f) => f.naam)).toHaveLength(10);
  });
});

describe('isBelgianHoliday', () => {
  it('names the holiday in Dutch', () => {
    expect(isBelgianHoliday('2026-12-25')).toBe('Kerstmis');
    expect(isBelgianHoliday('2027-01-01')).toBe('Nieuwjaar');
    expect(isBelgianHoliday('2026-04-06')).toBe('Paasmaandag');
    expect(isBelgianHoliday('2026-05-14')).toBe('O.L.H. Hemelvaart');
    expect(isBelgianHoliday('2026-05-25')).toBe('Pinkstermaandag');
    expect(isBelgianHoliday('2027-03-29')).toBe('Paasmaandag');
  });

  it('is null for Easter Sunday, Whit Sunday, Good Friday and observances (date-holidays lists these as non-public)', () => {
    expect(isBelgianHoliday('2026-04-05')).toBeNull(); // Pasen
    expect(isBelgianHoliday('2026-05-24')).toBeNull(); // Pinksteren
    expect(isBelgianHoliday('2024-03-29')).toBeNull(); // Goede Vrijdag: no legal holiday in Belgium
    expect(isBelgianHoliday('2026-01-06')).toBeNull(); // Driekoningen
    expect(isBelgianHoliday('2026-11-02')).toBeNull(); // Allerzielen
    expect(isBelgianHoliday('2026-11-15')).toBeNull(); // Koningsdag (only a holiday for federal civil servants)
    expect(isBelgianHoliday('2026-12-06')).toBeNull(); // Sinterklaas
    expect(isBelgianHoliday('2026-12-26')).toBeNull(); // Tweede Kerstdag: not a legal holiday in Belgium
    expect(isBelgianHoliday('2026-07-11')).toBeNull(); // Feest van de Vlaamse Gemeenschap: regional, not a legal holiday
    expect(isBelgianHoliday('2026-12-21')).toBeNull();
  });

  it('names both holidays when they coincide (O.L.H. Hemelvaart on 1 May 2008)', () => {
    expect(isBelgianHoliday('2008-05-01')).toBe('Dag van de Arbeid en O.L.H. Hemelvaart');
    expect(belgianHolidays(2008).filter((f) => f.datum === '2008-05-01')).toHaveLength(2);
  });

  it('marks exactly ten distinct dates per year (9 when two coincide)', () => {
    for (const year of [2024, 2026, 2027, 2008]) {
      let count = 0;
      for (let d = `${year}-01-01`; d <= `${year}-12-31`; d = addDays(d, 1)) if (isBelgianHoliday(d)) count++;
      expect(count).toBe(year === 2008 ? 9 : 10);
    }
  });

  it('throws on an invalid date', () => {
    expect(() => isBelgianHoliday('2026-02-30')).toThrow(RangeError);
    expect(() => isBelgianHoliday('1850-01-01')).toThrow(RangeError);
  });
});

describe('date-holidays BE raw data (why the filter exists)', () => {
  it('also knows Pasen and Pinksteren, but not as public holidays', () => {
    const all = new Holidays('BE').getHolidays(2026, 'nl');
    const pasen = all.find((h) => h.date.startsWith('2026-04-05'));
    const pinksteren = all.find((h) => h.date.startsWith('2026-05-24'));
    expect(pasen?.type).not.toBe('public');
    expect(pinksteren?.type).not.toBe('public');
    expect(all.length).toBeGreaterThan(10);
    expect(all.filter((h) => h.type === 'public')).toHaveLength(10);
  });
});

describe('time-zone independence', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
    vi.resetModules();
  });

  // The library returns both a local date string and UTC instants; only the date string is used, so
  // the list must not move when the process runs far east or west of Brussels.
  it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC'])('gives the same list in %s', async (tz) => {
    process.env.TZ = tz;
    vi.resetModules();
    const fresh = await import('../../shared/kernel/holidays');
    expect(fresh.belgianHolidays(2026)).toEqual(belgianHolidays(2026));
    expect(fresh.isBelgianHoliday('2026-12-25')).toBe('Kerstmis');
    expect(fresh.isBelgianHoliday('2026-12-24')).toBeNull();
  });
});
