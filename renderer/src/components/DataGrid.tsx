import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { AgGridReact } from 'ag-grid-react';
import {
  AllCommunityModule,
  ModuleRegistry,
  themeQuartz,
  type CellKeyDownEvent,
  type ColDef,
  type ColumnMovedEvent,
  type ColumnResizedEvent,
  type GetRowIdParams,
  type GridApi,
  type GridReadyEvent,
  type RowDoubleClickedEvent,
  type SelectionChangedEvent,
} from 'ag-grid-community';
import { Button, Group, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { AG_GRID_NL } from './agGridLocale';
import { formatAantal } from './format';

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

const DEFAULT_COL_DEF: ColDef = {
  sortable: true,
  filter: true,
  resizable: true,
  flex: 1,
  minWidth: 110,
  // A long header ("Ondernemingsnummer", "Behandelaar") wraps instead of being cut off with an ellipsis.
  wrapHeaderText: true,
  autoHeaderHeight: true,
};

const ROW_SELECTION = { mode: 'singleRow', checkboxes: false, enableClickSelection: true } as const;

const storageKey = (gridId: string) => `wzt.grid.${gridId}.kolommen.v1`;

export interface DataGridProps<T> {
  /** Key under which the column state (order, width, sort, visibility) is remembered. */
  gridId: string;
  /** Accessible name of the grid region, e.g. "Lijst van organisaties". */
  ariaLabel: string;
  rowData: T[] | undefined;
  /** Keep this reference stable (module constant or useMemo): AG Grid rebuilds columns when it changes. */
  columnDefs: ColDef<T>[];
  getRowId: (row: T) => string;
  loading?: boolean;
  /** Show the quick search box ("Zoeken"). */
  quickSearch?: boolean;
  searchLabel?: string;
  /** Enter or double-click on a row. */
  onOpen?: (row: T) => void;
  /** Click or space on a row (not called for selections made through `selectedId`). */
  onSelect?: (row: T | null) => void;
  /** Row id to select and scroll to (e.g. from the route). */
  selectedId?: string | null;
  height?: number | string;
  /** Extra controls shown left of the search box. */
  toolbar?: ReactNode;
  /** Noun for the row count, e.g. ["organisatie", "organisaties"]. */
  rijNaam?: [string, string];
}

/** The one list component: AG Grid with Dutch text, quick search, remembered columns. */
export function DataGrid<T>(props: DataGridProps<T>) {
  const { gridId, rowData, columnDefs, loading, quickSearch = true, onOpen, onSelect, height = 560, toolbar } = props;
  const apiRef = useRef<GridApi<T> | null>(null);
  const containerRef = useRef<HTMLDivElement | null>(null);
  const [zoek, setZoek] = useState('');
  const [zoekDebounced] = useDebouncedValue(zoek, 200);
  const [getoond, setGetoond] = useState<number | null>(null);

  // Callbacks held in refs so the grid's own props stay stable across renders.
  const openRef = useRef(onOpen);
  openRef.current = onOpen;
  const selectRef = useRef(onSelect);
  selectRef.current = onSelect;
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

  const onGridReady = useCallback(
    (e: GridReadyEvent<T>) => {
      apiRef.current = e.api;
      setKlaar(true);
      try {
        const saved = localStorage.getItem(storageKey(gridId));
        if (saved) e.api.applyColumnState({ state: JSON.parse(saved), applyOrder: true });
      } catch {
        localStorage.removeItem(storageKey(gridId));
      }
      const grid = containerRef.current?.querySelector('[role="grid"], [role="treegrid"]');
      grid?.setAttribute('aria-label', props.ariaLabel);
    },
    [gridId, props.ariaLabel],
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

  const [klaar, setKlaar] = useState(false);
  const selectedId = props.selectedId;
  useEffect(() => {
    const api = apiRef.current;
    if (!klaar || !api || !rowData) return;
    if (!selectedId) {
      api.deselectAll('all', 'api');
      return;
    }
    const node = api.getRowNode(selectedId);
    if (node && !node.isSelected()) {
      node.setSelected(true, true, 'api');
      api.ensureNodeVisible(node, 'middle');
    }
  }, [klaar, selectedId, rowData]);

  const onModelUpdated = useCallback(() => {
    const api = apiRef.current;
    if (api) setGetoond(api.getDisplayedRowCount());
  }, []);

  const onColumnMoved = useCallback((e: ColumnMovedEvent<T>) => e.finished && saveState(), [saveState]);
  const onColumnResized = useCallback((e: ColumnResizedEvent<T>) => e.finished && e.source !== 'flex' && saveState(), [saveState]);

  const reset = () => {
    localStorage.removeItem(storageKey(gridId));
    apiRef.current?.resetColumnState();
  };

  const totaal = rowData?.length ?? 0;
  const [enkel, meervoud] = props.rijNaam ?? ['rij', 'rijen'];
  const telling = useMemo(() => {
    if (!rowData) return '';
    const n = getoond ?? totaal;
    const noun = totaal === 1 ? enkel : meervoud;
    return n === totaal ? `${formatAantal(totaal)} ${noun}` : `${formatAantal(n)} van ${formatAantal(totaal)} ${meervoud}`;
  }, [rowData, getoond, totaal, enkel, meervoud]);

  return (
    <div className="datagrid">
      <Group justify="space-between" align="flex-end" mb="xs" gap="sm" wrap="wrap">
        <Group gap="sm" align="flex-end">
          {quickSearch && (
            <TextInput
              label={props.searchLabel ?? 'Zoeken'}
              placeholder="Zoeken..."
              type="search"
              value={zoek}
              onChange={(e) => setZoek(e.currentTarget.value)}
              w={300}
            />
          )}
          {toolbar}
        </Group>
        <Group gap="sm" align="center">
          <Text size="sm" c="dimmed" aria-live="polite" data-testid={`${gridId}-telling`}>
            {telling}
          </Text>
          <Button variant="subtle" size="compact-sm" onClick={reset}>
            Kolommen herstellen
          </Button>
        </Group>
      </Group>
      <div ref={containerRef} role="region" aria-label={props.ariaLabel} style={{ height, minHeight: 280 }}>
        <AgGridReact<T>
          theme={gridTheme}
          localeText={AG_GRID_NL}
          rowData={rowData}
          columnDefs={columnDefs}
          defaultColDef={DEFAULT_COL_DEF as ColDef<T>}
          getRowId={getRowId}
          loading={loading}
          quickFilterText={zoekDebounced}
          cacheQuickFilter
          rowSelection={ROW_SELECTION}
          animateRows={false}
          enableCellTextSelection
          suppressDragLeaveHidesColumns
          onGridReady={onGridReady}
          onCellKeyDown={onCellKeyDown}
          onRowDoubleClicked={onRowDoubleClicked}
          onSelectionChanged={onSelectionChanged}
          onModelUpdated={onModelUpdated}
          onSortChanged={saveState}
          onColumnMoved={onColumnMoved}
          onColumnResized={onColumnResized}
          onColumnVisible={saveState}
          onColumnPinned={saveState}
        />
      </div>
    </div>
  );
}
