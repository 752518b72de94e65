import type { ColDef } from 'ag-grid-community';
import type { BronStatus, Parameter } from '../../../../../shared/platform/parameter.contract';
import { formatDatum, formatParameterWaarde } from '../../../components/format';
import { BRON_LABELS } from '../../../components/labels';

export const PARAMETER_KOLOMMEN: ColDef<Parameter>[] = [
  { field: 'code', headerName: 'Code', minWidth: 320, sort: 'asc', sortIndex: 0 },
  // What a parameter means and its legal basis are read whole (the row grows), not guessed from their first words.
  { field: 'omschrijving', headerName: 'Omschrijving', flex: 2, minWidth: 230, wrapText: true, autoHeight: true },
  {
    colId: 'waarde',
    headerName: 'Waarde',
    minWidth: 150,
    wrapText: true,
    autoHeight: true,
    valueGetter: (p) => (p.data ? formatParameterWaarde(p.data) : ''),
    // Sort by the number (or ISO date), not by the formatted text.
    comparator: (_a, _b, na, nb) => {
      const x = na.data, y = nb.data;
      if (!x || !y) return 0;
      if (x.waardeGetal !== null && y.waardeGetal !== null) return x.waardeGetal - y.waardeGetal;
      return String(x.waardeDatum ?? '').localeCompare(String(y.waardeDatum ?? ''));
    },
  },
  {
    field: 'geldigVan',
    headerName: 'Geldig van',
    minWidth: 170,
    sort: 'asc',
    sortIndex: 1,
    valueFormatter: (p) => formatDatum(p.value as string),
    filterValueGetter: (p) => formatDatum(p.data?.geldigVan),
    getQuickFilterText: (p) => formatDatum(p.value as string),
  },
  {
    field: 'geldigTot',
    headerName: 'Geldig tot',
    minWidth: 150,
    valueFormatter: (p) => (p.value ? formatDatum(p.value as string) : 'onbepaald'),
    filterValueGetter: (p) => (p.data?.geldigTot ? formatDatum(p.data.geldigTot) : 'onbepaald'),
    getQuickFilterText: (p) => formatDatum(p.value as string),
  },
  { field: 'wettelijkeBasis', headerName: 'Wettelijke basis', flex: 2, minWidth: 220, wrapText: true, autoHeight: true },
  {
    field: 'bronStatus',
    headerName: 'Bron',
    minWidth: 150,
    valueFormatter: (p) => BRON_LABELS[p.value as BronStatus] ?? String(p.value ?? ''),
    filterValueGetter: (p) => (p.data ? BRON_LABELS[p.data.bronStatus] : ''),
    getQuickFilterText: (p) => BRON_LABELS[p.value as BronStatus] ?? '',
  },
];

export const parameterRowId = (p: Parameter): string => String(p.id);
