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

export const BRIEFTYPE_LABELS: Record<string, string> = {
  ontvangstmelding: 'Ontvangstmelding',
  ontvankelijkheidsbeslissing: 'Beslissing: ontvankelijk',
  onontvankelijkheidsbeslissing: 'Beslissing: onontvankelijk',
  erkenningsbeslissing: 'Beslissing: erkenning',
  weigeringsbeslissing: 'Beslissing: weigering',
};
/** Known letter types by name; others as their code with a capital (`opheffingsbeslissing` → `Opheffingsbeslissing`). */
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
