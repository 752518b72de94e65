import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_DAY_NUMBER,
  MIN_DAY_NUMBER,
  addDays,
  brusselsBegin,
  brusselsDate,
  compareDates,
  datumTekstAlsIso,
  dayOfWeek,
  daysInMonth,
  diffDays,
  formatDatum,
  fromDayNumber,
  isLeapYear,
  isValidIsoDate,
  isWeekend,
  isoFromParts,
  maandNaam,
  parseIsoDate,
  toDayNumber,
  weekdagNaam,
} from '../../shared/kernel/dates';

/** Any date in a range wide enough to cross leap years, DST changes and century rules. */
const isoArb = fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2200-12-31') }).map(fromDayNumber);

describe('isValidIsoDate', () => {
  it.each(['2026-12-20', '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31', '2026-04-30'])('accepts %s', (v) => {
    expect(isValidIsoDate(v)).toBe(true);
  });

  it.each([
    '2025-02-29', // not a leap year
    '2100-02-29', // century not divisible by 400
    '2026-02-30',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '0000-01-01',
    '2026-1-01',
    '20261220',
    ' 2026-12-20',
    '2026-12-20T00:00:00Z',
    '20/12/2026',
    '',
  ])('rejects %j', (v) => {
    expect(isValidIsoDate(v)).toBe(false);
  });

  it('rejects non-strings', () => {
    for (const v of [undefined, null, 20261220, new Date(), {}, ['2026-12-20']]) expect(isValidIsoDate(v)).toBe(false);
  });
});

describe('day numbers', () => {
  it('counts whole UTC days from 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(toDayNumber('2000-01-01')).toBe(10_957);
    expect(fromDayNumber(10_957)).toBe('2000-01-01');
  });

  it('covers 0001-01-01 … 9999-12-31 without the Date.UTC two-digit-year trap', () => {
    expect(fromDayNumber(MIN_DAY_NUMBER)).toBe('0001-01-01');
    expect(fromDayNumber(MAX_DAY_NUMBER)).toBe('9999-12-31');
    expect(fromDayNumber(toDayNumber('0099-03-01'))).toBe('0099-03-01');
    expect(() => fromDayNumber(MAX_DAY_NUMBER + 1)).toThrow(RangeError);
    expect(() => fromDayNumber(MIN_DAY_NUMBER - 1)).toThrow(RangeError);
    expect(() => fromDayNumber(1.5)).toThrow(RangeError);
  });

  it('throws a RangeError on an invalid date', () => {
    expect(() => toDayNumber('2026-02-30')).toThrow(RangeError);
    expect(() => parseIsoDate('x')).toThrow(/Ongeldige datum/);
  });

  it('round-trips (property)', () => {
    fc.assert(fc.property(isoArb, (iso) => fromDayNumber(toDayNumber(iso)) === iso));
  });
});

describe('parseIsoDate / isoFromParts', () => {
  it('splits and builds', () => {
    expect(parseIsoDate('2027-01-04')).toEqual({ year: 2027, month: 1, day: 4 });
    expect(isoFromParts(2027, 1, 4)).toBe('2027-01-04');
    expect(isoFromParts(99, 3, 1)).toBe('0099-03-01');
  });

  it('refuses dates that do not exist', () => {
    expect(() => isoFromParts(2025, 2, 29)).toThrow(RangeError);
    expect(() => isoFromParts(2026, 1, 1.5)).toThrow(RangeError);
  });
});

describe('addDays / diffDays', () => {
  it('steps over month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-20', 15)).toBe('2027-01-04');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2027-01-04', -15)).toBe('2026-12-20');
    expect(addDays('2026-12-20', 0)).toBe('2026-12-20');
  });

  it('is not shifted by DST changes (Brussels: 29/03/2026 and 25/10/2026)', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(diffDays('2026-03-30', '2026-03-28')).toBe(2);
    expect(diffDays('2026-10-26', '2026-10-24')).toBe(2);
  });

  it('diffDays is later − earlier', () => {
    expect(diffDays('2027-01-04', '2026-12-20')).toBe(15);
    expect(diffDays('2026-12-20', '2027-01-04')).toBe(-15);
    expect(diffDays('2025-01-01', '2024-01-01')).toBe(366);
  });

  it('refuses a fractional number of days', () => {
    expect(() => addDays('2026-01-01', 0.5)).toThrow(RangeError);
  });

  it('addDays and diffDays are inverse (property)', () => {
    fc.assert(
      fc.property(isoArb, fc.integer({ min: -5000, max: 5000 }), (iso, n) => {
        const later = addDays(iso, n);
        return diffDays(later, iso) === n && addDays(later, -n) === iso;
      }),
    );
  });
});

describe('compareDates', () => {
  it('orders dates', () => {
    expect(compareDates('2026-12-20', '2027-01-04')).toBe(-1);
    expect(compareDates('2027-01-04', '2026-12-20')).toBe(1);
    expect(compareDates('2027-01-04', '2027-01-04')).toBe(0);
    expect(['2027-01-04', '2026-12-31', '2026-02-01'].sort(compareDates)).toEqual(['2026-02-01', '2026-12-31', '2027-01-04']);
  });

  it('throws on invalid dates rather than comparing garbage', () => {
    expect(() => compareDates('2026-12-20', '2026-13-01')).toThrow(RangeError);
  });

  it('agrees with the sign of diffDays (property)', () => {
    fc.assert(fc.property(isoArb, isoArb, (a, b) => compareDates(a, b) === Math.sign(diffDays(a, b))));
  });
});

describe('dayOfWeek / isWeekend / names', () => {
  it('knows real weekdays (0 = zondag)', () => {
    expect(dayOfWeek('2026-12-20')).toBe(0); // Sunday
    expect(dayOfWeek('2027-01-04')).toBe(1); // Monday
    expect(dayOfWeek('2024-03-29')).toBe(5); // Good Friday 2024
    expect(dayOfWeek('2024-03-30')).toBe(6);
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('1969-12-28')).toBe(0); // negative day numbers
    expect(weekdagNaam('2027-01-04')).toBe('maandag');
    expect(weekdagNaam('2026-12-20')).toBe('zondag');
    expect(isWeekend('2024-03-30')).toBe(true);
    expect(isWeekend('2024-03-31')).toBe(true);
    expect(isWeekend('2024-03-29')).toBe(false);
  });

  it('matches the JavaScript UTC weekday (property)', () => {
    fc.assert(fc.property(isoArb, (iso) => dayOfWeek(iso) === new Date(`${iso}T12:00:00Z`).getUTCDay()));
  });

  it('names months in Dutch', () => {
    expect(maandNaam(3)).toBe('maart');
    expect(maandNaam(12)).toBe('december');
    expect(() => maandNaam(13)).toThrow(RangeError);
    expect(() => maandNaam(0)).toThrow(RangeError);
  });
});

describe('daysInMonth / isLeapYear', () => {
  it('applies the Gregorian rules', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
    expect(isLeapYear(2100)).toBe(false);
  });
});

describe('formatDatum (nl-BE dd/mm/yyyy)', () => {
  it('formats with leading zeros', () => {
    expect(formatDatum('2027-01-04')).toBe('04/01/2027');
    expect(formatDatum('2026-12-20')).toBe('20/12/2026');
    expect(formatDatum('0099-03-01')).toBe('01/03/0099');
  });

  it('throws on an invalid date', () => {
    expect(() => formatDatum('2026-02-30')).toThrow(RangeError);
  });
});

describe('time-zone independence', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  // Node re-reads TZ when the variable is assigned, so this exercises the helpers in zones where a
  // local-time implementation would land on the previous or next day.
  it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Los_Angeles', 'Europe/Brussels', 'UTC'])('gives the same answers in %s', (tz) => {
    process.env.TZ = tz;
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(dayOfWeek('2026-12-20')).toBe(0);
    expect(formatDatum(addDays('2026-12-20', 15))).toBe('04/01/2027');
    expect(diffDays('2026-03-30', '2026-03-28')).toBe(2);
    // The Brussels calendar day of an instant: CET (UTC+1) in winter, CEST (UTC+2) in summer.
    expect(brusselsDate(new Date('2026-03-28T22:59:00Z'))).toBe('2026-03-28');
    expect(brusselsDate(new Date('2026-03-28T23:00:00Z'))).toBe('2026-03-29');
    expect(brusselsDate(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(brusselsDate(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });
});

describe('brusselsBegin: the instant a Brussels day begins', () => {
  it('winter time UTC+1, summer time UTC+2, the days of the clock changes (the change is at 02:00/03:00)', () => {
    expect(brusselsBegin('2026-01-01').toISOString()).toBe('2025-12-31T23:00:00.000Z');
    expect(brusselsBegin('2026-07-01').toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(brusselsBegin('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z'); // clocks go forward that night at 02:00
    expect(brusselsBegin('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(brusselsBegin('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z'); // clocks go back that night at 03:00
    expect(brusselsBegin('2026-10-26').toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(brusselsBegin('2024-02-29').toISOString()).toBe('2024-02-28T23:00:00.000Z');
  });
});


describe('datumTekstAlsIso (what an officer types in a date field, what an import cell holds)', () => {
  it('reads day first with /, - or . and one or two digits; the ISO form as it is', () => {
    expect(datumTekstAlsIso('04/12/2026')).toBe('2026-12-04'); // 4 December, never 12 April
    expect(datumTekstAlsIso('4/12/2026')).toBe('2026-12-04');
    expect(datumTekstAlsIso(' 4-1-2026 ')).toBe('2026-01-04');
    expect(datumTekstAlsIso('31.12.2026')).toBe('2026-12-31');
    expect(datumTekstAlsIso('2026-11-22')).toBe('2026-11-22');
    expect(datumTekstAlsIso('2026-1-2')).toBe('2026-01-02');
    expect(datumTekstAlsIso('2021-03-01 00:00:00')).toBe('2021-03-01');
    expect(datumTekstAlsIso('01/03/2021 10:15')).toBe('2021-03-01');
  });
  it('refuses two-digit years and other texts; a date that does not exist keeps its shape for the caller to refuse', () => {
    expect(datumTekstAlsIso('04/12/26')).toBeNull();
    expect(datumTekstAlsIso('4 december 2026')).toBeNull();
    expect(datumTekstAlsIso('04122026')).toBeNull();
    expect(datumTekstAlsIso('')).toBeNull();
    expect(datumTekstAlsIso('31/02/2026')).toBe('2026-02-31');
    expect(isValidIsoDate(datumTekstAlsIso('31/02/2026'))).toBe(false);
  });
});
