import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { organisatie } from '../organisatie/organisatie';
import { deelnemer } from '../platform/deelnemer';
import { betaalrun } from '../engines/betaalrun';
import { samenwerkingsverband, mandaat } from './register';

/**
 * An activeringstraject as VDAB supplies it (import), attributed to the samenwerkingsverband mandated for
 * its werk- en zorgregio on the date of aanmelding (art. 7, 19). A trajectory aangemeld before the scheme
 * started (1 July 2023, art. 71) is kept but falls under the earlier rules: never paid by this scheme.
 */
export const traject = sqliteTable(
  'traject',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    trajectnummer: text('trajectnummer').notNull().unique(),
    deelnemerId: integer('deelnemer_id').notNull().references(() => deelnemer.id),
    regioCode: text('regio_code').notNull(),
    datumAanmelding: text('datum_aanmelding').notNull(),
    datumTrajectplan: text('datum_trajectplan'),
    /** 'geinitieerd' | 'aanvaard' | 'bezig' | 'afgesloten' | 'vervroegd_stopgezet' (as VDAB reports it now). */
    status: text('status').notNull(),
    datumEinde: text('datum_einde'),
    datumEindverslag: text('datum_eindverslag'),
    datumEindadvies: text('datum_eindadvies'),
    redenEinde: text('reden_einde'),
    swvId: integer('swv_id').references(() => samenwerkingsverband.id),
    mandaatId: integer('mandaat_id').references(() => mandaat.id),
    /** Aangemeld before the scheme started: earlier rules (art. 71). */
    oudeRegeling: integer('oude_regeling', { mode: 'boolean' }).notNull().default(false),
    /** `import:<sha256 prefix>` of the file it last came from. */
    bron: text('bron').notNull(),
    aangemaaktOp: text('aangemaakt_op').notNull(),
    gewijzigdOp: text('gewijzigd_op').notNull(),
    versie: integer('versie').notNull().default(1),
  },
  (t) => [
    index('traject_regio_idx').on(t.regioCode, t.datumAanmelding),
    index('traject_swv_idx').on(t.swvId),
    index('traject_deelnemer_idx').on(t.deelnemerId),
    index('traject_eindverslag_idx').on(t.datumEindadvies),
    index('traject_einde_idx').on(t.datumEinde),
    // The register's default order (newest registration first).
    index('traject_aanmelding_idx').on(t.datumAanmelding),
  ],
);

/** What a re-import changed in a trajectory: the earlier values (the trajectory keeps its history). */
export const trajectHistoriek = sqliteTable(
  'traject_historiek',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    trajectId: integer('traject_id').notNull().references(() => traject.id),
    gewijzigdOp: text('gewijzigd_op').notNull(),
    bron: text('bron').notNull(),
    /** JSON: { veld: [oud, nieuw] }. */
    wijzigingen: text('wijzigingen').notNull(),
  },
  (t) => [index('traject_historiek_idx').on(t.trajectId, t.id)],
);

/**
 * The compensation (art. 20–21) of one trajectory in a run: its percentage (100, 60 or 0), what it earns,
 * what earlier approved runs paid for it and the difference paid now. Columns, no JSON: a run holds
 * thousands of lines.
 */
export const compensatieLijn = sqliteTable(
  'compensatie_lijn',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    runId: integer('run_id').notNull().references(() => betaalrun.id),
    /** The payee: the samenwerkingsverband's aanspreekpunt. */
    organisatieId: integer('organisatie_id').notNull().references(() => organisatie.id),
    swvId: integer('swv_id').notNull().references(() => samenwerkingsverband.id),
    trajectId: integer('traject_id').notNull().references(() => traject.id),
    /** The day the trajectory ended in the sense of art. 21 (eindverslag + eindadvies, or the early end). */
    einddatum: text('einddatum').notNull(),
    /** Looptijd in days from the trajectplan to the end (null without trajectplan). */
    looptijdDagen: integer('looptijd_dagen'),
    percentageBp: integer('percentage_bp').notNull(),
    bedragCent: integer('bedrag_cent').notNull(),
    reedsBetaaldCent: integer('reeds_betaald_cent').notNull(),
    teBetalenCent: integer('te_betalen_cent').notNull(),
    reden: text('reden').notNull(),
  },
  (t) => [index('compensatie_lijn_run_idx').on(t.runId, t.organisatieId), index('compensatie_lijn_traject_idx').on(t.trajectId)],
);
