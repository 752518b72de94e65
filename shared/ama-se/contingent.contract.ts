import { z } from 'zod';
import { method } from '../api/define';
import { ALLE_ROLLEN, type Rol } from '../api/roles';
import { isoDate, tekstvak } from '../api/common';
import { importBestandInput, voorbeeldbestandInput, type ImportResultaat, type Voorbeeldbestand } from '../platform/import.contract';
import type { Beslissing } from '../engines/beslissing.contract';

/** Who handles the AMA SE dossiers (Departement WSE). */
export const WSE_BEHANDELAARS: readonly Rol[] = ['wse-dossierbeheerder', 'beheerder'];
/** Who may import the existing contingents and participations. */
export const WSE_IMPORTEURS: readonly Rol[] = ['wse-dossierbeheerder', 'beheerder'];

export const SE_PARTNER_ROLLEN = ['maatwerkbedrijf', 'welzijn-zorg', 'expertise', 'paaz-werkpost'] as const;
export type SePartnerRol = (typeof SE_PARTNER_ROLLEN)[number];
export const SE_PARTNER_ROL_LABEL: Record<SePartnerRol, string> = {
  maatwerkbedrijf: 'Ander maatwerkbedrijf',
  'welzijn-zorg': 'Welzijns- of zorgvoorziening',
  expertise: 'Organisatie met aantoonbare expertise',
  'paaz-werkpost': 'PAAZ (enkel als werkpost)',
};

export const CONTINGENT_REDENEN = ['bestaand', 'toekenning', 'vermindering', 'schorsing', 'intrekking'] as const;
export type ContingentReden = (typeof CONTINGENT_REDENEN)[number];

/** One period of a contingent ledger with the decision behind it. */
export interface ContingentPeriode {
  id: number;
  plaatsen: number;
  geldigVan: string;
  geldigTot: string | null;
  reden: ContingentReden;
  beslissing: string;
  beslissingId: number | null;
  bron: string;
  aangemaaktOp: string;
}

/** A maatwerkbedrijf with its contingent on a reference date (the register's row). */
export interface ContingentOverzicht {
  organisatieId: number;
  naam: string;
  ondernemingsnummer: string;
  provincie: string | null;
  /** Places in force on the reference date (0 when none). */
  plaatsen: number;
  sinds: string | null;
  tot: string | null;
  partners: number;
  lopendeDeelnames: number;
}

export interface SePartner {
  id: number;
  organisatieId: number;
  organisatieNaam: string;
  ondernemingsnummer: string;
  typeNaam: string;
  rol: SePartnerRol;
  van: string;
  tot: string | null;
}

export interface SeMelding {
  id: number;
  datum: string;
  omschrijving: string;
  geregistreerdDoor: string;
  aangemaaktOp: string;
}

export interface ContingentDossier extends ContingentOverzicht {
  perioden: ContingentPeriode[];
  partnersLijst: SePartner[];
  meldingen: SeMelding[];
  beslissingen: Beslissing[];
}

export interface ContingentImportResultaat extends ImportResultaat {
  contingenten: number;
}

// Calls and applications ------------------------------------------------------------------------------

export const SE_OPROEP_SOORTEN = ['toekenning', 'herverdeling'] as const;
export type SeOproepSoort = (typeof SE_OPROEP_SOORTEN)[number];
export const SE_AANVRAAG_STATUSSEN = ['ingediend', 'ontvankelijk', 'onontvankelijk', 'toegekend', 'geweigerd'] as const;
export type SeAanvraagStatus = (typeof SE_AANVRAAG_STATUSSEN)[number];

export interface SeAanvraag {
  id: number;
  oproepId: number;
  organisatieId: number;
  organisatieNaam: string;
  ondernemingsnummer: string;
  ontvangenOp: string;
  /** The admissibility decision is due on this day (7 days after receipt, deadline engine). */
  ontvankelijkheidUiterlijk: string;
  gevraagd: number;
  motivering: string;
  prioriteit: number | null;
  status: SeAanvraagStatus;
  ondernemingInMoeilijkheden: boolean | null;
  stimulerendEffect: boolean | null;
  andereSteunCent: number | null;
  /** The allocation proposal of the call for this application. */
  voorgesteld: number | null;
  /** The officer's adjustment (null: the proposal stands). */
  toegekend: number | null;
  toekenningMotivering: string | null;
  /** What the decision will award: the adjustment, else the proposal. */
  teBeslissen: number | null;
  /** Why the state-aid check does not allow an award yet (Dutch), or null. */
  staatssteunProbleem: string | null;
  behandelaar: string;
  beslissingen: Beslissing[];
  versie: number;
}

export interface SeOproep {
  id: number;
  titel: string;
  soort: SeOproepSoort;
  plaatsen: number;
  plaatsenVanaf: string;
  verdelingscriteria: string;
  prioriteitscriteria: string;
  advies: string;
  geopendOp: string;
  sluitOp: string;
  aanvragen: number;
  gevraagd: number;
  versie: number;
}

export interface SeOproepDetail extends SeOproep {
  aanvraagLijst: SeAanvraag[];
  /** How the proposal distributes the places (Dutch). */
  verdeling: string;
}

const id = z.number({ error: 'Geef een geldig id.' }).int().positive();
const versie = z.number({ error: 'Geef de versie.' }).int().positive();
const tekst = (veld: string, min = 5) =>
  tekstvak(4000, `Vul ${veld} in.`).min(min, { error: `Vul ${veld} in (minstens ${min} tekens).` });
const plaatsen = (veld: string) => z.number({ error: `Geef ${veld} als een geheel aantal plaatsen.` }).int({ error: `Geef ${veld} als een geheel aantal plaatsen.` }).min(0, { error: `${veld} kan niet negatief zijn.` }).max(10_000, { error: `Meer dan 10.000 plaatsen is geen realistisch ${veld}.` });

export const contingentMethods = {
  'contingent.voorbeeldbestand': method<Voorbeeldbestand>()({
    input: z.object(voorbeeldbestandInput),
    roles: WSE_IMPORTEURS,
    omschrijving: 'Voorbeeldbestand voor de import van contingenten (CSV), met de maatwerkbedrijven van deze databank: geldig of met de gebruikelijke fouten',
  }),
  'contingent.importeer': method<ContingentImportResultaat>()({
    input: z.object(importBestandInput),
    roles: WSE_IMPORTEURS,
    omschrijving: 'De contingenten die op 31 december 2023 toegekend waren inlezen (art. 76; CSV/XLSX: ondernemingsnummer;plaatsen;geldig_van;geldig_tot;beslissing)',
    mutates: true,
  }),
  'contingent.list': method<ContingentOverzicht[]>()({
    input: z.object({ peildatum: isoDate.optional() }),
    roles: ALLE_ROLLEN,
    omschrijving: 'De maatwerkbedrijven met hun contingent AMA SE op een peildatum (standaard vandaag)',
  }),
  'contingent.get': method<ContingentDossier>()({
    input: z.object({ organisatieId: id }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Het contingent van een maatwerkbedrijf: perioden met hun beslissing, partners, meldingen (art. 64) en beslissingen',
  }),
  'contingent.partner': method<ContingentDossier>()({
    input: z.object({
      maatwerkbedrijfId: id,
      organisatieId: id,
      rol: z.enum(SE_PARTNER_ROLLEN, { error: 'Kies de rol van de partner.' }),
      van: isoDate,
      tot: isoDate.nullable().optional(),
      uitsluitendVlaams: z.boolean().optional(),
    }),
    roles: WSE_BEHANDELAARS,
    omschrijving: 'Een partner van het samenwerkingsverband van een maatwerkbedrijf toevoegen of beëindigen (art. 58; een wijziging mag altijd gemeld worden)',
    mutates: true,
  }),
  'contingent.melding': method<ContingentDossier>()({
    input: z.object({ organisatieId: id, datum: isoDate, omschrijving: tekst('wat er gemeld werd') }),
    roles: WSE_BEHANDELAARS,
    omschrijving: 'Een gemelde wijziging registreren die de voorwaarden of de financiering kan beïnvloeden (art. 64)',
    mutates: true,
  }),
  'seOproep.list': method<SeOproep[]>()({ input: z.object({}), roles: ALLE_ROLLEN, omschrijving: 'Oproepen voor plaatsen AMA SE' }),
  'seOproep.get': method<SeOproepDetail>()({
    input: z.object({ id }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Een oproep met zijn aanvragen en het voorstel van verdeling',
  }),
  'seOproep.create': method<SeOproepDetail>()({
    input: z.object({
      titel: tekst('de titel', 3),
      soort: z.enum(SE_OPROEP_SOORTEN, { error: 'Kies: toekenning of herverdeling van vrijgekomen plaatsen.' }),
      plaatsen: plaatsen('het aantal plaatsen').refine((n) => n > 0, { error: 'Een oproep verdeelt minstens één plaats.' }),
      plaatsenVanaf: isoDate,
      verdelingscriteria: tekst('de verdelingscriteria'),
      prioriteitscriteria: tekst('de prioriteitscriteria'),
      advies: tekst('het advies van de Adviescommissie Sociale Economie (datum en kenmerk)'),
      geopendOp: isoDate,
      sluitOp: isoDate,
    }),
    roles: WSE_BEHANDELAARS,
    omschrijving: 'Een oproep voor plaatsen openen (art. 60–63), met verdelings- en prioriteitscriteria na advies van de Adviescommissie Sociale Economie',
    mutates: true,
  }),
  'seOproep.beslis': method<Beslissing[]>()({
    input: z.object({ id, datum: isoDate, ondertekenaarId: id.optional() }),
    roles: WSE_BEHANDELAARS,
    omschrijving: 'De ontwerpen van ministeriële beslissing per ontvankelijke aanvraag maken (toekenning of weigering van plaatsen)',
    mutates: true,
  }),
  'seAanvraag.registreer': method<SeAanvraag>()({
    input: z.object({
      oproepId: id,
      organisatieId: id,
      ontvangenOp: isoDate,
      gevraagd: plaatsen('het gevraagde aantal plaatsen').refine((n) => n > 0, { error: 'Vraag minstens één plaats.' }),
      motivering: tekst('de motivering van de aanvraag'),
    }),
    roles: WSE_BEHANDELAARS,
    omschrijving: 'Een aanvraag voor plaatsen registreren (de ontvankelijkheid wordt beslist binnen AMA_SE_ONTVANKELIJKHEID_TERMIJN na ontvangst)',
    mutates: true,
  }),
  'seAanvraag.get': method<SeAanvraag>()({ input: z.object({ id }), roles: ALLE_ROLLEN, omschrijving: 'Een aanvraag voor plaatsen AMA SE' }),
  'seAanvraag.ontvankelijkheid': method<Beslissing>()({
    input: z.object({ id, ontvankelijk: z.boolean({ error: 'Kies ontvankelijk of onontvankelijk.' }), datum: isoDate, feiten: tekst('de feiten'), ondertekenaarId: id.optional() }),
    roles: WSE_BEHANDELAARS,
    omschrijving: 'Ontwerp van beslissing over de ontvankelijkheid (art. 61–63: binnen AMA_SE_ONTVANKELIJKHEID_TERMIJN na ontvangst)',
    mutates: true,
  }),
  'seAanvraag.beoordeel': method<SeAanvraag>()({
    input: z.object({
      id,
      versie,
      prioriteit: z.number({ error: 'Geef een prioriteitsscore van 0 tot 100.' }).int().min(0, { error: 'Geef een prioriteitsscore van 0 tot 100.' }).max(100, { error: 'Geef een prioriteitsscore van 0 tot 100.' }).nullable(),
      ondernemingInMoeilijkheden: z.boolean().nullable(),
      stimulerendEffect: z.boolean().nullable(),
      andereSteunCent: z.number({ error: 'Geef het bedrag van andere steun in eurocent.' }).int().min(0).max(1_000_000_000_00).nullable(),
      toegekend: plaatsen('het toe te kennen aantal plaatsen').nullable(),
      toekenningMotivering: tekstvak(4000).nullable(),
    }),
    roles: WSE_BEHANDELAARS,
    omschrijving: 'Prioriteit, staatssteuncontroles (art. 67) en een aanpassing van het voorstel van verdeling met motivering vastleggen',
    mutates: true,
  }),
};
