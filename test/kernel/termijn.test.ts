import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_DAGEN,
  TermijnError,
  addCalendarDays,
  addWorkingDays,
  berekenTermijn,
  deemedReceipt,
  deemedReceiptMetAfleiding,
  isWorkingDay,
  lastWorkingDayOfMonth,
  lastWorkingDayOfMonthMetAfleiding,
  nextWorkingDay,
  type Opschorting,
  type TermijnInput,
  type TermijnSoort,
} from '../../shared/kernel/termijn';
import { addDays, dayOfWeek, daysInMonth, diffDays, formatDatum, fromDayNumber, toDayNumber } from '../../shared/kernel/dates';
import { isBelgianHoliday } from '../../shared/kernel/holidays';
import { termijnBerekenInput, type TermijnResultaat } from '../../shared/platform/termijn.contract';

// Rule source for everything below — Bestuursdecreet / RULES.md: deadline counting [assumed]:
//  (R1) the day of the event is not counted;
//  (R2) a last day on a Saturday, Sunday or legal holiday moves to the next working day;
//  (R3) a registered letter is deemed received on the 3rd working day after posting.
// Calendar facts (checked against date-holidays for BE): 20/12/2026 is a Sunday; Kerstmis 25/12/2026
// is a Friday; Nieuwjaar 01/01/2027 is a Friday; Paasmaandag 06/04/2026; Hemelvaart 14/05/2026;
// Pinkstermaandag 25/05/2026; Goede Vrijdag (29/03/2024) is no legal holiday.

const bereken = (input: TermijnInput) => berekenTermijn(input);

function expectTermijnError(fn: () => unknown, field: string, message?: RegExp): TermijnError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(TermijnError);
  expect(caught).toBeInstanceOf(Error);
  const err = caught as TermijnError;
  expect(err.name).toBe('TermijnError');
  expect(err.field).toBe(field);
  expect(err.message).toContain(field); // the Dutch message names the field
  if (message) expect(err.message).toMatch(message);
  return err;
}

describe('R1 — Bestuursdecreet / RULES.md: deadline counting [assumed]: the day of the event is not counted (kalenderdagen)', () => {
  it('spec example: start 20/12/2026 + 15 kalenderdagen = 04/01/2027', () => {
    expect(bereken({ start: '2026-12-20', dagen: 15, soort: 'kalenderdagen' })).toEqual({
      vervaldatum: '2027-01-04',
      afleiding: ['start 20/12/2026 + 15 kalenderdagen = 04/01/2027', 'vervaldatum 04/01/2027 (maandag)'],
    });
    expect(addCalendarDays('2026-12-20', 15)).toBe('2027-01-04');
  });

  it('0 days is the start day itself; 1 day is the next day (singular in the derivation)', () => {
    expect(addCalendarDays('2026-12-20', 0)).toBe('2026-12-20');
    const r = bereken({ start: '2026-12-20', dagen: 1, soort: 'kalenderdagen' });
    expect(r.vervaldatum).toBe('2026-12-21');
    expect(r.afleiding[0]).toBe('start 20/12/2026 + 1 kalenderdag = 21/12/2026');
  });

  it('counts over leap days and DST changes without losing a day', () => {
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2024-02-01', 30)).toBe('2024-03-02');
    expect(addCalendarDays('2026-03-28', 2)).toBe('2026-03-30'); // DST starts 29/03/2026
    expect(addCalendarDays('2026-10-24', 2)).toBe('2026-10-26'); // DST ends 25/10/2026
  });

  it('without verschuifNaarWerkdag a calendar deadline may end on a weekend or holiday', () => {
    expect(addCalendarDays('2026-12-20', 13)).toBe('2027-01-02'); // Saturday
    expect(addCalendarDays('2026-12-10', 15)).toBe('2026-12-25'); // Kerstmis
  });
});

describe('R1 — Bestuursdecreet / RULES.md: deadline counting [assumed]: werkdagen skip Saturdays, Sundays and legal holidays', () => {
  it('over Christmas and New Year: 18/12/2026 + 10 werkdagen = 05/01/2027, skipped holidays listed', () => {
    expect(bereken({ start: '2026-12-18', dagen: 10, soort: 'werkdagen' })).toEqual({
      vervaldatum: '2027-01-05',
      afleiding: [
        'start 18/12/2026 + 10 werkdagen = 05/01/2027',
        '25/12/2026 is een feestdag (Kerstmis) → overgeslagen',
        '01/01/2027 is een feestdag (Nieuwjaar) → overgeslagen',
        'vervaldatum 05/01/2027 (dinsdag)',
      ],
    });
  });

  it('Good Friday is a working day, Paasmaandag is not (Easter 2026)', () => {
    expect(addWorkingDays('2026-04-02', 1)).toBe('2026-04-03');
    const r = bereken({ start: '2026-04-03', dagen: 1, soort: 'werkdagen' });
    expect(r.vervaldatum).toBe('2026-04-07');
    expect(r.afleiding).toContain('06/04/2026 is een feestdag (Paasmaandag) → overgeslagen');
    expect(r.afleiding[0]).toBe('start 03/04/2026 + 1 werkdag = 07/04/2026');
  });

  it('skips Hemelvaart and Pinkstermaandag 2026', () => {
    expect(addWorkingDays('2026-05-13', 1)).toBe('2026-05-15');
    expect(addWorkingDays('2026-05-22', 1)).toBe('2026-05-26');
  });

  it('a holiday on a weekend is not listed (it would not have counted anyway): Allerheiligen 01/11/2026 is a Sunday', () => {
    const r = bereken({ start: '2026-10-30', dagen: 2, soort: 'werkdagen' });
    expect(r.vervaldatum).toBe('2026-11-03');
    expect(r.afleiding.join('\n')).not.toContain('Allerheiligen');
  });

  it('starting on a weekend: counting starts the next working day', () => {
    expect(addWorkingDays('2026-12-19', 1)).toBe('2026-12-21');
    expect(addWorkingDays('2026-12-20', 5)).toBe('2026-12-28');
  });

  it('0 werkdagen leaves the start, even on a Sunday', () => {
    expect(addWorkingDays('2026-12-20', 0)).toBe('2026-12-20');
  });

  it('lists many skipped holidays on one line for long deadlines', () => {
    const r = bereken({ start: '2026-01-01', dagen: 500, soort: 'werkdagen' });
    const line = r.afleiding.find((l) => l.includes('feestdagen overgeslagen'));
    expect(line).toMatch(/^\d+ feestdagen overgeslagen: 06\/04\/2026 \(Paasmaandag\), /);
  });
});

describe('R2 — Bestuursdecreet / RULES.md: deadline counting [assumed]: last day on Sat/Sun/holiday moves to the next working day', () => {
  it('Saturday → Monday', () => {
    const r = bereken({ start: '2026-12-20', dagen: 13, soort: 'kalenderdagen', verschuifNaarWerkdag: true });
    expect(r.vervaldatum).toBe('2027-01-04');
    expect(r.afleiding).toEqual([
      'start 20/12/2026 + 13 kalenderdagen = 02/01/2027',
      '02/01/2027 valt op een zaterdag → volgende werkdag 04/01/2027',
      'vervaldatum 04/01/2027 (maandag)',
    ]);
  });

  it('Sunday → Monday', () => {
    const r = bereken({ start: '2026-12-20', dagen: 21, soort: 'kalenderdagen', verschuifNaarWerkdag: true });
    expect(r.vervaldatum).toBe('2027-01-11');
    expect(r.afleiding).toContain('10/01/2027 valt op een zondag → volgende werkdag 11/01/2027');
  });

  it('holiday on a Friday → next Monday (Kerstmis 2026)', () => {
    const r = bereken({ start: '2026-12-10', dagen: 15, soort: 'kalenderdagen', verschuifNaarWerkdag: true });
    expect(r.vervaldatum).toBe('2026-12-28');
    expect(r.afleiding).toContain('25/12/2026 is een feestdag (Kerstmis) → volgende werkdag 28/12/2026');
  });

  it('Saturday before Easter → Tuesday, naming Paasmaandag in between', () => {
    const r = bereken({ start: '2026-03-20', dagen: 15, soort: 'kalenderdagen', verschuifNaarWerkdag: true });
    expect(r.vervaldatum).toBe('2026-04-07');
    expect(r.afleiding).toContain(
      '04/04/2026 valt op een zaterdag → volgende werkdag 07/04/2026 (06/04/2026 is een feestdag (Paasmaandag))',
    );
  });

  it('holiday on a Sunday (Allerheiligen 2026) → Monday, naming both reasons', () => {
    const r = bereken({ start: '2026-10-17', dagen: 15, soort: 'kalenderdagen', verschuifNaarWerkdag: true });
    expect(r.vervaldatum).toBe('2026-11-02');
    expect(r.afleiding).toContain('01/11/2026 valt op een zondag en is een feestdag (Allerheiligen) → volgende werkdag 02/11/2026');
  });

  it('a working day stays, and the derivation says so', () => {
    const r = bereken({ start: '2026-12-20', dagen: 15, soort: 'kalenderdagen', verschuifNaarWerkdag: true });
    expect(r.vervaldatum).toBe('2027-01-04');
    expect(r.afleiding).toContain('04/01/2027 is een werkdag → geen verschuiving');
  });

  it('also applies to 0 werkdagen from a Saturday', () => {
    expect(addWorkingDays('2026-12-19', 0, { verschuifNaarWerkdag: true })).toBe('2026-12-21');
  });
});

describe('opschortingen (suspensions): inclusive intervals, merged, extend by the days within the running period', () => {
  const basis = { start: '2026-12-20', dagen: 15, soort: 'kalenderdagen' as const }; // → 04/01/2027

  it('spec example: 22/12/2026 t/m 28/12/2026 lies fully within → +7 → 11/01/2027', () => {
    const r = bereken({ ...basis, opschortingen: [{ van: '2026-12-22', tot: '2026-12-28' }] });
    expect(r).toEqual({
      vervaldatum: '2027-01-11',
      afleiding: [
        'start 20/12/2026 + 15 kalenderdagen = 04/01/2027',
        'opschorting 22/12/2026 t/m 28/12/2026: 7 dagen binnen de termijn → 11/01/2027',
        'vervaldatum 11/01/2027 (maandag)',
      ],
    });
  });

  it('partially before the start: only the days after the start day count', () => {
    const r = bereken({ ...basis, opschortingen: [{ van: '2026-12-15', tot: '2026-12-22' }] });
    expect(r.vervaldatum).toBe('2027-01-06'); // 21/12 and 22/12
    expect(r.afleiding[1]).toBe(
      'opschorting 15/12/2026 t/m 22/12/2026: 2 dagen binnen de termijn (vanaf 21/12/2026; de dagen tot en met de startdag tellen niet) → 06/01/2027',
    );
  });

  it('ending on the start day: no extension', () => {
    const r = bereken({ ...basis, opschortingen: [{ van: '2026-12-10', tot: '2026-12-20' }] });
    expect(r.vervaldatum).toBe('2027-01-04');
    expect(r.afleiding[1]).toBe('opschorting 10/12/2026 t/m 20/12/2026: ligt niet na de startdag 20/12/2026 → geen verlenging');
  });

  it('straddling the last day counts in full (the clock stops until the suspension ends)', () => {
    // 21/12–31/12 = 11 days run, 01/01–10/01 suspended, 11/01–14/01 = the remaining 4.
    const r = bereken({ ...basis, opschortingen: [{ van: '2027-01-01', tot: '2027-01-10' }] });
    expect(r.vervaldatum).toBe('2027-01-14');
    expect(r.afleiding[1]).toBe('opschorting 01/01/2027 t/m 10/01/2027: 10 dagen binnen de termijn → 14/01/2027');
  });

  it('starting on the last day: +1; starting the day after: nothing', () => {
    expect(addCalendarDays('2026-12-20', 15, { opschortingen: [{ van: '2027-01-04', tot: '2027-01-04' }] })).toBe('2027-01-05');
    const r = bereken({ ...basis, opschortingen: [{ van: '2027-01-05', tot: '2027-01-10' }] });
    expect(r.vervaldatum).toBe('2027-01-04');
    expect(r.afleiding[1]).toBe('opschorting 05/01/2027 t/m 10/01/2027: begint na de vervaldatum 04/01/2027 → geen verlenging');
  });

  it('a later suspension counts once an earlier one has extended the period into it', () => {
    const r = bereken({
      ...basis,
      opschortingen: [
        { van: '2027-01-08', tot: '2027-01-09' }, // after 04/01 but before 11/01
        { van: '2026-12-22', tot: '2026-12-28' },
      ],
    });
    expect(r.vervaldatum).toBe('2027-01-13');
    expect(r.afleiding.slice(1, 3)).toEqual([
      'opschorting 22/12/2026 t/m 28/12/2026: 7 dagen binnen de termijn → 11/01/2027',
      'opschorting 08/01/2027 t/m 09/01/2027: 2 dagen binnen de termijn → 13/01/2027',
    ]);
  });

  it('overlapping suspensions are merged: shared days count once', () => {
    const r = bereken({
      ...basis,
      opschortingen: [
        { van: '2026-12-25', tot: '2026-12-28' },
        { van: '2026-12-22', tot: '2026-12-26' },
      ],
    });
    expect(r.vervaldatum).toBe('2027-01-11');
    expect(r.afleiding).toContain(
      'opschortingen 22/12/2026 t/m 26/12/2026, 25/12/2026 t/m 28/12/2026 overlappen of sluiten aan → samen 22/12/2026 t/m 28/12/2026',
    );
    expect(r.afleiding).toContain('opschorting 22/12/2026 t/m 28/12/2026: 7 dagen binnen de termijn → 11/01/2027');
  });

  it('adjacent suspensions are merged into one period', () => {
    const r = bereken({
      ...basis,
      opschortingen: [
        { van: '2026-12-22', tot: '2026-12-24' },
        { van: '2026-12-25', tot: '2026-12-28' },
      ],
    });
    expect(r.vervaldatum).toBe('2027-01-11');
    expect(r.afleiding.some((l) => l.includes('samen 22/12/2026 t/m 28/12/2026'))).toBe(true);
  });

  it('the same suspension entered twice counts once; a suspension inside another adds nothing', () => {
    const s = { van: '2026-12-22', tot: '2026-12-28' };
    expect(addCalendarDays('2026-12-20', 15, { opschortingen: [s, s] })).toBe('2027-01-11');
    expect(addCalendarDays('2026-12-20', 15, { opschortingen: [s, { van: '2026-12-23', tot: '2026-12-24' }] })).toBe('2027-01-11');
  });

  it('werkdagen: only suspended working days extend (a suspended weekend adds nothing)', () => {
    const weekend = bereken({ start: '2026-12-18', dagen: 10, soort: 'werkdagen', opschortingen: [{ van: '2026-12-26', tot: '2026-12-27' }] });
    expect(weekend.vervaldatum).toBe('2027-01-05');
    expect(weekend.afleiding).toContain('opschorting 26/12/2026 t/m 27/12/2026: geen werkdagen binnen de termijn → geen verlenging');

    // 21/12–27/12 holds 4 working days (25/12 is Kerstmis, 26–27 a weekend).
    const week = bereken({ start: '2026-12-18', dagen: 10, soort: 'werkdagen', opschortingen: [{ van: '2026-12-21', tot: '2026-12-27' }] });
    expect(week.vervaldatum).toBe('2027-01-11');
    expect(week.afleiding).toContain('opschorting 21/12/2026 t/m 27/12/2026: 4 werkdagen binnen de termijn → 11/01/2027');
  });

  it('werkdagen: holidays reached only through the extension are listed after the suspension', () => {
    // 10 werkdagen from Monday 14/12/2026: 15–18/12, 21–24/12, (25/12 Kerstmis), 28/12, 29/12 → 29/12/2026.
    // Suspending 21/12–24/12 (4 working days) pushes it over Nieuwjaar: 28–31/12, (01/01), 04/01, 05/01.
    const r = bereken({ start: '2026-12-14', dagen: 10, soort: 'werkdagen', opschortingen: [{ van: '2026-12-21', tot: '2026-12-24' }] });
    expect(r.afleiding).toEqual([
      'start 14/12/2026 + 10 werkdagen = 29/12/2026',
      '25/12/2026 is een feestdag (Kerstmis) → overgeslagen',
      'opschorting 21/12/2026 t/m 24/12/2026: 4 werkdagen binnen de termijn → 05/01/2027',
      '01/01/2027 is een feestdag (Nieuwjaar) → overgeslagen',
      'vervaldatum 05/01/2027 (dinsdag)',
    ]);
  });

  it('suspension first, then the shift to a working day', () => {
    // 20/12/2026 + 15 + 5 suspended = 09/01/2027 (Saturday) → Monday 11/01/2027.
    const r = bereken({ ...basis, verschuifNaarWerkdag: true, opschortingen: [{ van: '2026-12-22', tot: '2026-12-26' }] });
    expect(r.vervaldatum).toBe('2027-01-11');
    expect(r.afleiding.slice(1, 3)).toEqual([
      'opschorting 22/12/2026 t/m 26/12/2026: 5 dagen binnen de termijn → 09/01/2027',
      '09/01/2027 valt op een zaterdag → volgende werkdag 11/01/2027',
    ]);
  });

  it('a suspension starting after the unshifted last day does not change the shift', () => {
    // 02/01/2027 (Saturday) → 04/01/2027; a suspension from Monday 04/01 lies after the period.
    const r = bereken({ ...basis, dagen: 13, verschuifNaarWerkdag: true, opschortingen: [{ van: '2027-01-04', tot: '2027-01-08' }] });
    expect(r.vervaldatum).toBe('2027-01-04');
  });
});

describe('R3 — Bestuursdecreet / RULES.md: deadline counting [assumed]: registered letter deemed received on the 3rd working day after posting', () => {
  it('posted Monday → Thursday', () => {
    expect(deemedReceipt('2026-03-02')).toBe('2026-03-05');
  });

  it('over a weekend: posted Thursday → Tuesday; posted Saturday → Wednesday', () => {
    expect(deemedReceipt('2026-03-05')).toBe('2026-03-10');
    expect(deemedReceipt('2026-03-07')).toBe('2026-03-11');
  });

  it('over a holiday: posted 23/12/2026 → 29/12/2026 (Kerstmis skipped), with derivation', () => {
    expect(deemedReceiptMetAfleiding('2026-12-23')).toEqual({
      datum: '2026-12-29',
      afleiding: [
        'aangetekende zending verzonden op 23/12/2026 (woensdag); de verzenddag telt niet mee',
        'werkdag 1: 24/12/2026 (donderdag)',
        '25/12/2026 is een feestdag (Kerstmis) → overgeslagen',
        'werkdag 2: 28/12/2026 (maandag)',
        'werkdag 3: 29/12/2026 (dinsdag)',
        'geacht ontvangen op de 3de werkdag na verzending: 29/12/2026 (dinsdag)',
      ],
    });
  });

  it('over Easter (Good Friday counts, Paasmaandag does not), Hemelvaart and New Year', () => {
    expect(deemedReceipt('2026-04-02')).toBe('2026-04-08');
    expect(deemedReceipt('2026-05-12')).toBe('2026-05-18');
    expect(deemedReceipt('2026-12-30')).toBe('2027-01-05');
  });

  it('rejects an invalid posting date with field postedOn', () => {
    expectTermijnError(() => deemedReceipt('2026-02-30'), 'postedOn');
  });
});

describe('lastWorkingDayOfMonth', () => {
  it('March 2024: 31/03 is a Sunday, 30/03 a Saturday; Good Friday 29/03 is no legal holiday, so 29/03/2024', () => {
    expect(isBelgianHoliday('2024-03-29')).toBeNull();
    expect(lastWorkingDayOfMonthMetAfleiding(2024, 3)).toEqual({
      datum: '2024-03-29',
      afleiding: [
        'laatste dag van maart 2024: 31/03/2024 (zondag)',
        '31/03/2024 valt op een zondag → overgeslagen',
        '30/03/2024 valt op een zaterdag → overgeslagen',
        'laatste werkdag van maart 2024: 29/03/2024 (vrijdag)',
      ],
    });
  });

  it('a month ending on a working day returns that day', () => {
    expect(lastWorkingDayOfMonth(2026, 12)).toBe('2026-12-31');
    expect(lastWorkingDayOfMonth(2026, 8)).toBe('2026-08-31');
    expect(lastWorkingDayOfMonth(2026, 5)).toBe('2026-05-29');
    expect(lastWorkingDayOfMonth(2024, 2)).toBe('2024-02-29');
  });

  it('skips a holiday on the last day (Paasmaandag 31/03/1997, Pinkstermaandag 31/05/2004, Hemelvaart 31/05/2057)', () => {
    expect(lastWorkingDayOfMonth(1997, 3)).toBe('1997-03-28');
    expect(lastWorkingDayOfMonth(2004, 5)).toBe('2004-05-28');
    const r = lastWorkingDayOfMonthMetAfleiding(2057, 5);
    expect(r.datum).toBe('2057-05-30');
    expect(r.afleiding).toContain('31/05/2057 is een feestdag (O.L.H. Hemelvaart) → overgeslagen');
  });

  it('is the last working day of the month for every month 2020–2035', () => {
    for (let year = 2020; year <= 2035; year++) {
      for (let month = 1; month <= 12; month++) {
        const d = lastWorkingDayOfMonth(year, month);
        expect(isWorkingDay(d)).toBe(true);
        expect(d.slice(0, 7)).toBe(`${year}-${String(month).padStart(2, '0')}`);
        const last = `${d.slice(0, 8)}${String(daysInMonth(year, month)).padStart(2, '0')}`;
        for (let x = addDays(d, 1); x <= last; x = addDays(x, 1)) expect(isWorkingDay(x)).toBe(false);
      }
    }
  });

  it('rejects an invalid year or month', () => {
    expectTermijnError(() => lastWorkingDayOfMonth(2024, 13), 'month');
    expectTermijnError(() => lastWorkingDayOfMonth(2024, 0), 'month');
    expectTermijnError(() => lastWorkingDayOfMonth(2024, 1.5), 'month');
    expectTermijnError(() => lastWorkingDayOfMonth(1899, 1), 'year');
  });
});

describe('isWorkingDay / nextWorkingDay', () => {
  it('knows weekends and holidays', () => {
    expect(isWorkingDay('2026-12-24')).toBe(true);
    expect(isWorkingDay('2026-12-25')).toBe(false);
    expect(isWorkingDay('2026-12-26')).toBe(false);
    expect(nextWorkingDay('2026-12-24')).toBe('2026-12-28');
    expect(nextWorkingDay('2026-12-31')).toBe('2027-01-04');
  });
});

describe('validation: TermijnError with a Dutch message naming the field', () => {
  const ok: TermijnInput = { start: '2026-12-20', dagen: 15, soort: 'kalenderdagen' };

  it('start must be a valid ISO date', () => {
    expectTermijnError(() => bereken({ ...ok, start: '2026-02-30' }), 'start', /geen geldige datum.*JJJJ-MM-DD/);
    expectTermijnError(() => bereken({ ...ok, start: '20/12/2026' }), 'start');
    expectTermijnError(() => bereken({ ...ok, start: undefined as unknown as string }), 'start');
    expectTermijnError(() => bereken({ ...ok, start: '1850-01-01' }), 'start', /vóór 01\/01\/1900/);
  });

  it('dagen must be a non-negative integer', () => {
    expectTermijnError(() => bereken({ ...ok, dagen: -1 }), 'dagen', /negatief/);
    expectTermijnError(() => bereken({ ...ok, dagen: 1.5 }), 'dagen', /geheel/);
    expectTermijnError(() => bereken({ ...ok, dagen: Number.NaN }), 'dagen');
    expectTermijnError(() => bereken({ ...ok, dagen: '15' as unknown as number }), 'dagen');
    expectTermijnError(() => bereken({ ...ok, dagen: MAX_DAGEN + 1 }), 'dagen', /hoogstens/);
    expectTermijnError(() => addWorkingDays('2026-12-20', -3), 'dagen');
  });

  it('soort must be kalenderdagen or werkdagen', () => {
    expectTermijnError(() => bereken({ ...ok, soort: 'maanden' as TermijnSoort }), 'soort');
  });

  it('verschuifNaarWerkdag must be a boolean', () => {
    expectTermijnError(() => bereken({ ...ok, verschuifNaarWerkdag: 'ja' as unknown as boolean }), 'verschuifNaarWerkdag');
  });

  it('opschortingen: each van/tot valid, tot not before van, reported by index', () => {
    expectTermijnError(
      () => bereken({ ...ok, opschortingen: [{ van: '2026-12-22', tot: '2026-12-28' }, { van: '2026-12-30', tot: '2026-12-29' }] }),
      'opschortingen[1].tot',
      /\(29\/12\/2026\) ligt vóór "opschortingen\[1\]\.van" \(30\/12\/2026\)/,
    );
    expectTermijnError(() => bereken({ ...ok, opschortingen: [{ van: '2026-13-01', tot: '2026-12-28' }] }), 'opschortingen[0].van');
    expectTermijnError(() => bereken({ ...ok, opschortingen: [{ van: '2026-12-01', tot: '' }] }), 'opschortingen[0].tot');
    expectTermijnError(() => bereken({ ...ok, opschortingen: [null as unknown as Opschorting] }), 'opschortingen[0]');
    expectTermijnError(() => bereken({ ...ok, opschortingen: 'geen' as unknown as Opschorting[] }), 'opschortingen');
  });

  it('a one-day suspension (van = tot) is valid', () => {
    expect(addCalendarDays('2026-12-20', 15, { opschortingen: [{ van: '2026-12-22', tot: '2026-12-22' }] })).toBe('2027-01-05');
  });

  it('refuses to run past 31/12/9999', () => {
    expectTermijnError(() => addCalendarDays('9999-12-01', 31), 'dagen', /9999/);
  });
});

describe('API schema termijnBerekenInput (shared/platform/termijn.contract.ts)', () => {
  it('accepts a full valid input that the engine then accepts as is', () => {
    const parsed = termijnBerekenInput.parse({
      start: '2026-12-20',
      dagen: 15,
      soort: 'kalenderdagen',
      verschuifNaarWerkdag: true,
      opschortingen: [{ van: '2026-12-22', tot: '2026-12-28' }],
    });
    const r: TermijnResultaat = berekenTermijn(parsed);
    expect(r.vervaldatum).toBe('2027-01-11');
  });

  it('rejects bad fields with Dutch messages and the right path', () => {
    const issues = (v: unknown) => {
      const res = termijnBerekenInput.safeParse(v);
      expect(res.success).toBe(false);
      return res.error!.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    };
    expect(issues({ start: '2026-02-30', dagen: 1, soort: 'werkdagen' })[0].path).toBe('start');
    expect(issues({ start: '20-12-2026', dagen: 1, soort: 'werkdagen' })[0]).toEqual({ path: 'start', message: 'Geef een geldige datum (JJJJ-MM-DD).' });
    expect(issues({ start: '2026-12-20', dagen: -1, soort: 'werkdagen' })[0]).toEqual({ path: 'dagen', message: 'Het aantal dagen kan niet negatief zijn.' });
    expect(issues({ start: '2026-12-20', dagen: 2.5, soort: 'werkdagen' })[0]).toEqual({ path: 'dagen', message: 'Het aantal dagen is een geheel getal.' });
    expect(issues({ start: '2026-12-20', dagen: 3651, soort: 'werkdagen' })[0].path).toBe('dagen');
    expect(issues({ start: '2026-12-20', dagen: 1, soort: 'maanden' })[0]).toEqual({ path: 'soort', message: 'Kies kalenderdagen of werkdagen.' });
    expect(issues({ start: '2026-12-20', dagen: 1, soort: 'werkdagen', opschortingen: [{ van: '2026-12-28', tot: '2026-12-22' }] })[0]).toEqual({
      path: 'opschortingen.0.tot',
      message: 'Het einde van de opschorting ligt vóór het begin.',
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const MIN = toDayNumber('1990-01-01');
const MAX = toDayNumber('2090-12-31');
const isoArb = fc.integer({ min: MIN, max: MAX }).map(fromDayNumber);
const soortArb = fc.constantFrom<TermijnSoort>('kalenderdagen', 'werkdagen');
/** Suspensions placed relative to the start: some before it, most within a plausible running period. */
const opschortingenArb = (start: string) =>
  fc.array(
    fc.record({ offset: fc.integer({ min: -20, max: 150 }), lengte: fc.integer({ min: 0, max: 30 }) }).map(({ offset, lengte }) => ({
      van: addDays(start, offset),
      tot: addDays(start, offset + lengte),
    })),
    { maxLength: 5 },
  );
const inputArb = fc
  .record({ start: isoArb, dagen: fc.integer({ min: 0, max: 120 }), soort: soortArb, verschuif: fc.boolean() })
  .chain((r) => opschortingenArb(r.start).map((opschortingen) => ({ ...r, opschortingen })));

/** Independent working-day test: weekday and not a holiday (no engine code). */
const werkdag = (iso: string) => dayOfWeek(iso) !== 0 && dayOfWeek(iso) !== 6 && isBelgianHoliday(iso) === null;
const telt = (soort: TermijnSoort) => (iso: string) => soort === 'kalenderdagen' || werkdag(iso);

/** Days d with a < d <= b that satisfy pred. */
function tel(a: string, b: string, pred: (iso: string) => boolean): number {
  let k = 0;
  for (let d = addDays(a, 1); d <= b; d = addDays(d, 1)) if (pred(d)) k++;
  return k;
}
function geschorst(opschortingen: readonly Opschorting[]): (iso: string) => boolean {
  return (iso) => opschortingen.some((o) => o.van <= iso && iso <= o.tot);
}
/** Plain count without suspensions, by brute force. */
function naief(start: string, n: number, soort: TermijnSoort): string {
  let d = start;
  for (let k = 0; k < n; ) {
    d = addDays(d, 1);
    if (telt(soort)(d)) k++;
  }
  return d;
}
/**
 * Oracle for the suspension semantics, written as the documented fixed point rather than the
 * engine's clock-stop walk: extend by the suspended days (of the deadline's kind) within the
 * running period, recompute with the longer period, until nothing changes.
 */
function orakel(start: string, n: number, soort: TermijnSoort, opschortingen: readonly Opschorting[]): string {
  const s = geschorst(opschortingen);
  let end = naief(start, n, soort);
  for (;;) {
    const binnen = tel(start, end, (d) => s(d) && telt(soort)(d));
    const next = naief(start, n + binnen, soort);
    if (next === end) return end;
    end = next;
  }
}

describe('properties (fast-check) — Bestuursdecreet / RULES.md: deadline counting [assumed]', () => {
  it('R1: the result is never before start + n calendar days; without options it is exactly start + n for kalenderdagen', () => {
    fc.assert(
      fc.property(inputArb, ({ start, dagen, soort, verschuif, opschortingen }) => {
        const r = berekenTermijn({ start, dagen, soort, verschuifNaarWerkdag: verschuif, opschortingen });
        expect(diffDays(r.vervaldatum, start)).toBeGreaterThanOrEqual(dagen);
        if (soort === 'kalenderdagen') expect(addCalendarDays(start, dagen)).toBe(addDays(start, dagen));
      }),
    );
  });

  it('R1: a working-day result (n ≥ 1) is never a weekend or holiday, and exactly n working days lie in (start, result]', () => {
    fc.assert(
      fc.property(isoArb, fc.integer({ min: 1, max: 400 }), (start, n) => {
        const d = addWorkingDays(start, n);
        expect(werkdag(d)).toBe(true);
        expect(tel(start, d, werkdag)).toBe(n);
      }),
    );
  });

  it('R1: working days compose: (start + a) + b = start + (a + b)', () => {
    fc.assert(
      fc.property(isoArb, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), (start, a, b) => {
        expect(addWorkingDays(addWorkingDays(start, a), b)).toBe(addWorkingDays(start, a + b));
      }),
    );
  });

  it('R2: with verschuifNaarWerkdag the result is a working day, at most 5 days after the unshifted one, with only non-working days in between', () => {
    fc.assert(
      fc.property(inputArb, ({ start, dagen, soort, opschortingen }) => {
        const zonder = berekenTermijn({ start, dagen, soort, opschortingen }).vervaldatum;
        const met = berekenTermijn({ start, dagen, soort, opschortingen, verschuifNaarWerkdag: true }).vervaldatum;
        expect(werkdag(met)).toBe(true);
        const shift = diffDays(met, zonder);
        expect(shift).toBeGreaterThanOrEqual(0);
        expect(shift).toBeLessThanOrEqual(5);
        if (werkdag(zonder)) expect(shift).toBe(0);
        for (let d = zonder; d < met; d = addDays(d, 1)) expect(werkdag(d)).toBe(false);
      }),
    );
  });

  it('suspensions never shorten a deadline, and adding one never shortens it further', () => {
    fc.assert(
      fc.property(inputArb, opschortingenArb('2026-01-01'), ({ start, dagen, soort, verschuif, opschortingen }, extra) => {
        const zonder = berekenTermijn({ start, dagen, soort, verschuifNaarWerkdag: verschuif }).vervaldatum;
        const met = berekenTermijn({ start, dagen, soort, verschuifNaarWerkdag: verschuif, opschortingen }).vervaldatum;
        const meer = berekenTermijn({ start, dagen, soort, verschuifNaarWerkdag: verschuif, opschortingen: [...opschortingen, ...extra] }).vervaldatum;
        expect(met >= zonder).toBe(true);
        expect(meer >= met).toBe(true);
      }),
    );
  });

  it('a suspension entirely after the (unshifted) deadline changes nothing', () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 30 }), ({ start, dagen, soort, verschuif, opschortingen }, gap, lengte) => {
        const onverschoven = berekenTermijn({ start, dagen, soort, opschortingen }).vervaldatum;
        const basis = berekenTermijn({ start, dagen, soort, verschuifNaarWerkdag: verschuif, opschortingen }).vervaldatum;
        const later = { van: addDays(onverschoven, gap), tot: addDays(onverschoven, gap + lengte) };
        const r = berekenTermijn({ start, dagen, soort, verschuifNaarWerkdag: verschuif, opschortingen: [...opschortingen, later] });
        expect(r.vervaldatum).toBe(basis);
      }),
    );
  });

  it('kalenderdagen: (result − start) minus the suspended days inside (start, result] equals n', () => {
    fc.assert(
      fc.property(inputArb, ({ start, dagen, opschortingen }) => {
        const d = addCalendarDays(start, dagen, { opschortingen });
        expect(diffDays(d, start) - tel(start, d, geschorst(opschortingen))).toBe(dagen);
      }),
    );
  });

  it('werkdagen: working days in (start, result] minus suspended working days equals n; the result is never suspended', () => {
    fc.assert(
      fc.property(inputArb, ({ start, dagen, opschortingen }) => {
        const d = addWorkingDays(start, dagen, { opschortingen });
        const s = geschorst(opschortingen);
        expect(tel(start, d, werkdag) - tel(start, d, (x) => werkdag(x) && s(x))).toBe(dagen);
        if (dagen > 0) expect(s(d)).toBe(false);
      }),
    );
  });

  it('matches the documented fixed-point definition (extend by the overlap until stable)', () => {
    fc.assert(
      fc.property(inputArb, ({ start, dagen, soort, opschortingen }) => {
        expect(berekenTermijn({ start, dagen, soort, opschortingen }).vervaldatum).toBe(orakel(start, dagen, soort, opschortingen));
      }),
    );
  });

  it('the order of suspensions and splitting one into adjacent pieces do not matter', () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 0, max: 30 }), ({ start, dagen, soort, opschortingen }, cut) => {
        const basis = berekenTermijn({ start, dagen, soort, opschortingen }).vervaldatum;
        expect(berekenTermijn({ start, dagen, soort, opschortingen: [...opschortingen].reverse() }).vervaldatum).toBe(basis);
        const gesplitst = opschortingen.flatMap((o) => {
          const mid = addDays(o.van, Math.min(cut, diffDays(o.tot, o.van)));
          return mid < o.tot ? [{ van: o.van, tot: mid }, { van: addDays(mid, 1), tot: o.tot }] : [o];
        });
        expect(berekenTermijn({ start, dagen, soort, opschortingen: gesplitst }).vervaldatum).toBe(basis);
      }),
    );
  });

  it('the derivation starts with the plain count and ends with the due date', () => {
    fc.assert(
      fc.property(inputArb, ({ start, dagen, soort, verschuif, opschortingen }) => {
        const r = berekenTermijn({ start, dagen, soort, verschuifNaarWerkdag: verschuif, opschortingen });
        expect(r.afleiding[0]).toMatch(new RegExp(`^start ${formatDatum(start)} \\+ ${dagen} (kalenderdag|werkdag)`));
        expect(r.afleiding[r.afleiding.length - 1]).toMatch(new RegExp(`^vervaldatum ${formatDatum(r.vervaldatum)} \\(`));
      }),
    );
  });

  it('R3: deemed receipt = posting + 3 working days, always a working day', () => {
    fc.assert(
      fc.property(isoArb, (posted) => {
        const d = deemedReceipt(posted);
        expect(d).toBe(naief(posted, 3, 'werkdagen'));
        expect(werkdag(d)).toBe(true);
        expect(deemedReceiptMetAfleiding(posted).afleiding.at(-1)).toContain(formatDatum(d));
      }),
    );
  });
});
