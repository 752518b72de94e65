import { DataGrid, type DataGridProps } from './DataGrid';
import { Fout } from './States';

/** What the grid needs of a register's query (TanStack Query's result). */
interface RegisterQuery<T> {
  data?: T[];
  isError: boolean;
  error: unknown;
  isPending: boolean;
  refetch: () => unknown;
}

/**
 * The one shape of a list page: the register's query, its error with "opnieuw", and the grid with its
 * toolbar. `rijen` replaces the query's rows when the page filters or maps them further on the client;
 * `laden` replaces "loading" (e.g. also while refetching with other filters).
 */
export function RegisterGrid<T>({
  query,
  rijen,
  laden,
  ...grid
}: { query: RegisterQuery<T> | RegisterQuery<unknown>; rijen?: T[]; laden?: boolean } & Omit<DataGridProps<T>, 'rowData' | 'loading'>) {
  return (
    <>
      {query.isError && <Fout error={query.error} opnieuw={() => void query.refetch()} />}
      <DataGrid<T> {...grid} rowData={rijen ?? (query.data as T[] | undefined)} loading={laden ?? query.isPending} />
    </>
  );
}
