import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { ColDef } from 'ag-grid-community';
import { useDebouncedValue } from '@mantine/hooks';
import { GridBalk, selecteer, tellingTekst, useGridGedrag } from './gridBasis';
import { koppenZonderAfgebrokenWoord } from './kolommen';

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

/** The one list component for lists held in full by the renderer: AG Grid with Dutch text, quick search, remembered columns. */
export function DataGrid<T>(props: DataGridProps<T>) {
  const { gridId, rowData, columnDefs, loading, quickSearch = true, height = 560, toolbar } = props;
  const { apiRef, containerRef, klaar, gridProps, reset } = useGridGedrag<T>(props);
  const [zoek, setZoek] = useState('');
  const [zoekDebounced] = useDebouncedValue(zoek, 200);
  const [getoond, setGetoond] = useState<number | null>(null);

  const selectedId = props.selectedId;
  useEffect(() => {
    if (klaar && rowData) selecteer(apiRef.current, selectedId);
  }, [klaar, selectedId, rowData, apiRef]);

  const onModelUpdated = useCallback(() => {
    const api = apiRef.current;
    if (api) setGetoond(api.getDisplayedRowCount());
  }, [apiRef]);

  const totaal = rowData?.length ?? 0;
  const telling = useMemo(() => (rowData ? tellingTekst(getoond ?? totaal, totaal, props.rijNaam) : ''), [rowData, getoond, totaal, props.rijNaam]);

  return (
    <div className="datagrid">
      <GridBalk gridId={gridId} zoek={quickSearch ? { label: props.searchLabel, waarde: zoek, wijzig: setZoek } : undefined} toolbar={toolbar} telling={telling} reset={reset} />
      <div ref={containerRef} role="region" aria-label={props.ariaLabel} style={{ height, minHeight: 280 }}>
        <AgGridReact<T>
          {...gridProps}
          rowData={rowData}
          columnDefs={koppenZonderAfgebrokenWoord(columnDefs)}
          loading={loading}
          quickFilterText={zoekDebounced}
          cacheQuickFilter
          onModelUpdated={onModelUpdated}
        />
      </div>
    </div>
  );
}
