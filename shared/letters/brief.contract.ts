import { z } from 'zod';
import { method } from '../api/define';
import { ALLE_ROLLEN, DOSSIERBEHEERDERS } from '../api/roles';
import { isoDate, regel } from '../api/common';
import { paginaVelden, type Pagina, type PaginaKolommen } from '../api/pagina';
import type { Departement } from '../platform/medewerker.contract';

export const AANVRAAG_SOORTEN = ['erkenning-ama-wvg', 'mandaat-swv-zorg', 'contingent-ama-se'] as const;
export type AanvraagSoort = (typeof AANVRAAG_SOORTEN)[number];

export const KANALEN = ['aangetekend', 'email', 'ebox', 'e-loket'] as const;
export type Kanaal = (typeof KANALEN)[number];

const id = z.number().int().positive();

/** Fields every letter needs besides its own data. */
const briefBasis = {
  organisatieId: id,
  uwKenmerk: regel(100).optional(),
  /** Defaults to the medewerker record of the calling user. */
  contactpersoonId: id.optional(),
  /** Defaults to the contact person. */
  ondertekenaarId: id.optional(),
  /** The dossier the letter belongs to (e.g. 'aanvraag' + its id), for `document.list`. */
  dossierEntiteit: regel(200).min(1).max(50).optional(),
  dossierId: regel(200).min(1).max(50).optional(),
};

export const ontvangstmeldingInput = z.object({
  briefType: z.literal('ontvangstmelding'),
  ...briefBasis,
  aanvraagSoort: z.enum(AANVRAAG_SOORTEN, { error: 'Kies het soort aanvraag.' }),
  ontvangenOp: isoDate,
  kanaalAanvraag: z.enum(['e-loket', 'email', 'post']).default('e-loket'),
  /**
   * Only for mandaat-swv-zorg: the day the call's submission window closed. The admissibility and
   * decision periods run from then (BVR art. 15–18), not from the day the application arrived.
   */
  oproepAfgeslotenOp: isoDate.optional(),
});

/** Every letter type that can be issued on its own; later issues add theirs to this union. */
export const briefInput = z.discriminatedUnion('briefType', [ontvangstmeldingInput]);
export type BriefInput = z.input<typeof briefInput>;
export type BriefType = z.output<typeof briefInput>['briefType'];

export interface Verzending {
  id: number;
  documentId: number;
  kanaal: Kanaal;
  verzondenOp: string;
  ontvangenOp: string | null;
  bewijsReferentie: string | null;
  /** For registered mail: the deemed receipt date (3rd working day after posting). */
  geachtOntvangenOp: string | null;
  geregistreerdDoorId: number | null;
  /** Current name (display). */
  geregistreerdDoor: string;
  geregistreerdOp: string;
}

export interface DocumentMeta {
  id: number;
  kenmerk: string;
  briefType: string;
  templateVersie: number;
  departement: Departement;
  onderwerp: string;
  organisatieId: number | null;
  organisatieNaam: string | null;
  dossierEntiteit: string | null;
  dossierId: string | null;
  bestandsnaam: string;
  sha256: string;
  grootte: number;
  aangemaaktDoorId: number | null;
  /** Current name (display). */
  aangemaaktDoor: string;
  aangemaaktOp: string;
  verzendingen: Verzending[];
}

export interface DocumentMetInhoud extends DocumentMeta {
  pdfBase64: string;
}

export const verzendingInput = z
  .object({
    documentId: id,
    kanaal: z.enum(KANALEN, { error: 'Kies het verzendkanaal.' }),
    verzondenOp: isoDate,
    ontvangenOp: isoDate.nullable().optional(),
    bewijsReferentie: regel(100).optional(),
  })
  .refine((v) => !v.ontvangenOp || v.ontvangenOp >= v.verzondenOp, {
    path: ['ontvangenOp'],
    error: 'De ontvangstdatum ligt vóór de verzenddatum.',
  });

/** The letters' columns that sort and filter in the database (type and sending state are shown as labels). */
export const DOCUMENT_PAGINA = {
  kenmerk: 'tekst',
  aangemaaktOp: 'datum',
  onderwerp: 'tekst',
  organisatieNaam: 'tekst',
} as const satisfies PaginaKolommen;

export const briefMethods = {
  'brief.voorbeeld': method<{ pdfBase64: string; onderwerp: string }>()({
    input: briefInput,
    roles: DOSSIERBEHEERDERS,
    omschrijving: 'Voorbeeld van een brief (PDF), niet bewaard',
  }),
  'brief.uitgeven': method<DocumentMeta>()({
    input: briefInput,
    roles: DOSSIERBEHEERDERS,
    omschrijving: 'Brief aanmaken en onveranderlijk bewaren als document',
    mutates: true,
  }),
  'document.get': method<DocumentMetInhoud>()({
    input: z.object({ id }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Een bewaard document met zijn PDF (base64) en verzendingen',
  }),
  'document.pagina': method<Pagina<DocumentMeta>>()({
    input: z.object({ ...paginaVelden, organisatieId: id.optional(), dossierEntiteit: regel(200).optional(), dossierId: regel(200).optional(), briefType: regel(100).optional() }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Eén bladzijde van de brieven (nieuwste eerst), gesorteerd, gefilterd en doorzocht in de databank; `briefType` toont één soort brief',
  }),
  'document.list': method<DocumentMeta[]>()({
    input: z.object({
      organisatieId: id.optional(),
      dossierEntiteit: regel(200).optional(),
      dossierId: regel(200).optional(),
      limit: z.number().int().positive().max(50_000).optional(),
    }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Documenten (brieven), nieuwste eerst',
  }),
  'verzending.registreer': method<Verzending>()({
    input: verzendingInput,
    roles: DOSSIERBEHEERDERS,
    omschrijving: 'Verzending van een brief registreren (kanaal, datum, bewijs van ontvangst)',
    mutates: true,
  }),
  'verzending.bevestig': method<Verzending>()({
    input: z.object({ id, ontvangenOp: isoDate, bewijsReferentie: regel(100).optional() }),
    roles: DOSSIERBEHEERDERS,
    omschrijving: 'Datum van het bewijs van ontvangst van een verzending vastleggen',
    mutates: true,
  }),
};
