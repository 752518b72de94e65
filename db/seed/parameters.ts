import reference from './reference-data.json';
import type { ParameterCode } from '../../shared/platform/parameter-codes';
import type { Eenheid } from '../../shared/platform/parameter.contract';

/**
 * The seed values of every dated parameter: amounts, percentages, counts and deadlines from the
 * handbook's RULES.md and reference data, each with its legal reference and source status.
 * Seeded once per code (an administrator's later periods are never overwritten).
 */
export interface ParameterSeed {
  code: ParameterCode;
  omschrijving: string;
  eenheid: Eenheid;
  waardeGetal?: number;
  waardeDatum?: string;
  geldigVan: string;
  geldigTot?: string;
  wettelijkeBasis: string;
  bronStatus: 'seed' | 'law' | 'official' | 'assumed';
  toelichting?: string;
}

const START_WZT = '2023-07-01'; // werk- en zorgtrajecten in force (BVR 18 Nov 2022)
/** Agreement rules that held under the earlier AMA rules too: back to 2018, the first year the yearly report counts (migration 0013). */
const AMA_SINDS_2018 = '2018-01-01';
const cents = (eur: number) => Math.round(eur * 100);

function perJaar(code: ParameterCode, omschrijving: string, eenheid: ParameterSeed['eenheid'], waarden: Record<string, number>,
  wettelijkeBasis: string, toCents = false): ParameterSeed[] {
  return Object.entries(waarden).map(([jaar, v]) => ({
    code, omschrijving, eenheid, waardeGetal: toCents ? cents(v) : v,
    geldigVan: `${jaar}-01-01`, geldigTot: `${jaar}-12-31`, wettelijkeBasis, bronStatus: 'seed' as const,
  }));
}

/** The indexed amounts of `code` in the reference data, each with the parameter's code. */
const bedrag = (code: ParameterCode) => reference.amounts.filter((a) => a.code === code).map((a) => ({ ...a, code }));

export const PARAMETER_SEEDS: ParameterSeed[] = [
  // Any formal decision
  { code: 'RVS_BEROEPSTERMIJN', omschrijving: 'Termijn beroep tot nietigverklaring bij de Raad van State na kennisgeving', eenheid: 'kalenderdagen', waardeGetal: 60, geldigVan: '2000-01-01', wettelijkeBasis: 'Gecoördineerde wetten op de Raad van State, art. 14; procedureregeling art. 4', bronStatus: 'law' },
  { code: 'BEROEPSTERMIJN_ZONDER_VERMELDING', omschrijving: 'Aanvang beroepstermijn wanneer de beroepsmogelijkheden niet vermeld zijn', eenheid: 'maanden', waardeGetal: 4, geldigVan: '2020-01-01', wettelijkeBasis: 'Bestuursdecreet 7 december 2018, art. II.21', bronStatus: 'law' },
  { code: 'AANGETEKEND_GEACHT_ONTVANGEN', omschrijving: 'Aangetekende brief geacht ontvangen op de zoveelste werkdag na afgifte bij de post', eenheid: 'werkdagen', waardeGetal: 3, geldigVan: '2000-01-01', wettelijkeBasis: 'Gangbare regeling, naar het voorbeeld van art. 53bis Gerechtelijk Wetboek (derde werkdag na de afgifte bij de post)', bronStatus: 'assumed' },
  // AMA WVG recognition
  { code: 'AMA_WVG_ONTVANKELIJKHEID_TERMIJN', omschrijving: 'Beslissing over de ontvankelijkheid van een aanvraag tot erkenning', eenheid: 'kalenderdagen', waardeGetal: 45, geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 47–49 (informatie Departement Zorg)', bronStatus: 'official' },
  { code: 'AMA_WVG_GEGRONDHEID_TERMIJN', omschrijving: 'Beslissing ten gronde na ontvankelijkheid', eenheid: 'kalenderdagen', waardeGetal: 45, geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 47–49 (informatie Departement Zorg)', bronStatus: 'official' },
  { code: 'AMA_WVG_BESLISSINGSTERMIJN', omschrijving: 'Totale beslissingstermijn aanvraag tot erkenning (vanaf ontvangst)', eenheid: 'kalenderdagen', waardeGetal: 90, geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 47–49 (informatie Departement Zorg)', bronStatus: 'official' },
  { code: 'AMA_WVG_MINIMUM_ERVARING', omschrijving: 'Minimale ervaring met de doelgroep van een personeelslid zonder bachelordiploma in een vermelde richting', eenheid: 'jaren', waardeGetal: 2, geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 46', bronStatus: 'seed' },
  { code: 'AMA_WVG_ERKENNINGSDUUR', omschrijving: 'Geldigheidsduur van een erkenning als begeleider AMA WVG', eenheid: 'jaren', waardeGetal: 5, geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 47–49', bronStatus: 'seed' },
  { code: 'AMA_WVG_HERINNERING_HERNIEUWING', omschrijving: 'Herinnering aan hernieuwing vóór het einde van de erkenning', eenheid: 'maanden', waardeGetal: 6, geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 47–49 (informatie Departement Zorg)', bronStatus: 'official' },
  { code: 'AMA_WVG_OPHEFFING_REACTIETERMIJN', omschrijving: 'Termijn om te reageren op een voornemen tot opheffing', eenheid: 'kalenderdagen', waardeGetal: 30, geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 49 §4', bronStatus: 'assumed' },
  { code: 'AMA_WVG_OPHEFFING_BESLISSINGSTERMIJN', omschrijving: 'Termijn om over de opheffing van een erkenning te beslissen, na de reactie of de hoorzitting (of na het einde van de reactietermijn)', eenheid: 'kalenderdagen', waardeGetal: 60, geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 49 §4', bronStatus: 'assumed', toelichting: 'Naar analogie van de hoorprocedure bij een mandaat (beslissing binnen 60 dagen na de reactie of de hoorzitting)' },
  { code: 'AMA_WVG_AANVULLENDE_INFO_TERMIJN', omschrijving: 'Termijn van de aanvrager om gevraagde aanvullende informatie te bezorgen (erkenning)', eenheid: 'kalenderdagen', waardeGetal: 15, geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 47–49 (naar analogie van art. 17)', bronStatus: 'assumed' },
  { code: 'AMA_WVG_BEZWAAR_TERMIJN', omschrijving: 'Termijn om bezwaar in te dienen tegen een beslissing over de erkenning', eenheid: 'kalenderdagen', waardeGetal: 30, geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 49 §4', bronStatus: 'assumed' },
  { code: 'AMA_WVG_BEZWAAR_BESLISSINGSTERMIJN', omschrijving: 'Termijn om over een bezwaar te beslissen', eenheid: 'kalenderdagen', waardeGetal: 60, geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 49 §4', bronStatus: 'assumed' },
  { code: 'AMA_WVG_OVERGANGSDATUM', omschrijving: 'Erkenningen die op deze datum liepen, lopen van rechtswege verder voor hun resterende looptijd (overgangsregeling)', eenheid: 'datum', waardeDatum: '2024-01-01', geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 72–73', bronStatus: 'seed' },
  { code: 'AMA_WVG_EINDE_ONDERWIJS_PAAZ', omschrijving: 'Einde van de erkenningen van onderwijsinstellingen en PAAZ', eenheid: 'datum', waardeDatum: '2023-12-31', geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 72–74', bronStatus: 'seed' },
  { code: 'AMA_WVG_EEN_BEGELEIDER_VANAF', omschrijving: 'Vanaf deze datum heeft een deelnemer hoogstens één erkende begeleider', eenheid: 'datum', waardeDatum: '2024-01-01', geldigVan: AMA_SINDS_2018, wettelijkeBasis: 'Jaarverslag 2024 §4.1; BVR art. 42–45', bronStatus: 'seed' },
  { code: 'AMA_WVG_MODELOVEREENKOMST_VANAF', omschrijving: 'Overeenkomsten volgens het officiële model verplicht vanaf', eenheid: 'datum', waardeDatum: '2024-01-01', geldigVan: AMA_SINDS_2018, wettelijkeBasis: 'BVR 18 november 2022, art. 75', bronStatus: 'seed' },
  // AMA WVG agreements and subsidy
  { code: 'AMA_WVG_EVALUATIE_INTERVAL', omschrijving: 'Een overeenkomst wordt minstens om de zoveel maanden geëvalueerd', eenheid: 'maanden', waardeGetal: 12, geldigVan: AMA_SINDS_2018, wettelijkeBasis: 'BVR 18 november 2022, art. 43 §3, 7° (minstens jaarlijkse evaluatie)', bronStatus: 'seed' },
  { code: 'AMA_WVG_SCAN_MAX_MB', omschrijving: 'Maximale grootte van de gescande overeenkomst (MB)', eenheid: 'aantal', waardeGetal: 10, geldigVan: AMA_SINDS_2018, wettelijkeBasis: 'Informatie Departement Zorg (e-loket overeenkomsten)', bronStatus: 'official' },
  ...bedrag('AMA_WVG_SUBSIDIE_PER_DEELNEMER_JAAR').map((a) => ({ code: a.code, omschrijving: 'Maximale subsidie per begeleide deelnemer per jaar (pro rata)', eenheid: 'cent' as const, waardeGetal: cents(a.amountEur), geldigVan: a.validFrom, wettelijkeBasis: 'BVR 18 november 2022, art. 50', bronStatus: 'seed' as const, toelichting: `Index ${a.index}` })),
  { code: 'AMA_WVG_UITBETALING_TERMIJN', omschrijving: 'Uitbetaling subsidie uiterlijk zoveel maanden na het einde van het halfjaar (30/9 en 31/3)', eenheid: 'maanden', waardeGetal: 3, geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 50 (tweemaal per jaar)', bronStatus: 'assumed' },
  { code: 'AMA_WVG_TERUGVORDERING_REACTIETERMIJN', omschrijving: 'Termijn om te reageren op een voornemen tot terugvordering van subsidie', eenheid: 'kalenderdagen', waardeGetal: 30, geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 50 (hoorprocedure naar analogie van art. 38 en 49 §4)', bronStatus: 'assumed' },
  { code: 'AMA_WVG_TERUGVORDERING_BESLISSINGSTERMIJN', omschrijving: 'Beslissing over een terugvordering na de reactie of de hoorzitting', eenheid: 'kalenderdagen', waardeGetal: 60, geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 50 (naar analogie van art. 38)', bronStatus: 'assumed' },
  { code: 'AMA_WVG_TERUGVORDERING_BEZWAAR_TERMIJN', omschrijving: 'Termijn om bezwaar in te dienen tegen een terugvordering', eenheid: 'kalenderdagen', waardeGetal: 30, geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 50', bronStatus: 'assumed' },
  ...perJaar('AMA_WVG_MAX_BEGELEIDINGEN', 'Maximaal aantal gesubsidieerde begeleidingen in het jaar (begroting)', 'aantal', reference.amaWvgMaxSubsidisedGuidances, 'Bisnota BVR 18 november 2022, §3'),
  { code: 'AMA_WVG_PLAFOND_VERMINDERING', omschrijving: 'Regel wanneer het maximum aantal gesubsidieerde begeleidingen overschreden wordt: 1 = het bedrag van elke begeleider met hetzelfde percentage verminderen', eenheid: 'aantal', waardeGetal: 1, geldigVan: START_WZT, wettelijkeBasis: 'Bisnota BVR 18 november 2022, §3 (maximum begeleidingen); regel: beleidskeuze', bronStatus: 'assumed', toelichting: 'Code 1 = lineaire vermindering (enige bepaalde regel); een andere code wordt geweigerd tot ze in de toepassing bepaald is' },
  ...perJaar('AMA_WVG_BUDGET', 'Begroting subsidies AMA WVG in het jaar', 'cent', reference.amaWvgBudgetEur, 'Bisnota BVR 18 november 2022, §3', true),
  { code: 'DEELNEMER_MINIMUMLEEFTIJD', omschrijving: 'Minimumleeftijd van een deelnemer arbeidsmatige activiteiten', eenheid: 'jaren', waardeGetal: 18, geldigVan: AMA_SINDS_2018, wettelijkeBasis: 'BVR 18 november 2022, art. 42', bronStatus: 'seed' },
  { code: 'WETTELIJKE_PENSIOENLEEFTIJD', omschrijving: 'Wettelijke pensioenleeftijd', eenheid: 'jaren', waardeGetal: 65, geldigVan: '2000-01-01', geldigTot: '2025-01-31', wettelijkeBasis: 'Wet 10 augustus 2015 tot verhoging van de wettelijke leeftijd voor het rustpensioen', bronStatus: 'law' },
  { code: 'WETTELIJKE_PENSIOENLEEFTIJD', omschrijving: 'Wettelijke pensioenleeftijd', eenheid: 'jaren', waardeGetal: 66, geldigVan: '2025-02-01', geldigTot: '2030-01-31', wettelijkeBasis: 'Wet 10 augustus 2015 tot verhoging van de wettelijke leeftijd voor het rustpensioen', bronStatus: 'law' },
  { code: 'WETTELIJKE_PENSIOENLEEFTIJD', omschrijving: 'Wettelijke pensioenleeftijd', eenheid: 'jaren', waardeGetal: 67, geldigVan: '2030-02-01', wettelijkeBasis: 'Wet 10 augustus 2015 tot verhoging van de wettelijke leeftijd voor het rustpensioen', bronStatus: 'law' },
  { code: 'PERSOONSGEGEVENS_BEWAARTERMIJN', omschrijving: 'Maximale bewaartermijn persoonsgegevens van deelnemers', eenheid: 'jaren', waardeGetal: 10, geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 41', bronStatus: 'seed' },
  // Samenwerkingsverband Zorg
  { code: 'SWV_ZORG_ONTVANKELIJKHEID_TERMIJN', omschrijving: 'Beslissing over de ontvankelijkheid na het sluiten van de oproep', eenheid: 'kalenderdagen', waardeGetal: 30, geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 15', bronStatus: 'assumed' },
  { code: 'SWV_ZORG_AANVULLENDE_INFO_TERMIJN', omschrijving: 'Termijn van de aanvrager om aanvullende informatie te bezorgen', eenheid: 'kalenderdagen', waardeGetal: 15, geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 17', bronStatus: 'seed' },
  { code: 'SWV_ZORG_BESLISSINGSTERMIJN', omschrijving: 'Beslissing over de mandatering na het sluiten van de oproep (zonder opschorting)', eenheid: 'kalenderdagen', waardeGetal: 90, geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 16–18', bronStatus: 'assumed' },
  ...reference.mandatePeriods.map((m) => ({ code: 'SWV_ZORG_MANDAAT_EINDDATUM' as const, omschrijving: 'Gemeenschappelijke einddatum van de mandaten samenwerkingsverband Zorg', eenheid: 'datum' as const, waardeDatum: m.to, geldigVan: m.from, wettelijkeBasis: 'BVR 18 november 2022, art. 19', bronStatus: 'seed' as const })),
  ...bedrag('SWV_ZORG_COMPENSATIE_PER_TRAJECT').map((a) => ({ code: a.code, omschrijving: 'Compensatievergoeding per activeringstraject', eenheid: 'cent' as const, waardeGetal: cents(a.amountEur), geldigVan: a.validFrom, wettelijkeBasis: 'BVR 18 november 2022, art. 20–21', bronStatus: 'seed' as const, toelichting: `Index ${a.index}` })),
  { code: 'SWV_ZORG_COMPENSATIE_PCT_VOLLEDIG', omschrijving: 'Compensatie bij eindverslag en eindadvies en minstens de minimumduur', eenheid: 'basispunt', waardeGetal: 10000, geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 20–21', bronStatus: 'seed' },
  { code: 'SWV_ZORG_COMPENSATIE_PCT_VROEGTIJDIG', omschrijving: 'Compensatie bij vroegtijdige beëindiging na minstens de minimumduur', eenheid: 'basispunt', waardeGetal: 6000, geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 20–21', bronStatus: 'seed' },
  { code: 'SWV_ZORG_TRAJECT_MINIMUMDUUR', omschrijving: 'Minimumduur van een traject voor compensatie', eenheid: 'maanden', waardeGetal: 3, geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 20–21', bronStatus: 'seed' },
  { code: 'SWV_ZORG_COMPENSATIE_PCT_KORT', omschrijving: 'Compensatie voor een traject korter dan de minimumduur (de bronnen vermelden geen betaling)', eenheid: 'basispunt', waardeGetal: 0, geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 21 (open vraag)', bronStatus: 'assumed' },
  { code: 'SWV_ZORG_REGELING_VANAF', omschrijving: 'Eerste dag van aanmelding onder de compensatieregeling; vroeger aangemelde trajecten volgen de regeling van vóór de werk- en zorgtrajecten', eenheid: 'datum', waardeDatum: START_WZT, geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 71', bronStatus: 'seed' },
  { code: 'SWV_ZORG_UITBETALING_TERMIJN', omschrijving: 'Uitbetaling compensatie uiterlijk zoveel maanden na het einde van het halfjaar', eenheid: 'maanden', waardeGetal: 3, geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 21 (tweemaal per jaar)', bronStatus: 'assumed' },
  { code: 'SWV_ZORG_MAX_PARTNERS_PER_CATEGORIE', omschrijving: 'Maximum aantal partners per categorie in een samenwerkingsverband (0 = geen maximum)', eenheid: 'aantal', waardeGetal: 0, geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 7 (open vraag: de 15 samenwerkingsverbanden tellen 48 organisaties)', bronStatus: 'assumed' },
  { code: 'SWV_ZORG_BEZWAAR_TERMIJN', omschrijving: 'Termijn om bezwaar in te dienen tegen een beslissing over een mandaat of de compensatie', eenheid: 'kalenderdagen', waardeGetal: 30, geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 38 en 40 (de bronnen regelen geen bezwaar; keuze naar analogie van AMA WVG)', bronStatus: 'assumed' },
  { code: 'SWV_ZORG_BEZWAAR_BESLISSINGSTERMIJN', omschrijving: 'Beslissing over een bezwaar (mandaat, compensatie)', eenheid: 'kalenderdagen', waardeGetal: 60, geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 38 en 40 (naar analogie)', bronStatus: 'assumed' },
  { code: 'SWV_ZORG_HOOR_REACTIETERMIJN', omschrijving: 'Schriftelijke reactie op een voornemen (terugvordering, intrekking, schorsing)', eenheid: 'kalenderdagen', waardeGetal: 30, geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 38 en 40', bronStatus: 'assumed' },
  { code: 'SWV_ZORG_HOOR_BESLISSINGSTERMIJN', omschrijving: 'Beslissing van de ministers na reactie of hoorzitting', eenheid: 'kalenderdagen', waardeGetal: 60, geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 38 en 40', bronStatus: 'assumed' },
  ...bedrag('NETWERKCOORDINATOR_COMPENSATIE_PER_TRAJECT').map((a) => ({ code: a.code, omschrijving: 'Compensatie netwerkcoördinator per traject', eenheid: 'cent' as const, waardeGetal: cents(a.amountEur), geldigVan: a.validFrom, wettelijkeBasis: 'BVR 18 november 2022, art. 34–35', bronStatus: 'seed' as const, toelichting: `Index ${a.index}; 70 % bij de start, 30 % na afronding` })),
  ...bedrag('CASEMANAGER_WERK_COMPENSATIE_PER_TRAJECT_MIN').map((a) => ({ code: a.code, omschrijving: 'Minimale compensatie casemanager Werk per traject', eenheid: 'cent' as const, waardeGetal: cents(a.amountEur), geldigVan: a.validFrom, wettelijkeBasis: 'Bisnota BVR 18 november 2022', bronStatus: 'seed' as const, toelichting: `Index ${a.index}` })),
  ...perJaar('ACTIVERINGSTRAJECTEN_PER_JAAR', 'Geplande activeringstrajecten per jaar', 'aantal', reference.activeringstrajectenPerYear, 'Bisnota BVR 18 november 2022'),
  // AMA SE
  { code: 'AMA_SE_ONTVANKELIJKHEID_TERMIJN', omschrijving: 'Beslissing over de ontvankelijkheid van een aanvraag contingent', eenheid: 'kalenderdagen', waardeGetal: 7, geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 61–63', bronStatus: 'seed' },
  ...bedrag('AMA_SE_SUBSIDIE_PER_DEELNEMER_JAAR').map((a) => ({ code: a.code, omschrijving: 'Subsidie per deelnemer per jaar (pro rata de dagen met begeleidingsovereenkomst)', eenheid: 'cent' as const, waardeGetal: cents(a.amountEur), geldigVan: a.validFrom, ...(a.validTo ? { geldigTot: a.validTo } : {}), wettelijkeBasis: 'BVR 18 november 2022, art. 68', bronStatus: 'seed' as const, toelichting: `Index ${a.index}` })),
  { code: 'AMA_SE_VOORSCHOT_PCT', omschrijving: 'Maandelijks voorschot: percentage van contingent × bedrag', eenheid: 'basispunt', waardeGetal: 8000, geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 68', bronStatus: 'seed' },
  { code: 'AMA_SE_INVULLINGSGRAAD_DREMPEL', omschrijving: 'Minimale invullingsgraad; daaronder wordt het contingent verminderd', eenheid: 'basispunt', waardeGetal: 8000, geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 61–63; jaarverslag 2024 §4.2', bronStatus: 'seed' },
  { code: 'AMA_SE_VERMINDERING_INGANGSMAAND', omschrijving: 'Maand van het jaar X+1 waarin de vermindering ingaat (1 juli)', eenheid: 'kalendermaand', waardeGetal: 7, geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 61–63', bronStatus: 'seed' },
  { code: 'AMA_SE_AFREKENING_MAAND', omschrijving: 'Jaarafrekening uiterlijk de laatste werkdag van deze maand van het volgende jaar', eenheid: 'kalendermaand', waardeGetal: 3, geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 68', bronStatus: 'seed' },
  { code: 'AMA_SE_BEWIJSSTUKKEN_TERMIJN', omschrijving: 'Bewijsstukken binnen deze termijn na start en einde van een deelname', eenheid: 'maanden', waardeGetal: 1, geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 68', bronStatus: 'seed' },
  { code: 'AMA_SE_DEELNEMERSJAAR_DELER', omschrijving: 'Dagen per deelnemersjaar in de jaarafrekening en de evaluatie (0 = het aantal dagen van het jaar, 366 in een schrikkeljaar)', eenheid: 'aantal', waardeGetal: 365, geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 68 (open vraag: deler 365 of dagen in het jaar)', bronStatus: 'assumed' },
  { code: 'AMA_SE_VERMINDERING_AFRONDING', omschrijving: 'Afronding van de vermindering tot hele plaatsen: 0 = naar beneden (in het voordeel van de organisatie), 1 = rekenkundig, 2 = naar boven', eenheid: 'aantal', waardeGetal: 0, geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 61–63 (open vraag: afronding)', bronStatus: 'assumed' },
  { code: 'AMA_SE_EERSTE_EVALUATIEJAAR', omschrijving: 'Eerste jaar dat volgens de nieuwe regeling geëvalueerd wordt (vermindering vanaf 1 juli van het jaar erna)', eenheid: 'jaartal', waardeGetal: 2024, geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 76 (overgang: oud artikel tot 15 juli 2024)', bronStatus: 'assumed' },
  { code: 'AMA_SE_VOORSCHOT_BETAALTERMIJN', omschrijving: 'Het maandelijkse voorschot wordt uiterlijk zoveel dagen na de goedkeuring betaald', eenheid: 'kalenderdagen', waardeGetal: 30, geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 68 (termijn niet bepaald)', bronStatus: 'assumed' },
  { code: 'AMA_SE_BEZWAAR_TERMIJN', omschrijving: 'Termijn om bezwaar in te dienen tegen een beslissing over een contingent of de subsidie AMA SE', eenheid: 'kalenderdagen', waardeGetal: 30, geldigVan: START_WZT, wettelijkeBasis: 'Geen termijn in het besluit; overgenomen van AMA WVG', bronStatus: 'assumed' },
  { code: 'AMA_SE_BEZWAAR_BESLISSINGSTERMIJN', omschrijving: 'Beslissing over een bezwaar (contingent, subsidie AMA SE)', eenheid: 'kalenderdagen', waardeGetal: 60, geldigVan: START_WZT, wettelijkeBasis: 'Geen termijn in het besluit; overgenomen van AMA WVG', bronStatus: 'assumed' },
  { code: 'AMA_SE_HOOR_BESLISSINGSTERMIJN', omschrijving: 'Beslissing na de reactie op een voornemen (schorsing, intrekking, terugvordering AMA SE)', eenheid: 'kalenderdagen', waardeGetal: 60, geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 65 (geen termijn bepaald)', bronStatus: 'assumed' },
  { code: 'AMA_SE_HOOR_REACTIETERMIJN', omschrijving: 'Reactie op een voornemen tot schorsing, intrekking of terugvordering', eenheid: 'kalenderdagen', waardeGetal: 30, geldigVan: START_WZT, wettelijkeBasis: 'BVR 18 november 2022, art. 65', bronStatus: 'assumed' },
];
