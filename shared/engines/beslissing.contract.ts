import { z } from 'zod';
import { method } from '../api/define';
import { ALLE_ROLLEN } from '../api/roles';
import { tekstvak } from '../api/common';

/** The decision types of every module (the engine stores and dispatches them; each module contributes their kinds). */
export const BESLISSING_TYPES = [
  'ontvankelijk',
  'onontvankelijk',
  'erkenning',
  'weigering',
  'opheffing',
  'bezwaar-bevestigd',
  'bezwaar-herzien',
  'bezwaar-vernietigd',
  'bezwaar-onontvankelijk',
  /** Recovery of a payment run's saldo after a hearing procedure (engines/betaalrun/terugvordering.ts). */
  'terugvordering',
  // Samenwerkingsverbanden Zorg (BVR art. 15–19, 40)
  'gegrond',
  'ongegrond',
  'mandaat',
  'weigering-mandaat',
  'vervanging-partner',
  'intrekking',
  'schorsing',
  // AMA SE (BVR art. 60–63)
  'toekenning-contingent',
  'weigering-contingent',
  'vermindering-contingent',
] as const;
export type BeslissingType = (typeof BESLISSING_TYPES)[number];
export const EINDE_REDENEN = ['verlopen', 'opgeheven', 'ingetrokken_op_verzoek', 'vervangen'] as const;
export type EindeReden = (typeof EINDE_REDENEN)[number];
export type BeslissingStatus = 'ontwerp' | 'goedgekeurd' | 'uitgegeven' | 'vernietigd' | 'vervallen';

export interface Beslissing {
  id: number;
  type: BeslissingType;
  dossierEntiteit: string;
  dossierId: number;
  rechtEntiteit: string | null;
  rechtId: number | null;
  organisatieId: number;
  departement: string;
  bestuursorgaan: string;
  beslissingsdatum: string;
  ingangsdatum: string | null;
  einddatum: string | null;
  eindeReden: EindeReden | null;
  feiten: string;
  rechtsgronden: string;
  rechtsbasis: string;
  bezwaarTermijnDagen: number | null;
  ondertekenaarId: number | null;
  ondertekenaarNaam: string | null;
  status: BeslissingStatus;
  goedgekeurdDoorId: number | null;
  /** Current name of who approved (display). */
  goedgekeurdDoor: string | null;
  goedgekeurdOp: string | null;
  documentId: number | null;
  verzondenOp: string | null;
  uitersteReactiedatum: string | null;
  bezwaarUitkomst: string | null;
  aangemaaktDoorId: number;
  /** Current name of who drafted (display). */
  aangemaaktDoor: string;
  aangemaaktOp: string;
}

const id = z.number().int().positive();

export const beslissingMethods = {
  'beslissing.get': method<Beslissing>()({
    input: z.object({ id }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Een beslissing',
  }),
  'beslissing.list': method<Beslissing[]>()({
    input: z.object({ status: z.enum(['ontwerp', 'goedgekeurd', 'uitgegeven', 'vernietigd', 'vervallen']).optional(), organisatieId: id.optional() }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Beslissingen (bv. de ontwerpen die wachten op goedkeuring)',
  }),
  'beslissing.voorbeeld': method<{ pdfBase64: string; onderwerp: string }>()({
    input: z.object({ id }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Voorbeeld van de beslissingsbrief (niet bewaard)',
  }),
  'beslissing.goedkeuren': method<Beslissing>()({
    input: z.object({ id, versie: z.number().int().positive().optional() }),
    roles: ['ondertekenaar'],
    omschrijving: 'Beslissing goedkeuren en ondertekenen: de brief wordt uitgegeven en de beslissing wordt van kracht',
    mutates: true,
  }),
  'beslissing.afwijzen': method<Beslissing>()({
    input: z.object({ id, reden: tekstvak(4000).min(5, { error: 'Geef de reden waarom het ontwerp terug gaat.' }) }),
    roles: ['ondertekenaar'],
    omschrijving: 'Ontwerp van beslissing terugsturen naar de dossierbeheerder',
    mutates: true,
  }),
};
