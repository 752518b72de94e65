import { z } from 'zod';
import { method } from '../api/define';
import { ALLE_ROLLEN } from '../api/roles';
import { isoDate, regel, tekstvak } from '../api/common';
import { checkInsz } from '../kernel/insz';
import type { Beslissing } from '../engines/beslissing.contract';
import type { DocumentMeta } from '../letters/brief.contract';
import type { AanvraagTermijn, Controle, Opschorting, Gebeurtenis } from '../platform/dossier.contract';
import type { ParameterCode } from '../platform/parameter-codes';

export type { AanvraagTermijn, Controle, Opschorting } from '../platform/dossier.contract';

/** The parameter with the years of experience that stand in for a listed bachelor (BVR art. 46). */
export const MINIMUM_ERVARING_PARAMETER: ParameterCode = 'AMA_WVG_MINIMUM_ERVARING';

export const BACHELOR_RICHTINGEN = ['medisch', 'paramedisch', 'sociaal', 'psychologisch', 'pedagogisch'] as const;
export const AANVRAAG_STATUSSEN = ['ingediend', 'ontvankelijk', 'onontvankelijk', 'toegekend', 'geweigerd', 'ingetrokken'] as const;
export type AanvraagStatus = (typeof AANVRAAG_STATUSSEN)[number];

const id = z.number().int().positive();

export const inszSchema = regel(20, 'Vul het rijksregisternummer in.')
  .min(1, { error: 'Vul het rijksregisternummer in.' })
  .transform((v, ctx) => {
    const r = checkInsz(v);
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', message: r.melding });
      return z.NEVER;
    }
    return r.insz;
  });

export const personeelInput = z
  .object({
    naam: regel(200).min(1, { error: 'Vul de naam van het personeelslid in.' }),
    insz: inszSchema,
    bachelorRichting: z.enum(BACHELOR_RICHTINGEN, { error: 'Kies een richting uit de lijst.' }).nullable().optional(),
    ervaringJaren: z.number().int().min(0).max(60).nullable().optional(),
  })
  .refine((p) => p.bachelorRichting || (p.ervaringJaren ?? 0) > 0, {
    path: ['bachelorRichting'],
    error: 'Geef een bachelordiploma of het aantal jaren ervaring met de doelgroep.',
  });

export const aanvraagRegistreerInput = z.object({
  organisatieId: id,
  soort: z.literal('erkenning-ama-wvg'),
  ontvangenOp: isoDate,
  kanaal: z.enum(['e-loket', 'email', 'post'], { error: 'Kies het kanaal.' }),
  uwKenmerk: regel(100).optional(),
  hernieuwingVanId: id.nullable().optional(),
  verzekeringVerklaard: z.boolean(),
  opmerkingen: tekstvak(4000).optional(),
  personeel: z.array(personeelInput),
});




export interface Aanvraag {
  id: number;
  soort: 'erkenning-ama-wvg';
  organisatieId: number;
  organisatieNaam: string;
  organisatieKbo: string;
  organisatieTypeCode: string;
  ontvangenOp: string;
  kanaal: string;
  uwKenmerk: string | null;
  hernieuwingVanId: number | null;
  verzekeringVerklaard: boolean;
  opmerkingen: string | null;
  behandelaarId: number;
  /** Current name of the officer (display). */
  behandelaar: string;
  status: AanvraagStatus;
  versie: number;
  personeel: { id: number; naam: string; insz: string; bachelorRichting: string | null; ervaringJaren: number | null }[];
  controles: Controle[];
  opschortingen: Opschorting[];
  termijnen: AanvraagTermijn[];
  beslissingen: Beslissing[];
  documenten: DocumentMeta[];
  tijdlijn: Gebeurtenis[];
}

export type AanvraagRij = Pick<Aanvraag, 'id' | 'organisatieId' | 'organisatieNaam' | 'ontvangenOp' | 'behandelaarId' | 'behandelaar' | 'status'> & {
  volgendeTermijn: string | null;
  hernieuwing: boolean;
};

const beslissingTekst = {
  datum: isoDate,
  feiten: tekstvak(10000).min(10, { error: 'Beschrijf de feiten (minstens 10 tekens): wat werd ontvangen, nagekeken en vastgesteld.' }),
  rechtsgronden: tekstvak(10000).min(10, { error: 'Geef de juridische gronden (minstens 10 tekens).' }),
  ondertekenaarId: id.optional(),
};

const vraagInfoInput = z.object({
  id,
  datum: isoDate,
  gevraagd: tekstvak(4000, 'Beschrijf welke informatie ontbreekt.').trim().min(5, { error: 'Beschrijf welke informatie ontbreekt.' }),
  antwoordTermijnDagen: z.number().int().min(1, { error: 'Geef een antwoordtermijn van 1 tot 90 dagen.' }).max(90, { error: 'Geef een antwoordtermijn van 1 tot 90 dagen.' }).optional(),
});

export const aanvraagMethods = {
  'aanvraag.registreer': method<Aanvraag>()({
    input: aanvraagRegistreerInput,
    roles: ['zorg-dossierbeheerder', 'beheerder'],
    omschrijving: 'Aanvraag tot erkenning AMA WVG registreren (met personeel en controles)',
    mutates: true,
  }),
  'aanvraag.get': method<Aanvraag>()({
    input: z.object({ id }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Een aanvraag met controles, termijnen, opschortingen, beslissingen, brieven en tijdlijn',
  }),
  'aanvraag.list': method<AanvraagRij[]>()({
    input: z.object({ status: z.enum(AANVRAAG_STATUSSEN).optional(), organisatieId: id.optional() }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Aanvragen tot erkenning',
  }),
  'aanvraag.vraagInfo': method<Aanvraag>()({
    input: vraagInfoInput,
    roles: ['zorg-dossierbeheerder', 'beheerder'],
    omschrijving: 'Aanvullende informatie vragen: de brief wordt uitgegeven en de beslissingstermijn wordt opgeschort tot het antwoord',
    mutates: true,
  }),
  'aanvraag.vraagInfoVoorbeeld': method<{ pdfBase64: string; onderwerp: string }>()({
    input: vraagInfoInput,
    roles: ['zorg-dossierbeheerder', 'beheerder'],
    omschrijving: 'Voorbeeld van de brief met het verzoek om aanvullende informatie (niet bewaard)',
  }),
  'aanvraag.infoOntvangen': method<Aanvraag>()({
    input: z.object({ id, datum: isoDate }),
    roles: ['zorg-dossierbeheerder', 'beheerder'],
    omschrijving: 'Antwoord op het verzoek om informatie ontvangen: de opschorting eindigt',
    mutates: true,
  }),
  'aanvraag.voorbeeldOntvankelijkheid': method<{ pdfBase64: string; onderwerp: string }>()({
    input: z.object({ id, ontvankelijk: z.boolean(), ...beslissingTekst }),
    roles: ['zorg-dossierbeheerder', 'beheerder'],
    omschrijving: 'Voorbeeld van de beslissingsbrief over de ontvankelijkheid, vóór het ontwerp bewaard is (niets wordt bewaard)',
  }),
  'aanvraag.voorbeeldGegrondheid': method<{ pdfBase64: string; onderwerp: string }>()({
    input: z.object({ id, toegekend: z.boolean(), ingangsdatum: isoDate.optional(), ...beslissingTekst }),
    roles: ['zorg-dossierbeheerder', 'beheerder'],
    omschrijving: 'Voorbeeld van de beslissingsbrief ten gronde, vóór het ontwerp bewaard is (niets wordt bewaard)',
  }),
  'aanvraag.ontvankelijkheid': method<Beslissing>()({
    input: z.object({ id, ontvankelijk: z.boolean(), ...beslissingTekst }),
    roles: ['zorg-dossierbeheerder', 'beheerder'],
    omschrijving: 'Ontwerp van beslissing over de ontvankelijkheid (ter goedkeuring)',
    mutates: true,
  }),
  'aanvraag.gegrondheid': method<Beslissing>()({
    input: z.object({ id, toegekend: z.boolean(), ingangsdatum: isoDate.optional(), ...beslissingTekst }),
    roles: ['zorg-dossierbeheerder', 'beheerder'],
    omschrijving: 'Ontwerp van beslissing ten gronde: erkenning of weigering (ter goedkeuring)',
    mutates: true,
  }),
};
