import { z } from 'zod';
import { regel } from './common';

/**
 * One page of a big register, asked for by a server-paged grid (issue 13): rows `start` up to
 * `start + aantal`, sorted, filtered and searched in SQL. `sortering` and `filters` are AG Grid's own
 * sort and filter models (infinite row model), so the grid passes them unchanged; the core only
 * accepts the register's own column ids and the filter types below.
 */
const DATUM_FILTER = /^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}:\d{2})?$/;
const datumFilter = z.string().max(19).regex(DATUM_FILTER, { error: 'Geef een geldige datum (JJJJ-MM-DD).' }).nullish();

const TEKST_FILTERS = ['contains', 'notContains', 'equals', 'notEqual', 'startsWith', 'endsWith', 'blank', 'notBlank'] as const;
const GETAL_FILTERS = ['equals', 'notEqual', 'lessThan', 'lessThanOrEqual', 'greaterThan', 'greaterThanOrEqual', 'inRange', 'blank', 'notBlank'] as const;
const DATUM_FILTERS = ['equals', 'notEqual', 'lessThan', 'greaterThan', 'inRange', 'blank', 'notBlank'] as const;

const conditie = z.discriminatedUnion('filterType', [
  z.object({ filterType: z.literal('text'), type: z.enum(TEKST_FILTERS), filter: regel(200).nullish() }),
  z.object({ filterType: z.literal('number'), type: z.enum(GETAL_FILTERS), filter: z.number().finite().nullish(), filterTo: z.number().finite().nullish() }),
  z.object({ filterType: z.literal('date'), type: z.enum(DATUM_FILTERS), dateFrom: datumFilter, dateTo: datumFilter }),
]);
export type FilterConditie = z.infer<typeof conditie>;

const kolomFilter = z.union([
  z.object({ filterType: z.enum(['text', 'number', 'date']), operator: z.enum(['AND', 'OR']), conditions: z.array(conditie).min(1).max(5) }),
  conditie,
]);
export type KolomFilter = z.infer<typeof kolomFilter>;

const kolomId = regel(60).regex(/^[A-Za-z][A-Za-z0-9]*$/, { error: 'Onbekende kolom.' });

/** The fields every `*.pagina` method accepts besides its own filters. */
export const paginaVelden = {
  start: z.number().int().min(0).max(100_000_000),
  aantal: z.number().int().min(1).max(1000),
  sortering: z.array(z.object({ colId: kolomId, sort: z.enum(['asc', 'desc']) })).max(5).optional(),
  filters: z
    .record(kolomId, kolomFilter)
    .refine((f) => Object.keys(f).length <= 20, { error: 'Te veel filters.' })
    .optional(),
  /** Quick search: every word must occur in one of the register's searchable columns. */
  zoek: regel(100).optional(),
};

/** How a column of a paged register sorts and filters: as text, as a number or as a date. */
export type KolomSoort = 'tekst' | 'getal' | 'datum';
/**
 * The columns of a paged register a user can sort and filter on, by the grid's column id. Declared once
 * in the register's contract: the core maps each to SQL, the grid gives each the matching filter and
 * leaves every other column (masked personal data, derived text) unsortable and unfiltered.
 */
export type PaginaKolommen = Readonly<Record<string, KolomSoort>>;

/** What a grid asks besides a register's own filters (the fields above, as the core receives them). */
export type PaginaVraag = z.output<z.ZodObject<typeof paginaVelden>>;

/** A page of rows with the number of rows that match (`totaal`) and, when filtered, the register's size (`alle`). */
export interface Pagina<T> {
  rijen: T[];
  totaal: number;
  alle: number;
}
