import { sqliteTable, text, integer, blob, index } from 'drizzle-orm/sqlite-core';
import { organisatie } from '../organisatie/organisatie';
import { medewerker } from '../platform/medewerker';

/** An issued letter: immutable PDF bytes with their hash; never regenerated (see letters/). */
export const document = sqliteTable(
  'document',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kenmerk: text('kenmerk').notNull().unique(),
    briefType: text('brief_type').notNull(),
    templateVersie: integer('template_versie').notNull(),
    departement: text('departement').notNull(),
    onderwerp: text('onderwerp').notNull(),
    organisatieId: integer('organisatie_id').references(() => organisatie.id),
    /** The dossier the letter belongs to, e.g. 'aanvraag' + id. */
    dossierEntiteit: text('dossier_entiteit'),
    dossierId: text('dossier_id'),
    bestandsnaam: text('bestandsnaam').notNull(),
    sha256: text('sha256').notNull(),
    grootte: integer('grootte').notNull(),
    inhoud: blob('inhoud', { mode: 'buffer' }).notNull(),
    /** JSON of the letter data the PDF was built from (for audit and reading back). */
    gegevens: text('gegevens').notNull(),
    contactpersoonId: integer('contactpersoon_id').references(() => medewerker.id),
    ondertekenaarId: integer('ondertekenaar_id').references(() => medewerker.id),
    /** Staff id; null: the system. */
    aangemaaktDoorId: integer('aangemaakt_door_id').references(() => medewerker.id),
    aangemaaktOp: text('aangemaakt_op').notNull(),
  },
  (t) => [
    index('document_organisatie_idx').on(t.organisatieId),
    index('document_dossier_idx').on(t.dossierEntiteit, t.dossierId),
    index('document_aangemaakt_idx').on(t.aangemaaktOp),
    // The letters list filtered by kind, newest first (migration 0022).
    index('document_brieftype_idx').on(t.briefType, t.aangemaaktOp),
  ],
);

/** Sending register: how and when a letter was sent and received (deadlines run from notification). */
export const verzending = sqliteTable(
  'verzending',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    documentId: integer('document_id')
      .notNull()
      .references(() => document.id),
    /** 'aangetekend' | 'email' | 'ebox' | 'e-loket' */
    kanaal: text('kanaal').notNull(),
    verzondenOp: text('verzonden_op').notNull(),
    /** Proof of receipt date (signed receipt, read receipt); null until known. */
    ontvangenOp: text('ontvangen_op'),
    bewijsReferentie: text('bewijs_referentie'),
    geregistreerdDoorId: integer('geregistreerd_door_id').references(() => medewerker.id),
    geregistreerdOp: text('geregistreerd_op').notNull(),
  },
  (t) => [index('verzending_document_idx').on(t.documentId)],
);
