import { isValidIsoDate } from './dates';
import { EERSTE_JAAR, FEESTDAGEN } from './feestdagen-be.generated';

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
 *
 * The years a back office meets (EERSTE_JAAR to the end of the century) come from a table the library made
 * (`feestdagen-be.generated.ts`, `npm run feestdagen`; a test checks every year of it against the library), so a
 * start of the application does not load the library and its calendars of every country (issue 13: ≈ 150 ms of the
 * host's start). Other years come from the source the core registers (`zetFeestdagenBron`: the library itself,
 * electron/core/platform/feestdagen.ts), loaded on first use; shared/ itself stays free of Node modules.
 */
export const LEGALE_FEESTDAGEN: Readonly<Record<string, string>> = {
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
export const AANTAL_FEESTDAGEN = Object.keys(LEGALE_FEESTDAGEN).length;
/** The Dutch names in the order of the law's list (the order of the generated table's columns). */
export const LEGALE_FEESTDAGEN_NAMEN: readonly string[] = Object.values(LEGALE_FEESTDAGEN);

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

const perYear = new Map<number, readonly Feestdag[]>();
const perDate = new Map<string, string>();

/** Where the years outside the table come from (the core registers the library); none: such a year is refused. */
let bron: ((year: number) => Feestdag[]) | null = null;

export function zetFeestdagenBron(f: (year: number) => Feestdag[]): void {
  bron = f;
}

function buitenTabel(year: number): Feestdag[] {
  if (!bron) throw new RangeError(`Feestdagen van ${year} staan niet in de tabel (${EERSTE_JAAR}–${EERSTE_JAAR + FEESTDAGEN.length - 1}) en er is geen bron voor andere jaren.`);
  return [...bron(year)].sort(opDatum);
}

/** A year of the table: its ten dates (MMDD) in the order of LEGALE_FEESTDAGEN, sorted by date. */
function uitTabel(year: number): Feestdag[] | null {
  const rij = FEESTDAGEN[year - EERSTE_JAAR];
  if (!rij) return null;
  return rij
    .split(',')
    .map((mmdd, i): Feestdag => ({ datum: `${year}-${mmdd.slice(0, 2)}-${mmdd.slice(2)}`, naam: LEGALE_FEESTDAGEN_NAMEN[i] }))
    .sort(opDatum);
}

/** By date; two on one date in the order of the law's list (Dag van de Arbeid before O.L.H. Hemelvaart). */
export function opDatum(a: Feestdag, b: Feestdag): number {
  return a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : LEGALE_FEESTDAGEN_NAMEN.indexOf(a.naam) - LEGALE_FEESTDAGEN_NAMEN.indexOf(b.naam);
}

function load(year: number): readonly Feestdag[] {
  const cached = perYear.get(year);
  if (cached) return cached;
  const frozen = Object.freeze((uitTabel(year) ?? buitenTabel(year)).map((f) => Object.freeze({ ...f })));
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
