import { z } from 'zod';
import { method } from '../api/define';
import { ALLE_ROLLEN } from '../api/roles';
import { BETAALRUN_STATUSSEN, jobIdInput, runIdInput, type BetaalRun, type BetaalRunDetail, type BetaalRunGoedkeuring } from '../engines/betaalrun.contract';
import { AFRONDINGEN, type Afronding, type Afrekening } from './contingent';
import { WSE_BEHANDELAARS } from './contingent.contract';
import { regel, jaarInBereik, JAAR_BUITEN_BEREIK } from '../api/common';
import type { ParameterCode } from '../platform/parameter-codes';

/** The subsidy per participant per year (art. 68): advances, settlement and their statements read it. */
export const BEDRAG_PARAMETER: ParameterCode = 'AMA_SE_SUBSIDIE_PER_DEELNEMER_JAAR';

/** The parameters of an advance run, stored with it. */
export interface VoorschotRunBerekening {
  periode: string;
  van: string;
  tot: string;
  bedragCent: number;
  pctBp: number;
  betaaldatum: string;
  organisaties: number;
}

export interface VoorschotBegunstigde {
  /** Σ places × days of the month. */
  plaatsDagen: number;
  dagenInMaand: number;
  /** Time-weighted places in the month, 2 decimals. */
  plaatsen: number;
}

export interface AfrekeningRunBerekening {
  jaar: number;
  van: string;
  tot: string;
  bedragen: { van: string; tot: string | null; bedragCent: number }[];
  deler: number;
  /** The last working day of March of the next year (deadline engine). */
  uiterlijk: string;
  betaaldatum: string;
  organisaties: number;
  deelnames: number;
  afrondingsregel: string;
  duurMs: number;
}

/** What is stored per organisation with a settlement: the rule's outcome, the advances deducted and the participations counted. */
export interface AfrekeningBegunstigde extends Afrekening {
  /** Advances approved for that year. */
  voorschottenCent: number;
  deelnames: number;
}

/**
 * Per organisation: what `contingent.berekenAfrekening` returns (the interface other systems read): ondernemingsnummer,
 * contingentPlaatsen (time-weighted, 2 decimals), deelnemersdagen, deelnemersjaren (days ÷ 365, not capped),
 * bezettingsgraad (not capped), subsidieCent, voorschottenCent, saldoCent (positive: to pay; negative: to recover or offset).
 */
export interface AfrekeningRij extends Omit<AfrekeningBegunstigde, 'plaatsDagen' | 'dagenInJaar'> {
  organisatieId: number;
  naam: string;
  ondernemingsnummer: string;
  saldoCent: number;
}

export type VoorschotRun = BetaalRun<VoorschotRunBerekening>;
export type VoorschotRunDetail = BetaalRunDetail<VoorschotRunBerekening, VoorschotBegunstigde>;
export type AfrekeningRun = BetaalRun<AfrekeningRunBerekening>;
export interface AfrekeningRunDetail extends BetaalRunDetail<AfrekeningRunBerekening, AfrekeningBegunstigde> {
  rijen: AfrekeningRij[];
}

export interface EvaluatieRij {
  organisatieId: number;
  naam: string;
  ondernemingsnummer: string;
  contingentPlaatsen: number;
  deelnemersjaren: number;
  bezettingsgraad: number | null;
  /** The contingent in force on the ingangsdatum, before the reduction. */
  contingentOpIngang: number;
  verminderingPlaatsen: number;
  nieuwContingent: number;
  ingangsdatum: string;
  /** Why (Dutch): the arithmetic, or why there is no reduction. */
  uitleg: string;
  /** The decision already drafted or taken for this reduction, if any. */
  beslissingId: number | null;
  beslissingStatus: string | null;
}

export interface Evaluatie {
  jaar: number;
  drempelPct: number;
  afronding: Afronding;
  deler: number;
  ingangsdatum: string;
  /** The settings as they are (not a what-if). */
  standaard: boolean;
  rijen: EvaluatieRij[];
  organisaties: number;
  onderDrempel: number;
  /** Σ reductions: the places a redistribution call may hand out again (art. 61–63). */
  vrijgekomenPlaatsen: number;
  /** Dutch remark when the year is before the first year under the new rules. */
  opmerking: string | null;
}

export interface EvaluatieBatch {
  jaar: number;
  beslissingen: number;
  overgeslagen: number;
  beslissingIds: number[];
}

export interface EvaluatieGoedkeuring {
  jaar: number;
  goedgekeurd: number;
  mislukt: { beslissingId: number; organisatieNaam: string; melding: string }[];
}

const id = z.number({ error: 'Geef een geldig id.' }).int().positive();
const jaar = z.number({ error: 'Geef het jaar, bv. 2025.' }).int({ error: 'Geef het jaar, bv. 2025.' }).min(2022, { error: 'AMA SE-contingenten worden in deze toepassing vanaf 2022 afgerekend.' }).max(2100, { error: 'Geef een jaar tot 2100.' });
const maand = regel(7, 'Kies de maand, bv. 2026-03.').regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Geef de maand als JJJJ-MM, bv. 2026-03.' })
  .refine(jaarInBereik, { error: JAAR_BUITEN_BEREIK });

export const geldMethods = {
  'voorschot.berekenVoorstel': method<VoorschotRunDetail>()({
    input: z.object({ periode: maand, jobId: jobIdInput }),
    roles: WSE_BEHANDELAARS,
    omschrijving: 'Het maandelijkse voorschot AMA SE berekenen als voorstel (art. 68: 80 % van contingent × bedrag ÷ 12, per dag het contingent dat gold)',
    mutates: true,
  }),
  'voorschot.list': method<VoorschotRun[]>()({
    input: z.object({ jaar: jaar.optional(), status: z.enum(BETAALRUN_STATUSSEN).optional() }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Voorschotruns AMA SE, nieuwste eerst',
  }),
  'voorschot.get': method<VoorschotRunDetail>()({ input: z.object({ runId: id }), roles: ALLE_ROLLEN, omschrijving: 'Een voorschotrun AMA SE met het bedrag per maatwerkbedrijf' }),
  'contingent.berekenAfrekening': method<AfrekeningRunDetail>()({
    input: z.object({ jaar, jobId: jobIdInput }),
    roles: WSE_BEHANDELAARS,
    omschrijving: 'De jaarafrekening AMA SE berekenen als voorstel (art. 68: min(deelnemersjaren, contingent) × bedrag, min de voorschotten)',
    mutates: true,
  }),
  'contingent.afrekeningen': method<AfrekeningRun[]>()({
    input: z.object({ jaar: jaar.optional(), status: z.enum(BETAALRUN_STATUSSEN).optional() }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Jaarafrekeningen AMA SE, nieuwste eerst',
  }),
  'contingent.afrekening': method<AfrekeningRunDetail>()({
    input: z.object({ runId: id }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Een jaarafrekening AMA SE met de rij per maatwerkbedrijf',
  }),
  'contingent.goedkeuren': method<BetaalRunGoedkeuring>()({
    input: runIdInput,
    roles: ['ondertekenaar'],
    omschrijving: 'Een voorschotrun of jaarafrekening AMA SE goedkeuren (vier ogen) en de nota per maatwerkbedrijf uitgeven',
    mutates: true,
  }),
  'contingent.berekenEvaluatie': method<Evaluatie>()({
    input: z.object({
      jaar,
      drempelPct: z.number({ error: 'Geef de drempel als percentage, bv. 80.' }).min(0, { error: 'Geef een drempel van 0 tot 100 %.' }).max(100, { error: 'Geef een drempel van 0 tot 100 %.' }).optional(),
      afronding: z.enum(AFRONDINGEN, { error: 'Kies de afronding: beneden, rekenkundig of boven.' }).optional(),
    }),
    roles: ALLE_ROLLEN,
    omschrijving: 'De jaarlijkse evaluatie van de invullingsgraad (art. 61–63): per maatwerkbedrijf de vermindering onder 80 %; met een andere drempel of afronding een simulatie die niets bewaart',
  }),
  'contingent.evaluatieBeslissen': method<EvaluatieBatch>()({
    input: z.object({ jaar, datum: regel(200).regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Geef een geldige datum (JJJJ-MM-DD).' }), jobId: jobIdInput }),
    roles: WSE_BEHANDELAARS,
    omschrijving: 'De ontwerpen van beslissing tot vermindering van het contingent maken voor elk maatwerkbedrijf onder de drempel (één batch met voortgang)',
    mutates: true,
  }),
  'contingent.evaluatieGoedkeuren': method<EvaluatieGoedkeuring>()({
    input: z.object({ jaar, jobId: jobIdInput }),
    roles: ['ondertekenaar'],
    omschrijving: 'De ontwerpen van vermindering van een evaluatiejaar goedkeuren (vier ogen) en de brieven uitgeven, in één batch met voortgang',
    mutates: true,
  }),
};
