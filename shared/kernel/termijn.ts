/**
 * Legal deadline engine (termijnen). Pure functions: no clock, no I/O.
 *
 * Rules (Bestuursdecreet / RULES.md: deadline counting [assumed]):
 *  - the day of the event (`start`) is not counted; counting starts the day after;
 *  - a deadline in kalenderdagen counts every day, one in werkdagen skips Saturdays, Sundays and the
 *    ten Belgian legal holidays (see ./holidays);
 *  - when the last day falls on a Saturday, Sunday or legal holiday it moves to the next working day
 *    (option `verschuifNaarWerkdag`, because not every deadline in the regulations carries that rule);
 *  - a registered letter (aangetekende zending) is deemed received on the 3rd working day after posting.
 *
 * Suspensions (opschortingen) — the semantics chosen here:
 *  - Each suspension `{van, tot}` is a closed interval: both days are suspended.
 *  - Overlapping or adjacent suspensions are first merged, so a day is never counted twice.
 *  - The running period of a deadline is (start, end]: the day after the start up to and including
 *    the current last day. The clock stops on suspended days. Equivalently, the deadline is the
 *    first day `end` for which
 *        (days of the deadline's kind in (start, end]) − (suspended days of that kind in (start, end]) = dagen
 *    i.e. the deadline is extended by exactly the number of suspended days that fall within the
 *    (extended) running period. This is the least fixed point of "extend by the overlap, recompute
 *    the overlap with the longer period, repeat": an extension can make a later suspension overlap,
 *    and a suspension that straddles the original last day counts in full, not just its part up to
 *    that day.
 *  - "Days of the deadline's kind": for kalenderdagen every suspended day extends by one calendar
 *    day; for werkdagen only suspended *working days* extend (by one working day each). A suspended
 *    weekend or holiday would not have counted anyway, so it must not lengthen a working-day
 *    deadline.
 *  - Suspended days on or before the start day do not count (they are outside the period).
 *  - The shift to the next working day (`verschuifNaarWerkdag`) is the very last step, applied to
 *    the suspended end date. A suspension starting after that (unshifted) end date changes nothing.
 *  - The derivation walks the merged suspensions chronologically and, for each, reports the number
 *    of its days within the period and the end date once it and all earlier ones are applied.
 */
import {
  MAX_DAY_NUMBER,
  daysInMonth,
  dayOfWeekOfDayNumber,
  formatDatum,
  fromDayNumber,
  isValidIsoDate,
  isoFromParts,
  maandNaam,
  toDayNumber,
  weekdagNaam,
  WEEKDAGEN,
} from './dates';
import { MAX_JAAR, MIN_JAAR, belgianHolidays, isBelgianHoliday } from './holidays';

export type TermijnSoort = 'kalenderdagen' | 'werkdagen';
export const TERMIJN_SOORTEN: readonly TermijnSoort[] = ['kalenderdagen', 'werkdagen'];

export interface Opschorting {
  /** First suspended day, `YYYY-MM-DD`, inclusive. */
  van: string;
  /** Last suspended day, `YYYY-MM-DD`, inclusive. */
  tot: string;
}

export interface TermijnOpties {
  verschuifNaarWerkdag?: boolean;
  opschortingen?: readonly Opschorting[];
}

export interface TermijnInput extends TermijnOpties {
  /** Day of the event that starts the deadline (not counted). */
  start: string;
  dagen: number;
  soort: TermijnSoort;
}

export interface TermijnResultaat {
  vervaldatum: string;
  afleiding: string[];
}

export interface DatumMetAfleiding {
  datum: string;
  afleiding: string[];
}

/** Upper bound on `dagen`: a sanity limit (100 years) that keeps the day-by-day walk bounded. The API allows 3650. */
export const MAX_DAGEN = 36_500;

/** Working days after posting on which a registered letter is deemed received. */
export const WERKDAGEN_TOT_ONTVANGST = 3;

/** Invalid input; `field` names the offending input field (`start`, `dagen`, `opschortingen[0].tot`…). */
export class TermijnError extends Error {
  readonly field: string;

  constructor(field: string, message: string) {
    super(message);
    this.name = 'TermijnError';
    this.field = field;
  }
}

// ---------------------------------------------------------------------------------------------
// Working days

/** Monday–Friday and not a Belgian legal holiday. */
export function isWorkingDay(iso: string): boolean {
  return isWorkingDayNumber(checkDate(iso, 'datum'));
}

/** The first working day strictly after `iso`. */
export function nextWorkingDay(iso: string): string {
  let d = checkDate(iso, 'datum') + 1;
  while (!isWorkingDayNumber(d)) d = step(d, 1, 'datum');
  return fromDayNumber(d);
}

function isWorkingDayNumber(dn: number): boolean {
  const dow = dayOfWeekOfDayNumber(dn);
  if (dow === 0 || dow === 6) return false;
  return isBelgianHoliday(fromDayNumber(dn)) === null;
}

/** Why `dn` is not a working day ("valt op een zondag", "is een feestdag (Kerstmis)"), or null when it is one. */
function nietWerkdagReden(dn: number): string | null {
  const dow = dayOfWeekOfDayNumber(dn);
  const feestdag = isBelgianHoliday(fromDayNumber(dn));
  const weekend = dow === 0 || dow === 6;
  if (weekend && feestdag) return `valt op een ${WEEKDAGEN[dow]} en is een feestdag (${feestdag})`;
  if (weekend) return `valt op een ${WEEKDAGEN[dow]}`;
  if (feestdag) return `is een feestdag (${feestdag})`;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Public entry points

/** `start` + `n` calendar days (start day not counted), with optional suspensions and shift. */
export function addCalendarDays(start: string, n: number, opts: TermijnOpties = {}): string {
  return berekenTermijn({ ...opts, start, dagen: n, soort: 'kalenderdagen' }).vervaldatum;
}

/** `start` + `n` working days (start day not counted), with optional suspensions and shift. */
export function addWorkingDays(start: string, n: number, opts: TermijnOpties = {}): string {
  return berekenTermijn({ ...opts, start, dagen: n, soort: 'werkdagen' }).vervaldatum;
}

/** Due date of a deadline plus its derivation in Dutch. Throws {@link TermijnError} on invalid input. */
export function berekenTermijn(input: TermijnInput): TermijnResultaat {
  const { startDn, dagen, soort, verschuif, intervallen } = validate(input);
  const fmtStart = formatDatum(input.start);
  const afleiding: string[] = [];

  // 1. Plain count, ignoring suspensions.
  let end = walk(startDn, dagen, soort, []);
  afleiding.push(`start ${fmtStart} + ${dagen} ${eenheid(soort, dagen)} = ${fmt(end)}`);
  if (soort === 'werkdagen') afleiding.push(...feestdagRegels(startDn, end, []));

  // 2. Suspensions, chronologically; `toegepast` is the prefix applied so far.
  const toegepast: Interval[] = [];
  for (const iv of intervallen) {
    const vorigeEnd = end;
    toegepast.push(iv);
    end = walk(startDn, dagen, soort, toegepast);
    if (iv.bronnen.length > 1) {
      afleiding.push(
        `opschortingen ${iv.bronnen.map((b) => `${fmt(b.van)} t/m ${fmt(b.tot)}`).join(', ')} overlappen of sluiten aan ` +
          `→ samen ${fmt(iv.van)} t/m ${fmt(iv.tot)}`,
      );
    }
    const label = `opschorting ${fmt(iv.van)} t/m ${fmt(iv.tot)}`;
    const vanaf = Math.max(iv.van, startDn + 1);
    const k = telDagen(vanaf, Math.min(iv.tot, end), soort);
    if (k > 0) {
      const eenheidTekst = soort === 'werkdagen' ? eenheid(soort, k) : k === 1 ? 'dag' : 'dagen';
      const deels = iv.van <= startDn ? ` (vanaf ${fmt(vanaf)}; de dagen tot en met de startdag tellen niet)` : '';
      afleiding.push(`${label}: ${k} ${eenheidTekst} binnen de termijn${deels} → ${fmt(end)}`);
      if (soort === 'werkdagen') afleiding.push(...feestdagRegels(vorigeEnd, end, toegepast));
    } else if (iv.tot <= startDn) {
      afleiding.push(`${label}: ligt niet na de startdag ${fmtStart} → geen verlenging`);
    } else if (iv.van > end) {
      afleiding.push(`${label}: begint na de vervaldatum ${fmt(end)} → geen verlenging`);
    } else {
      afleiding.push(`${label}: geen werkdagen binnen de termijn → geen verlenging`);
    }
  }

  // 3. Shift off a weekend/holiday, last of all.
  if (verschuif) {
    const reden = nietWerkdagReden(end);
    if (reden === null) {
      afleiding.push(`${fmt(end)} is een werkdag → geen verschuiving`);
    } else {
      const van = end;
      let d = end + 1;
      while (!isWorkingDayNumber(d)) d = step(d, 1, 'dagen');
      const tussen = feestdagenOpWeekdagen(van + 1, d - 1);
      const extra = tussen.length ? ` (${tussen.map((f) => `${fmt(f.dn)} is een feestdag (${f.naam})`).join('; ')})` : '';
      afleiding.push(`${fmt(end)} ${reden} → volgende werkdag ${fmt(d)}${extra}`);
      end = d;
    }
  }

  const vervaldatum = fromDayNumber(end);
  afleiding.push(`vervaldatum ${fmt(end)} (${weekdagNaam(vervaldatum)})`);
  return { vervaldatum, afleiding };
}

/** Last working day of a month (`month` 1–12). */
export function lastWorkingDayOfMonth(year: number, month: number): string {
  return lastWorkingDayOfMonthMetAfleiding(year, month).datum;
}

export function lastWorkingDayOfMonthMetAfleiding(year: number, month: number): DatumMetAfleiding {
  if (!Number.isInteger(year) || year < MIN_JAAR || year > MAX_JAAR) {
    throw new TermijnError('year', `"year" moet een jaartal tussen ${MIN_JAAR} en ${MAX_JAAR} zijn, niet ${String(year)}.`);
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new TermijnError('month', `"month" moet een maand van 1 tot 12 zijn, niet ${String(month)}.`);
  }
  const periode = `${maandNaam(month)} ${year}`;
  let d = toDayNumber(isoFromParts(year, month, daysInMonth(year, month)));
  const afleiding = [`laatste dag van ${periode}: ${fmt(d)} (${weekdagNaam(fromDayNumber(d))})`];
  for (let reden = nietWerkdagReden(d); reden !== null; reden = nietWerkdagReden(d)) {
    afleiding.push(`${fmt(d)} ${reden} → overgeslagen`);
    d -= 1;
  }
  const datum = fromDayNumber(d);
  afleiding.push(`laatste werkdag van ${periode}: ${fmt(d)} (${weekdagNaam(datum)})`);
  return { datum, afleiding };
}

/** Day a registered letter posted on `postedOn` is deemed received: the 3rd working day after posting. */
export function deemedReceipt(postedOn: string): string {
  return deemedReceiptMetAfleiding(postedOn).datum;
}

export function deemedReceiptMetAfleiding(postedOn: string): DatumMetAfleiding {
  const startDn = checkDate(postedOn, 'postedOn');
  const afleiding = [
    `aangetekende zending verzonden op ${fmt(startDn)} (${weekdagNaam(postedOn)}); de verzenddag telt niet mee`,
  ];
  let d = startDn;
  let geteld = 0;
  while (geteld < WERKDAGEN_TOT_ONTVANGST) {
    d = step(d, 1, 'postedOn');
    const dow = dayOfWeekOfDayNumber(d);
    if (dow === 0 || dow === 6) continue; // weekends need no line: the numbered working days show them
    const feestdag = isBelgianHoliday(fromDayNumber(d));
    if (feestdag) {
      afleiding.push(`${fmt(d)} is een feestdag (${feestdag}) → overgeslagen`);
      continue;
    }
    geteld += 1;
    afleiding.push(`werkdag ${geteld}: ${fmt(d)} (${WEEKDAGEN[dow]})`);
  }
  const datum = fromDayNumber(d);
  afleiding.push(`geacht ontvangen op de ${WERKDAGEN_TOT_ONTVANGST}de werkdag na verzending: ${fmt(d)} (${weekdagNaam(datum)})`);
  return { datum, afleiding };
}

// ---------------------------------------------------------------------------------------------
// Internals (day numbers: whole UTC days since 1970-01-01, see ./dates)

interface Interval {
  van: number;
  tot: number;
  /** The input suspensions merged into this interval, for the derivation. */
  bronnen: { van: number; tot: number }[];
}

/**
 * The day on which the `n`-th counted day after `startDn` falls. Suspended days are never counted
 * (the clock stops), so this is the least fixed point described at the top of this file.
 */
function walk(startDn: number, n: number, soort: TermijnSoort, opgeschort: readonly Interval[]): number {
  let d = startDn;
  let geteld = 0;
  while (geteld < n) {
    d = step(d, 1, 'dagen');
    const iv = opgeschort.find((i) => d >= i.van && d <= i.tot);
    if (iv) {
      d = iv.tot; // skip the whole interval at once: long suspensions stay cheap
      continue;
    }
    if (soort === 'kalenderdagen' || isWorkingDayNumber(d)) geteld += 1;
  }
  return d;
}

/** Days of the given kind in [van, tot] (0 when empty). */
function telDagen(van: number, tot: number, soort: TermijnSoort): number {
  if (tot < van) return 0;
  if (soort === 'kalenderdagen') return tot - van + 1;
  let k = 0;
  for (let d = van; d <= tot; d++) if (isWorkingDayNumber(d)) k += 1;
  return k;
}

/** Legal holidays on a weekday in [van, tot], in date order. */
function feestdagenOpWeekdagen(van: number, tot: number): { dn: number; naam: string }[] {
  if (tot < van) return [];
  const result: { dn: number; naam: string }[] = [];
  const eersteJaar = Number(fromDayNumber(van).slice(0, 4));
  const laatsteJaar = Number(fromDayNumber(tot).slice(0, 4));
  for (let jaar = eersteJaar; jaar <= laatsteJaar; jaar++) {
    // One entry per date: two holidays can coincide (isBelgianHoliday then names both).
    for (const datum of new Set(belgianHolidays(jaar).map((f) => f.datum))) {
      const dn = toDayNumber(datum);
      const dow = dayOfWeekOfDayNumber(dn);
      if (dn >= van && dn <= tot && dow !== 0 && dow !== 6) result.push({ dn, naam: isBelgianHoliday(datum) ?? '' });
    }
  }
  return result;
}

/** Derivation lines for holidays skipped in (na, tot]; holidays inside a suspension are not "skipped", they are suspended. */
function feestdagRegels(na: number, tot: number, opgeschort: readonly Interval[]): string[] {
  const feestdagen = feestdagenOpWeekdagen(na + 1, tot).filter((f) => !opgeschort.some((i) => f.dn >= i.van && f.dn <= i.tot));
  // Short deadlines list each holiday on its own line; long ones (years of working days) get one line.
  if (feestdagen.length <= 5) return feestdagen.map((f) => `${fmt(f.dn)} is een feestdag (${f.naam}) → overgeslagen`);
  return [`${feestdagen.length} feestdagen overgeslagen: ${feestdagen.map((f) => `${fmt(f.dn)} (${f.naam})`).join(', ')}`];
}

function validate(input: TermijnInput): {
  startDn: number;
  dagen: number;
  soort: TermijnSoort;
  verschuif: boolean;
  intervallen: Interval[];
} {
  // The input may come from plain JavaScript or an unvalidated caller: check every field at run time.
  const raw = input as unknown as Record<string, unknown> | null;
  if (typeof raw !== 'object' || raw === null) throw new TermijnError('input', 'De termijngegevens ontbreken.');
  const startDn = checkDate(raw.start, 'start');
  const dagen = raw.dagen;
  if (typeof dagen !== 'number' || !Number.isInteger(dagen)) {
    throw new TermijnError('dagen', `"dagen" moet een geheel aantal dagen zijn, niet ${JSON.stringify(dagen) ?? 'niets'}.`);
  }
  if (dagen < 0) throw new TermijnError('dagen', `"dagen" kan niet negatief zijn (${dagen}).`);
  if (dagen > MAX_DAGEN) throw new TermijnError('dagen', `"dagen" mag hoogstens ${MAX_DAGEN} zijn (${dagen}).`);
  const soort = raw.soort;
  if (soort !== 'kalenderdagen' && soort !== 'werkdagen') {
    throw new TermijnError('soort', `"soort" moet "kalenderdagen" of "werkdagen" zijn, niet ${JSON.stringify(soort) ?? 'niets'}.`);
  }
  const verschuif = raw.verschuifNaarWerkdag;
  if (verschuif !== undefined && typeof verschuif !== 'boolean') {
    throw new TermijnError('verschuifNaarWerkdag', '"verschuifNaarWerkdag" moet waar of onwaar zijn.');
  }
  const lijst = raw.opschortingen;
  if (lijst !== undefined && !Array.isArray(lijst)) {
    throw new TermijnError('opschortingen', '"opschortingen" moet een lijst van periodes {van, tot} zijn.');
  }
  const losse = ((lijst ?? []) as unknown[]).map((o, i) => {
    const veld = `opschortingen[${i}]`;
    if (typeof o !== 'object' || o === null) throw new TermijnError(veld, `"${veld}" moet een periode {van, tot} zijn.`);
    const { van, tot } = o as Record<string, unknown>;
    const vanDn = checkDate(van, `${veld}.van`);
    const totDn = checkDate(tot, `${veld}.tot`);
    if (totDn < vanDn) {
      throw new TermijnError(
        `${veld}.tot`,
        `"${veld}.tot" (${fmt(totDn)}) ligt vóór "${veld}.van" (${fmt(vanDn)}).`,
      );
    }
    return { van: vanDn, tot: totDn };
  });
  return { startDn, dagen, soort, verschuif: verschuif === true, intervallen: merge(losse) };
}

/** Sort and merge overlapping or adjacent suspensions (adjacent = the next starts the day after the previous ends). */
function merge(losse: { van: number; tot: number }[]): Interval[] {
  const sorted = [...losse].sort((a, b) => a.van - b.van || a.tot - b.tot);
  const result: Interval[] = [];
  for (const o of sorted) {
    const last = result[result.length - 1];
    if (last && o.van <= last.tot + 1) {
      last.tot = Math.max(last.tot, o.tot);
      last.bronnen.push(o);
    } else {
      result.push({ van: o.van, tot: o.tot, bronnen: [o] });
    }
  }
  return result;
}

/** Valid ISO date from MIN_JAAR on, as a day number; otherwise a TermijnError on `field`. */
function checkDate(value: unknown, field: string): number {
  if (!isValidIsoDate(value)) {
    throw new TermijnError(field, `"${field}" is geen geldige datum: ${JSON.stringify(value) ?? 'niets'} (verwacht JJJJ-MM-DD).`);
  }
  if (Number(value.slice(0, 4)) < MIN_JAAR) {
    throw new TermijnError(field, `"${field}" (${formatDatum(value)}) ligt vóór 01/01/${MIN_JAAR}; zo vroeg rekenen we geen termijnen.`);
  }
  return toDayNumber(value);
}

/** Move one day, refusing to run past 9999-12-31 (the last date a JJJJ-MM-DD string can hold). */
function step(d: number, by: number, field: string): number {
  const next = d + by;
  if (next > MAX_DAY_NUMBER) throw new TermijnError(field, `"${field}" leidt tot een datum na 31/12/9999.`);
  return next;
}

function eenheid(soort: TermijnSoort, n: number): string {
  if (soort === 'werkdagen') return n === 1 ? 'werkdag' : 'werkdagen';
  return n === 1 ? 'kalenderdag' : 'kalenderdagen';
}

function fmt(dn: number): string {
  return formatDatum(fromDayNumber(dn));
}
