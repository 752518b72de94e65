import { sqliteTable, text, integer } from 'drizzle-orm/sqlite-core';

/**
 * Staff of the departments, referred to by id everywhere (who drafted, approved, registered, handles);
 * the name is display only and may change. As they appear in letters: contact person (Bestuursdecreet art. II.20)
 * and signatory with the delegation they sign under. Kept as data (LETTERS.md).
 */
export const medewerker = sqliteTable('medewerker', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  naam: text('naam').notNull().unique(),
  functie: text('functie').notNull().default(''),
  departement: text('departement', { enum: ['ZORG', 'WSE'] }).notNull(),
  dienst: text('dienst').notNull().default(''),
  email: text('email').notNull().default(''),
  telefoon: text('telefoon').notNull().default(''),
  magOndertekenen: integer('mag_ondertekenen', { mode: 'boolean' }).notNull().default(false),
  /** e.g. "Voor de minister, bij delegatie" */
  delegatie: text('delegatie'),
  actief: integer('actief', { mode: 'boolean' }).notNull().default(true),
  /** Optimistic concurrency: an update names the version it started from. */
  versie: integer('versie').notNull().default(1),
});
