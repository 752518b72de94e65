/**
 * The codes of the dated parameters the application reads (amounts, percentages, deadlines, dates and
 * open legal choices; their values, periods and legal references are seeded in db/seed/parameters.ts
 * and kept by an administrator under Parameters). Code that reads a parameter names it with this type,
 * so a misspelt or renamed code is a compile error instead of a "no value" message at run time.
 * An administrator may still add other codes; the application reads only these.
 */
export const PARAMETER_CODES = [
  // Any formal decision
  'RVS_BEROEPSTERMIJN',
  'BEROEPSTERMIJN_ZONDER_VERMELDING',
  'AANGETEKEND_GEACHT_ONTVANGEN',
  // AMA WVG recognition
  'AMA_WVG_ONTVANKELIJKHEID_TERMIJN',
  'AMA_WVG_GEGRONDHEID_TERMIJN',
  'AMA_WVG_BESLISSINGSTERMIJN',
  'AMA_WVG_MINIMUM_ERVARING',
  'AMA_WVG_ERKENNINGSDUUR',
  'AMA_WVG_HERINNERING_HERNIEUWING',
  'AMA_WVG_OPHEFFING_REACTIETERMIJN',
  'AMA_WVG_OPHEFFING_BESLISSINGSTERMIJN',
  'AMA_WVG_AANVULLENDE_INFO_TERMIJN',
  'AMA_WVG_BEZWAAR_TERMIJN',
  'AMA_WVG_BEZWAAR_BESLISSINGSTERMIJN',
  'AMA_WVG_OVERGANGSDATUM',
  'AMA_WVG_EINDE_ONDERWIJS_PAAZ',
  'AMA_WVG_EEN_BEGELEIDER_VANAF',
  'AMA_WVG_MODELOVEREENKOMST_VANAF',
  // AMA WVG agreements and subsidy
  'AMA_WVG_EVALUATIE_INTERVAL',
  'AMA_WVG_SCAN_MAX_MB',
  'AMA_WVG_SUBSIDIE_PER_DEELNEMER_JAAR',
  'AMA_WVG_UITBETALING_TERMIJN',
  'AMA_WVG_TERUGVORDERING_REACTIETERMIJN',
  'AMA_WVG_TERUGVORDERING_BESLISSINGSTERMIJN',
  'AMA_WVG_TERUGVORDERING_BEZWAAR_TERMIJN',
  'AMA_WVG_MAX_BEGELEIDINGEN',
  'AMA_WVG_PLAFOND_VERMINDERING',
  'AMA_WVG_BUDGET',
  'DEELNEMER_MINIMUMLEEFTIJD',
  'WETTELIJKE_PENSIOENLEEFTIJD',
  'PERSOONSGEGEVENS_BEWAARTERMIJN',
  // Samenwerkingsverband Zorg
  'SWV_ZORG_ONTVANKELIJKHEID_TERMIJN',
  'SWV_ZORG_AANVULLENDE_INFO_TERMIJN',
  'SWV_ZORG_BESLISSINGSTERMIJN',
  'SWV_ZORG_MANDAAT_EINDDATUM',
  'SWV_ZORG_COMPENSATIE_PER_TRAJECT',
  'SWV_ZORG_COMPENSATIE_PCT_VOLLEDIG',
  'SWV_ZORG_COMPENSATIE_PCT_VROEGTIJDIG',
  'SWV_ZORG_TRAJECT_MINIMUMDUUR',
  'SWV_ZORG_COMPENSATIE_PCT_KORT',
  'SWV_ZORG_REGELING_VANAF',
  'SWV_ZORG_UITBETALING_TERMIJN',
  'SWV_ZORG_MAX_PARTNERS_PER_CATEGORIE',
  'SWV_ZORG_BEZWAAR_TERMIJN',
  'SWV_ZORG_BEZWAAR_BESLISSINGSTERMIJN',
  'SWV_ZORG_HOOR_REACTIETERMIJN',
  'SWV_ZORG_HOOR_BESLISSINGSTERMIJN',
  'NETWERKCOORDINATOR_COMPENSATIE_PER_TRAJECT',
  'CASEMANAGER_WERK_COMPENSATIE_PER_TRAJECT_MIN',
  'ACTIVERINGSTRAJECTEN_PER_JAAR',
  // AMA SE
  'AMA_SE_ONTVANKELIJKHEID_TERMIJN',
  'AMA_SE_SUBSIDIE_PER_DEELNEMER_JAAR',
  'AMA_SE_VOORSCHOT_PCT',
  'AMA_SE_INVULLINGSGRAAD_DREMPEL',
  'AMA_SE_VERMINDERING_INGANGSMAAND',
  'AMA_SE_AFREKENING_MAAND',
  'AMA_SE_BEWIJSSTUKKEN_TERMIJN',
  'AMA_SE_DEELNEMERSJAAR_DELER',
  'AMA_SE_VERMINDERING_AFRONDING',
  'AMA_SE_EERSTE_EVALUATIEJAAR',
  'AMA_SE_VOORSCHOT_BETAALTERMIJN',
  'AMA_SE_BEZWAAR_TERMIJN',
  'AMA_SE_BEZWAAR_BESLISSINGSTERMIJN',
  'AMA_SE_HOOR_BESLISSINGSTERMIJN',
  'AMA_SE_HOOR_REACTIETERMIJN',
] as const;

export type ParameterCode = (typeof PARAMETER_CODES)[number];

/**
 * Parameters whose value is a coded choice: each code with its short Dutch name. The Parameters screen shows the name,
 * `parameter.set` refuses another code, and the computation that reads the choice refuses a code it does not know.
 */
export const PARAMETER_KEUZES: Partial<Record<ParameterCode, Readonly<Record<number, string>>>> = {
  // The index of AFRONDINGEN (shared/ama-se/contingent.ts); a test keeps the two together.
  AMA_SE_VERMINDERING_AFRONDING: { 0: 'naar beneden', 1: 'rekenkundig', 2: 'naar boven' },
  AMA_WVG_PLAFOND_VERMINDERING: { 1: 'lineaire vermindering' },
};

/** "0 = naar beneden, 1 = rekenkundig, 2 = naar boven" */
export const keuzesTekst = (keuzes: Readonly<Record<number, string>>): string =>
  Object.entries(keuzes)
    .map(([code, naam]) => `${code} = ${naam}`)
    .join(', ');
