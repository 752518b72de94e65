/**
 * Compensation of a samenwerkingsverband Zorg per activeringstraject (BVR 18 November 2022, art. 20–21).
 * Pure functions: no database, no clock; the parameters are read by the service for the day they apply.
 *
 * - **The end** (art. 21, "op basis van het aantal afgeronde activeringstrajecten"): a completed trajectory
 *   ends when both its eindverslag and its eindadvies are registered (the later date); one ended early
 *   (voortijdig beëindigd, art. 11) on its end date. A trajectory is compensated in the half-year its end
 *   falls in [assumed: the half-year cut-off is a product choice, RULES.md].
 * - **Looptijd** from the trajectplan (where the annual report starts the 18 months) to that end
 *   [assumed]. "At least 3 months": the end on or after the start plus 3 calendar months, a missing day
 *   clamped to the month's last day (1 Feb → 1 May, 31 Jan → 30 Apr, 29 Feb → 29 May) [assumed].
 * - **Percentage**: 100 % completed and at least 3 months; 60 % ended early and at least 3 months; below
 *   3 months the seeds state nothing — the parameter's default is 0 % [assumed]. Amount = percentage ×
 *   the amount per trajectory (dated parameter, € 883,27 at index 1 April 2022), rounded once.
 * - **Transition** (art. 71): trajectories aangemeld before 1 July 2023 run under the rules of before and
 *   are never paid by this scheme. An extension (art. 10) is the same trajectory: it pays nothing extra.
 */
import { addMonths, dagnummer } from '../kernel/dates';
import { afrondenOpCent } from '../kernel/geld';
import { formatDatum, formatEuro } from '../kernel/format';

export const TRAJECT_STATUSSEN = ['geinitieerd', 'aanvaard', 'bezig', 'afgesloten', 'vervroegd_stopgezet'] as const;
export type TrajectStatus = (typeof TRAJECT_STATUSSEN)[number];

export interface TrajectFeiten {
  datumAanmelding: string;
  datumTrajectplan: string | null;
  status: TrajectStatus;
  datumEinde: string | null;
  datumEindverslag: string | null;
  datumEindadvies: string | null;
}

/** The dated parameters valid for the trajectory, as the service reads them. */
export interface CompensatieRegels {
  /** First day of aanmelding under this scheme (art. 71). */
  regelingVanaf: string;
  minimumMaanden: number;
  /** Basis points: 10000 = 100 %. */
  pctVolledig: number;
  pctVroegtijdig: number;
  pctKort: number;
  /** Amount per trajectory in cents. */
  bedragCent: number;
}

export interface Einde {
  datum: string;
  soort: 'afgerond' | 'vroegtijdig';
}

/** The end of a trajectory in the sense of art. 21, or null when it has not ended. */
export function eindeVolgensArt21(t: TrajectFeiten): Einde | null {
  if (t.datumEindverslag && t.datumEindadvies) {
    return { datum: t.datumEindverslag > t.datumEindadvies ? t.datumEindverslag : t.datumEindadvies, soort: 'afgerond' };
  }
  if (t.status === 'vervroegd_stopgezet' && t.datumEinde) return { datum: t.datumEinde, soort: 'vroegtijdig' };
  return null;
}

/** The first day on which a trajectory started on `start` has lasted `maanden` months. */
export function minimumEinde(start: string, maanden: number): string {
  return addMonths(start, maanden);
}

/** What a trajectory earns, without the wording (fast: a run assesses thousands of trajectories). */
export interface Beoordeling {
  /** False for a trajectory under the earlier rules (art. 71). */
  inRegeling: boolean;
  einde: Einde | null;
  looptijdDagen: number | null;
  /** The first day on which the minimum duration is reached (null without trajectplan or end). */
  grens: string | null;
  percentageBp: number;
  bedragCent: number;
}

export interface Compensatie extends Omit<Beoordeling, 'grens'> {
  /** Dutch, for the run and the statement. */
  reden: string;
}

const pct = (bp: number) => `${String(bp / 100).replace('.', ',')} %`;

// The start plus the minimum duration, per trajectplan date (a run meets the same dates again and again).
const grensCache = new Map<string, string>();
function grensVan(start: string, maanden: number): string {
  const k = `${start}|${maanden}`;
  let g = grensCache.get(k);
  if (g === undefined) {
    g = minimumEinde(start, maanden);
    if (grensCache.size > 100_000) grensCache.clear();
    grensCache.set(k, g);
  }
  return g;
}

/** What a trajectory earns once it has ended (art. 21), without the wording. */
export function beoordeel(t: TrajectFeiten, r: CompensatieRegels): Beoordeling {
  const einde = eindeVolgensArt21(t);
  if (t.datumAanmelding < r.regelingVanaf) return { inRegeling: false, einde, looptijdDagen: null, grens: null, percentageBp: 0, bedragCent: 0 };
  if (!einde) return { inRegeling: true, einde: null, looptijdDagen: null, grens: null, percentageBp: 0, bedragCent: 0 };
  if (!t.datumTrajectplan) return { inRegeling: true, einde, looptijdDagen: null, grens: null, percentageBp: r.pctKort, bedragCent: afrondenOpCent(r.bedragCent * r.pctKort, 10_000) };
  const grens = grensVan(t.datumTrajectplan, r.minimumMaanden);
  const bp = einde.datum < grens ? r.pctKort : einde.soort === 'afgerond' ? r.pctVolledig : r.pctVroegtijdig;
  return { inRegeling: true, einde, looptijdDagen: dagnummer(einde.datum) - dagnummer(t.datumTrajectplan), grens, percentageBp: bp, bedragCent: afrondenOpCent(r.bedragCent * bp, 10_000) };
}

/** The Dutch reason of an assessment, for the run's lines and the statement. */
export function reden(t: TrajectFeiten, r: CompensatieRegels, b: Beoordeling): string {
  if (!b.inRegeling) {
    return `Aangemeld op ${formatDatum(t.datumAanmelding)}, vóór ${formatDatum(r.regelingVanaf)}: valt onder de regeling van vóór de werk- en zorgtrajecten (art. 71) en wordt niet door deze regeling vergoed.`;
  }
  if (!b.einde) return 'Het traject is niet afgerond en niet vroegtijdig beëindigd.';
  const wat = b.einde.soort === 'afgerond' ? `Eindverslag en eindadvies geregistreerd op ${formatDatum(b.einde.datum)}` : `Traject vroegtijdig beëindigd op ${formatDatum(b.einde.datum)}`;
  if (!t.datumTrajectplan || !b.grens) return `${wat}; er is geen trajectplan, dus de looptijd is niet te bepalen → ${pct(b.percentageBp)}.`;
  const duur = `looptijd van ${formatDatum(t.datumTrajectplan)} (trajectplan) tot ${formatDatum(b.einde.datum)}`;
  const oordeel = b.einde.datum >= b.grens
    ? `${duur} is minstens ${r.minimumMaanden} maanden (vanaf ${formatDatum(b.grens)})`
    : `${duur} is korter dan ${r.minimumMaanden} maanden (${formatDatum(b.grens)} niet bereikt)`;
  return `${wat}; ${oordeel} → ${pct(b.percentageBp)} van ${formatEuro(r.bedragCent)} = ${formatEuro(b.bedragCent)}.`;
}

/** What a trajectory earns once it has ended (art. 21), with its reason in Dutch. */
export function compensatieVan(t: TrajectFeiten, r: CompensatieRegels): Compensatie {
  const { grens: _g, ...b } = beoordeel(t, r);
  return { ...b, reden: reden(t, r, { ...b, grens: _g }) };
}
