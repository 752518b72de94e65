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

/** Wide enough for the whole Dutch header (≈ 8 px per character plus the sort and filter icons), with a tooltip. */
export function volledigeKop<T>(k: ColDef<T>): ColDef<T> {
  const min = Math.max(k.minWidth ?? 0, (k.headerName?.length ?? 0) * 8 + 64);
  return { headerTooltip: k.headerName, ...k, minWidth: min, maxWidth: k.maxWidth === undefined ? undefined : Math.max(k.maxWidth, min) };
}
