/**
 * nl-BE formatting used by the renderer and the letters alike: `22/11/2026`, `€ 1.061,20`.
 * Money is integer cents everywhere; this is the only place cents become text.
 */

/** `2026-11-22` → `22/11/2026` (no Date object, so no time-zone shift). */
export function formatDatum(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** Dutch month names, index 0 = januari. */
const MAANDEN = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni',
  'juli', 'augustus', 'september', 'oktober', 'november', 'december',
] as const;

/** Dutch month name for month 1–12, e.g. `maart`. */
export function maandNaam(month: number): string {
  const naam = MAANDEN[month - 1];
  if (!Number.isInteger(month) || naam === undefined) throw new RangeError(`Ongeldige maand: ${month}`);
  return naam;
}

/** The month of a date by name: `2026-07-01` → `juli`. */
export const maandNaamVan = (iso: string): string => maandNaam(Number(iso.slice(5, 7)));

/** `2026-11-22` → `22 november 2026` (letters). */
export function formatDatumLang(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${maandNaam(Number(m[2]))} ${m[1]}`;
}

// Made once (constructing a formatter costs far more than formatting with it).
const TIJDSTIP = new Intl.DateTimeFormat('nl-BE', {
  timeZone: 'Europe/Brussels', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit',
});

/** ISO timestamp → `22/11/2026 10:00` in Brussels time. */
export function formatTijdstip(isoTimestamp: string): string {
  const d = new Date(isoTimestamp);
  if (Number.isNaN(d.getTime())) return isoTimestamp;
  const parts = TIJDSTIP.formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('day')}/${get('month')}/${get('year')} ${get('hour')}:${get('minute')}`;
}

/** 106120 → `€ 1.061,20`; negative amounts as `-€ 12,00`. Integer cents only. */
export function formatEuro(cents: number): string {
  if (!Number.isInteger(cents)) throw new Error(`Bedrag moet in gehele eurocent: ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const euros = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}€ ${euros},${String(abs % 100).padStart(2, '0')}`;
}

/** Basis points → `80 %` / `62,5 %`. */
export function formatPercentage(basispunten: number): string {
  const v = basispunten / 100;
  return `${v.toLocaleString('nl-BE', { maximumFractionDigits: 2 })} %`;
}

/** Parse a user's euro text (`1.061,20`, `1061.20`, `€ 12`) to cents, or null. */
export function parseEuro(text: string): number | null {
  const t = text.replace(/[€\s]/g, '');
  if (!/^-?[\d.,]+$/.test(t)) return null;
  // The last separator followed by 1–2 digits is the decimal separator.
  const m = /^(-?)([\d.,]*?)(?:[.,](\d{1,2}))?$/.exec(t);
  if (!m) return null;
  const whole = m[2].replace(/[.,]/g, '') || '0';
  const frac = (m[3] ?? '').padEnd(2, '0');
  const cents = Number(whole) * 100 + Number(frac);
  return Number.isFinite(cents) ? (m[1] ? -cents : cents) : null;
}

const AANTAL = new Intl.NumberFormat('nl-BE');

/** A count in nl-BE: 50000 → `50.000`. */
export const formatAantal = (n: number): string => AANTAL.format(n);

/** A count with the right noun: `aantalMet(1, 'betaling', 'betalingen')` → `1 betaling`, 1200 → `1.200 betalingen`. */
export const aantalMet = (n: number, enkelvoud: string, meervoud: string): string => `${formatAantal(n)} ${n === 1 ? enkelvoud : meervoud}`;
