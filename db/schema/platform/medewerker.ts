import { sqliteTable, text, integer, primaryKey } from 'drizzle-orm/sqlite-core';
import { ROLLEN } from '../../../shared/api/roles';

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
  /**
   * The identity this person signs in with: the OpenID Connect subject (`sub` claim) on a team server, `os:<account>`
   * on a desktop with its own store. Matched at every sign-in; never chosen by the person (issue 11).
   */
  subject: text('subject').unique(),
  /** Optimistic concurrency: an update names the version it started from. */
  versie: integer('versie').notNull().default(1),
});

/** The roles a beheerder gave a staff member (several per person; four eyes compares persons, not roles). */
export const medewerkerRol = sqliteTable(
  'medewerker_rol',
  {
    medewerkerId: integer('medewerker_id').notNull().references(() => medewerker.id),
    rol: text('rol', { enum: ROLLEN }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.medewerkerId, t.rol] })],
);
