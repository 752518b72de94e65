import { z } from 'zod';
import { method } from '../api/define';
import { ALLE_ROLLEN, type Rol } from '../api/roles';
import type { Interval, Plafond, Segment, BegeleiderBedrag } from './subsidie';
import { HALFJAAR_PATROON } from './subsidie';
import { regel, jaarInBereik, JAAR_BUITEN_BEREIK } from '../api/common';
import {
  annulerenInput,
  BETAALRUN_STATUSSEN,
  exporteerInput,
  jobIdInput,
  runIdInput,
  terugvorderingInput,
  type BetaalRun,
  type BetaalRunDetail,
  type BetaalRunGoedkeuring,
  type Betaalbestand,
  type Betaling,
} from '../engines/betaalrun.contract';

/** Who computes a subsidy run (Departement Zorg). */
export const SUBSIDIE_BEREKENAARS: readonly Rol[] = ['zorg-dossierbeheerder', 'beheerder'];
/** Who reviews the lines (participants by initials and birth year only). */
export const SUBSIDIE_LEZERS: readonly Rol[] = ['zorg-dossierbeheerder', 'ondertekenaar', 'beheerder'];

/** The parameters and rules a run used, stored with it (betaalrun.berekening). */
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

/** A run of the AMA WVG subsidy: the payment-run engine's run with the subsidy's computation. */
export type SubsidieRun = BetaalRun<RunBerekening>;

/** What the subsidy stores per begeleider (cap factor, year settlement for H2, days outside a recognition). */
export type BegeleiderBerekening = BegeleiderBedrag & { dagenBuitenErkenning: number };

/** One begeleider in a run (aantalLijnen: its participants; dagen: their days in the half-year). */
export type SubsidieBetalingRij = Betaling<BegeleiderBerekening>;

export type SubsidieRunDetail = BetaalRunDetail<RunBerekening, BegeleiderBerekening>;

export type SubsidieGoedkeuring = BetaalRunGoedkeuring<RunBerekening, BegeleiderBerekening>;

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

const id = z.number({ error: 'Geef een geldig id.' }).int().positive();
const periode = regel(7, 'Kies het halfjaar, bv. 2026-H1.')
  .regex(HALFJAAR_PATROON, { error: 'Geef het halfjaar als JJJJ-H1 (januari–juni) of JJJJ-H2 (juli–december), bv. 2026-H1.' })
  .refine(jaarInBereik, { error: JAAR_BUITEN_BEREIK });

export const subsidieMethods = {
  'subsidie.berekenVoorstel': method<SubsidieRunDetail>()({
    input: z.object({ periode, jobId: jobIdInput }),
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
    input: z.object({ periode: periode.optional(), status: z.enum(BETAALRUN_STATUSSEN).optional() }),
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
    input: runIdInput,
    roles: ['ondertekenaar'],
    omschrijving: 'Subsidievoorstel goedkeuren (vier ogen) en de berekeningsnota per begeleider uitgeven',
    mutates: true,
  }),
  'subsidie.brievenUitgeven': method<SubsidieGoedkeuring>()({
    input: runIdInput,
    roles: ['ondertekenaar'],
    omschrijving: 'Ontbrekende berekeningsnota’s van een goedgekeurde run alsnog uitgeven (na een onderbreking)',
    mutates: true,
  }),
  'subsidie.annuleren': method<SubsidieRunDetail>()({
    input: annulerenInput,
    roles: [...SUBSIDIE_BEREKENAARS, 'ondertekenaar'],
    omschrijving: 'Een subsidievoorstel annuleren (bv. om na correcties opnieuw te berekenen)',
    mutates: true,
  }),
  'subsidie.exporteer': method<Betaalbestand>()({
    input: exporteerInput,
    roles: SUBSIDIE_LEZERS,
    omschrijving: 'Betaalbestand van een goedgekeurde run voor het financieel systeem (CSV of XLSX, zonder persoonsgegevens)',
    mutates: true,
  }),
  'subsidie.terugvordering': method<SubsidieBetalingRij>()({
    input: terugvorderingInput,
    roles: SUBSIDIE_BEREKENAARS,
    omschrijving: 'Een terug te vorderen saldo verrekenen met volgende betalingen of als afzonderlijke vordering behandelen',
    mutates: true,
  }),
};
