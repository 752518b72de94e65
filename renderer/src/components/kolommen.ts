import type { ColDef } from 'ag-grid-community';
import { formatDatum, formatEuro } from './format';

/** A date column shown as 22/11/2026, sorted on the ISO value, searched and filtered as shown. */
export function datumKolom<T>(field: keyof T & string, headerName: string, extra: Partial<ColDef<T>> = {}): ColDef<T> {
  return {
    field: field as unknown as ColDef<T>['field'],
    headerName,
    minWidth: 140,
    maxWidth: 160,
    valueFormatter: (p) => formatDatum(p.value as string | null),
    filterValueGetter: (p) => formatDatum((p.data?.[field] as string | null | undefined) ?? null),
    getQuickFilterText: (p) => formatDatum(p.value as string | null),
    ...extra,
  };
}

/** An amount in cents shown as € 1.061,20, right-aligned, sorted numerically. */
export function euroKolom<T>(field: keyof T & string, headerName: string, extra: Partial<ColDef<T>> = {}): ColDef<T> {
  return {
    field: field as unknown as ColDef<T>['field'],
    headerName,
    minWidth: 130,
    type: 'rightAligned',
    filter: 'agNumberColumnFilter',
    valueFormatter: (p) => (typeof p.value === 'number' ? formatEuro(p.value) : ''),
    getQuickFilterText: (p) => (typeof p.value === 'number' ? formatEuro(p.value) : ''),
    ...extra,
  };
}

/** Where a header may wrap inside a long word: a soft hyphen ("Ondernemings-nummer" on two lines). */
const AFBREEKPUNT = '\u00AD';

/** A header's name as it is written, without the places where it may wrap (its tooltip, the CSV file's header). */
export const kopNaam = (kop: string): string => kop.replaceAll(AFBREEKPUNT, '');

/**
 * "Ondernemingsnummer" as a column header: it wraps as "Ondernemings-nummer", so the column is as wide as its numbers
 * (≈ 200 px) rather than its name (≈ 260 px). Both header-width rules below honour it.
 */
export const ONDERNEMINGSNUMMER_KOP = `Ondernemings${AFBREEKPUNT}nummer`;

/**
 * What a header needs beside its text: the cell's padding and the filter icon (48 px measured in AG Grid's Quartz theme)
 * and, on the sorted column, the sort arrow (72 px in all), plus a few pixels for rounding.
 */
const KOP_RUIMTE = 76;

/** At least `min` wide; a maximum below it is raised with it. */
function minstens<T>(k: ColDef<T>, min: number): ColDef<T> {
  if ((k.minWidth ?? 0) >= min) return k;
  return { ...k, minWidth: min, maxWidth: k.maxWidth === undefined ? undefined : Math.max(k.maxWidth, min) };
}

let meter: CanvasRenderingContext2D | null = null;
/** The width of header text in the header's font (the page's font, 14 px, weight 600: gridTheme), or 0 without a canvas. */
function kopBreedte(tekst: string): number {
  if (!meter) {
    meter = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    if (!meter) return 0;
    meter.font = `600 14px ${getComputedStyle(document.body).fontFamily}`;
  }
  return meter.measureText(tekst).width;
}

/**
 * Wide enough for the whole Dutch header on one line, with a tooltip: measured in the header's font like the words
 * below (≈ 8 px per character where there is no canvas to measure with). A header with a soft hyphen may wrap there.
 */
export function volledigeKop<T>(k: ColDef<T>): ColDef<T> {
  const tekst = k.headerName ?? '';
  if (tekst.includes(AFBREEKPUNT)) return { headerTooltip: kopNaam(tekst), ...k };
  return minstens({ headerTooltip: k.headerName, ...k }, Math.ceil(kopBreedte(tekst) || tekst.length * 8) + KOP_RUIMTE);
}

const metPassendeKoppen = new WeakMap<readonly ColDef[], ColDef[]>();

/**
 * Every grid's columns, wide enough for the longest word of their header: a header wraps between words
 * (`wrapHeaderText`), but a word longer than its column was broken in the middle ("Ondernemingsnum-mer", "Behandela-ar").
 * A header may mark where a long word may be hyphenated with a soft hyphen (U+00AD, "Ondernemings\u00ADnummer"): then
 * each part, with its hyphen, counts as a word. Measured in the header's own font, so it holds for the font the machine
 * has (Segoe UI on Windows, wider fallbacks elsewhere) where a width per character did not. The same array for the same
 * columns (AG Grid rebuilds its columns when the array changes).
 */
export function koppenZonderAfgebrokenWoord<T>(kolommen: ColDef<T>[]): ColDef<T>[] {
  const bekend = metPassendeKoppen.get(kolommen as readonly ColDef[]);
  if (bekend) return bekend as ColDef<T>[];
  const uit = kolommen.map((k) => {
    const woorden = k.headerName?.split(/\s+/).flatMap((w) => w.split(AFBREEKPUNT).map((d, i, delen) => (i < delen.length - 1 ? `${d}-` : d))).filter(Boolean) ?? [];
    const breedste = Math.max(0, ...woorden.map(kopBreedte));
    return breedste ? minstens(k, Math.ceil(breedste) + KOP_RUIMTE) : k;
  });
  metPassendeKoppen.set(kolommen as readonly ColDef[], uit as ColDef[]);
  return uit;
}
