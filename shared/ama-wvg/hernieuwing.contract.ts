import { z } from 'zod';
import { method } from '../api/define';
import { ALLE_ROLLEN } from '../api/roles';
import { isoDate, regel } from '../api/common';
import type { DocumentMeta } from '../letters/brief.contract';
import type { ParameterCode } from '../platform/parameter-codes';

/**
 * Renewal of AMA WVG recognitions (BVR art. 47–49): a recognition is valid 5 years, renewal is a new
 * application; the organisation gets a reminder `AMA_WVG_HERINNERING_HERNIEUWING` (6) months before
 * the end. The reminders go out as a batch: one letter per organisation, each its own transaction,
 * progress pushed as `job.voortgang` events, then one combined PDF for printing.
 */

/** The parameter with the months before the end of a recognition that its reminder goes out (and a renewal is due). */
export const HERINNERING_PARAMETER: ParameterCode = 'AMA_WVG_HERINNERING_HERNIEUWING';

const id = z.number().int().positive();

/** A recognition that is due for a reminder. */
export interface HerinneringKandidaat {
  erkenningId: number;
  erkenningsnummer: string;
  organisatieId: number;
  organisatieNaam: string;
  geldigVan: string;
  geldigTot: string;
}

export interface HerinneringOvergeslagen {
  erkenningId: number;
  erkenningsnummer: string | null;
  organisatieNaam: string | null;
  /** Dutch: why no letter was made for it. */
  reden: string;
}

export interface HerinneringenResultaat {
  /** The job whose `job.voortgang` events reported the progress. */
  jobId: string;
  /** The letters issued (one per organisation), in the order of the bundle. */
  documenten: DocumentMeta[];
  /**
   * The combined PDF of all letters for printing, stored as a document of type
   * 'herinnering-hernieuwing-bundel' (kenmerk BUNDEL/ZORG/<jaar>/<nr>; not a letter, not sent itself);
   * null when no letter was made. Download with `document.get`.
   */
  bundelDocumentId: number | null;
  /** Pages of the bundle (the sum of the letters' pages, plus blank pages when `dubbelzijdig`). */
  bundelPaginas: number;
  overgeslagen: HerinneringOvergeslagen[];
  /**
   * Letters of an earlier batch that was interrupted (a crash, a power cut) after they were issued but
   * before its bundle existed: they come first in this bundle, so every issued reminder gets printed.
   */
  uitOnderbrokenReeks: DocumentMeta[];
  /** Milliseconds: letters, bundle, total. */
  ms: { brieven: number; bundel: number; totaal: number };
}

export const herinneringenInput = z.object({
  /** Explicit choice of recognitions; default: every candidate on `datum` (see hernieuwing.kandidaten). */
  erkenningIds: z.array(id).min(1, { error: 'Kies minstens één erkenning.' }).max(5000).optional(),
  /**
   * Reference date (default today): recognitions ending from this day up to N months later, N the
   * parameter AMA_WVG_HERINNERING_HERNIEUWING valid on that day. The letters are dated today.
   */
  datum: isoDate.optional(),
  /** Defaults to the medewerker record of the calling user (Bestuursdecreet art. II.20). */
  contactpersoonId: id.optional(),
  /** Defaults to the contact person (a reminder is no decision). */
  ondertekenaarId: id.optional(),
  /** Insert a blank page after a letter with an odd number of pages, for double-sided printing. */
  dubbelzijdig: z.boolean().optional(),
  /**
   * Optional id chosen by the client (e.g. crypto.randomUUID()) so it can follow the progress events
   * of this call before the answer arrives; generated when absent.
   */
  jobId: regel(64)
    .regex(/^[A-Za-z0-9_-]{8,64}$/, { error: 'Een job-id bestaat uit 8 tot 64 letters, cijfers, - of _.' })
    .optional(),
});

export const hernieuwingMethods = {
  'hernieuwing.kandidaten': method<HerinneringKandidaat[]>()({
    input: z.object({ datum: isoDate.optional() }),
    roles: ALLE_ROLLEN,
    omschrijving:
      'Actieve erkenningen die binnen de herinneringstermijn vervallen en nog geen herinnering of hernieuwingsaanvraag hebben',
  }),
  'hernieuwing.voorbeeld': method<{ pdfBase64: string; onderwerp: string }>()({
    input: z.object({ erkenningId: id, contactpersoonId: id.optional(), ondertekenaarId: id.optional() }),
    roles: ['zorg-dossierbeheerder', 'beheerder'],
    omschrijving: 'Voorbeeld van de herinnering tot hernieuwing voor één erkenning (PDF met watermerk, niet bewaard)',
  }),
  'hernieuwing.herinneringen': method<HerinneringenResultaat>()({
    input: herinneringenInput,
    roles: ['zorg-dossierbeheerder', 'beheerder'],
    omschrijving:
      'Herinneringen tot hernieuwing aanmaken (één brief per organisatie, met voortgang) en samenvoegen tot één PDF om af te drukken',
    mutates: true,
  }),
};
