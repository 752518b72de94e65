import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  AllCommunityModule,
  convertColumnState,
  createGrid,
  ModuleRegistry,
  themeQuartz,
  type CellKeyDownEvent,
  type ColDef,
  type ColumnMovedEvent,
  type ColumnState,
  type ColumnResizedEvent,
  type GetRowIdParams,
  type GridApi,
  type GridReadyEvent,
  type GridState,
  type RowDoubleClickedEvent,
  type SelectionChangedEvent,
} from 'ag-grid-community';
import { Button, Group, Text, TextInput } from '@mantine/core';
import { AG_GRID_NL } from './agGridLocale';
import { aantalMet, formatAantal } from './format';
import { csvTekst } from '../../../shared/kernel/csv';
import { DatumFilterInvoer } from './datumFilter';
import { kopNaam } from './kolommen';

/**
 * What every grid of the app shares, whichever row model it uses (`DataGrid`: the list held whole in the screen;
 * `PaginaGrid`: a big register paged in the core): AG Grid's modules, the theme, the column defaults, remembered
 * columns, keyboard and selection behaviour, the toolbar and the row count.
 */
ModuleRegistry.registerModules([AllCommunityModule]);

/** Calm grid theme in line with the Mantine theme: dark text, blue accent, visible focus. */
export const gridTheme = themeQuartz.withParams({
  accentColor: '#0055cc',
  foregroundColor: '#1d1d1b',
  backgroundColor: '#ffffff',
  headerBackgroundColor: '#f3f4f6',
  headerTextColor: '#1d1d1b',
  headerFontWeight: 600,
  oddRowBackgroundColor: '#fafafa',
  rowHoverColor: '#eef4fc',
  selectedRowBackgroundColor: '#fff7b3',
  borderColor: '#d4d6d9',
  fontFamily: 'inherit',
  fontSize: 14,
  rowHeight: 36,
  headerHeight: 40,
  browserColorScheme: 'light',
});

/**
 * Keeps the grid theme's stylesheet in the document for the app's life. AG Grid injects its CSS (≈ 190 KB in 25 style
 * elements) when a grid is made and removes it with the last grid; every screen change between registers then parsed it
 * anew and recalculated the whole page's styles against Mantine's stylesheet: ≈ 50 ms of opening a register at 10×
 * (issue 13). An empty grid that never shows (hidden, inert: not in the tab order or the accessibility tree) holds it.
 */
export function GridStijlBewaren() {
  const ref = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    const api = createGrid(ref.current!, { theme: gridTheme, columnDefs: [], rowData: [] });
    return () => api.destroy();
  }, []);
  return <div ref={ref} hidden inert />;
}

const DEFAULT_COL_DEF: ColDef = {
  sortable: true,
  filter: true,
  resizable: true,
  flex: 1,
  minWidth: 110,
  // A long header ("Ondernemingsnummer", "Behandelaar") wraps instead of being cut off with an ellipsis.
  wrapHeaderText: true,
  autoHeaderHeight: true,
  // A value cut off with an ellipsis ("Maatwerkbedrijf Antwerpse…") shows whole on hover (tooltipShowMode below).
  tooltipValueGetter: (p) => p.valueFormatted ?? (p.value == null ? undefined : String(p.value)),
  // Date filters take dd/mm/jjjj whatever the browser's language (AG Grid's own box is a native date field).
  dateComponent: DatumFilterInvoer,
};

const ROW_SELECTION = { mode: 'singleRow', checkboxes: false, enableClickSelection: true } as const;

const storageKey = (gridId: string) => `wzt.grid.${gridId}.kolommen.v1`;

/** The columns as the officer left them (order, widths, hidden, pinned, sort), or null when none are remembered. */
function bewaardeKolommen(gridId: string): ColumnState[] | null {
  try {
    const saved = localStorage.getItem(storageKey(gridId));
    return saved ? (JSON.parse(saved) as ColumnState[]) : null;
  } catch {
    localStorage.removeItem(storageKey(gridId)); // unreadable: the grid starts from its definitions
    return null;
  }
}

/**
 * The sort a grid will start with, before it exists: its initial state's (the remembered columns', from
 * `useGridGedrag`), else the column definitions' own. PaginaGrid asks the core for its first page with it while the
 * grid is being built.
 */
export function startSortering(beginstaat: GridState | undefined, columnDefs: readonly ColDef[]): { colId: string; sort: 'asc' | 'desc' }[] {
  if (beginstaat) return (beginstaat.sort?.sortModel ?? []).map(({ colId, sort }) => ({ colId, sort }));
  return columnDefs
    .filter((k) => (k.sort === 'asc' || k.sort === 'desc') && (k.colId ?? k.field))
    .sort((a, b) => (a.sortIndex ?? 0) - (b.sortIndex ?? 0))
    .map((k) => ({ colId: String(k.colId ?? k.field), sort: k.sort as 'asc' | 'desc' }));
}

/**
 * What every grid of the app does alike, with the client-side (`DataGrid`) or the server-paged row model
 * (`PaginaGrid`): remembered columns, the accessible name, Enter or double-click to open, click to select.
 */
export function useGridGedrag<T>(props: { gridId: string; ariaLabel: string; getRowId: (row: T) => string; onOpen?: (row: T) => void; onSelect?: (row: T | null) => void; rijNaam?: [string, string] }) {
  const { gridId, ariaLabel } = props;
  const apiRef = useRef<GridApi<T> | null>(null);
  const containerRef = useRef<HTMLDivElement | null>(null);
  const [klaar, setKlaar] = useState(false);

  // Callbacks held in refs so the grid's own props stay stable across renders.
  const openRef = useRef(props.onOpen);
  openRef.current = props.onOpen;
  const selectRef = useRef(props.onSelect);
  selectRef.current = props.onSelect;
  const rowIdFn = useRef(props.getRowId);
  rowIdFn.current = props.getRowId;

  const getRowId = useCallback((p: GetRowIdParams<T>) => rowIdFn.current(p.data), []);

  const saveState = useCallback(() => {
    const api = apiRef.current;
    if (!api) return;
    try {
      localStorage.setItem(storageKey(gridId), JSON.stringify(api.getColumnState()));
    } catch {
      /* storage full or unavailable: not important */
    }
  }, [gridId]);

  // The remembered columns are the grid's initial state, applied while it is made: a paged grid then asks for its first
  // rows once, in the remembered order (applied at "grid ready", they came after its first request and asked again).
  const [initialState] = useState<GridState | undefined>(() => {
    const bewaard = bewaardeKolommen(gridId);
    return bewaard ? convertColumnState(bewaard) : undefined;
  });

  const onGridReady = useCallback(
    (e: GridReadyEvent<T>) => {
      apiRef.current = e.api;
      setKlaar(true);
      const grid = containerRef.current?.querySelector('[role="grid"], [role="treegrid"]');
      grid?.setAttribute('aria-label', ariaLabel);
    },
    [ariaLabel],
  );

  const onCellKeyDown = useCallback((e: CellKeyDownEvent<T>) => {
    const ke = e.event as KeyboardEvent | null | undefined;
    if (ke?.key === 'Enter' && e.data && openRef.current) {
      ke.preventDefault();
      openRef.current(e.data);
    }
  }, []);

  const onRowDoubleClicked = useCallback((e: RowDoubleClickedEvent<T>) => {
    if (e.data && openRef.current) openRef.current(e.data);
  }, []);

  const onSelectionChanged = useCallback((e: SelectionChangedEvent<T>) => {
    if (e.source === 'api') return;
    selectRef.current?.(e.api.getSelectedRows()[0] ?? null);
  }, []);

  const onColumnMoved = useCallback((e: ColumnMovedEvent<T>) => e.finished && saveState(), [saveState]);
  const onColumnResized = useCallback((e: ColumnResizedEvent<T>) => e.finished && e.source !== 'flex' && saveState(), [saveState]);

  const reset = useCallback(() => {
    localStorage.removeItem(storageKey(gridId));
    apiRef.current?.resetColumnState();
  }, [gridId]);

  // An empty list names what it lists ("Geen betaalruns") rather than "Geen rijen".
  const meervoud = props.rijNaam?.[1];
  const localeText = useMemo(
    () => (meervoud ? { ...AG_GRID_NL, noRowsToShow: `Geen ${meervoud}`, noMatchingRows: `Geen ${meervoud} die aan de zoekopdracht voldoen` } : AG_GRID_NL),
    [meervoud],
  );

  const gridProps = {
    theme: gridTheme,
    initialState,
    localeText,
    defaultColDef: DEFAULT_COL_DEF as ColDef<T>,
    getRowId,
    rowSelection: ROW_SELECTION,
    animateRows: false,
    tooltipShowMode: 'whenTruncated' as const,
    tooltipShowDelay: 500,
    enableCellTextSelection: true,
    suppressDragLeaveHidesColumns: true,
    onGridReady,
    onCellKeyDown,
    onRowDoubleClicked,
    onSelectionChanged,
    onSortChanged: saveState,
    onColumnMoved,
    onColumnResized,
    onColumnVisible: saveState,
    onColumnPinned: saveState,
  };
  return { apiRef, containerRef, klaar, gridProps, reset };
}

/** Selects the row with this id (from the route) once it is loaded, and scrolls to it. */
export function selecteer<T>(api: GridApi<T> | null, selectedId: string | null | undefined): void {
  if (!api) return;
  if (!selectedId) {
    api.deselectAll('all', 'api');
    return;
  }
  const node = api.getRowNode(selectedId);
  if (node && !node.isSelected()) {
    node.setSelected(true, true, 'api');
    api.ensureNodeVisible(node, 'middle');
  }
}

/** The toolbar above every grid: search and extra controls left, the row count and "Kolommen herstellen" right. */
export function GridBalk(props: {
  gridId: string;
  zoek?: { label?: string; waarde: string; wijzig: (v: string) => void };
  toolbar?: ReactNode;
  telling: string;
  reset: () => void;
  /** Export of every row that matches (not only the loaded ones), with its progress while it runs. */
  export?: { start: () => void; voortgang: string | null };
}) {
  return (
    <Group justify="space-between" align="flex-end" mb="xs" gap="sm" wrap="wrap">
      <Group gap="sm" align="flex-end">
        {props.zoek && (
          <TextInput
            label={props.zoek.label ?? 'Zoeken'}
            placeholder="Zoeken..."
            type="search"
            value={props.zoek.waarde}
            onChange={(e) => props.zoek!.wijzig(e.currentTarget.value)}
            w={300}
          />
        )}
        {props.toolbar}
      </Group>
      <Group gap="sm" align="center">
        <Text size="sm" c="dimmed" aria-live="polite" data-testid={`${props.gridId}-telling`}>
          {props.telling}
        </Text>
        {props.export && (
          <Button variant="subtle" size="compact-sm" onClick={props.export.start} loading={props.export.voortgang !== null} loaderProps={{ type: 'dots' }}>
            Exporteren (CSV)
          </Button>
        )}
        {props.export?.voortgang && (
          <Text size="sm" c="dimmed" role="status">
            {props.export.voortgang}
          </Text>
        )}
        <Button variant="subtle" size="compact-sm" onClick={props.reset}>
          Kolommen herstellen
        </Button>
      </Group>
    </Group>
  );
}

/** "38.921 overeenkomsten" or, filtered, "393 van 38.921 overeenkomsten". */
export function tellingTekst(getoond: number, totaal: number, [enkel, meervoud]: [string, string] = ['rij', 'rijen']): string {
  return getoond === totaal ? aantalMet(totaal, enkel, meervoud) : `${formatAantal(getoond)} van ${formatAantal(totaal)} ${meervoud}`;
}

/**
 * Rows as a CSV file as Belgian Excel opens it (shared/kernel/csv.ts): the columns the officer sees,
 * in their order, with their headers and the values as shown (the columns' value formatters: dates dd/mm/jjjj, labels).
 * The rows are the register's own answers, so personal data are in it exactly as masked on screen.
 */
export function rijenAlsCsv<T>(api: GridApi<T>, rijen: readonly T[]): string {
  const kolommen = api.getAllDisplayedColumns();
  const waarde = (kolom: (typeof kolommen)[number], rij: T) => {
    const def = kolom.getColDef();
    const basis = { data: rij, colDef: def, column: kolom, api, node: null, context: undefined };
    const ruw = typeof def.valueGetter === 'function' ? def.valueGetter({ ...basis, getValue: () => undefined } as never) : def.field ? (rij as Record<string, unknown>)[def.field] : undefined;
    return typeof def.valueFormatter === 'function' ? def.valueFormatter({ ...basis, value: ruw } as never) : ruw;
  };
  // A header's soft hyphen (where it may wrap on screen) is not part of the column's name in the file.
  return csvTekst([kolommen.map((k) => kopNaam(api.getDisplayNameForColumn(k, null) ?? '')), ...rijen.map((r) => kolommen.map((k) => waarde(k, r)))]);
}
