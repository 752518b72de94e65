import { AppError } from '../../../shared/api/errors';
import type { FilterConditie, KolomFilter, KolomSoort, Pagina, PaginaKolommen, PaginaVraag } from '../../../shared/api/pagina';
import type { Sqlite } from '../../../db/open';

/**
 * Server-side paging for the big registers (issue 13): the page, its sort, the grid's column filters and
 * the quick search become one SQL query on the register's own columns, so the renderer never holds more
 * than the rows it draws and the host never builds a 40,000-row answer.
 *
 * A register describes itself once (`PaginaDef`); `pagina` finds the ids of the page in order and the counts,
 * and the register reads those rows with its usual SELECT (its masking of personal data and derived fields stay
 * in one place).
 */

export interface KolomDef {
  /** SQL expression over the tables of `van`. */
  sql: string;
  soort: KolomSoort;
}

export interface PaginaDef {
  /** `FROM … JOIN …`: every table the columns, conditions and key refer to. */
  van: string;
  /** The method's own filters (begeleider, date, …), always applied. */
  waar: string[];
  params: unknown[];
  /** The columns a user can sort and filter on, by the grid's column id. */
  kolommen: Record<string, KolomDef>;
  /** Text expressions the quick search looks in (only what the list shows: never hidden personal data). */
  zoekIn: string[];
  /** Sort when the grid asks for none. */
  standaard: { colId: string; sort: 'asc' | 'desc' }[];
  /** Unique key (`o.id`): the last sort key, so pages never overlap or skip a row. */
  sleutel: string;
  /**
   * `FROM` of the base table alone (`FROM overeenkomst o`), when `van` only adds LEFT JOINs of one row each: the
   * count then skips the joins whenever no condition refers to them (SQLite counts a table from its b-tree).
   */
  telVan?: string;
}

/** The table aliases an SQL expression of ours refers to (`o.naam` → `o`). */
const aliassen = (sql: string) => [...sql.matchAll(/\b([A-Za-z]\w*)\.[A-Za-z_]/g)].map((m) => m[1]);

interface PaginaIds {
  ids: number[];
  totaal: number;
  alle: number;
}

/** The register's columns (from its contract) with their SQL expressions. */
export function kolommenSql<K extends PaginaKolommen>(kolommen: K, sql: { [k in keyof K]: string }): Record<string, KolomDef> {
  return Object.fromEntries(Object.entries(kolommen).map(([id, soort]) => [id, { sql: sql[id], soort }]));
}

const like = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function kolom(def: PaginaDef, colId: string, veld: string): KolomDef {
  const k = Object.hasOwn(def.kolommen, colId) ? def.kolommen[colId] : undefined;
  if (!k) throw AppError.validatie(veld, `Op de kolom "${colId}" kan niet gesorteerd of gefilterd worden.`);
  return k;
}

/** One filter condition as SQL; `null` when it is incomplete (AG Grid sends half-typed filters too). */
function conditieSql(k: KolomDef, c: FilterConditie, veld: string, params: unknown[]): string | null {
  if (c.type === 'blank') return k.soort === 'tekst' ? `(${k.sql} IS NULL OR ${k.sql} = '')` : `${k.sql} IS NULL`;
  if (c.type === 'notBlank') return k.soort === 'tekst' ? `(${k.sql} IS NOT NULL AND ${k.sql} <> '')` : `${k.sql} IS NOT NULL`;
  if (c.filterType === 'text') {
    if (k.soort === 'datum') throw AppError.validatie(veld, 'Deze kolom filtert op datum.');
    const v = c.filter ?? '';
    if (v === '') return null;
    const tekst = k.soort === 'getal' ? `CAST(${k.sql} AS TEXT)` : k.sql;
    switch (c.type) {
      case 'contains': return params.push(`%${like(v)}%`), `${tekst} LIKE ? ESCAPE '\\'`;
      case 'notContains': return params.push(`%${like(v)}%`), `(${tekst} IS NULL OR ${tekst} NOT LIKE ? ESCAPE '\\')`;
      case 'startsWith': return params.push(`${like(v)}%`), `${tekst} LIKE ? ESCAPE '\\'`;
      case 'endsWith': return params.push(`%${like(v)}`), `${tekst} LIKE ? ESCAPE '\\'`;
      case 'equals': return params.push(v), `${tekst} = ? COLLATE NOCASE`;
      case 'notEqual': return params.push(v), `(${tekst} IS NULL OR ${tekst} <> ? COLLATE NOCASE)`;
    }
  }
  const [van, tot] = c.filterType === 'number' ? [c.filter, c.filterTo] : c.filterType === 'date' ? [c.dateFrom?.slice(0, 10), c.dateTo?.slice(0, 10)] : [];
  if (c.filterType === 'number' && k.soort !== 'getal') throw AppError.validatie(veld, 'Deze kolom filtert niet op getallen.');
  if (c.filterType === 'date' && k.soort !== 'datum') throw AppError.validatie(veld, 'Deze kolom filtert niet op datum.');
  if (van === null || van === undefined) return null;
  // A date column can hold a timestamp (audit, letters): its calendar day is compared.
  const x = k.soort === 'datum' ? `substr(${k.sql}, 1, 10)` : k.sql;
  const op: Record<string, string> = { equals: '=', notEqual: '<>', lessThan: '<', lessThanOrEqual: '<=', greaterThan: '>', greaterThanOrEqual: '>=' };
  if (c.type === 'inRange') {
    if (tot === null || tot === undefined) return null;
    params.push(van, tot);
    // AG Grid's number range excludes its ends by default, its date range too.
    return `(${x} > ? AND ${x} < ?)`;
  }
  if (c.type === 'notEqual') return params.push(van), `(${x} IS NULL OR ${x} <> ?)`;
  params.push(van);
  return `${x} ${op[c.type]} ?`;
}

function filterSql(k: KolomDef, f: KolomFilter, veld: string, params: unknown[]): string | null {
  if ('operator' in f) {
    const delen = f.conditions.map((c) => conditieSql(k, c, veld, params)).filter((s): s is string => s !== null);
    return delen.length ? `(${delen.join(f.operator === 'OR' ? ' OR ' : ' AND ')})` : null;
  }
  return conditieSql(k, f, veld, params);
}

/** The WHERE of the grid's filters and quick search (without the method's own conditions). */
function gridWaar(def: PaginaDef, vraag: PaginaVraag): { waar: string[]; params: unknown[] } {
  const waar: string[] = [];
  const params: unknown[] = [];
  for (const [colId, f] of Object.entries(vraag.filters ?? {})) {
    const sql = filterSql(kolom(def, colId, `filters.${colId}`), f, `filters.${colId}`, params);
    if (sql) waar.push(sql);
  }
  for (const woord of (vraag.zoek ?? '').split(/\s+/).filter(Boolean).slice(0, 8)) {
    waar.push(`(${def.zoekIn.map((x) => `${x} LIKE ? ESCAPE '\\'`).join(' OR ')})`);
    for (let i = 0; i < def.zoekIn.length; i++) params.push(`%${like(woord)}%`);
  }
  return { waar, params };
}

const waarSql = (waar: string[]) => (waar.length ? `WHERE ${waar.join(' AND ')}` : '');

/** The ids of the asked page, in order, with the number of matching rows and the register's size. */
function pagineer(db: Sqlite, def: PaginaDef, vraag: PaginaVraag): PaginaIds {
  const grid = gridWaar(def, vraag);
  const waar = [...def.waar, ...grid.waar];
  const params = [...def.params, ...grid.params];
  const sortering = vraag.sortering?.length ? vraag.sortering : def.standaard;
  const orde = sortering.map((s) => {
    const k = kolom(def, s.colId, 'sortering');
    return `${k.sql}${k.soort === 'tekst' ? ' COLLATE NOCASE' : ''} ${s.sort === 'desc' ? 'DESC' : 'ASC'}`;
  });
  orde.push(`${def.sleutel} ${sortering[0]?.sort === 'desc' ? 'DESC' : 'ASC'}`);
  const ids = (
    db.prepare(`SELECT ${def.sleutel} AS id ${def.van} ${waarSql(waar)} ORDER BY ${orde.join(', ')} LIMIT ? OFFSET ?`).pluck().all(...params, vraag.aantal, vraag.start) as number[]
  );
  const basis = def.sleutel.split('.')[0];
  const tel = (w: string[], p: unknown[]) => {
    const van = def.telVan && w.every((x) => aliassen(x).every((a) => a === basis)) ? def.telVan : def.van;
    return db.prepare(`SELECT count(*) ${van} ${waarSql(w)}`).pluck().get(...p) as number;
  };
  const totaal = vraag.start === 0 && ids.length < vraag.aantal ? ids.length : tel(waar, params);
  const alle = grid.waar.length ? tel(def.waar, def.params) : totaal;
  return { ids, totaal, alle };
}

/**
 * The asked page with its rows: `lees` reads the rows of the page's ids (a JSON array, for
 * `… WHERE id IN (SELECT value FROM json_each(?))`) with the register's own SELECT; they are put in order here.
 */
export function pagina<T extends { id: number }>(db: Sqlite, def: PaginaDef, vraag: PaginaVraag, lees: (idsJson: string) => T[]): Pagina<T> {
  const { ids, totaal, alle } = pagineer(db, def, vraag);
  return { rijen: inVolgorde(ids, lees(JSON.stringify(ids))), totaal, alle };
}

/** Rows read by id, put in the page's order. */
export function inVolgorde<T extends { id: number }>(ids: number[], rijen: T[]): T[] {
  const per = new Map(rijen.map((r) => [r.id, r]));
  return ids.map((id) => per.get(id)).filter((r): r is T => r !== undefined);
}
