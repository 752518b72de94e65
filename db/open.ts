import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema';

export type Orm = BetterSQLite3Database<typeof schema>;
export type Sqlite = Database.Database;

export interface OpenOptions {
  /** Path to a better-sqlite3 native binding built for another runtime (Electron). */
  nativeBinding?: string;
  readonly?: boolean;
}

/**
 * Open a database file with the settings every connection must have: WAL (readers never block the
 * writer), foreign keys enforced, and a busy timeout so a second process waits instead of failing.
 */
export function openSqlite(file: string, opts: OpenOptions = {}): Sqlite {
  const db = new Database(file, {
    readonly: opts.readonly ?? false,
    ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
  });
  if (file !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // FULL: a commit the officer saw succeed survives a power cut too (NORMAL in WAL mode may lose the
  // last commits then). Measured at 0.3 ms per commit against 0.03 (bench/durability.ts,
  // docs/operations.md): invisible for interactive work; batches are one transaction each.
  db.pragma('synchronous = FULL');
  // Deleted and overwritten content is zeroed in the file, so erased personal data does not linger in
  // free space (retention; see platform/retentie.ts).
  db.pragma('secure_delete = ON');
  return db;
}

const bereid = new WeakMap<Sqlite, Map<string, Database.Statement>>();

/**
 * A statement prepared once per connection, for the queries of hot paths (every letter of a batch, every call): better-sqlite3
 * prepares anew on each `prepare` (≈ 5–100 µs with the query's size). `waarde`: the first column only (`pluck`), set here
 * once. The statement is shared: never change its mode (`pluck`, `raw`, `expand`) or `iterate` it where the same query
 * could run again inside the loop. Only for fixed SQL texts: the connection keeps every text it was given.
 */
export function eenmaalBereid(db: Sqlite, sql: string, vorm: 'rij' | 'waarde' = 'rij'): Database.Statement {
  let perSql = bereid.get(db);
  if (!perSql) bereid.set(db, (perSql = new Map()));
  const sleutel = `${vorm}:${sql}`;
  let st = perSql.get(sleutel);
  if (!st) {
    st = db.prepare(sql);
    if (vorm === 'waarde') st.pluck();
    perSql.set(sleutel, st);
  }
  return st;
}

export function ormFor(sqlite: Sqlite): Orm {
  return drizzle(sqlite, { schema });
}
