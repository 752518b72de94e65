import { z } from 'zod';
import { method } from '../api/define';
import { ALLE_ROLLEN, type Rol } from '../api/roles';
import { BETAALRUN_STATUSSEN, jobIdInput, runIdInput, type BetaalRun, type BetaalRunDetail, type BetaalRunGoedkeuring } from '../engines/betaalrun.contract';
import { SWV_BEHANDELAARS } from './register.contract';
import { regel, jaarInBereik, JAAR_BUITEN_BEREIK } from '../api/common';

/** Who reviews the compensation lines (trajectories by number, participants by initials). */
export const COMPENSATIE_LEZERS: readonly Rol[] = [...SWV_BEHANDELAARS, 'ondertekenaar'];

/** The parameters a compensation run used, stored with it. */
export interface CompensatieRunBerekening {
  periode: string;
  van: string;
  tot: string;
  /** The amount per trajectory in force on the end dates (dated parameter SWV_ZORG_COMPENSATIE_PER_TRAJECT). */
  bedragen: { van: string; tot: string | null; bedragCent: number }[];
  pctVolledigBp: number;
  pctVroegtijdigBp: number;
  pctKortBp: number;
  minimumMaanden: number;
  regelingVanaf: string;
  uitbetalingUiterlijk: string;
  aantalTrajecten: number;
  aantal100: number;
  aantal60: number;
  aantal0: number;
  /** Trajectories that ended in the half-year but could not be attributed (no mandate): not paid. */
  zonderSamenwerkingsverband: number;
  /** Trajectories that ended in the half-year but were aangemeld before the scheme (art. 71): not in it. */
  oudeRegeling: number;
  afrondingsregel: string;
  duurMs: number;
}

/** What is stored per samenwerkingsverband (payee = its aanspreekpunt). */
export interface CompensatieBegunstigde {
  swvIds: number[];
  swvNamen: string[];
  trajecten: number;
  /** Σ of what the trajectories earn. */
  bedragCent: number;
  /** Σ paid for them in runs of other half-years (deducted from what is due here). */
  andereHalfjarenCent: number;
}

/** One trajectory of a run (the interface of `compensatie.berekenVoorstel`). */
export interface CompensatieRij {
  trajectId: number;
  trajectnummer: string;
  organisatieId: number;
  swvId: number;
  swvNaam: string;
  deelnemer: string;
  einddatum: string;
  looptijdDagen: number | null;
  /** 100, 60 or 0. */
  percentage: number;
  bedragCent: number;
  reedsBetaaldCent: number;
  teBetalenCent: number;
  reden: string;
}

export type CompensatieRun = BetaalRun<CompensatieRunBerekening>;
export type CompensatieRunDetail = BetaalRunDetail<CompensatieRunBerekening, CompensatieBegunstigde>;
/**
 * A line of a new proposal as the proposal answers it: a line of `compensatie.lijnen` without the participant. The
 * proposal answers every trajectory (issue 10) from what it just computed; who the participant is, is shown where it is
 * needed — the lines of a run and the statement.
 */
export type CompensatieVoorstelRij = Omit<CompensatieRij, 'deelnemer'>;

export interface CompensatieVoorstel extends CompensatieRunDetail {
  rijen: CompensatieVoorstelRij[];
}

const id = z.number({ error: 'Geef een geldig id.' }).int().positive();
const periode = regel(7, 'Kies het halfjaar, bv. 2024-H2.')
  .regex(/^\d{4}-H[12]$/, { error: 'Geef het halfjaar als JJJJ-H1 (januari–juni) of JJJJ-H2 (juli–december), bv. 2024-H2.' })
  .refine(jaarInBereik, { error: JAAR_BUITEN_BEREIK });

export const compensatieMethods = {
  'compensatie.berekenVoorstel': method<CompensatieVoorstel>()({
    input: z.object({ periode, jobId: jobIdInput }),
    roles: SWV_BEHANDELAARS,
    omschrijving: 'Compensatie samenwerkingsverbanden Zorg voor een halfjaar berekenen als voorstel (art. 20–21: 100/60/0 % per afgerond traject, verschil met eerdere runs)',
    mutates: true,
  }),
  'compensatie.list': method<CompensatieRun[]>()({
    input: z.object({ periode: periode.optional(), status: z.enum(BETAALRUN_STATUSSEN).optional() }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Compensatieruns samenwerkingsverbanden Zorg, nieuwste eerst',
  }),
  'compensatie.get': method<CompensatieRunDetail>()({
    input: z.object({ runId: id }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Een compensatierun met de bedragen per samenwerkingsverband (aanspreekpunt)',
  }),
  'compensatie.lijnen': method<CompensatieRij[]>()({
    input: z.object({ runId: id, organisatieId: id.optional() }),
    roles: COMPENSATIE_LEZERS,
    omschrijving: 'De trajecten van een compensatierun (van één aanspreekpunt of alle), met percentage, bedrag, reeds betaald en reden',
  }),
  'compensatie.goedkeuren': method<BetaalRunGoedkeuring<CompensatieRunBerekening, CompensatieBegunstigde>>()({
    input: runIdInput,
    roles: ['ondertekenaar'],
    omschrijving: 'Een compensatierun goedkeuren (vier ogen) en de berekeningsnota per samenwerkingsverband uitgeven',
    mutates: true,
  }),
};
