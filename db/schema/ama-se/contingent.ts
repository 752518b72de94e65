import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { organisatie } from '../organisatie/organisatie';
import { medewerker } from '../platform/medewerker';
import { beslissing } from '../engines/beslissing';

/**
 * The contingent ledger of a maatwerkbedrijf (or the samenwerkingsverband it represents; BVR art. 58, 60):
 * the number of places (participants per year) per period. Periods of one organisation never overlap; a
 * change closes the period in force the day before and opens a new one, so the history stays readable.
 * Every period names the decision behind it: a reference (`beslissing`, e.g. the ministerial decision of
 * an imported contingent) and, when it was decided in the app, the decision's id.
 */
export const seContingent = sqliteTable(
  'se_contingent',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    organisatieId: integer('organisatie_id').notNull().references(() => organisatie.id),
    plaatsen: integer('plaatsen').notNull(),
    geldigVan: text('geldig_van').notNull(),
    geldigTot: text('geldig_tot'),
    /** 'bestaand' (art. 76 import) | 'toekenning' | 'vermindering' (80 % evaluation) | 'schorsing' | 'intrekking' */
    reden: text('reden').notNull(),
    /** Reference of the decision as it is cited (ministerial decision, decision number). */
    beslissing: text('beslissing').notNull(),
    beslissingId: integer('beslissing_id').references(() => beslissing.id),
    bron: text('bron').notNull(),
    aangemaaktOp: text('aangemaakt_op').notNull(),
  },
  (t) => [index('se_contingent_org_idx').on(t.organisatieId, t.geldigVan)],
);

/**
 * A partner of the samenwerkingsverband a maatwerkbedrijf represents (art. 58): another maatwerkbedrijf, a
 * welzijns- of zorgvoorziening, an organisation with proven expertise, or a PAAZ that is only a werkpost.
 */
export const sePartner = sqliteTable(
  'se_partner',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    maatwerkbedrijfId: integer('maatwerkbedrijf_id').notNull().references(() => organisatie.id),
    organisatieId: integer('organisatie_id').notNull().references(() => organisatie.id),
    /** 'maatwerkbedrijf' | 'welzijn-zorg' | 'expertise' | 'paaz-werkpost' */
    rol: text('rol').notNull(),
    van: text('van').notNull(),
    tot: text('tot'),
    aangemaaktOp: text('aangemaakt_op').notNull(),
  },
  (t) => [index('se_partner_mwb_idx').on(t.maatwerkbedrijfId)],
);

/** A change the maatwerkbedrijf reported that may affect the conditions or the financing (art. 64). */
export const seMelding = sqliteTable(
  'se_melding',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    organisatieId: integer('organisatie_id').notNull().references(() => organisatie.id),
    datum: text('datum').notNull(),
    omschrijving: text('omschrijving').notNull(),
    geregistreerdDoorId: integer('geregistreerd_door_id').notNull().references(() => medewerker.id),
    aangemaaktOp: text('aangemaakt_op').notNull(),
  },
  (t) => [index('se_melding_org_idx').on(t.organisatieId)],
);

/** A call for places (art. 60–63): a first distribution or a redistribution of freed places. */
export const seOproep = sqliteTable('se_oproep', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  titel: text('titel').notNull(),
  /** 'toekenning' | 'herverdeling' */
  soort: text('soort').notNull(),
  plaatsen: integer('plaatsen').notNull(),
  /** From when the places awarded count (the contingent's new period). */
  plaatsenVanaf: text('plaatsen_vanaf').notNull(),
  verdelingscriteria: text('verdelingscriteria').notNull(),
  prioriteitscriteria: text('prioriteitscriteria').notNull(),
  /** The advice of the Adviescommissie Sociale Economie on the criteria (art. 60): date and reference. */
  advies: text('advies').notNull(),
  geopendOp: text('geopend_op').notNull(),
  sluitOp: text('sluit_op').notNull(),
  aangemaaktOp: text('aangemaakt_op').notNull(),
  versie: integer('versie').notNull().default(1),
});

/**
 * An application on a call: the places asked, admissibility within 7 days of receipt (art. 61–63), the state-aid
 * checks (art. 67, GBER art. 34), the officer's allocation (proposal adjusted with a motivation) and the decision.
 */
export const seAanvraag = sqliteTable(
  'se_aanvraag',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    oproepId: integer('oproep_id').notNull().references(() => seOproep.id),
    organisatieId: integer('organisatie_id').notNull().references(() => organisatie.id),
    ontvangenOp: text('ontvangen_op').notNull(),
    gevraagd: integer('gevraagd').notNull(),
    motivering: text('motivering').notNull(),
    /** Priority score the officer gives on the call's priority criteria (0–100). */
    prioriteit: integer('prioriteit'),
    /** 'ingediend' | 'ontvankelijk' | 'onontvankelijk' | 'toegekend' | 'geweigerd' */
    status: text('status').notNull(),
    ondernemingInMoeilijkheden: integer('onderneming_in_moeilijkheden', { mode: 'boolean' }),
    stimulerendEffect: integer('stimulerend_effect', { mode: 'boolean' }),
    andereSteunCent: integer('andere_steun_cent'),
    /** The officer's allocation (null: the proposal of the call's distribution). */
    toegekend: integer('toegekend'),
    toekenningMotivering: text('toekenning_motivering'),
    behandelaarId: integer('behandelaar_id').notNull().references(() => medewerker.id),
    aangemaaktOp: text('aangemaakt_op').notNull(),
    versie: integer('versie').notNull().default(1),
  },
  (t) => [index('se_aanvraag_oproep_idx').on(t.oproepId)],
);

/**
 * One row of a yearly 80 % evaluation (art. 61–63) that led to a reduction: the figures the decision is
 * based on. The decision (type 'vermindering-contingent') changes the ledger from the ingangsdatum.
 */
export const seEvaluatie = sqliteTable(
  'se_evaluatie',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    jaar: integer('jaar').notNull(),
    organisatieId: integer('organisatie_id').notNull().references(() => organisatie.id),
    plaatsDagen: integer('plaats_dagen').notNull(),
    deelnemersdagen: integer('deelnemersdagen').notNull(),
    drempelBp: integer('drempel_bp').notNull(),
    afronding: text('afronding').notNull(),
    deler: integer('deler').notNull(),
    contingentOpIngang: integer('contingent_op_ingang').notNull(),
    vermindering: integer('vermindering').notNull(),
    nieuwContingent: integer('nieuw_contingent').notNull(),
    ingangsdatum: text('ingangsdatum').notNull(),
    beslissingId: integer('beslissing_id').references(() => beslissing.id),
    aangemaaktOp: text('aangemaakt_op').notNull(),
  },
  (t) => [index('se_evaluatie_jaar_idx').on(t.jaar, t.organisatieId)],
);
