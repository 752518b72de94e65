import { sqliteTable, text, integer, blob, index } from 'drizzle-orm/sqlite-core';
import { organisatie } from '../organisatie/organisatie';
import { medewerker } from '../platform/medewerker';

/**
 * An application (aanvraag) for a recognition, mandate or contingent. Two stages with separate
 * decisions: admissibility (ontvankelijkheid) and merits (gegrondheid). Deadlines are not stored:
 * they are computed from the received date, the dated parameters and the suspensions.
 */
export const aanvraag = sqliteTable(
  'aanvraag',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** 'erkenning-ama-wvg' | 'mandaat-swv-zorg' | 'contingent-ama-se' */
    soort: text('soort').notNull(),
    organisatieId: integer('organisatie_id').notNull().references(() => organisatie.id),
    ontvangenOp: text('ontvangen_op').notNull(),
    /** 'e-loket' | 'email' | 'post' */
    kanaal: text('kanaal').notNull(),
    uwKenmerk: text('uw_kenmerk'),
    /** Renewal: the running recognition this application renews. */
    hernieuwingVanId: integer('hernieuwing_van_id'),
    verzekeringVerklaard: integer('verzekering_verklaard', { mode: 'boolean' }).notNull().default(false),
    opmerkingen: text('opmerkingen'),
    /** Officer handling the dossier (medewerker naam). */
    /** The officer handling the application (staff id; the name comes from the staff record). */
    behandelaarId: integer('behandelaar_id').notNull().references(() => medewerker.id),
    /** 'ingediend' | 'ontvankelijk' | 'onontvankelijk' | 'toegekend' | 'geweigerd' | 'ingetrokken' */
    status: text('status').notNull().default('ingediend'),
    ontvankelijkheidBeslissingId: integer('ontvankelijkheid_beslissing_id'),
    gegrondheidBeslissingId: integer('gegrondheid_beslissing_id'),
    aangemaaktOp: text('aangemaakt_op').notNull(),
    gewijzigdOp: text('gewijzigd_op').notNull(),
    versie: integer('versie').notNull().default(1),
  },
  (t) => [
    index('aanvraag_organisatie_idx').on(t.organisatieId),
    index('aanvraag_status_idx').on(t.status, t.soort),
    index('aanvraag_hernieuwing_idx').on(t.hernieuwingVanId),
  ],
);

/** Staff who will guide participants (BVR art. 46): diploma or experience with the target group. */
export const aanvraagPersoneel = sqliteTable(
  'aanvraag_personeel',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    aanvraagId: integer('aanvraag_id').notNull().references(() => aanvraag.id, { onDelete: 'cascade' }),
    naam: text('naam').notNull(),
    /** Formatted INSZ (personal data: shown only on the application screen). */
    insz: text('insz').notNull(),
    /** 'medisch' | 'paramedisch' | 'sociaal' | 'psychologisch' | 'pedagogisch' | null */
    bachelorRichting: text('bachelor_richting'),
    ervaringJaren: integer('ervaring_jaren'),
  },
  (t) => [index('aanvraag_personeel_aanvraag_idx').on(t.aanvraagId)],
);

/** Attached files of any dossier, stored with their hash. */
export const bijlage = sqliteTable(
  'bijlage',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    entiteit: text('entiteit').notNull(),
    entiteitId: integer('entiteit_id').notNull(),
    bestandsnaam: text('bestandsnaam').notNull(),
    mimeType: text('mime_type').notNull(),
    grootte: integer('grootte').notNull(),
    sha256: text('sha256').notNull(),
    inhoud: blob('inhoud', { mode: 'buffer' }).notNull(),
    toegevoegdDoorId: integer('toegevoegd_door_id').references(() => medewerker.id),
    toegevoegdOp: text('toegevoegd_op').notNull(),
  },
  (t) => [index('bijlage_entiteit_idx').on(t.entiteit, t.entiteitId)],
);

/** Suspension of a running period, e.g. from a request for information until the answer (both inclusive). */
export const opschorting = sqliteTable(
  'opschorting',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    entiteit: text('entiteit').notNull(),
    entiteitId: integer('entiteit_id').notNull(),
    van: text('van').notNull(),
    /** Null while the answer is awaited. */
    tot: text('tot'),
    reden: text('reden').notNull(),
    /** Answer period given to the applicant (last day). */
    antwoordUiterlijk: text('antwoord_uiterlijk'),
    verzoekDocumentId: integer('verzoek_document_id'),
  },
  (t) => [index('opschorting_entiteit_idx').on(t.entiteit, t.entiteitId)],
);

/** The timeline of a dossier: what happened, when, with which letter. */
export const gebeurtenis = sqliteTable(
  'gebeurtenis',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    entiteit: text('entiteit').notNull(),
    entiteitId: integer('entiteit_id').notNull(),
    datum: text('datum').notNull(),
    soort: text('soort').notNull(),
    omschrijving: text('omschrijving').notNull(),
    documentId: integer('document_id'),
    /** Who recorded the step (staff id); null: the system (a start-up job). */
    doorId: integer('door_id').references(() => medewerker.id),
    tijdstip: text('tijdstip').notNull(),
  },
  (t) => [index('gebeurtenis_entiteit_idx').on(t.entiteit, t.entiteitId, t.id)],
);
