import { z } from 'zod';
import { method } from '../api/define';
import { ALLE_ROLLEN, DOSSIERBEHEERDERS } from '../api/roles';
import { isoDate, regel, tekstvak } from '../api/common';
import type { Beslissing } from './beslissing.contract';
import type { DocumentMeta } from '../letters/brief.contract';
import type { Gebeurtenis } from '../platform/dossier.contract';

/**
 * Administrative objection (bezwaar) against an issued decision: registration, admissibility in
 * time (from the notification of the contested decision and the period its letter stated), the
 * handling deadline, and the outcome as a new decision written back to the contested decision and
 * to the right.
 */
export const BEZWAAR_KANALEN = ['aangetekend', 'e-loket', 'email', 'post', 'afgifte'] as const;
export type BezwaarKanaal = (typeof BEZWAAR_KANALEN)[number];

export const BEZWAAR_UITKOMSTEN = ['bevestigd', 'herzien', 'vernietigd', 'onontvankelijk'] as const;
export type BezwaarUitkomst = (typeof BEZWAAR_UITKOMSTEN)[number];

export const BEZWAAR_STATUSSEN = ['ingediend', 'beslist'] as const;
export type BezwaarStatus = (typeof BEZWAAR_STATUSSEN)[number];

/**
 * 'tijdig' | 'laattijdig' | 'onbepaald' (the contested decision's letter was never sent, so the
 * period has not started and lateness cannot be judged) | 'niet-open' (the decision stated no
 * objection period: no objection is open against it).
 */
export type Tijdigheid = 'tijdig' | 'laattijdig' | 'onbepaald' | 'niet-open';

export interface TijdigheidBeoordeling {
  tijdigheid: Tijdigheid;
  /** Notification date of the contested decision (null when not sent). */
  kennisgevingsdatum: string | null;
  /** Period stated in the decision letter (days); null when none. */
  termijnDagen: number | null;
  /** Last day to object; null when not determinable or not open. */
  termijnEinde: string | null;
  /** One Dutch sentence with the conclusion. */
  toelichting: string;
  /** Derivation: notification, counting, shift to a working day, comparison with the received date. */
  afleiding: string[];
}

export interface BezwaarRij {
  id: number;
  beslissingId: number;
  beslissingType: string;
  organisatieId: number;
  organisatieNaam: string;
  ontvangenOp: string;
  kanaal: BezwaarKanaal;
  status: BezwaarStatus;
  tijdigheid: Tijdigheid;
  /** Last day to decide on the objection. */
  behandelingUiterlijk: string;
  uitkomst: BezwaarUitkomst | null;
  /** A draft decision waits for approval. */
  ontwerpBeslissingId: number | null;
  behandelaarId: number;
  behandelaar: string;
}

export interface Bezwaar extends BezwaarRij {
  samenvatting: string;
  uwKenmerk: string | null;
  betwisteBeslissing: Beslissing;
  /** The right the contested decision is about, when known (e.g. 'erkenning' 12). */
  rechtEntiteit: string | null;
  rechtId: number | null;
  rechtOmschrijving: string | null;
  beoordeling: TijdigheidBeoordeling;
  behandeltermijn: { parameter: string; dagen: number; vervaldatum: string; afleiding: string[] };
  uitkomstBeslissing: Beslissing | null;
  beslissingen: Beslissing[];
  ontvangstmeldingDocumentId: number | null;
  documenten: DocumentMeta[];
  tijdlijn: Gebeurtenis[];
  versie: number;
}

const id = z.number().int().positive();
const tekst = (min: number, melding: string) => tekstvak(8000, melding).trim().min(min, { error: melding });

const bezwaarRegistreerInput = z.object({
  beslissingId: id,
  ontvangenOp: isoDate,
  kanaal: z.enum(BEZWAAR_KANALEN, { error: 'Kies hoe het bezwaar binnenkwam.' }),
  samenvatting: tekst(5, 'Vat het bezwaar samen (minstens 5 tekens).'),
  uwKenmerk: regel(100).optional(),
  /** Contact person in the acknowledgement; defaults to the signed-in officer. */
  contactpersoonId: id.optional(),
  ondertekenaarId: id.optional(),
});

/** The draft decision on an objection (and its preview before it is saved). */
const bezwaarBeslissingInput = z.object({
  id,
  /** bevestigd = ongegrond; vernietigd = gegrond; herzien = gedeeltelijk gegrond (give the revised effect). */
  uitkomst: z.enum(BEZWAAR_UITKOMSTEN, { error: 'Kies de uitkomst: bevestigd, herzien, vernietigd of onontvankelijk.' }),
  datum: isoDate,
  /** For 'herzien': the revised effect, e.g. the new last day of a revoked recognition. */
  herziening: z.object({ einddatum: isoDate.optional() }).optional(),
  feiten: tekst(10, 'Beschrijf de feiten (minstens 10 tekens): wat het bezwaar aanvoert en wat werd nagegaan.'),
  rechtsgronden: tekst(10, 'Geef de juridische gronden van de beslissing over het bezwaar (minstens 10 tekens).'),
  ondertekenaarId: id.optional(),
});

export const bezwaarMethods = {
  'bezwaar.voorbeeld': method<{ pdfBase64: string; onderwerp: string }>()({
    input: bezwaarRegistreerInput,
    roles: DOSSIERBEHEERDERS,
    omschrijving: 'Voorbeeld van de ontvangstmelding van een bezwaar (niet bewaard)',
  }),
  'bezwaar.registreer': method<Bezwaar>()({
    input: bezwaarRegistreerInput,
    roles: DOSSIERBEHEERDERS,
    omschrijving: 'Bezwaar tegen een beslissing registreren: tijdigheid berekenen en de ontvangstmelding uitgeven',
    mutates: true,
  }),
  'bezwaar.get': method<Bezwaar>()({
    input: z.object({ id }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Een bezwaar met de betwiste beslissing, de tijdigheid (met afleiding), de behandeltermijn, de uitkomst, brieven en tijdlijn',
  }),
  'bezwaar.list': method<BezwaarRij[]>()({
    input: z.object({
      status: z.enum(BEZWAAR_STATUSSEN).optional(),
      beslissingId: id.optional(),
      organisatieId: id.optional(),
    }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Bezwaren (filters: status, betwiste beslissing, organisatie)',
  }),
  'bezwaar.voorbeeldBeslissing': method<{ pdfBase64: string; onderwerp: string }>()({
    input: bezwaarBeslissingInput,
    roles: DOSSIERBEHEERDERS,
    omschrijving: 'Voorbeeld van de brief met de beslissing over een bezwaar, vóór het ontwerp bewaard is (niets wordt bewaard)',
  }),
  'bezwaar.stelBeslissingVoor': method<Beslissing>()({
    input: bezwaarBeslissingInput,
    roles: DOSSIERBEHEERDERS,
    omschrijving: 'Ontwerp van beslissing over een bezwaar opmaken (ter goedkeuring door een ondertekenaar)',
    mutates: true,
  }),
};
