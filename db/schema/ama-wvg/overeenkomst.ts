import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { organisatie } from '../organisatie/organisatie';
import { erkenning } from './erkenning';
import { deelnemer } from '../platform/deelnemer';

/**
 * An agreement (overeenkomst) between participant, werkpost and recognised begeleider (BVR art. 43–45,
 * official model from 1 Jan 2024, art. 75). One per participant per werkpost; a werkpost with several
 * locations is one agreement listing them.
 */
export const overeenkomst = sqliteTable(
  'overeenkomst',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** The begeleider (recognised organisation). */
    organisatieId: integer('organisatie_id').notNull().references(() => organisatie.id),
    erkenningId: integer('erkenning_id').notNull().references(() => erkenning.id),
    deelnemerId: integer('deelnemer_id').notNull().references(() => deelnemer.id),
    werkpostNaam: text('werkpost_naam').notNull(),
    /** KBO of the werkpost when it is an organisation (identifies "the same werkpost"). */
    werkpostKbo: text('werkpost_kbo'),
    /** JSON array of locations: [{ straat, postcode, gemeente }]. */
    werkpostLocaties: text('werkpost_locaties').notNull(),
    startdatum: text('startdatum').notNull(),
    einddatum: text('einddatum'),
    /** Why it ended: 'einde-overeenkomst' | 'einde-erkenning' | 'pensioen' | 'andere'. */
    eindeReden: text('einde_reden'),
    contactEmail: text('contact_email'),
    modelOvereenkomst: integer('model_overeenkomst', { mode: 'boolean' }).notNull().default(true),
    /** Declared: no AMA SE, no VAPH dagondersteuning, no begeleid werken at the same time (art. 42). */
    geenCombinatieVerklaard: integer('geen_combinatie_verklaard', { mode: 'boolean' }).notNull().default(false),
    /** Scanned agreement (bijlage id). */
    bijlageId: integer('bijlage_id'),
    bron: text('bron').notNull().default('manueel'),
    aangemaaktOp: text('aangemaakt_op').notNull(),
    versie: integer('versie').notNull().default(1),
  },
  (t) => [
    index('overeenkomst_organisatie_idx').on(t.organisatieId, t.startdatum),
    index('overeenkomst_deelnemer_idx').on(t.deelnemerId, t.startdatum),
    index('overeenkomst_erkenning_idx').on(t.erkenningId),
    // The register's default order (newest start first) walks this index: its first page reads 100 rows, not 40,000.
    index('overeenkomst_start_idx').on(t.startdatum),
  ],
);

/** Yearly evaluations of an agreement (at least one a year). */
export const evaluatie = sqliteTable(
  'evaluatie',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    overeenkomstId: integer('overeenkomst_id').notNull().references(() => overeenkomst.id),
    datum: text('datum').notNull(),
    opmerking: text('opmerking'),
  },
  (t) => [index('evaluatie_overeenkomst_idx').on(t.overeenkomstId, t.datum)],
);
