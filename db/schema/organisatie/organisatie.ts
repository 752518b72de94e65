import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { organisatieType, provincie, werkZorgRegio } from '../platform/referentie';

export const organisatie = sqliteTable(
  'organisatie',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    naam: text('naam').notNull(),
    /** Ondernemingsnummer, stored formatted `0xxx.xxx.xxx` (unique). */
    kbo: text('kbo').notNull().unique(),
    typeCode: text('type_code').notNull().references(() => organisatieType.code),
    straat: text('straat').notNull(),
    postcode: text('postcode').notNull(),
    gemeente: text('gemeente').notNull(),
    /** The werk- en zorgregio; null for an organisation established in the Brussels-Capital Region (BRU). */
    regioCode: text('regio_code').references(() => werkZorgRegio.code),
    /** Province of the establishment address, from the postcode (shared/kernel/postcode.ts); `BRU` for Brussels. */
    provincieCode: text('provincie_code').references(() => provincie.code),
    /** IBAN without spaces, upper case. */
    iban: text('iban'),
    email: text('email'),
    telefoon: text('telefoon'),
    /** 'actief' | 'stopgezet' */
    status: text('status').notNull().default('actief'),
    stopgezetOp: text('stopgezet_op'),
    aangemaaktOp: text('aangemaakt_op').notNull(),
    gewijzigdOp: text('gewijzigd_op').notNull(),
    /** Optimistic concurrency: every update must name the version it started from. */
    versie: integer('versie').notNull().default(1),
  },
  (t) => [
    index('organisatie_naam_idx').on(t.naam),
    // The paged register sorts names without case (COLLATE NOCASE): its own index, so the first page reads no more than it shows.
    index('organisatie_naam_nocase_idx').on(sql`${t.naam} COLLATE NOCASE`),
    index('organisatie_type_idx').on(t.typeCode),
    index('organisatie_regio_idx').on(t.regioCode),
    index('organisatie_provincie_idx').on(t.provincieCode),
  ],
);

export const contactpersoon = sqliteTable(
  'contactpersoon',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    organisatieId: integer('organisatie_id')
      .notNull()
      .references(() => organisatie.id, { onDelete: 'cascade' }),
    volgorde: integer('volgorde').notNull().default(0),
    naam: text('naam').notNull(),
    functie: text('functie'),
    email: text('email'),
    telefoon: text('telefoon'),
  },
  (t) => [index('contactpersoon_organisatie_idx').on(t.organisatieId)],
);
