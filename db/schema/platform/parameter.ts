import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';

/**
 * Dated parameters: every amount, percentage, count and deadline of the rules, with its validity
 * period and legal reference. Values are integers in their unit (cents, basis points, days) or an
 * ISO date. Periods of one code never overlap (enforced by the parameter service).
 */
export const parameter = sqliteTable(
  'parameter',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull(),
    omschrijving: text('omschrijving').notNull(),
    /** 'cent' | 'basispunt' | 'kalenderdagen' | 'werkdagen' | 'maanden' | 'jaren' | 'aantal' | 'datum' */
    eenheid: text('eenheid').notNull(),
    waardeGetal: integer('waarde_getal'),
    waardeDatum: text('waarde_datum'),
    geldigVan: text('geldig_van').notNull(),
    /** Inclusive; null = open-ended. */
    geldigTot: text('geldig_tot'),
    wettelijkeBasis: text('wettelijke_basis').notNull(),
    /** 'seed' | 'law' | 'official' | 'assumed' (RULES.md) */
    bronStatus: text('bron_status').notNull(),
    toelichting: text('toelichting'),
  },
  (t) => [index('parameter_code_idx').on(t.code, t.geldigVan)],
);
