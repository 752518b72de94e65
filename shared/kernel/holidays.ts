import Holidays from 'date-holidays';
import { isValidIsoDate } from './dates';

/**
 * Belgian legal public holidays (wettelijke feestdagen, KB 18 april 1974): the ten days on which
 * deadlines do not count as working days. The dates come from `date-holidays` (country BE) so that
 * no Easter computation lives in this code base.
 *
 * date-holidays also knows observances (Pasen, Pinksteren, Driekoningen, Allerzielen, Koningsdag…).
 * Asking for type 'public' alone already drops those today, but a library update could reclassify
 * a day, so the result is additionally filtered on the library's *rule* for each of the ten legal
 * days, and we insist on exactly ten per year: a silently wrong holiday list would silently move
 * legal deadlines, so a surprise from the library must fail loudly instead.
 *
 * The Dutch names are ours (the library says e.g. "Hemelvaartsdag", "Tenhemelopneming").
 */
const LEGALE_FEESTDAGEN: Readonly<Record<string, string>> = {
  '01-01': 'Nieuwjaar',
  'easter 1': 'Paasmaandag',
  '05-01': 'Dag van de Arbeid',
  'easter 39': 'O.L.H. Hemelvaart',
  'easter 50': 'Pinkstermaandag',
  '07-21': 'Nationale feestdag',
  '08-15': 'O.L.V. Hemelvaart',
  '11-01': 'Allerheiligen',
  '11-11': 'Wapenstilstand',
  '12-25': 'Kerstmis',
};
const AANTAL_FEESTDAGEN = Object.keys(LEGALE_FEESTDAGEN).length;

/**
 * Years we answer for. date-holidays builds `Date`s with the two-digit-year quirk (year 1 comes back
 * as 1901), and the app has no business before 1900, so anything outside is refused.
 */
export const MIN_JAAR = 1900;
export const MAX_JAAR = 9999;

export interface Feestdag {
  /** `YYYY-MM-DD` */
  datum: string;
  /** Dutch name, e.g. `Kerstmis` */
  naam: string;
}

let library: Holidays | undefined;
const perYear = new Map<number, readonly Feestdag[]>();
const perDate = new Map<string, string>();

function lib(): Holidays {
  // Created lazily: the constructor parses the whole BE rule set, which is wasted on code paths
  // that never touch a deadline.
  library ??= new Holidays('BE', { types: ['public'] });
  return library;
}

function load(year: number): readonly Feestdag[] {
  const cached = perYear.get(year);
  if (cached) return cached;
  const feestdagen = lib()
    .getHolidays(year, 'nl')
    .filter((h) => h.type === 'public' && !h.substitute && h.rule in LEGALE_FEESTDAGEN)
    // `date` is the calendar date in Belgium ("2026-12-25 00:00:00"); `start` is an instant and
    // would depend on the process time zone, so it is not used.
    .map((h): Feestdag => Object.freeze({ datum: h.date.slice(0, 10), naam: LEGALE_FEESTDAGEN[h.rule] }))
    .sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : 0));
  const names = new Set(feestdagen.map((f) => f.naam));
  if (feestdagen.length !== AANTAL_FEESTDAGEN || names.size !== AANTAL_FEESTDAGEN || feestdagen.some((f) => !f.datum.startsWith(`${String(year).padStart(4, '0')}-`))) {
    throw new Error(
      `date-holidays gaf voor ${year} niet de ${AANTAL_FEESTDAGEN} Belgische wettelijke feestdagen: ` +
        JSON.stringify(feestdagen),
    );
  }
  const frozen = Object.freeze(feestdagen);
  perYear.set(year, frozen);
  // Two legal holidays can share a date (O.L.H. Hemelvaart on 1 May, e.g. 2008): keep both names.
  // For deadlines it is still one non-working day; replacement days (vervangingsdagen) are a labour
  // law matter for employers and do not move deadlines.
  for (const f of frozen) {
    const other = perDate.get(f.datum);
    perDate.set(f.datum, other ? `${other} en ${f.naam}` : f.naam);
  }
  return frozen;
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_JAAR || year > MAX_JAAR) {
    throw new RangeError(`Feestdagen zijn enkel beschikbaar voor de jaren ${MIN_JAAR}–${MAX_JAAR}, niet ${year}`);
  }
}

/**
 * The ten Belgian legal holidays of `year`, in date order (always ten entries; two may share a
 * date). Computed once per year.
 */
export function belgianHolidays(year: number): Feestdag[] {
  checkYear(year);
  // A fresh array of (frozen) entries, so a caller sorting or pushing cannot corrupt the cache.
  return [...load(year)];
}

/**
 * Dutch name of the legal holiday on `iso` (both names joined with " en " when two coincide), or
 * null when it is none. Throws a RangeError on an invalid date or a year outside MIN_JAAR–MAX_JAAR.
 */
export function isBelgianHoliday(iso: string): string | null {
  if (!isValidIsoDate(iso)) throw new RangeError(`Ongeldige datum: ${JSON.stringify(iso)} (verwacht JJJJ-MM-DD)`);
  const year = Number(iso.slice(0, 4));
  checkYear(year);
  load(year);
  return perDate.get(iso) ?? null;
}
