import { z } from 'zod';
import { method } from '../api/define';
import { ALLE_ROLLEN } from '../api/roles';
import { isoDate } from '../api/common';

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
}

const jaar = z.number({ error: 'Geef het jaar, bv. 2024.' }).int({ error: 'Geef het jaar, bv. 2024.' }).min(2018, { error: 'Het jaarverslag begint bij 2018.' }).max(2100, { error: 'Geef een jaar tot 2100.' });

export const rapportMethodsBasis = {
  'rapport.jaarverslag': method<Jaarverslag>()({
    input: z.object({ jaar, peildatum: isoDate.optional() }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Het jaarverslag werk- en zorgtrajecten: de tabellen van het verslag 2024 uit de registers, zoals de feiten waren op de peildatum (standaard 31 maart van het volgende jaar)',
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
}

export const dashboardMethods = {
  'rapport.dashboard': method<Dashboard>()({
    input: z.object({}),
    roles: ALLE_ROLLEN,
    omschrijving: 'De kengetallen per departement voor het overzicht: open procedures, runs ter goedkeuring, vervallende erkenningen, trajecten tegenover het objectief, contingenten onder 80 % dit jaar',
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
