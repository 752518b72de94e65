import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { organisatie } from '../organisatie/organisatie';
import { betaalrun } from '../engines/betaalrun';

/** AMA WVG subsidy (art. 50): one line per run, begeleider and participant — days guided and amount, with the computation. */
export const subsidieLijn = sqliteTable(
  'subsidie_lijn',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    runId: integer('run_id').notNull().references(() => betaalrun.id),
    organisatieId: integer('organisatie_id').notNull().references(() => organisatie.id),
    deelnemerId: integer('deelnemer_id'),
    dagen: integer('dagen').notNull(),
    bedragCent: integer('bedrag_cent').notNull(),
    /** JSON: periods counted, amount per day segment, rounding. */
    berekening: text('berekening').notNull(),
  },
  (t) => [index('subsidie_lijn_run_idx').on(t.runId, t.organisatieId)],
);
