import { z } from 'zod';
import { method } from '../api/define';
import { ALLE_ROLLEN, type Rol } from '../api/roles';
import type { Interval, Plafond, Segment, BegeleiderBedrag } from './subsidie';
import { HALFJAAR_PATROON } from './subsidie';

/** Who computes a subsidy run (Departement Zorg). */
export const SUBSIDIE_BEREKENAARS: readonly Rol[] = ['zorg-dossierbeheerder', 'beheerder'];
/** Who reviews the lines (participants by initials and birth year only). */
export const SUBSIDIE_LEZERS: readonly Rol[] = ['zorg-dossierbeheerder', 'ondertekenaar', 'beheerder'];

export const SUBSIDIE_RUN_STATUSSEN = ['voorstel', 'goedgekeurd', 'geannuleerd'] as const;
export type SubsidieRunStatus = (typeof SUBSIDIE_RUN_STATUSSEN)[number];

export const TERUGVORDERING_WIJZEN = ['verrekenen', 'vordering'] as const;
export type TerugvorderingWijze = (typeof TERUGVORDERING_WIJZEN)[number];

/** The parameters and rules a run used, stored with it (subsidie_run.berekening). */
export interface RunBerekening {
  periode: string;
  van: string;
  tot: string;
  dagenInHalfjaar: number;
  dagenInJaar: number;
  /** Validity periods of the yearly amount used (parameter AMA_WVG_SUBSIDIE_PER_DEELNEMER_JAAR). */
  bedragen: { van: string; tot: string | null; bedragCent: number }[];
  afrondingsregel: string;
  halfjaarregel: string;
  plafond: Plafond;
  /** Payment due date: parameter AMA_WVG_UITBETALING_TERMIJN months after the half-year end. */
  uitbetalingUiterlijk: string;
  uitbetalingTermijnMaanden: number;
  aantalOvereenkomsten: number;
  aantalLijnen: number;
  dagenTotaal: number;
  /** Agreement days not counted because they fell outside the begeleider's recognition. */
  dagenBuitenErkenning: number;
  duurMs: number;
}

export interface SubsidieRun {
  id: number;
  regeling: 'AMA_WVG';
  periode: string;
  volgnummer: number;
  status: SubsidieRunStatus;
  /** Σ verschuldigd (the amount due for the half-year, all begeleiders). */
  totaalCent: number;
  saldoTotaalCent: number;
  teBetalenTotaalCent: number;
  /** Σ of the negative saldi (to recover), as a positive number. */
  terugTeVorderenCent: number;
  aantalBegeleiders: number;
  aantalLijnen: number;
  aangemaaktDoorId: number;
  /** Current name (display). */
  aangemaaktDoor: string;
  aangemaaktOp: string;
  goedgekeurdDoorId: number | null;
  goedgekeurdDoor: string | null;
  goedgekeurdOp: string | null;
  berekening: RunBerekening;
}

/** One begeleider in a run: what is due, what was settled before, the difference and the payment. */
export interface SubsidieBetalingRij {
  id: number;
  organisatieId: number;
  organisatieNaam: string;
  kbo: string;
  iban: string | null;
  aantalDeelnemers: number;
  dagen: number;
  brutoCent: number;
  verminderingCent: number;
  verschuldigdCent: number;
  /** Σ saldo of the earlier approved runs of the same half-year. */
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
  berekening: BegeleiderBedrag & { dagenBuitenErkenning: number };
}

export interface SubsidieRunDetail extends SubsidieRun {
  betalingen: SubsidieBetalingRij[];
  /** Dutch warnings for the reviewer (no IBAN, amounts to recover, days outside a recognition…). */
  waarschuwingen: string[];
}

export interface SubsidieLijn {
  id: number;
  deelnemerId: number | null;
  /** Initials and birth year only, e.g. "J.P. (°1985)". */
  deelnemer: string;
  dagen: number;
  bedragCent: number;
  perioden: Interval[];
  segmenten: Segment[];
  formule: string;
  afronding: string;
  dagenBuitenErkenning: number;
  jaar?: { dagen: number; bedragCent: number; eersteHalfjaarDagen: number; eersteHalfjaarCent: number };
}

export interface SubsidieGoedkeuring {
  run: SubsidieRunDetail;
  brieven: { uitgegeven: number; overgeslagen: number; mislukt: { organisatieId: number; organisatieNaam: string; melding: string }[] };
}

export interface Betaalbestand {
  bestandsnaam: string;
  mimeType: string;
  inhoudBase64: string;
  aantalBetalingen: number;
  totaalCent: number;
  /** Begeleiders left out (no IBAN) and amounts to recover: Dutch sentences. */
  waarschuwingen: string[];
}

const id = z.number({ error: 'Geef een geldig id.' }).int().positive();
const periode = z
  .string({ error: 'Kies het halfjaar, bv. 2026-H1.' })
  .trim()
  .regex(HALFJAAR_PATROON, { error: 'Geef het halfjaar als JJJJ-H1 (januari–juni) of JJJJ-H2 (juli–december), bv. 2026-H1.' });
const jobId = z.string().trim().min(1).max(100).optional();

export const subsidieMethods = {
  'subsidie.berekenVoorstel': method<SubsidieRunDetail>()({
    input: z.object({ periode, jobId }),
    roles: SUBSIDIE_BEREKENAARS,
    omschrijving: 'Subsidie AMA WVG voor een halfjaar berekenen als voorstel (art. 50: pro rata de begeleide dagen, plafond, verschil met eerdere runs)',
    mutates: true,
  }),
  'subsidie.get': method<SubsidieRunDetail>()({
    input: z.object({ runId: id }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Een subsidierun met de bedragen per begeleider, de parameters en de plafondberekening',
  }),
  'subsidie.list': method<SubsidieRun[]>()({
    input: z.object({ periode: periode.optional(), status: z.enum(SUBSIDIE_RUN_STATUSSEN).optional() }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Subsidieruns AMA WVG, nieuwste eerst',
  }),
  'subsidie.lijnen': method<SubsidieLijn[]>()({
    input: z.object({ runId: id, organisatieId: id }),
    roles: SUBSIDIE_LEZERS,
    omschrijving: 'De deelnemerlijnen van één begeleider in een run, met hun berekening (deelnemers met initialen en geboortejaar)',
  }),
  'subsidie.voorbeeldNota': method<{ pdfBase64: string; onderwerp: string }>()({
    input: z.object({ runId: id, organisatieId: id }),
    roles: SUBSIDIE_LEZERS,
    omschrijving: 'Voorbeeld van de berekeningsnota van één begeleider (niet bewaard)',
  }),
  'subsidie.goedkeuren': method<SubsidieGoedkeuring>()({
    input: z.object({ runId: id, jobId }),
    roles: ['ondertekenaar'],
    omschrijving: 'Subsidievoorstel goedkeuren (vier ogen) en de berekeningsnota per begeleider uitgeven',
    mutates: true,
  }),
  'subsidie.brievenUitgeven': method<SubsidieGoedkeuring>()({
    input: z.object({ runId: id, jobId }),
    roles: ['ondertekenaar'],
    omschrijving: 'Ontbrekende berekeningsnota’s van een goedgekeurde run alsnog uitgeven (na een onderbreking)',
    mutates: true,
  }),
  'subsidie.annuleren': method<SubsidieRunDetail>()({
    input: z.object({ runId: id, reden: z.string().trim().min(5, { error: 'Geef de reden van de annulering (minstens 5 tekens).' }) }),
    roles: [...SUBSIDIE_BEREKENAARS, 'ondertekenaar'],
    omschrijving: 'Een subsidievoorstel annuleren (bv. om na correcties opnieuw te berekenen)',
    mutates: true,
  }),
  'subsidie.exporteer': method<Betaalbestand>()({
    input: z.object({ runId: id, formaat: z.enum(['csv', 'xlsx'], { error: 'Kies csv of xlsx.' }) }),
    roles: SUBSIDIE_LEZERS,
    omschrijving: 'Betaalbestand van een goedgekeurde run voor het financieel systeem (CSV of XLSX, zonder persoonsgegevens)',
    mutates: true,
  }),
  'subsidie.terugvordering': method<SubsidieBetalingRij>()({
    input: z.object({ betalingId: id, wijze: z.enum(TERUGVORDERING_WIJZEN, { error: 'Kies verrekenen of vordering.' }), reden: z.string().trim().max(500).optional() }),
    roles: SUBSIDIE_BEREKENAARS,
    omschrijving: 'Een terug te vorderen saldo verrekenen met volgende betalingen of als afzonderlijke vordering behandelen',
    mutates: true,
  }),
};
