import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { organisatie } from '../organisatie/organisatie';
import { medewerker } from '../platform/medewerker';

/**
 * A half-yearly subsidy run (BVR art. 50): proposal → review → approval → statements and payment file.
 * A re-run of the same half-year after corrections creates a new run (volgnummer + 1) that pays or
 * recovers only the difference with what earlier final runs paid.
 */
export const subsidieRun = sqliteTable(
  'subsidie_run',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** 'AMA_WVG' (later also other subsidy kinds). */
    regeling: text('regeling').notNull(),
    /** e.g. '2026-H1' */
    periode: text('periode').notNull(),
    volgnummer: integer('volgnummer').notNull(),
    /** 'voorstel' | 'goedgekeurd' | 'geannuleerd' */
    status: text('status').notNull(),
    /** JSON: the parameters and the budget-cap computation used. */
    berekening: text('berekening').notNull(),
    totaalCent: integer('totaal_cent').notNull(),
    aangemaaktDoorId: integer('aangemaakt_door_id').notNull().references(() => medewerker.id),
    aangemaaktOp: text('aangemaakt_op').notNull(),
    goedgekeurdDoorId: integer('goedgekeurd_door_id').references(() => medewerker.id),
    goedgekeurdOp: text('goedgekeurd_op'),
  },
  (t) => [
    index('subsidie_run_periode_idx').on(t.regeling, t.periode, t.volgnummer),
    uniqueIndex('subsidie_run_volgnummer_uniek').on(t.regeling, t.periode, t.volgnummer),
    /** At most one proposal per period at a time. */
    uniqueIndex('subsidie_run_een_voorstel').on(t.regeling, t.periode).where(sql`status = 'voorstel'`),
  ],
);

/** One line per begeleider and participant: days guided and amount, with the computation. */
export const subsidieLijn = sqliteTable(
  'subsidie_lijn',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    runId: integer('run_id').notNull().references(() => subsidieRun.id),
    organisatieId: integer('organisatie_id').notNull().references(() => organisatie.id),
    deelnemerId: integer('deelnemer_id'),
    dagen: integer('dagen').notNull(),
    bedragCent: integer('bedrag_cent').notNull(),
    /** JSON: periods counted, amount per day segment, rounding. */
    berekening: text('berekening').notNull(),
  },
  (t) => [index('subsidie_lijn_run_idx').on(t.runId, t.organisatieId)],
);

/** Per begeleider and run: the amount due, what earlier runs paid, and the difference paid now. */
export const subsidieBetaling = sqliteTable(
  'subsidie_betaling',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    runId: integer('run_id').notNull().references(() => subsidieRun.id),
    organisatieId: integer('organisatie_id').notNull().references(() => organisatie.id),
    verschuldigdCent: integer('verschuldigd_cent').notNull(),
    eerderBetaaldCent: integer('eerder_betaald_cent').notNull(),
    /** verschuldigd − eerder betaald: negative = to recover. */
    saldoCent: integer('saldo_cent').notNull(),
    referentie: text('referentie').notNull(),
    documentId: integer('document_id'),
    /** Σ of the participant lines of the run (before the budget-cap reduction). */
    brutoCent: integer('bruto_cent').notNull().default(0),
    /** Budget-cap reduction: bruto − verschuldigd. */
    verminderingCent: integer('vermindering_cent').notNull().default(0),
    /** Open recoveries of earlier runs offset against this payment (≥ 0), fixed at approval. */
    verrekendCent: integer('verrekend_cent').notNull().default(0),
    /** In the payment file: max(saldo, 0) − verrekend. */
    teBetalenCent: integer('te_betalen_cent').notNull().default(0),
    /** For a negative saldo: 'verrekenen' (with the next payments, default) or 'vordering' (separate claim). */
    terugvordering: text('terugvordering'),
    /** The recovery procedure when handled as a separate claim. */
    procedureId: integer('procedure_id'),
    /** JSON: the begeleider's computation (cap factor, year settlement for H2, warnings). */
    berekening: text('berekening').notNull().default('{}'),
  },
  (t) => [
    index('subsidie_betaling_run_idx').on(t.runId),
    index('subsidie_betaling_org_idx').on(t.organisatieId),
    uniqueIndex('subsidie_betaling_run_org_uniek').on(t.runId, t.organisatieId),
  ],
);
