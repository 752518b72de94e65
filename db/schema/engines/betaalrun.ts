import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { organisatie } from '../organisatie/organisatie';
import { medewerker } from '../platform/medewerker';

/**
 * A payment run of a scheme (regeling: AMA WVG subsidy per half-year, compensation of the
 * samenwerkingsverbanden Zorg per half-year, AMA SE advances per month and settlement per year):
 * proposal → review → four-eyes approval → statements and payment file. A re-run of the same period
 * after corrections creates a new run (volgnummer + 1) that pays or recovers only the difference with
 * what earlier approved runs of that period paid. The scheme's own lines live with its module.
 */
export const betaalrun = sqliteTable(
  'betaalrun',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Scheme code, e.g. 'AMA_WVG'. */
    regeling: text('regeling').notNull(),
    /** 'ZORG' | 'WSE': the department that computes, approves and pays. */
    departement: text('departement').notNull(),
    /** e.g. '2026-H1', '2026-03', '2025' (the scheme fixes the kind of period). */
    periode: text('periode').notNull(),
    volgnummer: integer('volgnummer').notNull(),
    /** 'voorstel' | 'goedgekeurd' | 'geannuleerd' */
    status: text('status').notNull(),
    /** JSON: the parameters and the run-level computation the scheme used. */
    berekening: text('berekening').notNull(),
    totaalCent: integer('totaal_cent').notNull(),
    aangemaaktDoorId: integer('aangemaakt_door_id').notNull().references(() => medewerker.id),
    aangemaaktOp: text('aangemaakt_op').notNull(),
    goedgekeurdDoorId: integer('goedgekeurd_door_id').references(() => medewerker.id),
    goedgekeurdOp: text('goedgekeurd_op'),
  },
  (t) => [
    uniqueIndex('betaalrun_volgnummer_uniek').on(t.regeling, t.periode, t.volgnummer),
    /** At most one proposal per scheme and period at a time. */
    uniqueIndex('betaalrun_een_voorstel').on(t.regeling, t.periode).where(sql`status = 'voorstel'`),
    index('betaalrun_status_idx').on(t.status, t.regeling),
  ],
);

/** Per payee and run: the amount due, what earlier runs paid, the difference, and the payment. */
export const betaalrunBetaling = sqliteTable(
  'betaalrun_betaling',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    runId: integer('run_id').notNull().references(() => betaalrun.id),
    organisatieId: integer('organisatie_id').notNull().references(() => organisatie.id),
    /** Lines of the scheme behind this payment (participants, trajectories…) and their days, when the scheme counts days. */
    aantalLijnen: integer('aantal_lijnen').notNull(),
    dagen: integer('dagen'),
    /** Σ of the lines before a reduction (budget cap, cap on the contingent). */
    brutoCent: integer('bruto_cent').notNull(),
    verminderingCent: integer('vermindering_cent').notNull(),
    verschuldigdCent: integer('verschuldigd_cent').notNull(),
    eerderBetaaldCent: integer('eerder_betaald_cent').notNull(),
    /** verschuldigd − eerder betaald: negative = to recover. */
    saldoCent: integer('saldo_cent').notNull(),
    /** Open recoveries of earlier runs offset against this payment (≥ 0), fixed at approval. */
    verrekendCent: integer('verrekend_cent').notNull(),
    /** In the payment file: max(saldo, 0) − verrekend. */
    teBetalenCent: integer('te_betalen_cent').notNull(),
    /** For a negative saldo: 'verrekenen' (with the next payments, default), 'vordering' (separate claim) or 'vervallen'. */
    terugvordering: text('terugvordering'),
    /** The recovery procedure when handled as a separate claim. */
    procedureId: integer('procedure_id'),
    referentie: text('referentie').notNull(),
    /** The statement (berekeningsnota) issued for this payment. */
    documentId: integer('document_id'),
    /** The payee as approved: name, KBO and IBAN frozen at approval; the payment file uses these. */
    begunstigdeNaam: text('begunstigde_naam'),
    begunstigdeKbo: text('begunstigde_kbo'),
    iban: text('iban'),
    /** JSON: the payee's computation in the scheme (cap factor, year settlement…). */
    berekening: text('berekening').notNull(),
  },
  (t) => [
    uniqueIndex('betaalrun_betaling_run_org_uniek').on(t.runId, t.organisatieId),
    index('betaalrun_betaling_org_idx').on(t.organisatieId),
  ],
);
