import { z } from 'zod';
import { method } from '../api/define';
import { ALLE_ROLLEN, type Rol } from '../api/roles';
import { isoDate, regel } from '../api/common';

/** Module rapport: the yearly report to the Vlaamse Regering (seed 004) from the registers of the three dossier kinds. */

export interface RapportKolom {
  id: string;
  titel: string;
  /** How the figure is shown: a count, a percentage (1 decimal) or an amount in cents. */
  soort: 'aantal' | 'percentage' | 'cent';
}

export interface RapportRij {
  /** The reference-data code (province, werk- en zorgregio, organisation type, category, scheme). */
  sleutel: string;
  label: string;
  waarden: Record<string, number | null>;
}

export interface RapportTabel {
  id: string;
  titel: string;
  /** Which register it is counted from. */
  bron: string;
  kolommen: RapportKolom[];
  rijen: RapportRij[];
  totaal: Record<string, number | null>;
  /** The counting rule, in Dutch. */
  toelichting: string;
}

export interface Jaarverslag {
  jaar: number;
  peildatum: string;
  tabellen: RapportTabel[];
  /** The versions issued as PDF for this year and peildatum (oldest first). */
  uitgaven?: RapportUitgave[];
  /** Figures that differ from the first issued version (facts recorded or corrected since). */
  correcties?: RapportCorrectie[];
}

export interface RapportUitgave {
  documentId: number;
  kenmerk: string;
  uitgegevenOp: string;
  door: string | null;
}

export interface RapportCorrectie {
  tabelId: string;
  tabelTitel: string;
  rij: string;
  kolom: string;
  soort: RapportKolom['soort'];
  was: number | null;
  nu: number | null;
}

const jaar = z.number({ error: 'Geef het jaar, bv. 2024.' }).int({ error: 'Geef het jaar, bv. 2024.' }).min(2018, { error: 'Het jaarverslag begint bij 2018.' }).max(2100, { error: 'Geef een jaar tot 2100.' });

/** A chart of the report as SVG (drawn in the core by Vega-Lite), with a text alternative. */
export interface RapportGrafiek {
  id: string;
  titel: string;
  /** What the chart shows, in words (alt text, and for readers without the image). */
  beschrijving: string;
  svg: string;
}

/** One dossier behind a figure of the report (drill-down). */
export interface RapportDossier {
  /** 'organisatie' | 'overeenkomst' | 'deelnemer' | 'traject' | 'samenwerkingsverband' | 'betaalrun' | 'betaling' */
  soort: string;
  id: number;
  label: string;
  detail: string | null;
  /** Where the dossier opens in the app (null: a participant, shown by initials only). */
  link: string | null;
}

export interface RapportDossiers {
  titel: string;
  aantal: number;
  dossiers: RapportDossier[];
}

/** Who may issue the official version (every role may read it). */
export const RAPPORT_UITGEVERS: readonly Rol[] = ['zorg-dossierbeheerder', 'wse-dossierbeheerder', 'ondertekenaar', 'beheerder'];

export const rapportMethodsBasis = {
  'rapport.dossiers': method<RapportDossiers>()({
    input: z.object({
      jaar,
      peildatum: isoDate.optional(),
      tabelId: regel(40, 'Kies de tabel.').min(1),
      /** The row's key; null for the total. */
      sleutel: regel(40).nullable(),
      kolomId: regel(40, 'Kies de kolom.').min(1),
    }),
    roles: ALLE_ROLLEN,
    omschrijving: 'De dossiers achter een cijfer van het jaarverslag (een rij of het totaal, één kolom)',
  }),
  'rapport.jaarverslag': method<Jaarverslag>()({
    input: z.object({ jaar, peildatum: isoDate.optional() }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Het jaarverslag werk- en zorgtrajecten: de tabellen van het verslag 2024 uit de registers, zoals de feiten waren op de peildatum (standaard 31 maart van het volgende jaar)',
  }),
  'rapport.grafieken': method<RapportGrafiek[]>()({
    input: z.object({ jaar, peildatum: isoDate.optional() }),
    roles: ALLE_ROLLEN,
    omschrijving: 'De grafieken van het jaarverslag als SVG: trajecten tegenover het objectief, invullingsgraad AMA SE, evolutie over vijf jaar',
  }),
  'rapport.uitgeven': method<RapportUitgave>()({
    input: z.object({ jaar, peildatum: isoDate.optional() }),
    roles: RAPPORT_UITGEVERS,
    omschrijving: 'Het jaarverslag uitgeven als PDF met tabellen en grafieken, bewaard als onveranderlijk document (met de getoonde cijfers, voor latere correcties)',
    mutates: true,
  }),
  'rapport.exporteer': method<{ bestandsnaam: string; mimeType: string; inhoudBase64: string }>()({
    input: z.object({ jaar, peildatum: isoDate.optional(), formaat: z.enum(['xlsx'], { error: 'Kies xlsx.' }) }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Het jaarverslag als Excel-bestand: één blad per tabel, met de telregel',
  }),
};

/** One key figure of a department's dashboard, with where the dossiers behind it are. */
export interface Kengetal {
  id: string;
  titel: string;
  waarde: number;
  /** e.g. "van 1.500 (objectief)" or "op 86 maatwerkbedrijven". */
  context: string | null;
  link: string;
  /** Something needs attention (colour with text). */
  aandacht: boolean;
}

export interface Dashboard {
  peildatum: string;
  departementen: { departement: 'ZORG' | 'WSE'; naam: string; kengetallen: Kengetal[] }[];
  /** The overview's "In cijfers", counted in the core (not by loading whole registers into the screen). */
  totalen: {
    actieveOrganisaties: number;
    actieveErkenningen: number;
    /** Draft decisions of both departments. */
    terGoedkeuring: number;
    /** Documents made this calendar month in Brussels. */
    brievenDezeMaand: number;
  };
}

export const dashboardMethods = {
  'rapport.dashboard': method<Dashboard>()({
    input: z.object({}),
    roles: ALLE_ROLLEN,
    omschrijving: 'De kengetallen per departement voor het overzicht: open procedures, runs ter goedkeuring, vervallende erkenningen, trajecten tegenover het objectief, contingenten onder 80 % dit jaar; en de totalen (actieve organisaties en erkenningen, ontwerpen, brieven deze maand)',
  }),
};

/** One dossier of an organisation, in any dossier kind (the organisation's whole relationship with the departments). */
export interface OrganisatieDossier {
  /** "Erkenningen AMA WVG", "Contingent AMA SE", … */
  groep: string;
  titel: string;
  detail: string;
  status: string;
  datum: string | null;
  link: string;
}

export const relatieMethods = {
  'rapport.organisatie': method<OrganisatieDossier[]>()({
    input: z.object({ organisatieId: z.number({ error: 'Geef een geldig id.' }).int().positive() }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Alle dossiers van een organisatie over de dossiersoorten heen: aanvragen, erkenningen, overeenkomsten, procedures, betalingen, samenwerkingsverbanden, contingent en begeleidingsovereenkomsten',
  }),
};

export const rapportMethods = { ...rapportMethodsBasis, ...dashboardMethods, ...relatieMethods };
