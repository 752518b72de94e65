import { z } from 'zod';
import { method } from '../api/define';
import { ALLE_ROLLEN, DOSSIERBEHEERDERS, type Rol } from '../api/roles';
import type { Departement } from '../platform/medewerker.contract';
import { regel, tekstvak } from '../api/common';

/**
 * The payment-run engine's contract: one shape for the runs of every scheme (AMA WVG subsidy, the
 * compensation of the samenwerkingsverbanden Zorg, AMA SE advances and settlement). A scheme's own API
 * (e.g. `subsidie.*`) computes its runs and shows its lines; approval, statements, the payment file and
 * recovery are the same for all and are also served here as `betaalrun.*`.
 */

export const BETAALRUN_STATUSSEN = ['voorstel', 'goedgekeurd', 'geannuleerd'] as const;
export type BetaalRunStatus = (typeof BETAALRUN_STATUSSEN)[number];

export const TERUGVORDERING_WIJZEN = ['verrekenen', 'vordering'] as const;
export type TerugvorderingWijze = (typeof TERUGVORDERING_WIJZEN)[number];

/** Who approves a run and issues its statements (four eyes: never the one who computed it). */
export const BETAALRUN_GOEDKEURDERS: readonly Rol[] = ['ondertekenaar'];
/** Who reviews a run's payees and statements. */
export const BETAALRUN_BEHANDELAARS: readonly Rol[] = [...DOSSIERBEHEERDERS, 'ondertekenaar'];

export interface BetaalRun<B = unknown> {
  id: number;
  /** Scheme code, e.g. 'AMA_WVG'. */
  regeling: string;
  /** "Subsidie AMA WVG" */
  regelingLabel: string;
  departement: Departement;
  periode: string;
  /** "eerste halfjaar 2026", "maart 2026" */
  periodeNaam: string;
  volgnummer: number;
  status: BetaalRunStatus;
  /** Σ verschuldigd (the amount due for the period, all payees). */
  totaalCent: number;
  saldoTotaalCent: number;
  teBetalenTotaalCent: number;
  /** Σ of the negative saldi (to recover), as a positive number. */
  terugTeVorderenCent: number;
  aantalBegunstigden: number;
  aantalLijnen: number;
  aangemaaktDoorId: number;
  /** Current name (display). */
  aangemaaktDoor: string;
  aangemaaktOp: string;
  goedgekeurdDoorId: number | null;
  goedgekeurdDoor: string | null;
  goedgekeurdOp: string | null;
  berekening: B;
}

/** One payee in a run: what is due, what was settled before, the difference and the payment. */
export interface Betaling<B = unknown> {
  id: number;
  runId: number;
  organisatieId: number;
  /** The payee as approved (frozen at approval), or as registered now while the run is a proposal. */
  organisatieNaam: string;
  kbo: string;
  iban: string | null;
  aantalLijnen: number;
  dagen: number | null;
  brutoCent: number;
  verminderingCent: number;
  verschuldigdCent: number;
  /** Σ saldo of the earlier approved runs of the same period. */
  eerderBetaaldCent: number;
  /** verschuldigd − eerder betaald; negative = to recover. */
  saldoCent: number;
  /** Earlier open recoveries offset against this payment. */
  verrekendCent: number;
  /** In the payment file. */
  teBetalenCent: number;
  /** 'vervallen': a separate claim annulled after an objection (neither recovered nor offset). */
  terugvordering: TerugvorderingWijze | 'vervallen' | null;
  /** The recovery procedure whose decision recovers this saldo (procedure engine). */
  procedureId: number | null;
  referentie: string;
  documentId: number | null;
  berekening: B;
}

export interface BetaalRunDetail<R = unknown, P = unknown> extends BetaalRun<R> {
  betalingen: Betaling<P>[];
  /** Dutch warnings for the reviewer (no IBAN, amounts to recover, scheme-specific remarks). */
  waarschuwingen: string[];
}

export interface BriefUitgifte {
  uitgegeven: number;
  overgeslagen: number;
  mislukt: { organisatieId: number; organisatieNaam: string; melding: string }[];
}

export interface BetaalRunGoedkeuring<R = unknown, P = unknown> {
  run: BetaalRunDetail<R, P>;
  brieven: BriefUitgifte;
}

export interface Betaalbestand {
  bestandsnaam: string;
  mimeType: string;
  inhoudBase64: string;
  aantalBetalingen: number;
  totaalCent: number;
  /** Payees left out (no IBAN) and amounts to recover: Dutch sentences. */
  waarschuwingen: string[];
}

const id = z.number({ error: 'Geef een geldig id.' }).int().positive();
export const jobIdInput = regel(200).min(1).max(100).optional();
export const runIdInput = z.object({ runId: id, jobId: jobIdInput });
export const annulerenInput = z.object({ runId: id, reden: tekstvak(4000).min(5, { error: 'Geef de reden van de annulering (minstens 5 tekens).' }) });
export const exporteerInput = z.object({ runId: id, formaat: z.enum(['csv', 'xlsx'], { error: 'Kies csv of xlsx.' }) });
export const terugvorderingInput = z.object({
  betalingId: id,
  wijze: z.enum(TERUGVORDERING_WIJZEN, { error: 'Kies verrekenen of vordering.' }),
  reden: tekstvak(500).optional(),
});
export const notaInput = z.object({ runId: id, organisatieId: id });

export const betaalrunMethods = {
  'betaalrun.list': method<BetaalRun[]>()({
    input: z.object({
      regeling: regel(40).optional(),
      status: z.enum(BETAALRUN_STATUSSEN).optional(),
      periode: regel(10).optional(),
    }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Betaalruns van alle regelingen (subsidie, compensatie, voorschotten, afrekening), nieuwste eerst',
  }),
  'betaalrun.get': method<BetaalRunDetail>()({
    input: z.object({ runId: id }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Een betaalrun met de bedragen per begunstigde en de berekening van de regeling',
  }),
  'betaalrun.voorbeeldNota': method<{ pdfBase64: string; onderwerp: string }>()({
    input: notaInput,
    roles: BETAALRUN_BEHANDELAARS,
    omschrijving: 'Voorbeeld van de berekeningsnota van één begunstigde (niet bewaard)',
  }),
  'betaalrun.goedkeuren': method<BetaalRunGoedkeuring>()({
    input: runIdInput,
    roles: BETAALRUN_GOEDKEURDERS,
    omschrijving: 'Een betaalrun goedkeuren (vier ogen) en de berekeningsnota per begunstigde uitgeven',
    mutates: true,
  }),
  'betaalrun.brievenUitgeven': method<BetaalRunGoedkeuring>()({
    input: runIdInput,
    roles: BETAALRUN_GOEDKEURDERS,
    omschrijving: 'Ontbrekende berekeningsnota’s van een goedgekeurde run alsnog uitgeven (na een onderbreking)',
    mutates: true,
  }),
  'betaalrun.annuleren': method<BetaalRunDetail>()({
    input: annulerenInput,
    roles: BETAALRUN_BEHANDELAARS,
    omschrijving: 'Een voorstel van betaalrun annuleren (bv. om na correcties opnieuw te berekenen)',
    mutates: true,
  }),
  'betaalrun.exporteer': method<Betaalbestand>()({
    input: exporteerInput,
    roles: BETAALRUN_BEHANDELAARS,
    omschrijving: 'Betaalbestand van een goedgekeurde run voor het financieel systeem (CSV of XLSX, zonder persoonsgegevens)',
    mutates: true,
  }),
  'betaalrun.neemIbanOver': method<Betaling>()({
    input: z.object({ betalingId: id, reden: tekstvak(4000).min(5, { error: 'Geef de reden (minstens 5 tekens), bv. het bewijs van het rekeningnummer.' }).max(500) }),
    roles: DOSSIERBEHEERDERS,
    omschrijving: 'Het rekeningnummer van de organisatie overnemen in een goedgekeurde betaling die zonder IBAN werd goedgekeurd',
    mutates: true,
  }),
  'betaalrun.terugvordering': method<Betaling>()({
    input: terugvorderingInput,
    roles: DOSSIERBEHEERDERS,
    omschrijving: 'Een terug te vorderen saldo verrekenen met volgende betalingen of als afzonderlijke vordering behandelen',
    mutates: true,
  }),
};
