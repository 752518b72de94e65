import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createGrid, type ColDef, type GridOptions, type IDatasource, type IGetRowsParams } from 'ag-grid-community';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import type { Input, MethodName, Output } from '../../../shared/api/contract';
import type { Pagina, PaginaKolommen, PaginaVraag } from '../../../shared/api/pagina';
import { call, type ApiClientError } from '../api/client';
import { koppenZonderAfgebrokenWoord } from './kolommen';
import { GridBalk, rijenAlsCsv, selecteer, startSortering, tellingTekst, useGridGedrag } from './gridBasis';
import { formatAantal } from './format';
import { saveBestand, tekstAlsBase64 } from './pdf';
import { Fout } from './States';

/** A method answering one page of a register (`overeenkomst.pagina`, …). */
type PaginaMethode = { [K in MethodName]: Output<K> extends Pagina<unknown> ? K : never }[MethodName];
type RijVan<K extends PaginaMethode> = Output<K> extends Pagina<infer T> ? T : never;
/** The method's own filters: its input without the page, sort, filters and search the grid adds. */
type EigenInvoer<K extends PaginaMethode> = Omit<Input<K>, keyof PaginaVraag>;

/** Rows per request: a screen and a half, so scrolling a little never waits. */
const BLOK = 100;
/** Rows per request of an export: the most a page may hold (contract), so no answer of the core is big. */
const EXPORT_BLOK = 1000;

/** Two lines of the grid's 14 px text (line height 1.35) and the cell's padding. */
const TWEE_REGELS_HOOGTE = 56;

/** A column of a `tweeRegels` grid whose text wraps onto a second line, cut off after it (the tooltip shows it whole). */
export function tweeRegelKolom<T>(k: ColDef<T>): ColDef<T> {
  return { ...k, wrapText: true, cellClass: 'cel-twee-regels' };
}

const FILTER: Record<PaginaKolommen[string], string> = { tekst: 'agTextColumnFilter', getal: 'agNumberColumnFilter', datum: 'agDateColumnFilter' };

/**
 * The grid for registers that can hold tens of thousands of rows (issue 13): AG Grid's infinite row
 * model asks the core for the rows it draws, with the grid's sort and column filters and the quick search
 * done in SQL. Only the register's declared columns sort and filter; the others (masked personal data)
 * do not. Changes by this officer or another (push events) refresh the loaded pages.
 */
export function PaginaGrid<K extends PaginaMethode>(props: {
  gridId: string;
  ariaLabel: string;
  methode: K;
  invoer: EigenInvoer<K>;
  kolommen: PaginaKolommen;
  columnDefs: ColDef<RijVan<K>>[];
  getRowId: (row: RijVan<K>) => string;
  onOpen?: (row: RijVan<K>) => void;
  onSelect?: (row: RijVan<K> | null) => void;
  selectedId?: string | null;
  height?: number | string;
  toolbar?: ReactNode;
  searchLabel?: string;
  rijNaam?: [string, string];
  /** File name of the CSV export, without date and extension (default: the grid id). */
  exportNaam?: string;
  /**
   * Rows two lines high, for registers whose texts tell rows apart only at their end (letter subjects): the columns
   * made with `tweeRegelKolom()` wrap onto a second line. The infinite row model needs one fixed row height.
   */
  tweeRegels?: boolean;
}) {
  type T = RijVan<K>;
  const { gridId, methode, kolommen, height = 560 } = props;
  const { apiRef, containerRef, klaar, gridProps, reset } = useGridGedrag<T>(props);
  const [zoek, setZoek] = useState('');
  const [zoekDebounced] = useDebouncedValue(zoek.trim(), 250);
  const [telling, setTelling] = useState<{ totaal: number; alle: number } | null>(null);
  const [fout, setFout] = useState<ApiClientError | null>(null);

  // What the datasource asks with: read at request time, so a new filter needs no new datasource.
  const vraag = useRef({ invoer: props.invoer, zoek: zoekDebounced });
  vraag.current = { invoer: props.invoer, zoek: zoekDebounced };

  const columnDefs = useMemo(
    () =>
      koppenZonderAfgebrokenWoord(
        props.columnDefs.map((k): ColDef<T> => {
          const soort = k.field ? kolommen[k.field as string] : undefined;
          if (!soort) return { ...k, sortable: false, filter: false };
          return { ...k, filter: FILTER[soort], filterValueGetter: undefined, filterParams: { maxNumConditions: 2, buttons: ['reset'], ...(k.filterParams ?? {}) } };
        }),
      ),
    [props.columnDefs, kolommen],
  );

  // The first page is asked for while the grid is still being built (≈ 60 ms at 10×), with the sort it will start with;
  // its first request takes this answer when it asks exactly that (issue 13: rows sooner after opening a register).
  const [voorschot] = useState(() => {
    const input = { ...props.invoer, start: 0, aantal: BLOK, sortering: startSortering(gridProps.initialState, props.columnDefs as ColDef[]) };
    const antwoord = call(methode, input as unknown as Input<K>);
    antwoord.catch(() => undefined); // the grid's own request reports a failure
    return { sleutel: JSON.stringify(input), antwoord: antwoord as Promise<Output<K>> | null };
  });

  const datasource = useMemo<IDatasource>(
    () => ({
      getRows(p: IGetRowsParams) {
        const { invoer, zoek: term } = vraag.current;
        const input = {
          ...invoer,
          start: p.startRow,
          aantal: p.endRow - p.startRow,
          sortering: p.sortModel.map((s) => ({ colId: s.colId, sort: s.sort })),
          filters: Object.keys(p.filterModel ?? {}).length ? p.filterModel : undefined,
          zoek: term || undefined,
        } as unknown as Input<K>;
        const vooraf = voorschot.antwoord && JSON.stringify(input) === voorschot.sleutel ? voorschot.antwoord : null;
        voorschot.antwoord = null;
        (vooraf ?? call(methode, input))
          .then((antwoord) => {
            const pagina = antwoord as Pagina<T>;
            setFout(null);
            // Unchanged counts keep the same state: scrolling (a block per 100 rows) then re-renders nothing around the grid.
            setTelling((oud) => (oud?.totaal === pagina.totaal && oud.alle === pagina.alle ? oud : { totaal: pagina.totaal, alle: pagina.alle }));
            p.successCallback(pagina.rijen, pagina.totaal);
          })
          .catch((e: ApiClientError) => {
            setFout(e);
            p.failCallback();
          });
      },
    }),
    [methode, voorschot],
  );

  // A new own filter or search term: start again at the top.
  const invoerSleutel = JSON.stringify(props.invoer);
  const eerste = useRef(true);
  useEffect(() => {
    if (eerste.current) return void (eerste.current = false);
    apiRef.current?.purgeInfiniteCache();
    apiRef.current?.ensureIndexVisible(0, 'top');
  }, [invoerSleutel, zoekDebounced, apiRef]);

  // Refresh the loaded pages when a write (here or by another officer) invalidates this register's reads:
  // a query kept only as a marker under the method's name and its kind's `.list`, never fetched from the core.
  const soort = methode.split('.')[0];
  const lijstMerk = useQuery({ queryKey: [`${soort}.list`, { pagina: gridId }], queryFn: () => Date.now(), staleTime: Infinity });
  const paginaMerk = useQuery({ queryKey: [methode, { pagina: gridId }], queryFn: () => Date.now(), staleTime: Infinity });
  // The markers' first version is the one the grid opened with (their first fetch on a register's first opening is no
  // change: refreshing then asked the core for the first page twice).
  const versie = lijstMerk.isSuccess && paginaMerk.isSuccess ? `${lijstMerk.dataUpdatedAt}:${paginaMerk.dataUpdatedAt}` : null;
  const gezien = useRef<string | null>(null);
  useEffect(() => {
    if (versie === null || versie === gezien.current) return;
    if (gezien.current !== null) apiRef.current?.refreshInfiniteCache();
    gezien.current = versie;
  }, [versie, apiRef]);

  const selectedId = props.selectedId;
  useEffect(() => {
    if (klaar) selecteer(apiRef.current, selectedId);
  }, [klaar, selectedId, apiRef]);
  const gekozenRef = useRef(selectedId);
  gekozenRef.current = selectedId;

  // The grid itself is AG Grid without its React layer: ag-grid-react draws every cell as a React component, which cost
  // opening a register ≈ 35 ms at 10× (issue 13; none of the paged registers has a React cell). Made once when the screen
  // mounts, destroyed when it unmounts; the columns are the only option that changes afterwards.
  const gridRef = useRef<HTMLDivElement | null>(null);
  const startOpties = useRef<GridOptions<T> | null>(null);
  startOpties.current ??= {
    ...gridProps,
    rowModelType: 'infinite',
    ...(props.tweeRegels ? { rowHeight: TWEE_REGELS_HOOGTE } : {}),
    datasource,
    cacheBlockSize: BLOK,
    maxBlocksInCache: 20,
    columnDefs,
    onModelUpdated: () => selecteer(apiRef.current, gekozenRef.current),
  };
  useLayoutEffect(() => {
    const api = createGrid<T>(gridRef.current!, startOpties.current!);
    return () => api.destroy();
  }, []);
  const getoondeKolommen = useRef(columnDefs);
  useEffect(() => {
    if (!klaar || columnDefs === getoondeKolommen.current) return;
    apiRef.current?.setGridOption('columnDefs', columnDefs);
    getoondeKolommen.current = columnDefs;
  }, [klaar, columnDefs, apiRef]);

  const tekst = telling ? tellingTekst(telling.totaal, telling.alle, props.rijNaam) : '';

  // Export: every row that matches the grid's sort, filters and search — not only the loaded blocks —, read page by
  // page (at most EXPORT_BLOK rows per answer, so neither the core nor the wire holds one big answer).
  const [exportVoortgang, setExportVoortgang] = useState<string | null>(null);
  const exporteer = useCallback(async () => {
    const api = apiRef.current;
    if (!api) return;
    const { invoer, zoek: term } = vraag.current;
    const sortering = api
      .getColumnState()
      .filter((c) => c.sort)
      .sort((a, b) => (a.sortIndex ?? 0) - (b.sortIndex ?? 0))
      .map((c) => ({ colId: c.colId, sort: c.sort! }));
    const filters = api.getFilterModel();
    const rijen: T[] = [];
    setExportVoortgang('Exporteren...');
    try {
      for (;;) {
        const input = { ...invoer, start: rijen.length, aantal: EXPORT_BLOK, sortering, filters: Object.keys(filters).length ? filters : undefined, zoek: term || undefined } as unknown as Input<K>;
        const p = (await call(methode, input)) as Pagina<T>;
        rijen.push(...p.rijen);
        setExportVoortgang(`${formatAantal(rijen.length)} van ${formatAantal(p.totaal)} rijen gelezen`);
        if (p.rijen.length < EXPORT_BLOK || rijen.length >= p.totaal) break;
      }
      const datum = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Brussels' });
      await saveBestand(tekstAlsBase64(rijenAlsCsv(api, rijen)), `${props.exportNaam ?? gridId}-${datum}.csv`);
      setFout(null);
    } catch (e) {
      setFout(e as ApiClientError);
    } finally {
      setExportVoortgang(null);
    }
  }, [apiRef, methode, gridId, props.exportNaam]);

  return (
    <div className="datagrid">
      {fout && <Fout error={fout} opnieuw={() => apiRef.current?.refreshInfiniteCache()} />}
      <GridBalk
        gridId={gridId}
        zoek={{ label: props.searchLabel, waarde: zoek, wijzig: setZoek }}
        toolbar={props.toolbar}
        telling={tekst}
        reset={reset}
        export={{ start: () => void exporteer(), voortgang: exportVoortgang }}
      />
      <div ref={containerRef} role="region" aria-label={props.ariaLabel} style={{ height, minHeight: 280 }} className={props.tweeRegels ? 'grid-twee-regels' : undefined}>
        <div ref={gridRef} style={{ height: '100%' }} />
      </div>
    </div>
  );
}
