import { sqliteTable, text, integer, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * A participant (deelnemer): the natural person behind an AMA WVG agreement, an AMA SE
 * begeleidingsovereenkomst or an activeringstraject, one row per INSZ across the dossier kinds (so the
 * schemes that exclude each other can be checked). Personal data (INSZ, names, birth date) is
 * kept at most 10 years (BVR art. 41) and then anonymised: `geanonimiseerdOp` set, personal fields
 * cleared, the row kept for the aggregates.
 */
export const deelnemer = sqliteTable(
  'deelnemer',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Formatted INSZ; null once anonymised. */
    insz: text('insz'),
    voornaam: text('voornaam'),
    achternaam: text('achternaam'),
    geboortedatum: text('geboortedatum'),
    /** Birth year stays after anonymisation (age-group reports). */
    geboortejaar: integer('geboortejaar'),
    geanonimiseerdOp: text('geanonimiseerd_op'),
    aangemaaktOp: text('aangemaakt_op').notNull(),
  },
  (t) => [uniqueIndex('deelnemer_insz_idx').on(t.insz)],
);
