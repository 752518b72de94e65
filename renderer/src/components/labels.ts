import type { AanvraagSoort, Kanaal } from '../../../shared/letters/brief.contract';
import type { BronStatus, Eenheid } from '../../../shared/platform/parameter.contract';

export const AANVRAAG_SOORT_LABELS: Record<AanvraagSoort, string> = {
  'erkenning-ama-wvg': 'Aanvraag tot erkenning AMA WVG',
  'mandaat-swv-zorg': 'Aanvraag mandaat samenwerkingsverband Zorg',
  'contingent-ama-se': 'Aanvraag contingent AMA SE',
};

/** How an application reached the department (ontvangstmelding). */
export const KANAAL_AANVRAAG_LABELS: Record<'e-loket' | 'email' | 'post', string> = {
  'e-loket': 'E-loket',
  email: 'E-mail',
  post: 'Post',
};

/** How a letter was sent. */
export const KANAAL_LABELS: Record<Kanaal, string> = {
  aangetekend: 'Aangetekende zending',
  email: 'E-mail',
  ebox: 'eBox',
  'e-loket': 'E-loket',
};

/**
 * Every letter type the core issues, by its Dutch name (the letters list, a dossier's documents, a letter's heading).
 * A test scans the core for letter types, so a new one without a name here fails.
 */
export const BRIEFTYPE_LABELS: Record<string, string> = {
  // Applications and procedures of every kind
  ontvangstmelding: 'Ontvangstmelding',
  'verzoek-aanvullende-informatie': 'Verzoek om aanvullende informatie',
  voornemen: 'Voornemen',
  'uitnodiging-hoorzitting': 'Uitnodiging hoorzitting',
  'verslag-hoorzitting': 'Verslag hoorzitting',
  'afsluiting-procedure': 'Afsluiting procedure',
  'ontvangstmelding-bezwaar': 'Ontvangstmelding bezwaar',
  'beslissing-bezwaar': 'Beslissing: bezwaar',
  'beslissing-terugvordering': 'Beslissing: terugvordering',
  // AMA WVG
  ontvankelijkheidsbeslissing: 'Beslissing: ontvankelijk',
  onontvankelijkheidsbeslissing: 'Beslissing: onontvankelijk',
  erkenningsbeslissing: 'Beslissing: erkenning',
  weigeringsbeslissing: 'Beslissing: weigering',
  'beslissing-opheffing': 'Beslissing: opheffing erkenning',
  'herinnering-hernieuwing': 'Herinnering hernieuwing',
  'herinnering-hernieuwing-bundel': 'Bundel herinneringen hernieuwing',
  'berekeningsnota-subsidie': 'Berekeningsnota subsidie',
  // Samenwerkingsverbanden Zorg
  'ontvankelijkheidsbeslissing-swv': 'Beslissing: aanvraag mandaat ontvankelijk',
  'onontvankelijkheidsbeslissing-swv': 'Beslissing: aanvraag mandaat onontvankelijk',
  'gegrondheidsbeslissing-swv': 'Beslissing: aanvraag mandaat voldoet',
  'ongegrondheidsbeslissing-swv': 'Beslissing: aanvraag mandaat voldoet niet',
  'mandaatbeslissing-swv': 'Beslissing: mandaat',
  'weigering-mandaat-swv': 'Beslissing: weigering mandaat',
  'vervanging-partner-swv': 'Beslissing: vervanging partner',
  'beslissing-schorsing-mandaat': 'Beslissing: schorsing mandaat',
  'beslissing-intrekking-mandaat': 'Beslissing: intrekking mandaat',
  'berekeningsnota-compensatie-swv-zorg': 'Berekeningsnota compensatie',
  // AMA SE
  'ontvankelijkheidsbeslissing-se': 'Beslissing: aanvraag plaatsen ontvankelijk',
  'onontvankelijkheidsbeslissing-se': 'Beslissing: aanvraag plaatsen onontvankelijk',
  'toekenning-contingent-se': 'Beslissing: toekenning contingent',
  'weigering-contingent-se': 'Beslissing: weigering contingent',
  'vermindering-contingent-se': 'Beslissing: vermindering contingent',
  'beslissing-schorsing-contingent': 'Beslissing: schorsing contingent',
  'beslissing-intrekking-contingent': 'Beslissing: intrekking contingent',
  'voorschotnota-ama-se': 'Voorschotnota AMA SE',
  'afrekeningsnota-ama-se': 'Afrekeningsnota AMA SE',
  // Reports
  jaarverslag: 'Jaarverslag',
};
/** A letter type by its Dutch name; one the table does not know yet as its code with a capital (never empty). */
export const briefTypeLabel = (t: string): string => BRIEFTYPE_LABELS[t] ?? (t ? t[0].toUpperCase() + t.slice(1).replace(/-/g, ' ') : t);

export const EENHEID_LABELS: Record<Eenheid, string> = {
  cent: 'Bedrag (euro)',
  basispunt: 'Percentage',
  kalenderdagen: 'Kalenderdagen',
  werkdagen: 'Werkdagen',
  maanden: 'Maanden',
  jaren: 'Jaren',
  aantal: 'Aantal',
  jaartal: 'Jaartal',
  kalendermaand: 'Maand van het jaar',
  datum: 'Datum',
};

export const BRON_LABELS: Record<BronStatus, string> = {
  seed: 'Startwaarde',
  law: 'Wet of besluit',
  official: 'Officiële informatie',
  assumed: 'Aanname (te bevestigen)',
};

export const STATUS_LABELS: Record<'actief' | 'stopgezet', string> = {
  actief: 'Actief',
  stopgezet: 'Stopgezet',
};

/** Every entity the core audits, by its Dutch name (the audit trail). A test scans the core, so a new one needs a name. */
export const ENTITEIT_LABELS: Record<string, string> = {
  organisatie: 'Organisatie',
  parameter: 'Parameter',
  document: 'Document',
  verzending: 'Verzending',
  medewerker: 'Medewerker',
  aanvraag: 'Aanvraag',
  beslissing: 'Beslissing',
  erkenning: 'Erkenning',
  opschorting: 'Opschorting',
  procedure: 'Procedure',
  hoorzitting: 'Hoorzitting',
  bezwaar: 'Bezwaar',
  overeenkomst: 'Overeenkomst AMA WVG',
  deelnemer: 'Deelnemer',
  evaluatie: 'Evaluatie',
  betaalrun: 'Betaalrun',
  betaalrun_betaling: 'Betaling',
  subsidie_run: 'Subsidierun',
  samenwerkingsverband: 'Samenwerkingsverband',
  swv_partner: 'Partner samenwerkingsverband',
  swv_partner_vervanging: 'Vervanging partner',
  mandaat: 'Mandaat',
  mandaat_schorsing: 'Schorsing mandaat',
  oproep: 'Oproep samenwerkingsverbanden',
  swv_aanvraag: 'Aanvraag mandaat',
  swv_score: 'Score aanvraag',
  traject: 'Activeringstraject',
  se_contingent: 'Contingent AMA SE',
  se_partner: 'Partner maatwerkbedrijf',
  se_melding: 'Melding wijziging (art. 64)',
  se_oproep: 'Oproep AMA SE',
  se_aanvraag: 'Aanvraag contingent',
  se_deelname: 'Begeleidingsovereenkomst AMA SE',
  se_evaluatie: 'Evaluatie van de invulling',
  regio_objectief: 'Objectief per regio',
  postcode_plaats: 'Postcode',
  // One summary entry per import, beside the entries of what it made.
  'overeenkomst-import': 'Import overeenkomsten AMA WVG',
  'erkenning-import': 'Import erkenningen (overgang)',
  'mandaat-import': 'Import mandaten',
  'traject-import': 'Import activeringstrajecten',
  'contingent-import': 'Import contingenten AMA SE',
  'se-deelname-import': 'Import begeleidingsovereenkomsten AMA SE',
  'postcode-import': 'Import postcodes',
  backup: 'Backup',
  referentiedata: 'Referentiegegevens',
  demogegevens: 'Demogegevens',
};

/** The Dutch name of an audited entity; an unknown technical name is made readable rather than shown raw. */
export const entiteitLabel = (e: string): string => ENTITEIT_LABELS[e] ?? (e ? e[0].toUpperCase() + e.slice(1).replace(/_/g, ' ') : e);

/** Field names in audit entries → Dutch labels. */
export const VELD_LABELS: Record<string, string> = {
  naam: 'Naam',
  kbo: 'Ondernemingsnummer',
  typeCode: 'Type organisatie',
  straat: 'Straat en nummer',
  postcode: 'Postcode',
  gemeente: 'Gemeente',
  regioCode: 'Werk- en zorgregio',
  iban: 'IBAN',
  email: 'E-mail',
  telefoon: 'Telefoon',
  status: 'Status',
  stopgezetOp: 'Stopgezet op',
  contactpersonen: 'Contactpersonen',
  geldigVan: 'Geldig van',
  geldigTot: 'Geldig tot',
  waardeGetal: 'Waarde',
  waardeDatum: 'Waarde (datum)',
  wettelijkeBasis: 'Wettelijke basis',
  bronStatus: 'Bron',
  toelichting: 'Toelichting',
  omschrijving: 'Omschrijving',
  eenheid: 'Eenheid',
  code: 'Code',
};
export const veldLabel = (veld: string): string => VELD_LABELS[veld] ?? veld;
