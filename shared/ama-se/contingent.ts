/**
 * Pure rules of the AMA SE contingent (BVR art. 61–63, 68; RULES.md "AMA SE contingent — Departement WSE").
 *
 * - **Place-days**: a contingent is a number of places (participants per year) per period; over a period its
 *   weight is Σ places × days (a contingent changed during the year is time-weighted).
 * - **Participant days** (art. 68, "pro rata de dagen met een begeleidingsovereenkomst"): per participant
 *   the union of their participations with the maatwerkbedrijf, clipped to the year (a day counts once).
 * - **Settlement**: deelnemersjaren = days ÷ divisor (365 by default; a setting: 0 means the days of the
 *   year), subsidy = min(deelnemersjaren, contingent) × the amount valid on each day, rounded once to the
 *   cent — the cap is on the money; the fill rate is not capped.
 * - **Advance**: pct (80 %) × contingent place-days of the month ÷ days of the month × amount ÷ 12.
 * - **Evaluation**: below the threshold (80 %) the contingent goes down by (threshold − fill rate) ×
 *   contingent = threshold × contingent − deelnemersjaren, rounded as the setting says (down by default).
 *
 * Everything is exact: integer day counts and cents, fractions kept as numerator/denominator and rounded
 * once with the app's rounding rule (shared/kernel/geld).
 */
import { dagnummer } from '../kernel/dates';
import { afrondenOpCent } from '../kernel/geld';

export interface ContingentSegment {
  van: string;
  /** Null: open-ended. */
  tot: string | null;
  plaatsen: number;
}

export interface Deelname {
  deelnemerId: number;
  van: string;
  tot: string | null;
}

import type { BedragPeriode } from '../platform/parameter.contract';
export type { BedragPeriode };

export interface AfrekeningRegels {
  /** Days per participant-year: 365, or 0 for the days of the year itself (366 in a leap year). */
  deler: number;
  bedragen: readonly BedragPeriode[];
}

/** Inclusive day-number interval of `[van, tot]` clipped to `[a, b]`, or null when they do not meet. */
function knip(van: string, tot: string | null, a: number, b: number): [number, number] | null {
  const s = Math.max(dagnummer(van), a);
  const e = Math.min(tot === null ? b : dagnummer(tot), b);
  return s <= e ? [s, e] : null;
}

/** Σ places × days of the contingent segments within `[van, tot]`. */
export function plaatsDagen(segmenten: readonly ContingentSegment[], van: string, tot: string): number {
  const a = dagnummer(van);
  const b = dagnummer(tot);
  let som = 0;
  for (const s of segmenten) {
    const k = knip(s.van, s.tot, a, b);
    if (k) som += s.plaatsen * (k[1] - k[0] + 1);
  }
  return som;
}

/** The merged day intervals of the participations per participant, clipped to `[van, tot]`. */
function intervallen(deelnames: readonly Deelname[], a: number, b: number): [number, number][] {
  const perDeelnemer = new Map<number, [number, number][]>();
  for (const d of deelnames) {
    const k = knip(d.van, d.tot, a, b);
    if (!k) continue;
    const l = perDeelnemer.get(d.deelnemerId);
    if (l) l.push(k);
    else perDeelnemer.set(d.deelnemerId, [k]);
  }
  const out: [number, number][] = [];
  for (const l of perDeelnemer.values()) {
    if (l.length > 1) l.sort((x, y) => x[0] - y[0]);
    let [s, e] = l[0];
    for (let i = 1; i < l.length; i++) {
      if (l[i][0] <= e + 1) e = Math.max(e, l[i][1]);
      else {
        out.push([s, e]);
        [s, e] = l[i];
      }
    }
    out.push([s, e]);
  }
  return out;
}

/** Days with a participation within `[van, tot]`, each participant's day counted once. */
export function deelnemersdagen(deelnames: readonly Deelname[], van: string, tot: string): number {
  return intervallen(deelnames, dagnummer(van), dagnummer(tot)).reduce((s, [x, y]) => s + y - x + 1, 0);
}

/** teller / noemer with 2 decimals, half away from zero (the app's rounding rule applied to hundredths). */
export function tweeDecimalen(teller: number, noemer: number): number {
  return afrondenOpCent(teller * 100, noemer) / 100;
}

export interface Afrekening {
  /** Σ places × days of the year. */
  plaatsDagen: number;
  dagenInJaar: number;
  /** Time-weighted contingent (places), 2 decimals. */
  contingentPlaatsen: number;
  deelnemersdagen: number;
  /** Days ÷ divisor, 2 decimals, not capped. */
  deelnemersjaren: number;
  /** Deelnemersjaren ÷ contingent × 100, 2 decimals, not capped; null without a contingent. */
  bezettingsgraad: number | null;
  subsidieCent: number;
  /** The subsidy was capped at the contingent. */
  begrensd: boolean;
}

/**
 * The settlement of one maatwerkbedrijf for a calendar year. With several amounts in the year each day is
 * paid at the amount valid on it: the participants' side Σ days × amount ÷ divisor and the cap Σ place-days
 * × amount ÷ days of the year are computed per amount period and the smaller is rounded once.
 */
export function afrekening(input: { jaar: number; segmenten: readonly ContingentSegment[]; deelnames: readonly Deelname[]; regels: AfrekeningRegels }): Afrekening {
  const van = `${input.jaar}-01-01`;
  const tot = `${input.jaar}-12-31`;
  const a = dagnummer(van);
  const b = dagnummer(tot);
  const dagenInJaar = b - a + 1;
  const deler = input.regels.deler > 0 ? input.regels.deler : dagenInJaar;
  const iv = intervallen(input.deelnames, a, b);
  const dagen = iv.reduce((s, [x, y]) => s + y - x + 1, 0);
  const pd = plaatsDagen(input.segmenten, van, tot);

  // Per amount period: participant days and place-days inside it, times the amount.
  let deelnemersBedrag = 0; // Σ days × cents (÷ deler)
  let plafondBedrag = 0; // Σ place-days × cents (÷ dagenInJaar)
  for (const p of input.regels.bedragen) {
    const k = knip(p.van, p.tot, a, b);
    if (!k) continue;
    let d = 0;
    for (const [x, y] of iv) {
      const s = Math.max(x, k[0]);
      const e = Math.min(y, k[1]);
      if (s <= e) d += e - s + 1;
    }
    let q = 0;
    for (const s of input.segmenten) {
      const kk = knip(s.van, s.tot, k[0], k[1]);
      if (kk) q += s.plaatsen * (kk[1] - kk[0] + 1);
    }
    deelnemersBedrag += d * p.bedragCent;
    plafondBedrag += q * p.bedragCent;
  }
  // Compare deelnemersBedrag / deler with plafondBedrag / dagenInJaar by cross-multiplying (exact, BigInt).
  const begrensd = BigInt(deelnemersBedrag) * BigInt(dagenInJaar) > BigInt(plafondBedrag) * BigInt(deler);
  const subsidieCent = begrensd ? afrondenOpCent(BigInt(plafondBedrag), BigInt(dagenInJaar)) : afrondenOpCent(BigInt(deelnemersBedrag), BigInt(deler));
  return {
    plaatsDagen: pd,
    dagenInJaar,
    contingentPlaatsen: tweeDecimalen(pd, dagenInJaar),
    deelnemersdagen: dagen,
    deelnemersjaren: tweeDecimalen(dagen, deler),
    // (dagen / deler) / (pd / dagenInJaar) × 100
    bezettingsgraad: pd > 0 ? afrondenOpCent(BigInt(dagen) * BigInt(dagenInJaar) * 10_000n, BigInt(deler) * BigInt(pd)) / 100 : null,
    subsidieCent,
    begrensd,
  };
}

/** The advance of one month: pct × (place-days of the month ÷ days of the month) × amount ÷ 12, one rounding. */
export function voorschot(input: { maandVan: string; maandTot: string; segmenten: readonly ContingentSegment[]; bedragCent: number; pctBp: number }): number {
  const dagen = dagnummer(input.maandTot) - dagnummer(input.maandVan) + 1;
  const pd = plaatsDagen(input.segmenten, input.maandVan, input.maandTot);
  return afrondenOpCent(BigInt(pd) * BigInt(input.bedragCent) * BigInt(input.pctBp), BigInt(dagen) * 12n * 10_000n);
}

export const AFRONDINGEN = ['beneden', 'rekenkundig', 'boven'] as const;
export type Afronding = (typeof AFRONDINGEN)[number];
export const AFRONDING_LABEL: Record<Afronding, string> = {
  beneden: 'naar beneden (in het voordeel van de organisatie)',
  rekenkundig: 'rekenkundig (vanaf een half naar boven)',
  boven: 'naar boven',
};

export interface EvaluatieUitkomst {
  onderDrempel: boolean;
  /** Whole places taken off (0 at or above the threshold). */
  vermindering: number;
  /** The contingent on the ingangsdatum minus the reduction, never below 0. */
  nieuwContingent: number;
}

/**
 * The 80 % rule for one maatwerkbedrijf (art. 61–63): the fill rate of year X against the threshold; below
 * it the contingent goes down by (threshold − fill rate) × contingent of year X, i.e. threshold × contingent
 * − deelnemersjaren, rounded to whole places as set. Applied to the contingent in force on the ingangsdatum.
 */
export function evaluatie(input: {
  plaatsDagen: number;
  dagenInJaar: number;
  deelnemersdagen: number;
  contingentOpIngang: number;
  deler: number;
  drempelBp: number;
  afronding: Afronding;
}): EvaluatieUitkomst {
  const deler = input.deler > 0 ? input.deler : input.dagenInJaar;
  if (input.plaatsDagen <= 0) return { onderDrempel: false, vermindering: 0, nieuwContingent: input.contingentOpIngang };
  // Reduction in places = drempel × pd / diy − dagen / deler = (drempelBp × pd × deler − 10,000 × dagen × diy) / (10,000 × diy × deler)
  const teller = BigInt(input.drempelBp) * BigInt(input.plaatsDagen) * BigInt(deler) - 10_000n * BigInt(input.deelnemersdagen) * BigInt(input.dagenInJaar);
  const noemer = 10_000n * BigInt(input.dagenInJaar) * BigInt(deler);
  if (teller <= 0n) return { onderDrempel: false, vermindering: 0, nieuwContingent: input.contingentOpIngang };
  const heel = teller / noemer;
  const rest = teller % noemer;
  const vermindering = Number(input.afronding === 'beneden' ? heel : input.afronding === 'boven' ? (rest > 0n ? heel + 1n : heel) : 2n * rest >= noemer ? heel + 1n : heel);
  return { onderDrempel: true, vermindering, nieuwContingent: Math.max(0, input.contingentOpIngang - vermindering) };
}
