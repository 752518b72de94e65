import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { organisatie } from '../organisatie/organisatie';

/** A recognition as begeleider AMA WVG (BVR art. 46–49): valid 5 years from the effective date. */
export const erkenning = sqliteTable(
  'erkenning',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    erkenningsnummer: text('erkenningsnummer').notNull().unique(),
    organisatieId: integer('organisatie_id').notNull().references(() => organisatie.id),
    geldigVan: text('geldig_van').notNull(),
    /** Last day of validity (inclusive). */
    geldigTot: text('geldig_tot').notNull(),
    /** 'actief' | 'opgeheven' | 'verlopen' */
    status: text('status').notNull(),
    eindeReden: text('einde_reden'),
    /** 'aanvraag' | 'overgang' (art. 72–74, continued by law) */
    oorsprong: text('oorsprong').notNull(),
    aanvraagId: integer('aanvraag_id'),
    beslissingId: integer('beslissing_id'),
    vorigeErkenningId: integer('vorige_erkenning_id'),
    aangemaaktOp: text('aangemaakt_op').notNull(),
    versie: integer('versie').notNull().default(1),
  },
  (t) => [
    index('erkenning_organisatie_idx').on(t.organisatieId),
    index('erkenning_status_idx').on(t.status, t.geldigTot),
    // Renewals: "which recognition follows this one" is asked for every row of the register.
    index('erkenning_vorige_idx').on(t.vorigeErkenningId),
  ],
);

/** State history of a recognition, each change with the decision behind it. */
export const erkenningHistoriek = sqliteTable(
  'erkenning_historiek',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    erkenningId: integer('erkenning_id').notNull().references(() => erkenning.id),
    datum: text('datum').notNull(),
    status: text('status').notNull(),
    geldigTot: text('geldig_tot').notNull(),
    beslissingId: integer('beslissing_id'),
    toelichting: text('toelichting').notNull(),
  },
  (t) => [index('erkenning_historiek_idx').on(t.erkenningId)],
);
