import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { organisatie } from '../organisatie/organisatie';
import { medewerker } from '../platform/medewerker';

/**
 * Generic adverse-decision procedure on a right (revocation of a recognition, withdrawal of a mandate,
 * recovery of money…): intended decision → response period → optional hearing → final decision,
 * or closed without decision.
 */
export const procedure = sqliteTable(
  'procedure',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** e.g. 'opheffing-erkenning' */
    soort: text('soort').notNull(),
    rechtEntiteit: text('recht_entiteit').notNull(),
    rechtId: integer('recht_id').notNull(),
    organisatieId: integer('organisatie_id').notNull().references(() => organisatie.id),
    behandelaarId: integer('behandelaar_id').notNull().references(() => medewerker.id),
    /** 'voornemen' | 'reactietermijn' | 'hoorzitting' | 'te-beslissen' | 'beslist' | 'afgesloten' */
    status: text('status').notNull(),
    gronden: text('gronden').notNull(),
    /** The facts behind the intended decision (stated in the voornemen letter). */
    feiten: text('feiten'),
    voornemenDatum: text('voornemen_datum').notNull(),
    voornemenDocumentId: integer('voornemen_document_id'),
    reactieTermijnDagen: integer('reactie_termijn_dagen').notNull(),
    reactieOntvangenOp: text('reactie_ontvangen_op'),
    reactie: text('reactie'),
    hoorzittingGevraagd: integer('hoorzitting_gevraagd', { mode: 'boolean' }).notNull().default(false),
    beslissingId: integer('beslissing_id'),
    afgeslotenOp: text('afgesloten_op'),
    afsluitReden: text('afsluit_reden'),
    aangemaaktOp: text('aangemaakt_op').notNull(),
    versie: integer('versie').notNull().default(1),
  },
  (t) => [
    index('procedure_recht_idx').on(t.rechtEntiteit, t.rechtId),
    index('procedure_status_idx').on(t.status),
  ],
);

export const hoorzitting = sqliteTable(
  'hoorzitting',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    procedureId: integer('procedure_id').notNull().references(() => procedure.id),
    datum: text('datum').notNull(),
    uur: text('uur'),
    plaats: text('plaats').notNull(),
    aanwezigen: text('aanwezigen'),
    verslag: text('verslag'),
    uitnodigingDocumentId: integer('uitnodiging_document_id'),
    /** The optional "verslag hoorzitting" letter sent to the organisation. */
    verslagDocumentId: integer('verslag_document_id'),
  },
  (t) => [index('hoorzitting_procedure_idx').on(t.procedureId)],
);

/** Objection (bezwaar) against a decision. */
export const bezwaar = sqliteTable(
  'bezwaar',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    beslissingId: integer('beslissing_id').notNull(),
    organisatieId: integer('organisatie_id').notNull().references(() => organisatie.id),
    ontvangenOp: text('ontvangen_op').notNull(),
    kanaal: text('kanaal').notNull(),
    samenvatting: text('samenvatting').notNull(),
    uwKenmerk: text('uw_kenmerk'),
    /**
     * Last day of the objection period, from the notification of the contested decision; null when it
     * cannot be determined (the decision letter's sending is not registered) or no objection is open.
     */
    termijnEinde: text('termijn_einde'),
    tijdig: integer('tijdig', { mode: 'boolean' }).notNull(),
    /** 'tijdig' | 'laattijdig' | 'onbepaald' (decision not notified) | 'niet-open' (the decision stated no objection) */
    tijdigheid: text('tijdigheid').notNull().default('onbepaald'),
    /** 'ingediend' | 'onontvankelijk' | 'in-behandeling' | 'beslist' */
    status: text('status').notNull(),
    behandelaarId: integer('behandelaar_id').notNull().references(() => medewerker.id),
    uitkomst: text('uitkomst'),
    uitkomstBeslissingId: integer('uitkomst_beslissing_id'),
    ontvangstmeldingDocumentId: integer('ontvangstmelding_document_id'),
    aangemaaktOp: text('aangemaakt_op').notNull(),
    versie: integer('versie').notNull().default(1),
  },
  (t) => [index('bezwaar_beslissing_idx').on(t.beslissingId), index('bezwaar_status_idx').on(t.status)],
);
