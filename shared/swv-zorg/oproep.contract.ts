import { z } from 'zod';
import { method } from '../api/define';
import { ALLE_ROLLEN } from '../api/roles';
import { isoDate, regel, tekstvak } from '../api/common';

import type { Beslissing } from '../engines/beslissing.contract';
import type { DocumentMeta } from '../letters/brief.contract';
import type { AanvraagTermijn, Controle, Gebeurtenis, Opschorting } from '../platform/dossier.contract';
import type { Beslechting, Criterium, Keuze, RegioRang, Uitkomst } from './rangschikking';
import { ICF_KEUZES, SWV_BEHANDELAARS, type IcfKeuze } from './register.contract';

/**
 * Calls for mandates (oproep, BVR art. 14–18): the call with its window, regions, criteria and tie
 * rule; the applications with their admissibility and merits; the scores per region and criterion;
 * the ranking and the mandate and refusal decisions.
 */
export const SWV_AANVRAAG_STATUSSEN = ['ingediend', 'ontvankelijk', 'onontvankelijk', 'gegrond', 'ongegrond', 'gemandateerd', 'geweigerd'] as const;
export type SwvAanvraagStatus = (typeof SWV_AANVRAAG_STATUSSEN)[number];

/** Items 1°–9° of an application (art. 14). */
export const AANVRAAG_ITEMS: Record<string, string> = {
  '1': 'de partners van het samenwerkingsverband',
  '2': 'het administratief aanspreekpunt',
  '3': 'het werkingsgebied (en de keuze combinatie / ook per regio)',
  '4': 'het bewijs van de deskundigheid van de partners (art. 12)',
  '5': 'het bewijs van de ICF-kennis of het engagement daartoe (art. 30)',
  '6': 'het bewijs van de volledige dekking van elke regio en van de combinatie',
  '7': 'stukken om concurrerende aanvragen te vergelijken (visie en werking)',
  '8': 'stukken om concurrerende aanvragen te vergelijken (lokale verankering)',
  '9': 'stukken om concurrerende aanvragen te vergelijken (bereikbaarheid en nabijheid)',
};
export const ITEM_CODES = Object.keys(AANVRAAG_ITEMS);

export interface OproepRij {
  id: number;
  titel: string;
  indienenVan: string;
  indienenTot: string;
  regios: string[];
  mandaatVan: string;
  mandaatTot: string;
  aantalAanvragen: number;
  /** 'open' (window running), 'in-behandeling' (window closed, not all decided), 'afgerond'. */
  fase: 'gepland' | 'open' | 'in-behandeling' | 'afgerond';
  versie: number;
}

export interface SwvAanvraagRij {
  id: number;
  oproepId: number;
  naam: string;
  aanspreekpuntNaam: string;
  keuze: Keuze;
  regios: string[];
  ontvangenOp: string;
  status: SwvAanvraagStatus;
  behandelaar: string;
  volgendeTermijn: string | null;
}

export interface AanvraagPartner {
  id: number;
  organisatieId: number;
  organisatieNaam: string;
  kbo: string;
  typeNaam: string;
  categorie: number | null;
  expertise: string | null;
  icf: IcfKeuze | null;
}

export interface ScoreRij {
  regioCode: string;
  criterium: string;
  score: number;
  motivering: string;
  door: string;
  gewijzigdOp: string;
}

export interface SwvAanvraag extends SwvAanvraagRij {
  swvId: number | null;
  aanspreekpuntId: number;
  items: Record<string, boolean>;
  partners: AanvraagPartner[];
  controles: Controle[];
  opschortingen: Opschorting[];
  termijnen: AanvraagTermijn[];
  scores: ScoreRij[];
  beslissingen: Beslissing[];
  documenten: DocumentMeta[];
  tijdlijn: Gebeurtenis[];
  versie: number;
}

export interface RangschikkingResultaat {
  /** False while scores are missing: `ontbreekt` says which. */
  volledig: boolean;
  ontbreekt: string[];
  /** Per region: the ranked applications (in contention first). */
  perRegio: Record<string, RegioRang[]>;
  mandaten: Record<string, number | null>;
  uitkomsten: Uitkomst[];
}

export interface Oproep extends OproepRij {
  criteria: Criterium[];
  beslechting: Beslechting;
  briefElementen: string;
  regioNamen: Record<string, string>;
  aanvragen: SwvAanvraagRij[];
  /** The ranking of the well-founded applications (also partial, to follow the scoring). */
  rangschikking: RangschikkingResultaat;
  /** Why `oproep.beslis` cannot run yet (empty: it can). */
  beslisBlokkades: string[];
  termijnen: { omschrijving: string; vervaldatum: string; afleiding: string[] }[];
}

const id = z.number({ error: 'Geef een geldig id.' }).int().positive();
const tekst = (veld: string, min = 5) =>
  tekstvak(4000, `Vul ${veld} in.`).trim().min(min, { error: `Vul ${veld} in (minstens ${min} tekens).` });
const regioCode = regel(40, 'Kies een werk- en zorgregio.').trim().min(1);

const criteriumInput = z.object({
  code: regel(200).regex(/^[a-z0-9-]{1,30}$/, { error: 'Een criteriumcode bestaat uit kleine letters, cijfers en koppeltekens.' }),
  omschrijving: tekst('de omschrijving van het criterium', 3),
  gewicht: z.number({ error: 'Geef het gewicht.' }).int({ error: 'Het gewicht is een geheel getal.' }).min(1, { error: 'Het gewicht is minstens 1.' }).max(100),
  max: z.number({ error: 'Geef de hoogste score.' }).int().min(1, { error: 'De hoogste score is minstens 1.' }).max(100),
});

const beslechtingInput = z.discriminatedUnion('soort', [
  z.object({ soort: z.literal('criterium'), criterium: regel(200).min(1) }),
  z.object({ soort: z.literal('vroegst-ingediend') }),
]);

export const oproepInput = z
  .object({
    titel: tekst('de titel van de oproep'),
    indienenVan: isoDate,
    indienenTot: isoDate,
    regios: z.array(regioCode).min(1, { error: 'Kies minstens één werk- en zorgregio.' }),
    criteria: z.array(criteriumInput).min(1, { error: 'Geef minstens één vergelijkingscriterium.' }).max(20),
    beslechting: beslechtingInput,
    mandaatVan: isoDate,
    mandaatTot: isoDate,
    briefElementen: tekst('de elementen die elke mandaatbrief vermeldt (art. 18)', 20),
  })
  .refine((o) => o.indienenTot >= o.indienenVan, { path: ['indienenTot'], error: 'Het einde van de indieningsperiode ligt vóór het begin.' })
  .refine((o) => o.mandaatTot > o.mandaatVan, { path: ['mandaatTot'], error: 'Het einde van het mandaat ligt niet na het begin.' })
  .refine((o) => new Set(o.criteria.map((c) => c.code)).size === o.criteria.length, { path: ['criteria'], error: 'Twee criteria hebben dezelfde code.' })
  .refine((o) => o.beslechting.soort !== 'criterium' || o.criteria.some((c) => c.code === (o.beslechting as { criterium: string }).criterium), {
    path: ['beslechting'],
    error: 'De beslechting verwijst naar een criterium dat niet in de oproep staat.',
  });

const partnerInput = z.object({
  organisatieId: id,
  expertise: tekstvak(1000).optional(),
  icf: z.enum(ICF_KEUZES, { error: 'Kies gecertificeerd of engagement.' }).optional(),
});

const beslisInput = {
  datum: isoDate,
  feiten: tekst('de feiten'),
  rechtsgronden: tekst('de juridische gronden'),
  ondertekenaarId: id.optional(),
};

export const oproepMethods = {
  'oproep.list': method<OproepRij[]>()({
    input: z.object({}),
    roles: ALLE_ROLLEN,
    omschrijving: 'Oproepen tot mandatering van samenwerkingsverbanden Zorg',
  }),
  'oproep.get': method<Oproep>()({
    input: z.object({ id }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Een oproep met de aanvragen, hun termijnen en de rangschikking per werk- en zorgregio',
  }),
  'oproep.create': method<Oproep>()({
    input: oproepInput,
    roles: SWV_BEHANDELAARS,
    omschrijving: 'Een oproep openen: indieningsperiode, regio’s, criteria met gewichten, beslechtingsregel, mandaatperiode en briefelementen (art. 14, 16, 18)',
    mutates: true,
  }),
  'oproep.wijzig': method<Oproep>()({
    input: z.object({ id, versie: z.number().int().positive(), oproep: oproepInput }),
    roles: SWV_BEHANDELAARS,
    omschrijving: 'Een oproep aanpassen (criteria en regio’s enkel zolang er niet gescoord is; niet meer na de eerste mandaatbeslissing)',
    mutates: true,
  }),
  'mandaataanvraag.registreer': method<SwvAanvraag>()({
    input: z.object({
      oproepId: id,
      naam: tekst('de naam van het samenwerkingsverband', 3),
      swvId: id.nullable().optional(),
      aanspreekpuntId: id,
      keuze: z.enum(['combinatie', 'per-regio'], { error: 'Kies: enkel als combinatie, of ook per regio.' }),
      ontvangenOp: isoDate,
      regios: z.array(regioCode).min(1, { error: 'Kies minstens één werk- en zorgregio als werkingsgebied.' }),
      partners: z.array(partnerInput).min(1, { error: 'Geef de partners van het samenwerkingsverband.' }),
      items: z.record(regel(200), z.boolean()),
    }),
    roles: SWV_BEHANDELAARS,
    omschrijving: 'Een aanvraag tot mandatering registreren (art. 14: punten 1° tot 9°, werkingsgebied, combinatie of ook per regio)',
    mutates: true,
  }),
  'mandaataanvraag.get': method<SwvAanvraag>()({
    input: z.object({ id }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Een aanvraag tot mandatering met controles, termijnen, scores, beslissingen en brieven',
  }),
  'mandaataanvraag.ontvankelijkheid': method<Beslissing>()({
    input: z.object({ id, ontvankelijk: z.boolean(), ...beslisInput }),
    roles: SWV_BEHANDELAARS,
    omschrijving: 'Ontwerp van beslissing over de ontvankelijkheid (art. 15; termijn na het sluiten van de oproep)',
    mutates: true,
  }),
  'mandaataanvraag.vraagInfo': method<SwvAanvraag>()({
    input: z.object({
      id,
      datum: isoDate,
      gevraagd: tekst('wat u vraagt'),
      antwoordTermijnDagen: z.number().int().min(1).max(90).optional(),
    }),
    roles: SWV_BEHANDELAARS,
    omschrijving: 'Aanvullende informatie vragen aan een ontvankelijke aanvrager (art. 17: antwoord binnen SWV_ZORG_AANVULLENDE_INFO_TERMIJN; de beslissingstermijn is opgeschort)',
    mutates: true,
  }),
  'mandaataanvraag.vraagInfoVoorbeeld': method<{ pdfBase64: string; onderwerp: string }>()({
    input: z.object({
      id,
      datum: isoDate,
      gevraagd: tekst('wat u vraagt'),
      antwoordTermijnDagen: z.number().int().min(1).max(90).optional(),
    }),
    roles: SWV_BEHANDELAARS,
    omschrijving: 'Voorbeeld van de brief met het verzoek om aanvullende informatie (niet bewaard)',
  }),
  'mandaataanvraag.infoOntvangen': method<SwvAanvraag>()({
    input: z.object({ id, datum: isoDate }),
    roles: SWV_BEHANDELAARS,
    omschrijving: 'Het antwoord op een verzoek om informatie registreren (de opschorting eindigt)',
    mutates: true,
  }),
  'mandaataanvraag.gegrondheid': method<Beslissing>()({
    input: z.object({ id, gegrond: z.boolean(), ...beslisInput }),
    roles: SWV_BEHANDELAARS,
    omschrijving: 'Ontwerp van beslissing ten gronde (art. 16 §1): voldoet de aanvraag aan de voorwaarden',
    mutates: true,
  }),
  'oproep.score': method<SwvAanvraag>()({
    input: z.object({
      aanvraagId: id,
      regioCode,
      criterium: regel(200).min(1).max(30),
      score: z.number({ error: 'Geef een score.' }).int({ error: 'Een score is een geheel getal.' }).min(0, { error: 'Een score is minstens 0.' }),
      motivering: tekst('de motivering van de score', 10),
    }),
    roles: SWV_BEHANDELAARS,
    omschrijving: 'Een gemotiveerde score van een aanvraag geven voor één criterium in één werk- en zorgregio (art. 16 §2)',
    mutates: true,
  }),
  'oproep.rangschikking': method<RangschikkingResultaat>()({
    input: z.object({ id }),
    roles: ALLE_ROLLEN,
    omschrijving: 'De rangschikking per werk- en zorgregio met de uitleg van elke uitkomst (art. 16)',
  }),
  'oproep.beslis': method<Beslissing[]>()({
    input: z.object({ id, ...beslisInput }),
    roles: SWV_BEHANDELAARS,
    omschrijving: 'Ontwerpen van mandaat- en weigeringsbeslissingen voor alle gegronde aanvragen volgens de rangschikking (art. 16–18)',
    mutates: true,
  }),
};
