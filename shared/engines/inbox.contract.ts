import { z } from 'zod';
import { method } from '../api/define';
import { ALLE_ROLLEN } from '../api/roles';

/** Due within this many days counts as "binnenkort" (the inbox's colour and count; a working choice, not a legal period). */
export const BINNENKORT_DAGEN = 7;

export interface InboxItem {
  /** e.g. 'aanvraag', 'procedure', 'bezwaar', 'beslissing' */
  dossierEntiteit: string;
  dossierId: number;
  /** Route in the renderer, e.g. `/erkenningen/aanvragen/12`. */
  link: string;
  organisatieNaam: string;
  omschrijving: string;
  /** The next legal deadline (YYYY-MM-DD); null for work without a legal deadline (approval queue). */
  vervaldatum: string | null;
  /** Days from today to the deadline (negative = overdue). */
  dagenResterend: number | null;
  /** 'te-laat' | 'binnenkort' (≤ BINNENKORT_DAGEN) | 'op-schema' | 'geen-termijn' */
  urgentie: 'te-laat' | 'binnenkort' | 'op-schema' | 'geen-termijn';
  /** Staff id of the officer handling the dossier; null for work of the department as a whole (proofs due, a settlement). */
  behandelaarId: number | null;
  /** Their current name. */
  behandelaar: string | null;
  /** The department whose work it is (WSE officers see WSE work first); absent: Zorg. */
  departement?: 'ZORG' | 'WSE';
}

/** Something waiting for a signatory's approval (four eyes): a draft decision or a payment run proposal. */
export interface TeOndertekenen {
  soort: 'beslissing' | 'betaalrun';
  id: number;
  /** e.g. the decision type ('opheffing') or the scheme's label. */
  wat: string;
  /** Organisation (decision) or the period (run). */
  over: string;
  departement: 'ZORG' | 'WSE';
  /** A run's total to pay (cents); null for a decision. */
  bedragCent: number | null;
  /** Payments in the run (letters that approval issues); null for a decision. */
  aantalBetalingen: number | null;
  /** Prepared on (ISO timestamp) and by whom. */
  sinds: string;
  door: string;
  /** Prepared by the signatory themselves: another signatory must approve it (four eyes). */
  eigen: boolean;
  link: string;
}

export const inboxMethods = {
  'inbox.teOndertekenen': method<TeOndertekenen[]>()({
    input: z.object({}),
    roles: ['ondertekenaar', 'beheerder'],
    omschrijving: 'Wat op de handtekening van een ondertekenaar wacht (eigen departement): ontwerpen van beslissingen en voorstellen van betaalruns, oudste eerst, met bedragen',
  }),
  'inbox.list': method<InboxItem[]>()({
    input: z.object({ behandelaarId: z.number().int().positive().optional() }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Termijnen-inbox: elk open dossier met zijn volgende wettelijke termijn (filter per behandelaar)',
  }),
};
