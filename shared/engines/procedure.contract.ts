import { z } from 'zod';
import { method } from '../api/define';
import { ALLE_ROLLEN, DOSSIERBEHEERDERS } from '../api/roles';
import { isoDate, regel, tekstvak } from '../api/common';
import type { Beslissing } from './beslissing.contract';
import type { DocumentMeta } from '../letters/brief.contract';
import type { Gebeurtenis } from '../platform/dossier.contract';
import type { Departement } from '../platform/medewerker.contract';
import type { BezwaarRij } from './bezwaar.contract';

/**
 * The generic adverse-decision procedure on a right (hoorprocedure): intended decision (voornemen)
 * → response period → optional hearing → final decision, or closed without decision. Used for the
 * revocation of an AMA WVG recognition (soort 'opheffing-erkenning', BVR art. 49 §4); later kinds
 * (mandate withdrawal, recoveries, contingent withdrawal) register their own soort.
 */
export const PROCEDURE_STATUSSEN = ['voornemen', 'reactietermijn', 'hoorzitting', 'te-beslissen', 'beslist', 'afgesloten'] as const;
export type ProcedureStatus = (typeof PROCEDURE_STATUSSEN)[number];

export const PROCEDURE_ACTIES = [
  'kennisgeving',
  'reactie',
  'hoorzitting-plannen',
  'hoorzitting-verslag',
  'beslissing-voorstellen',
  'beslissing-uitgegeven',
  'afsluiten',
] as const;
export type ProcedureActie = (typeof PROCEDURE_ACTIES)[number];

export interface ProcedureTermijn {
  soort: 'reactietermijn' | 'hoorzitting' | 'beslissingstermijn';
  omschrijving: string;
  /** Null while the period has not started (e.g. the voornemen is not notified yet). */
  vervaldatum: string | null;
  /** 'loopt-nog-niet' | 'loopt' | 'verstreken' | 'afgerond' */
  stand: 'loopt-nog-niet' | 'loopt' | 'verstreken' | 'afgerond';
  /** Parameter code the number of days comes from, when there is one. */
  parameter: string | null;
  /** Dutch derivation: notification, counting, shift to a working day. */
  afleiding: string[];
}

export interface Hoorzitting {
  id: number;
  datum: string;
  uur: string | null;
  plaats: string;
  aanwezigen: string | null;
  verslag: string | null;
  gehouden: boolean;
  uitnodigingDocumentId: number | null;
  verslagDocumentId: number | null;
}

export interface ProcedureRij {
  id: number;
  soort: string;
  soortLabel: string;
  rechtEntiteit: string;
  rechtId: number;
  /** e.g. "erkenning AMA-WVG-2026-0001 (geldig van … tot en met …)" */
  rechtOmschrijving: string;
  organisatieId: number;
  organisatieNaam: string;
  departement: Departement;
  behandelaarId: number;
  behandelaar: string;
  status: ProcedureStatus;
  voornemenDatum: string;
  /** The next open deadline (inbox), null when none runs. */
  volgendeTermijn: string | null;
  aangemaaktOp: string;
}

export interface Procedure extends ProcedureRij {
  gronden: string;
  feiten: string | null;
  voornemenDocumentId: number | null;
  /** Notification date of the voornemen letter; null = sending not registered, the response period has not started. */
  kennisgevingsdatum: string | null;
  reactieTermijnDagen: number;
  reactie: { ontvangenOp: string; samenvatting: string } | null;
  hoorzittingGevraagd: boolean;
  hoorzittingen: Hoorzitting[];
  termijnen: ProcedureTermijn[];
  /** What can be done now (state machine). */
  toegestaneActies: ProcedureActie[];
  /** The issued decision (or the draft waiting for approval). */
  beslissing: Beslissing | null;
  beslissingen: Beslissing[];
  /** Objections against the procedure's decisions. */
  bezwaren: BezwaarRij[];
  documenten: DocumentMeta[];
  tijdlijn: Gebeurtenis[];
  afgeslotenOp: string | null;
  afsluitReden: string | null;
  versie: number;
}

const id = z.number().int().positive();
const tekst = (min: number, melding: string) => tekstvak(8000, melding).trim().min(min, { error: melding });
const uur = regel(5, 'Geef het uur als UU:MM.').regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Geef het uur als UU:MM (bv. 10:00).' });

/** Fields for the letters the step issues. */
const briefPersonen = {
  /** Defaults to the signed-in officer (contact person, Bestuursdecreet art. II.20). */
  contactpersoonId: id.optional(),
  /** Defaults to the contact person (a voornemen, invitation or minutes is not a decision). */
  ondertekenaarId: id.optional(),
};

export const procedureStartInput = z.object({
  /** Procedure kind, e.g. 'opheffing-erkenning'. */
  soort: regel(60, 'Kies het soort procedure.').min(1, { error: 'Kies het soort procedure.' }),
  rechtId: id,
  gronden: tekst(10, 'Geef de gronden van het voornemen (minstens 10 tekens): welke voorwaarde of verplichting niet is nageleefd.'),
  feiten: tekst(10, 'Beschrijf de feiten (minstens 10 tekens): wat werd vastgesteld, wanneer en door wie.'),
  uwKenmerk: regel(100).optional(),
  ...briefPersonen,
});

const hoorzittingInput = z.object({
  id,
  datum: isoDate,
  uur,
  plaats: tekst(3, 'Geef de plaats van de hoorzitting (adres en lokaal, of "videogesprek" met de link).'),
  /** Who attends for the department (printed in the invitation). */
  aanwezigen: tekstvak(1000).optional(),
  ...briefPersonen,
});

export const procedureMethods = {
  'procedure.start': method<Procedure>()({
    input: procedureStartInput,
    roles: DOSSIERBEHEERDERS,
    omschrijving: 'Hoorprocedure starten: voornemen met gronden registreren en de brief "voornemen" uitgeven (de reactietermijn loopt vanaf de kennisgeving)',
    mutates: true,
  }),
  'procedure.voorbeeldStart': method<{ pdfBase64: string; onderwerp: string }>()({
    input: procedureStartInput,
    roles: DOSSIERBEHEERDERS,
    omschrijving: 'Voorbeeld van de brief "voornemen" (niet bewaard)',
  }),
  'procedure.voorbeeldHoorzitting': method<{ pdfBase64: string; onderwerp: string }>()({
    input: hoorzittingInput,
    roles: DOSSIERBEHEERDERS,
    omschrijving: 'Voorbeeld van de uitnodiging voor de hoorzitting (niet bewaard)',
  }),
  'procedure.get': method<Procedure>()({
    input: z.object({ id }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Een procedure met stappen, termijnen (met afleiding), hoorzittingen, beslissing, bezwaren, brieven en tijdlijn',
  }),
  'procedure.list': method<ProcedureRij[]>()({
    input: z.object({
      status: z.enum(PROCEDURE_STATUSSEN).optional(),
      soort: regel(200).optional(),
      organisatieId: id.optional(),
      rechtEntiteit: regel(200).optional(),
      rechtId: id.optional(),
      /** Only procedures that are not decided or closed. */
      open: z.boolean().optional(),
    }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Hoorprocedures (filters: status, soort, organisatie, recht, open)',
  }),
  'procedure.registreerReactie': method<Procedure>()({
    input: z.object({
      id,
      ontvangenOp: isoDate,
      samenvatting: tekst(5, 'Vat de reactie van de organisatie samen (minstens 5 tekens).'),
      hoorzittingGevraagd: z.boolean({ error: 'Geef aan of de organisatie vraagt om gehoord te worden.' }),
    }),
    roles: DOSSIERBEHEERDERS,
    omschrijving: 'Schriftelijke reactie van de organisatie op het voornemen registreren (eventueel met de vraag om gehoord te worden)',
    mutates: true,
  }),
  'procedure.planHoorzitting': method<Procedure>()({
    input: hoorzittingInput,
    roles: DOSSIERBEHEERDERS,
    omschrijving: 'Hoorzitting plannen (of verplaatsen) en de uitnodiging uitgeven',
    mutates: true,
  }),
  'procedure.verslagHoorzitting': method<Procedure>()({
    input: z.object({
      id,
      aanwezigen: tekst(3, 'Noteer wie aanwezig was (voor de organisatie en voor het departement).'),
      verslag: tekst(10, 'Geef het verslag van de hoorzitting (minstens 10 tekens).'),
      /** Send the minutes to the organisation as a letter "verslag hoorzitting". */
      verslagBrief: z.boolean().default(false),
      ...briefPersonen,
    }),
    roles: DOSSIERBEHEERDERS,
    omschrijving: 'Verslag van de gehouden hoorzitting vastleggen (optioneel als brief aan de organisatie)',
    mutates: true,
  }),
  'procedure.stelBeslissingVoor': method<Beslissing>()({
    input: z.object({
      id,
      datum: isoDate,
      /** For a revocation: the last day of the right. */
      einddatum: isoDate.optional(),
      feiten: tekst(10, 'Beschrijf de feiten (minstens 10 tekens), met uw beoordeling van de reactie en de hoorzitting.'),
      rechtsgronden: tekst(10, 'Geef de juridische gronden (minstens 10 tekens).'),
      ondertekenaarId: id.optional(),
    }),
    roles: DOSSIERBEHEERDERS,
    omschrijving: 'Ontwerp van eindbeslissing opmaken (ter goedkeuring door een ondertekenaar)',
    mutates: true,
  }),
  'procedure.sluitZonderBeslissing': method<Procedure>()({
    input: z.object({
      id,
      datum: isoDate,
      reden: tekst(10, 'Geef de reden waarom het voornemen wordt ingetrokken (minstens 10 tekens).'),
      /** Inform the organisation with a letter (optional). */
      brief: z.boolean().default(false),
      ...briefPersonen,
    }),
    roles: DOSSIERBEHEERDERS,
    omschrijving: 'Procedure afsluiten zonder beslissing (het voornemen wordt niet doorgezet)',
    mutates: true,
  }),
};
