// Reference data (copied from the handbook's reference-data.json into db/seed/reference-data.json).
// Editable data, not code: officers and administrators may add values later.
import { sqliteTable, text, integer, primaryKey } from 'drizzle-orm/sqlite-core';

export const provincie = sqliteTable('provincie', {
  code: text('code').primaryKey(),
  naam: text('naam').notNull(),
});

export const referentieregio = sqliteTable('referentieregio', {
  code: text('code').primaryKey(),
  naam: text('naam').notNull(),
  provincieCode: text('provincie_code').notNull().references(() => provincie.code),
});

/** The 17 werk- en zorgregio's: the 15 referentieregio's with Limburg split in three (BVR art. 7). */
export const werkZorgRegio = sqliteTable('werk_zorg_regio', {
  code: text('code').primaryKey(),
  naam: text('naam').notNull(),
  referentieregioCode: text('referentieregio_code').notNull().references(() => referentieregio.code),
  objectief2024: integer('objectief_2024'),
});

/**
 * The yearly objective of activeringstrajecten per werk- en zorgregio (the report's "objectief" column). 2024
 * comes from the sources (seed 004); later years are set by a beheerder (`referentie.zetObjectief`, audited).
 */
export const regioObjectief = sqliteTable(
  'regio_objectief',
  {
    regioCode: text('regio_code').notNull().references(() => werkZorgRegio.code),
    jaar: integer('jaar').notNull(),
    objectief: integer('objectief').notNull(),
    /** Where the figure comes from (the source document or the decision that set it). */
    bron: text('bron').notNull(),
    gewijzigdOp: text('gewijzigd_op').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regioCode, t.jaar] })],
);

/** Adjacency of werk- en zorgregio's (stored once per pair, a < b). */
export const regioAangrenzend = sqliteTable(
  'regio_aangrenzend',
  {
    regioA: text('regio_a').notNull().references(() => werkZorgRegio.code),
    regioB: text('regio_b').notNull().references(() => werkZorgRegio.code),
  },
  (t) => [primaryKey({ columns: [t.regioA, t.regioB] })],
);

export const organisatieType = sqliteTable('organisatie_type', {
  code: text('code').primaryKey(),
  naam: text('naam').notNull(),
  /** May be recognised as begeleider AMA WVG (BVR art. 46). */
  amaWvgErkenbaar: integer('ama_wvg_erkenbaar', { mode: 'boolean' }).notNull().default(false),
  /** Last day the type was eligible for AMA WVG (art. 74: onderwijsinstelling, PAAZ until 2023-12-31). */
  amaWvgErkenbaarTot: text('ama_wvg_erkenbaar_tot'),
  /** Category 1–3 as partner of a samenwerkingsverband Zorg (art. 12), null when not eligible. */
  swvZorgCategorie: integer('swv_zorg_categorie'),
});

/**
 * Belgian postcodes with their places (bpost's list, loaded by a beheerder: `postcode.importeer`), each with its
 * municipality and, where the department set it, its werk- en zorgregio. An organisation's municipality and region are
 * derived from its postcode when the list holds it; a mismatch is a warning in the form (issue 15, point 12).
 */
export const postcodePlaats = sqliteTable(
  'postcode_plaats',
  {
    postcode: text('postcode').notNull(),
    /** The place (deelgemeente) as bpost names it. */
    plaatsnaam: text('plaatsnaam').notNull(),
    /** The municipality the place belongs to. */
    gemeente: text('gemeente').notNull(),
    regioCode: text('regio_code').references(() => werkZorgRegio.code),
  },
  (t) => [primaryKey({ columns: [t.postcode, t.plaatsnaam] })],
);
