import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { organisatie } from '../organisatie/organisatie';
import { deelnemer } from '../platform/deelnemer';
import { betaalrun } from '../engines/betaalrun';

/**
 * A begeleidingsovereenkomst AMA SE (BVR art. 56, 59, 68): a participant guided by a maatwerkbedrijf at a
 * werkpost, with the VDAB decision on access, the Dimona dates and the proofs the maatwerkbedrijf delivers
 * within one month after the start and after the end.
 */
export const seDeelname = sqliteTable(
  'se_deelname',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    organisatieId: integer('organisatie_id').notNull().references(() => organisatie.id),
    deelnemerId: integer('deelnemer_id').notNull().references(() => deelnemer.id),
    /** KBO number of the werkpost (need not be in the register). */
    werkpostKbo: text('werkpost_kbo'),
    startdatum: text('startdatum').notNull(),
    einddatum: text('einddatum'),
    vdabBeslissingOp: text('vdab_beslissing_op'),
    dimonaIn: text('dimona_in'),
    dimonaUit: text('dimona_uit'),
    bewijsStartOp: text('bewijs_start_op'),
    bewijsEindeOp: text('bewijs_einde_op'),
    /** `import:<sha256 prefix>` or 'manueel'. */
    bron: text('bron').notNull(),
    aangemaaktOp: text('aangemaakt_op').notNull(),
    gewijzigdOp: text('gewijzigd_op').notNull(),
    versie: integer('versie').notNull().default(1),
  },
  (t) => [index('se_deelname_org_idx').on(t.organisatieId, t.startdatum), index('se_deelname_deelnemer_idx').on(t.deelnemerId)],
);

/** The days one participation counts in a settlement run (columns only: a run holds thousands). */
export const seAfrekeningLijn = sqliteTable(
  'se_afrekening_lijn',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    runId: integer('run_id').notNull().references(() => betaalrun.id),
    organisatieId: integer('organisatie_id').notNull().references(() => organisatie.id),
    deelnameId: integer('deelname_id').notNull().references(() => seDeelname.id),
    /** Days of this participation in the year (before the union per participant). */
    dagen: integer('dagen').notNull(),
  },
  (t) => [index('se_afrekening_lijn_run_idx').on(t.runId, t.organisatieId)],
);
