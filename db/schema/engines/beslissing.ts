import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { organisatie } from '../organisatie/organisatie';
import { medewerker } from '../platform/medewerker';
import { document } from '../letters/document';

/**
 * Every formal decision, for every dossier kind: type, dates, motivation (facts and legal grounds,
 * Wet 29 juli 1991 art. 2–3), legal basis, signatory, approval, letter and notification.
 */
export const beslissing = sqliteTable(
  'beslissing',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    type: text('type').notNull(),
    /** The dossier it decides in: 'aanvraag' | 'procedure' | 'bezwaar'. */
    dossierEntiteit: text('dossier_entiteit').notNull(),
    dossierId: integer('dossier_id').notNull(),
    /** The right it creates or changes, e.g. 'erkenning'. */
    rechtEntiteit: text('recht_entiteit'),
    rechtId: integer('recht_id'),
    organisatieId: integer('organisatie_id').notNull().references(() => organisatie.id),
    departement: text('departement').notNull(),
    bestuursorgaan: text('bestuursorgaan').notNull(),
    beslissingsdatum: text('beslissingsdatum').notNull(),
    ingangsdatum: text('ingangsdatum'),
    einddatum: text('einddatum'),
    /** 'verlopen' | 'opgeheven' | 'ingetrokken_op_verzoek' | 'vervangen' */
    eindeReden: text('einde_reden'),
    feiten: text('feiten').notNull(),
    rechtsgronden: text('rechtsgronden').notNull(),
    rechtsbasis: text('rechtsbasis').notNull(),
    /** Objection period stated in the letter (days), null when no administrative objection is open. */
    bezwaarTermijnDagen: integer('bezwaar_termijn_dagen'),
    ondertekenaarId: integer('ondertekenaar_id').references(() => medewerker.id),
    /** 'ontwerp' | 'goedgekeurd' | 'uitgegeven' | 'vernietigd' */
    status: text('status').notNull().default('ontwerp'),
    goedgekeurdDoorId: integer('goedgekeurd_door_id').references(() => medewerker.id),
    goedgekeurdOp: text('goedgekeurd_op'),
    documentId: integer('document_id').references(() => document.id),
    verzondenOp: text('verzonden_op'),
    /** Last day to react (objection) computed from the notification. */
    uitersteReactiedatum: text('uiterste_reactiedatum'),
    /** Outcome of an objection against this decision: 'bevestigd' | 'herzien' | 'vernietigd'. */
    bezwaarUitkomst: text('bezwaar_uitkomst'),
    aangemaaktDoorId: integer('aangemaakt_door_id').notNull().references(() => medewerker.id),
    aangemaaktOp: text('aangemaakt_op').notNull(),
    versie: integer('versie').notNull().default(1),
  },
  (t) => [
    index('beslissing_dossier_idx').on(t.dossierEntiteit, t.dossierId),
    index('beslissing_recht_idx').on(t.rechtEntiteit, t.rechtId),
    index('beslissing_status_idx').on(t.status),
  ],
);
