import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { organisatie } from '../organisatie/organisatie';
import { werkZorgRegio } from '../platform/referentie';
import { medewerker } from '../platform/medewerker';
import { beslissing } from '../engines/beslissing';

/**
 * A samenwerkingsverband Zorg (BVR art. 7, 12–13): welzijns- en zorgvoorzieningen of three categories
 * and the administratief aanspreekpunt that receives the compensation and shares it among the partners.
 */
export const samenwerkingsverband = sqliteTable(
  'samenwerkingsverband',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    naam: text('naam').notNull().unique(),
    /** The legal person that receives the money (art. 13); any organisation of the register. */
    aanspreekpuntId: integer('aanspreekpunt_id').notNull().references(() => organisatie.id),
    aangemaaktOp: text('aangemaakt_op').notNull(),
    versie: integer('versie').notNull().default(1),
  },
);

/**
 * A partner of a samenwerkingsverband for a period: its category (1: CAW/OCMW/DMW ziekenfonds, 2: VAPH,
 * 3: CGG/PZ/revalidatiecentrum/IBW) comes from its organisation type; `tot` is set when it is replaced
 * (art. 19) — it then keeps its running trajectories but takes no new ones.
 */
export const swvPartner = sqliteTable(
  'swv_partner',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    swvId: integer('swv_id').notNull().references(() => samenwerkingsverband.id),
    organisatieId: integer('organisatie_id').notNull().references(() => organisatie.id),
    categorie: integer('categorie').notNull(),
    van: text('van').notNull(),
    tot: text('tot'),
    /** Proof of professional expertise (art. 12): diploma or two years' experience, knowledge of the care offer. */
    expertise: text('expertise'),
    /** ICF (art. 30): 'gecertificeerd' or 'engagement' (a commitment to acquire it). */
    icf: text('icf'),
    /** The decision behind the change (replacement); null for imported partners. */
    beslissingId: integer('beslissing_id').references(() => beslissing.id),
  },
  (t) => [index('swv_partner_swv_idx').on(t.swvId), index('swv_partner_org_idx').on(t.organisatieId)],
);

/**
 * A mandate of a samenwerkingsverband for one werk- en zorgregio and period (art. 16, 19, 78): at most one
 * per region at a time. Confirmed by a ministerial decree (reference); imported or decided after a call.
 */
export const mandaat = sqliteTable(
  'mandaat',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    swvId: integer('swv_id').notNull().references(() => samenwerkingsverband.id),
    regioCode: text('regio_code').notNull().references(() => werkZorgRegio.code),
    geldigVan: text('geldig_van').notNull(),
    geldigTot: text('geldig_tot').notNull(),
    /** 'actief' | 'ingetrokken' */
    status: text('status').notNull(),
    ministerieelBesluit: text('ministerieel_besluit'),
    /** The mandate decision after a call; null when imported (the mandates that run since 2023). */
    beslissingId: integer('beslissing_id').references(() => beslissing.id),
    bron: text('bron').notNull(),
    aangemaaktOp: text('aangemaakt_op').notNull(),
    versie: integer('versie').notNull().default(1),
  },
  (t) => [index('mandaat_regio_idx').on(t.regioCode, t.geldigVan), index('mandaat_swv_idx').on(t.swvId)],
);

/** Every change of a mandate with the decision behind it (mandate, replacement, suspension, withdrawal). */
export const mandaatHistoriek = sqliteTable(
  'mandaat_historiek',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    mandaatId: integer('mandaat_id').notNull().references(() => mandaat.id),
    datum: text('datum').notNull(),
    wat: text('wat').notNull(),
    beslissingId: integer('beslissing_id').references(() => beslissing.id),
    toelichting: text('toelichting').notNull(),
  },
  (t) => [index('mandaat_historiek_idx').on(t.mandaatId, t.id)],
);

/** A suspension of a mandate (art. 40): no new trajectories are attributed in the period. */
export const mandaatSchorsing = sqliteTable(
  'mandaat_schorsing',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    mandaatId: integer('mandaat_id').notNull().references(() => mandaat.id),
    van: text('van').notNull(),
    tot: text('tot'),
    beslissingId: integer('beslissing_id').references(() => beslissing.id),
  },
  (t) => [index('mandaat_schorsing_idx').on(t.mandaatId)],
);

/**
 * A call (oproep, art. 14) for mandates: the submission window, the regions, the comparison criteria with
 * their weights and the tie rule (set per call: the seeds do not fix them, RULES.md), the mandate period,
 * and the elements the mandate letters state (art. 18: the template is editable).
 */
export const oproep = sqliteTable('oproep', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  titel: text('titel').notNull(),
  indienenVan: text('indienen_van').notNull(),
  indienenTot: text('indienen_tot').notNull(),
  /** JSON: the werk- en zorgregio codes of the call. */
  regios: text('regios').notNull(),
  /** JSON: [{ code, omschrijving, gewicht, max }]. */
  criteria: text('criteria').notNull(),
  /** JSON: { soort: 'criterium', criterium } | { soort: 'vroegst-ingediend' }. */
  beslechting: text('beslechting').notNull(),
  mandaatVan: text('mandaat_van').notNull(),
  mandaatTot: text('mandaat_tot').notNull(),
  /** Art. 18 elements stated in every mandate and refusal letter of this call (editable template text). */
  briefElementen: text('brief_elementen').notNull(),
  aangemaaktDoorId: integer('aangemaakt_door_id').notNull().references(() => medewerker.id),
  aangemaaktOp: text('aangemaakt_op').notNull(),
  versie: integer('versie').notNull().default(1),
});

/** An application for a mandate (art. 14): items 1°–9°, the werkingsgebied and "only as a combination" or "also per region". */
export const swvAanvraag = sqliteTable(
  'swv_aanvraag',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    oproepId: integer('oproep_id').notNull().references(() => oproep.id),
    naam: text('naam').notNull(),
    /** Set when the applicants already form a registered samenwerkingsverband. */
    swvId: integer('swv_id').references(() => samenwerkingsverband.id),
    aanspreekpuntId: integer('aanspreekpunt_id').notNull().references(() => organisatie.id),
    /** 'combinatie' (only for the whole werkingsgebied) | 'per-regio' (also per region). */
    keuze: text('keuze').notNull(),
    ontvangenOp: text('ontvangen_op').notNull(),
    /** JSON: the items 1°–9° received ({ '1': true, … }). */
    items: text('items').notNull(),
    /** 'ingediend' | 'ontvankelijk' | 'onontvankelijk' | 'gegrond' | 'ongegrond' | 'gemandateerd' | 'geweigerd' */
    status: text('status').notNull(),
    behandelaarId: integer('behandelaar_id').notNull().references(() => medewerker.id),
    aangemaaktOp: text('aangemaakt_op').notNull(),
    versie: integer('versie').notNull().default(1),
  },
  (t) => [index('swv_aanvraag_oproep_idx').on(t.oproepId)],
);

export const swvAanvraagPartner = sqliteTable(
  'swv_aanvraag_partner',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    aanvraagId: integer('aanvraag_id').notNull().references(() => swvAanvraag.id),
    organisatieId: integer('organisatie_id').notNull().references(() => organisatie.id),
    categorie: integer('categorie').notNull(),
    expertise: text('expertise'),
    icf: text('icf'),
  },
  (t) => [index('swv_aanvraag_partner_idx').on(t.aanvraagId)],
);

export const swvAanvraagRegio = sqliteTable(
  'swv_aanvraag_regio',
  {
    aanvraagId: integer('aanvraag_id').notNull().references(() => swvAanvraag.id),
    regioCode: text('regio_code').notNull().references(() => werkZorgRegio.code),
  },
  (t) => [uniqueIndex('swv_aanvraag_regio_uniek').on(t.aanvraagId, t.regioCode)],
);

/** A motivated score of an application per region and criterion (art. 16 §2). */
export const swvScore = sqliteTable(
  'swv_score',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    aanvraagId: integer('aanvraag_id').notNull().references(() => swvAanvraag.id),
    regioCode: text('regio_code').notNull(),
    criterium: text('criterium').notNull(),
    score: integer('score').notNull(),
    motivering: text('motivering').notNull(),
    doorId: integer('door_id').notNull().references(() => medewerker.id),
    gewijzigdOp: text('gewijzigd_op').notNull(),
  },
  (t) => [uniqueIndex('swv_score_uniek').on(t.aanvraagId, t.regioCode, t.criterium)],
);

/**
 * What a draft decision to replace a partner (art. 19) will do once approved: the partner that leaves,
 * the organisation that takes its place from `datum`, and the replacement's proofs.
 */
export const swvPartnerVervanging = sqliteTable('swv_partner_vervanging', {
  beslissingId: integer('beslissing_id').primaryKey().references(() => beslissing.id),
  partnerId: integer('partner_id').notNull().references(() => swvPartner.id),
  nieuweOrganisatieId: integer('nieuwe_organisatie_id').notNull().references(() => organisatie.id),
  datum: text('datum').notNull(),
  expertise: text('expertise'),
  icf: text('icf'),
});
