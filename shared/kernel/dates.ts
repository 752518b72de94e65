/**
 * Calendar-date helpers on `YYYY-MM-DD` strings.
 *
 * Legal deadlines are about calendar days, never about instants. A `Date` in local time shifts by an
 * hour twice a year (DST) and can land on the previous day when it is formatted in another zone, so
 * all arithmetic here goes through a *day number*: whole days since 1970-01-01 in UTC. UTC has no
 * DST, so adding 1 to a day number is always exactly the next calendar day, whatever `TZ` the
 * process runs in. Dates are kept as ISO strings everywhere else because those sort correctly as
 * plain strings and survive JSON/SQLite unchanged.
 *
 * Supported years: 0001–9999 (a four-digit year, as in the `JJJJ-MM-DD` input format).
 */

import { formatDatum as formatDatumNl } from './format';
// The month names live with the other Dutch wording (format.ts); dates keep offering them.
export { maandNaam } from './format';
import { gememoiseerd } from './memo';

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of 0001-01-01 and 9999-12-31: the range a four-digit ISO year can express. */
export const MIN_DAY_NUMBER = -719_162;
export const MAX_DAY_NUMBER = 2_932_896;

export interface DateParts {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

/** Dutch weekday names, indexed like {@link dayOfWeek} (0 = zondag). */
export const WEEKDAGEN = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'] as const;


/** UTC milliseconds of midnight on the given civil date. Uses setUTCFullYear because Date.UTC maps years 0–99 to 1900–1999. */
function utcMidnight(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

/** True when `value` is a `YYYY-MM-DD` string naming a date that exists (no 2026-02-30, no 2025-02-29). */
export function isValidIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** Split a valid ISO date into numbers; throws a RangeError on anything else (a programming error at this level). */
export function parseIsoDate(iso: string): DateParts {
  if (!isValidIsoDate(iso)) throw new RangeError(`Ongeldige datum: ${JSON.stringify(iso)} (verwacht JJJJ-MM-DD)`);
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

/** Build `YYYY-MM-DD` from numbers; throws when the date does not exist. */
export function isoFromParts(year: number, month: number, day: number): string {
  const iso = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || !isValidIsoDate(iso)) {
    throw new RangeError(`Ongeldige datum: ${year}-${month}-${day}`);
  }
  return iso;
}

/** Whole days since 1970-01-01 (negative before). */
export function toDayNumber(iso: string): number {
  const { year, month, day } = parseIsoDate(iso);
  return utcMidnight(year, month, day) / MS_PER_DAY;
}

/** Inverse of {@link toDayNumber}. Throws outside 0001-01-01 … 9999-12-31. */
export function fromDayNumber(dayNumber: number): string {
  if (!Number.isInteger(dayNumber) || dayNumber < MIN_DAY_NUMBER || dayNumber > MAX_DAY_NUMBER) {
    throw new RangeError(`Dagnummer ${dayNumber} valt buiten 0001-01-01 … 9999-12-31`);
  }
  const d = new Date(dayNumber * MS_PER_DAY);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

// A computation over thousands of rows converts the same few thousand dates again and again
// (a date string always maps to the same day number).
/** {@link toDayNumber}, memoised (for computations over many rows). */
export const dagnummer: (iso: string) => number = gememoiseerd(toDayNumber);
/** {@link fromDayNumber}, memoised. */
export const datumVanDagnummer: (d: number) => string = gememoiseerd(fromDayNumber);

/** `iso` plus `n` calendar days (`n` may be negative). */
export function addDays(iso: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Aantal dagen moet een geheel getal zijn, niet ${n}`);
  return fromDayNumber(toDayNumber(iso) + n);
}

/** Calendar days from `earlier` to `later` (`later − earlier`, same argument order as date-fns' differenceInCalendarDays). */
export function diffDays(later: string, earlier: string): number {
  return toDayNumber(later) - toDayNumber(earlier);
}

/** -1, 0 or 1, usable as an `Array.prototype.sort` comparator. Valid ISO dates compare like strings. */
export function compareDates(a: string, b: string): -1 | 0 | 1 {
  parseIsoDate(a);
  parseIsoDate(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Day of the week, 0 = Sunday … 6 = Saturday (the same numbering as `Date#getDay` and date-fns' `getDay`). */
export function dayOfWeek(iso: string): number {
  return dayOfWeekOfDayNumber(toDayNumber(iso));
}

/** Same as {@link dayOfWeek} for a day number; 1970-01-01 was a Thursday (4). */
export function dayOfWeekOfDayNumber(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function isWeekend(iso: string): boolean {
  const dow = dayOfWeek(iso);
  return dow === 0 || dow === 6;
}

/** Dutch weekday name, e.g. `maandag`. */
export function weekdagNaam(iso: string): string {
  return WEEKDAGEN[dayOfWeek(iso)];
}



/** Number of days in a month (Gregorian leap years: divisible by 4, except centuries not divisible by 400). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * A date as people write it — `dd/mm/jjjj` (also `d/m/jjjj`, with `-` or `.`) or `JJJJ-MM-DD`, a time after it ignored (as
 * some exports add) — as `YYYY-MM-DD`, or null for any other text. The date itself is not checked (`31/02/2026` gives
 * `2026-02-31`: callers say "does not exist" apart from "unknown format"). Two-digit years are refused (ambiguous). One
 * reading for the imports and the date fields of the screens.
 */
export function datumTekstAlsIso(tekst: string): string | null {
  const v = tekst.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(v);
  if (m) return `${m[1]}-${pad(Number(m[2]), 2)}-${pad(Number(m[3]), 2)}`;
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/.exec(v);
  return m ? `${m[3]}-${pad(Number(m[2]), 2)}-${pad(Number(m[1]), 2)}` : null;
}

/** Belgian notation `dd/mm/yyyy` of a date that must exist (throws otherwise); the rendering is shared/kernel/format.ts's. */
export function formatDatum(iso: string): string {
  parseIsoDate(iso);
  return formatDatumNl(iso);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * Add calendar months; a day that does not exist in the target month becomes that month's last day
 * (31/08 + 1 month = 30/09).
 */
export function addMonths(iso: string, n: number): string {
  const { year, month, day } = parseIsoDate(iso);
  const total = year * 12 + (month - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return isoFromParts(y, m, Math.min(day, daysInMonth(y, m)));
}

/**
 * The instant a Brussels calendar day begins (its local midnight), e.g. to count timestamps of a Brussels month:
 * `2026-01-01` → 2025-12-31T23:00:00Z (winter time), `2026-07-01` → 2026-06-30T22:00:00Z (summer time). Belgian
 * clock changes happen at 02:00/03:00, never at midnight, so the day's first hour always exists.
 */
export function brusselsBegin(iso: string): Date {
  const { year, month, day } = parseIsoDate(iso);
  // Brussels is one or two hours ahead of UTC: its midnight is 22:00 or 23:00 UTC of the day before.
  for (const uur of [22, 23]) {
    const t = new Date(Date.UTC(year, month - 1, day) - (24 - uur) * 3_600_000);
    if (brusselsDate(t) === iso) return t;
  }
  throw new Error(`Geen middernacht in Brussel gevonden voor ${iso}.`);
}

// Made once: constructing an Intl.DateTimeFormat costs far more than formatting with it, and every call asks for today.
const BRUSSEL_DATUM = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Calendar date in Europe/Brussels, independent of the machine's time zone. */
export function brusselsDate(d: Date): string {
  return BRUSSEL_DATUM.format(d);
}
