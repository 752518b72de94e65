/**
 * AMA WVG subsidy, pro rata the days guided (BVR 18 November 2022, art. 50). Pure functions: no
 * database, no clock. The service (electron/core/modules/ama-wvg/subsidie/subsidie.ts) reads the agreements, the
 * recognitions and the dated parameters and hands them to these functions.
 *
 * ## Days guided
 * Per begeleider, half-year and participant: the **union** of the participant's agreement periods
 * with that begeleider inside the half-year (start and end dates inclusive, an open end date runs to
 * the end of the window), intersected with the begeleider's recognition periods. Parallel werkposten
 * are therefore never counted twice.
 *
 * ## Amount
 * Σ over the amount segments (days × the yearly amount valid on those days, dated parameter
 * `AMA_WVG_SUBSIDIE_PER_DEELNEMER_JAAR`) ÷ the days of that calendar year (365 or 366). A half-year
 * lies within one calendar year, so all segments share the same denominator.
 *
 * ## Rounding rule (the only one) — {@link AFRONDINGSREGEL}
 * Per deelnemerlijn: the exact amount is the fraction Σ(dagen × jaarbedrag in cent) / dagen in het
 * jaar, computed with integers (BigInt). It is rounded **once**, to the cent, **half away from zero**
 * ({@link afrondenOpCent}). Begeleider totals are sums of rounded lines (no further rounding); the
 * budget-cap reduction rounds once per begeleider with the same function.
 *
 * ## Half-years add up to the year — {@link HALFJAARREGEL}
 * First half-year: the line as above. Second half-year: the line for 1 January – 31 December rounded
 * once (the *jaarbedrag*), minus the first half-year's line rounded once (from the same data). So
 * H1 + H2 = jaarbedrag exactly, for every participant: a participant guided the whole year gets
 * exactly the yearly amount (€ 1.061,20), never a cent more or less. The H2 line can differ by one
 * cent from rounding its own days alone; its computation says so.
 *
 * ## Budget cap — {@link berekenPlafond}
 * Guidances are counted as participant-years: Σ days ÷ days in the year. A first half-year run
 * compares the half-year's participant-years with the yearly maximum × (days in H1 ÷ days in the
 * year); a second half-year run compares the whole year's participant-years with the yearly maximum.
 * When the count exceeds the limit, rule 1 (parameter `AMA_WVG_PLAFOND_VERMINDERING` = 1, the default)
 * reduces every begeleider's amount by the same percentage: factor = limit ÷ count (exact fraction),
 * amount × factor rounded once. In a second half-year run the cap is settled over the year:
 * verschuldigd H2 = jaarbedrag × jaarfactor − eerste halfjaar × halfjaarfactor (each rounded once),
 * so a provisional reduction in the first half-year is corrected over the year.
 */
import { formatEuro } from '../kernel/format';
import { afrondenOpCent } from '../kernel/geld';
import { dagnummer, datumVanDagnummer, formatDatum, isLeapYear, toDayNumber } from '../kernel/dates';
import { gememoiseerd } from '../kernel/memo';

export const AFRONDINGSREGEL =
  'Per deelnemerlijn wordt het bedrag eerst exact berekend als breuk: som van (dagen × jaarbedrag in cent) gedeeld door het aantal dagen ' +
  'van het kalenderjaar (365 of 366). Die breuk wordt één keer afgerond op de cent, de helft weg van nul (een halve cent wordt een hele cent). ' +
  'De totalen per begeleider zijn sommen van afgeronde lijnen.';

export const HALFJAARREGEL =
  'Eerste halfjaar: de dagen van 1 januari tot en met 30 juni. Tweede halfjaar: het jaarbedrag (1 januari tot en met 31 december, één keer ' +
  'afgerond) min het bedrag van het eerste halfjaar (één keer afgerond, met dezelfde gegevens). Zo geven beide halfjaren samen precies het ' +
  'jaarbedrag; een deelnemer die het hele jaar begeleid werd, levert precies het jaarbedrag op.';

export const PLAFONDREGELS: Record<number, string> = {
  1: 'Het bedrag van elke begeleider wordt met hetzelfde percentage verminderd (lineaire vermindering).',
};

export { afrondenOpCent } from '../kernel/geld';

// ---------------------------------------------------------------------------------------------
// Half-years

export interface Halfjaar {
  /** `2026-H1` */
  code: string;
  jaar: number;
  helft: 1 | 2;
  /** First day (inclusive). */
  van: string;
  /** Last day (inclusive). */
  tot: string;
  dagen: number;
  dagenInJaar: number;
}

export const HALFJAAR_PATROON = /^(\d{4})-H([12])$/;

export function dagenInJaar(jaar: number): 365 | 366 {
  return isLeapYear(jaar) ? 366 : 365;
}

/** `2026-H1` → 01/01/2026 – 30/06/2026 (181 days); `2026-H2` → 01/07 – 31/12 (184 days). */
export function parseHalfjaar(code: string): Halfjaar {
  const m = HALFJAAR_PATROON.exec(code);
  if (!m) throw new RangeError(`Ongeldige periode "${code}": verwacht bv. 2026-H1 of 2026-H2.`);
  const jaar = Number(m[1]);
  const helft = m[2] === '1' ? 1 : 2;
  const van = helft === 1 ? `${m[1]}-01-01` : `${m[1]}-07-01`;
  const tot = helft === 1 ? `${m[1]}-06-30` : `${m[1]}-12-31`;
  return { code, jaar, helft, van, tot, dagen: toDayNumber(tot) - toDayNumber(van) + 1, dagenInJaar: dagenInJaar(jaar) };
}

/** "eerste halfjaar 2026" */
export function halfjaarNaam(h: Halfjaar): string {
  return `${h.helft === 1 ? 'eerste' : 'tweede'} halfjaar ${h.jaar}`;
}

// ---------------------------------------------------------------------------------------------
// Intervals of days

/** A period of days, both ends inclusive. */
export interface Interval {
  van: string;
  tot: string;
}

/** A period whose end may be open (an agreement without end date). */
export interface OpenInterval {
  van: string;
  tot: string | null;
}

type Dagen = [number, number];

const dag = dagnummer;
const iso = datumVanDagnummer;

/** Sort and merge overlapping or adjacent day ranges. */
function samenvoegen(reeks: Dagen[]): Dagen[] {
  const s = reeks.filter(([a, b]) => a <= b).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const uit: Dagen[] = [];
  for (const [a, b] of s) {
    const laatste = uit[uit.length - 1];
    if (laatste && a <= laatste[1] + 1) laatste[1] = Math.max(laatste[1], b);
    else uit.push([a, b]);
  }
  return uit;
}

function doorsnedeDagen(a: Dagen[], b: Dagen[]): Dagen[] {
  const uit: Dagen[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const van = Math.max(a[i][0], b[j][0]);
    const tot = Math.min(a[i][1], b[j][1]);
    if (van <= tot) uit.push([van, tot]);
    if (a[i][1] < b[j][1]) i++;
    else j++;
  }
  return uit;
}

const naarDagen = (iv: Interval): Dagen => [dag(iv.van), dag(iv.tot)];
const naarInterval = ([a, b]: Dagen): Interval => ({ van: iso(a), tot: iso(b) });

/**
 * The days guided inside `venster`: the union of the agreement periods (an open end runs to the end of
 * the window), intersected with the recognition periods when given. Sorted, merged, non-overlapping.
 */
export function begeleideDagen(overeenkomsten: OpenInterval[], venster: Interval, erkenningen?: Interval[]): Interval[] {
  const ovk = overeenkomstDagen(overeenkomsten, dag(venster.van), dag(venster.tot));
  return (erkenningen ? doorsnedeDagen(ovk, samenvoegen(erkenningen.map(naarDagen))) : ovk).map(naarInterval);
}

function overeenkomstDagen(overeenkomsten: OpenInterval[], v0: number, v1: number): Dagen[] {
  return samenvoegen(overeenkomsten.map((o) => [Math.max(dag(o.van), v0), Math.min(o.tot === null ? v1 : dag(o.tot), v1)] as Dagen));
}

const telReeks = (r: Dagen[]) => r.reduce((n, [a, b]) => n + b - a + 1, 0);

export function telDagen(perioden: Interval[]): number {
  return perioden.reduce((n, p) => n + dag(p.tot) - dag(p.van) + 1, 0);
}

// ---------------------------------------------------------------------------------------------
// Amount segments

import type { BedragPeriode } from '../platform/parameter.contract';
export type { BedragPeriode };

/** The days of a line that fall in one validity period of the yearly amount. */
export interface Segment {
  /** First and last day counted in this segment. */
  van: string;
  tot: string;
  dagen: number;
  jaarbedragCent: number;
}

export class GeenBedragFout extends Error {
  constructor(readonly datum: string) {
    super(`Er is geen jaarbedrag (parameter AMA_WVG_SUBSIDIE_PER_DEELNEMER_JAAR) geldig op ${formatDatum(datum)}.`);
    this.name = 'GeenBedragFout';
  }
}

/**
 * Split the guided days over the validity periods of the yearly amount. When periods overlap (which the
 * parameter register refuses), the one that started last wins, as in `parameterOp`.
 */
export function segmenten(perioden: Interval[], bedragen: BedragPeriode[]): Segment[] {
  return segmentenDagen(perioden.map(naarDagen), bedragPerioden(bedragen));
}

interface BedragDagen {
  van: number;
  tot: number;
  bedrag: number;
}

/** The amount periods as day ranges, latest start first (the one that started last wins on overlap). */
function bedragPerioden(bedragen: BedragPeriode[]): BedragDagen[] {
  return bedragen
    .map((b) => ({ van: dag(b.van), tot: b.tot === null ? Number.POSITIVE_INFINITY : dag(b.tot), bedrag: b.bedragCent }))
    .sort((a, b) => b.van - a.van);
}

function segmentenDagen(perioden: Dagen[], bp: BedragDagen[]): Segment[] {
  const perBedrag = new Map<number, { van: number; tot: number; dagen: number; bedrag: number }>();
  for (const [van, eind] of perioden) {
    let d = van;
    while (d <= eind) {
      let index = -1;
      let volgendeStart = Number.POSITIVE_INFINITY; // the nearest later-starting period after d
      for (let i = 0; i < bp.length; i++) {
        if (bp[i].van <= d && d <= bp[i].tot) {
          index = i;
          break;
        }
        if (bp[i].van > d) volgendeStart = Math.min(volgendeStart, bp[i].van);
      }
      if (index < 0) throw new GeenBedragFout(iso(d));
      const b = bp[index];
      // The stretch [d, tot] stays in this period until it ends or a later-starting period begins.
      const tot = Math.min(eind, b.tot, volgendeStart - 1);
      const seg = perBedrag.get(index);
      if (seg) {
        seg.tot = tot;
        seg.dagen += tot - d + 1;
      } else perBedrag.set(index, { van: d, tot, dagen: tot - d + 1, bedrag: b.bedrag });
      d = tot + 1;
    }
  }
  return [...perBedrag.values()]
    .sort((a, b) => a.van - b.van)
    .map((x) => ({ van: iso(x.van), tot: iso(x.tot), dagen: x.dagen, jaarbedragCent: x.bedrag }));
}

/** Σ dagen × jaarbedrag: the exact numerator (in cent·dagen) of a line. */
export function teller(segs: Segment[]): bigint {
  return segs.reduce((t, s) => t + BigInt(s.dagen) * BigInt(s.jaarbedragCent), 0n);
}

/** The same as a number when it is a safe integer (always, for realistic amounts), else a BigInt. */
function tellerExact(segs: Segment[]): number | bigint {
  let t = 0;
  for (const s of segs) t += s.dagen * s.jaarbedragCent;
  return Number.isSafeInteger(t) ? t : teller(segs);
}

const plus = (a: number | bigint, b: number | bigint): number | bigint => {
  if (typeof a === 'number' && typeof b === 'number' && Number.isSafeInteger(a + b)) return a + b;
  return BigInt(a) + BigInt(b);
};

// ---------------------------------------------------------------------------------------------
// A participant line

export interface LijnInvoer {
  halfjaar: Halfjaar;
  /** The participant's agreements with this begeleider. */
  overeenkomsten: OpenInterval[];
  /** The begeleider's recognition periods (days outside them do not count). */
  erkenningen: Interval[];
  /** Validity periods of the yearly amount covering the year. */
  bedragen: BedragPeriode[];
}

export interface LijnBerekening {
  /** Days guided in the half-year. */
  dagen: number;
  perioden: Interval[];
  segmenten: Segment[];
  /** Exact amount = teller / noemer cent (teller as a decimal string: it is a BigInt). */
  teller: string;
  noemer: number;
  /** The line's amount for the half-year. */
  bedragCent: number;
  /** Agreement days in the half-year that fell outside the recognition (not counted). */
  dagenBuitenErkenning: number;
  /** "181 dagen × € 1.061,20 / 365 = € 526,24" */
  formule: string;
  /** How it was rounded (the stated rule, with the H2 year settlement when it applies). */
  afronding: string;
  /** Second half-year only: the year settlement the line derives from. */
  jaar?: {
    dagen: number;
    teller: string;
    bedragCent: number;
    eersteHalfjaarDagen: number;
    eersteHalfjaarCent: number;
  };
}

const dagenTekst = (n: number) => `${n} ${n === 1 ? 'dag' : 'dagen'}`;

/** "90 dagen × € 1.061,20 / 365 + 91 dagen × € 1.082,42 / 365" (the formula without its result). */
export function segmentTekst(segs: Segment[], noemer: number): string {
  return segs.map((s) => `${dagenTekst(s.dagen)} × ${euroVanJaarbedrag(s.jaarbedragCent)} / ${noemer}`).join(' + ');
}

const euroVanJaarbedrag = gememoiseerd(formatEuro, 1000);

/** A line's figures without its sentences: what a run computes and stores (the sentences are made when shown). */
export type LijnCijfers = Omit<LijnBerekening, 'formule' | 'afronding'>;

/** The line computation of one participant with one begeleider for one half-year (art. 50), with its sentences. */
export function berekenLijn(inv: LijnInvoer): LijnBerekening {
  const c = berekenLijnCijfers(inv);
  return { ...c, ...lijnTeksten({ helft: inv.halfjaar.helft, jaartal: inv.halfjaar.jaar, noemer: c.noemer, dagen: c.dagen, segmenten: c.segmenten, bedragCent: c.bedragCent, jaar: c.jaar }) };
}

/** The line's figures (art. 50): a run needs only these, so it does not write tens of thousands of sentences. */
export function berekenLijnCijfers(inv: LijnInvoer): LijnCijfers {
  const h = inv.halfjaar;
  const n = h.dagenInJaar;
  const erk = samenvoegen(inv.erkenningen.map(naarDagen));
  const bp = bedragPerioden(inv.bedragen);
  const ovk = overeenkomstDagen(inv.overeenkomsten, dag(h.van), dag(h.tot));
  const reeks = doorsnedeDagen(ovk, erk);
  const perioden = reeks.map(naarInterval);
  const segs = segmentenDagen(reeks, bp);
  const dagen = telReeks(reeks);
  const zonderErkenning = telReeks(ovk);
  const t = tellerExact(segs);
  const eigen = afrondenOpCent(t, n);
  const basis = {
    dagen,
    perioden,
    segmenten: segs,
    teller: t.toString(),
    noemer: n,
    dagenBuitenErkenning: zonderErkenning - dagen,
  };
  if (h.helft === 1) return { ...basis, bedragCent: eigen };
  // Second half-year: year settlement.
  const p1 = doorsnedeDagen(overeenkomstDagen(inv.overeenkomsten, dag(`${h.jaar}-01-01`), dag(`${h.jaar}-06-30`)), erk);
  const t1 = tellerExact(segmentenDagen(p1, bp));
  const bedragH1 = afrondenOpCent(t1, n);
  const tJaar = plus(t1, t);
  const bedragJaar = afrondenOpCent(tJaar, n);
  const bedrag = bedragJaar - bedragH1;
  const dagenH1 = telReeks(p1);
  const jaar = { dagen: dagenH1 + dagen, teller: tJaar.toString(), bedragCent: bedragJaar, eersteHalfjaarDagen: dagenH1, eersteHalfjaarCent: bedragH1 };
  return { ...basis, bedragCent: bedrag, jaar };
}

/**
 * The formula and the rounding sentence of a line, from its figures: made once here for the computation and again when
 * a stored line is read (the store keeps the figures, not the sentences: issue 13), so both are the same by construction.
 * `bedragCent` is the line's amount for the half-year; `jaar` the year settlement of a second half-year.
 */
export function lijnTeksten(l: {
  helft: 1 | 2;
  jaartal: number;
  noemer: number;
  dagen: number;
  segmenten: Segment[];
  bedragCent: number;
  jaar?: { dagen: number; bedragCent: number; eersteHalfjaarDagen: number; eersteHalfjaarCent: number };
}): { formule: string; afronding: string } {
  const eigen = afrondenOpCent(tellerExact(l.segmenten), l.noemer);
  if (l.helft === 1 || !l.jaar) {
    return {
      formule: l.dagen ? `${segmentTekst(l.segmenten, l.noemer)} = ${formatEuro(l.bedragCent)}` : `0 dagen = ${formatEuro(0)}`,
      afronding: 'Eén keer afgerond op de cent, de helft weg van nul.',
    };
  }
  const { bedragCent: bedrag, jaar } = l;
  return {
    formule: l.dagen
      ? `${segmentTekst(l.segmenten, l.noemer)} = ${formatEuro(bedrag)}${bedrag === eigen ? '' : ' (afgerond via het jaarbedrag)'}`
      : `0 dagen = ${formatEuro(bedrag)}`,
    afronding:
      `Jaarbedrag ${formatEuro(jaar.bedragCent)} (${dagenTekst(jaar.dagen)} in ${l.jaartal}, één keer afgerond) − eerste halfjaar ` +
      `${formatEuro(jaar.eersteHalfjaarCent)} (${dagenTekst(jaar.eersteHalfjaarDagen)}, één keer afgerond) = ${formatEuro(bedrag)}` +
      (bedrag === eigen ? '.' : `; de ${bedrag > eigen ? 'extra' : 'ontbrekende'} cent komt uit de afronding van het jaarbedrag.`),
  };
}

/** The participant's amount for a whole calendar year (one rounding): what H1 + H2 add up to. */
export function jaarbedrag(jaar: number, overeenkomsten: OpenInterval[], erkenningen: Interval[], bedragen: BedragPeriode[]): number {
  const venster = { van: `${jaar}-01-01`, tot: `${jaar}-12-31` };
  const segs = segmenten(begeleideDagen(overeenkomsten, venster, erkenningen), bedragen);
  return afrondenOpCent(teller(segs), dagenInJaar(jaar));
}

// ---------------------------------------------------------------------------------------------
// Budget cap

/** An exact factor teller / noemer (≤ 1), as decimal strings (BigInt). */
export interface Factor {
  teller: string;
  noemer: string;
}

export interface PlafondToets {
  grondslag: 'halfjaar' | 'jaar';
  /** Σ days guided over all lines (all begeleiders) in the basis period. */
  dagenTotaal: number;
  dagenInJaar: number;
  /** Days in the basis period (half-year or year): the fraction of the yearly maximum. */
  dagenPeriode: number;
  maxBegeleidingenJaar: number;
  /** Participant-years counted: dagenTotaal / dagenInJaar, e.g. "2.345,67". */
  begeleidingen: string;
  /** Maximum for the basis period: max × dagenPeriode / dagenInJaar, e.g. "2.805,69". */
  toegestaan: string;
  overschreden: boolean;
  /** Factor applied (null: no reduction). */
  factor: Factor | null;
  /** "3,2145 %" or null. */
  verminderingspercentage: string | null;
  formule: string;
}

export interface Plafond {
  regel: number;
  regelOmschrijving: string;
  /** The test for the run's own basis (H1: the half-year; H2: the year). */
  toets: PlafondToets;
  /** H2 runs: the first half-year's test on the same data (to settle the first half-year's part). */
  eersteHalfjaar?: PlafondToets;
}

const getal = (x: number, dec = 2) => x.toLocaleString('nl-BE', { minimumFractionDigits: dec, maximumFractionDigits: dec });

/** a / b as a decimal with 2 digits (nl-BE), exact via BigInt, rounded half away from zero. */
function breukTekst(a: bigint, b: bigint, dec = 2): string {
  const schaal = 10n ** BigInt(dec);
  const v = afrondenOpCent(a * schaal, b);
  return getal(v / Number(schaal), dec);
}

/**
 * Test participant-years against the yearly maximum × the basis period's fraction of the year.
 * `dagenPeriode` = days of the half-year (H1 basis) or of the year (H2 basis).
 */
export function plafondToets(p: {
  grondslag: 'halfjaar' | 'jaar';
  dagenTotaal: number;
  dagenInJaar: number;
  dagenPeriode: number;
  maxBegeleidingenJaar: number;
}): PlafondToets {
  const totaal = BigInt(p.dagenTotaal);
  const grens = BigInt(p.maxBegeleidingenJaar) * BigInt(p.dagenPeriode); // in participant-days
  const n = BigInt(p.dagenInJaar);
  const begeleidingen = breukTekst(totaal, n);
  const toegestaan = breukTekst(grens, n);
  const overschreden = totaal > grens;
  const basis = p.grondslag === 'jaar' ? `het jaar` : `het halfjaar (${p.dagenPeriode} van ${p.dagenInJaar} dagen)`;
  const telling = `${getal(p.dagenTotaal, 0)} begeleide dagen / ${p.dagenInJaar} = ${begeleidingen} begeleidingen`;
  const max =
    p.grondslag === 'jaar'
      ? `maximum ${getal(p.maxBegeleidingenJaar, 0)} begeleidingen per jaar`
      : `maximum ${getal(p.maxBegeleidingenJaar, 0)} × ${p.dagenPeriode} / ${p.dagenInJaar} = ${toegestaan} begeleidingen voor ${basis}`;
  if (!overschreden) {
    return { ...p, begeleidingen, toegestaan, overschreden, factor: null, verminderingspercentage: null, formule: `${telling} ≤ ${max}: geen vermindering.` };
  }
  // factor = grens / totaal; reduction % = (1 − factor) × 100 with 4 decimals.
  const pct = breukTekst((totaal - grens) * 100n, totaal, 4);
  return {
    ...p,
    begeleidingen,
    toegestaan,
    overschreden,
    factor: { teller: grens.toString(), noemer: totaal.toString() },
    verminderingspercentage: `${pct} %`,
    formule:
      `${telling} > ${max}: elk bedrag × ${toegestaan} / ${begeleidingen} ` +
      `(= ${getal(p.maxBegeleidingenJaar, 0)} × ${p.dagenPeriode} / ${getal(p.dagenTotaal, 0)}), een vermindering met ${pct} %.`,
  };
}

export function berekenPlafond(p: {
  halfjaar: Halfjaar;
  regel: number;
  maxBegeleidingenJaar: number;
  /** Σ days in the first half-year (all lines). */
  dagenEersteHalfjaar: number;
  /** H2 runs: Σ days in the whole year. */
  dagenJaar?: number;
}): Plafond {
  const omschrijving = PLAFONDREGELS[p.regel];
  if (!omschrijving) throw new RangeError(`Onbekende plafondregel ${p.regel} (parameter AMA_WVG_PLAFOND_VERMINDERING): alleen 1 is bepaald.`);
  const h = p.halfjaar;
  const h1 = parseHalfjaar(`${h.jaar}-H1`);
  const eerste = plafondToets({ grondslag: 'halfjaar', dagenTotaal: p.dagenEersteHalfjaar, dagenInJaar: h.dagenInJaar, dagenPeriode: h1.dagen, maxBegeleidingenJaar: p.maxBegeleidingenJaar });
  if (h.helft === 1) return { regel: p.regel, regelOmschrijving: omschrijving, toets: eerste };
  if (p.dagenJaar === undefined) throw new RangeError('Voor het tweede halfjaar zijn de dagen van het hele jaar nodig.');
  const jaar = plafondToets({ grondslag: 'jaar', dagenTotaal: p.dagenJaar, dagenInJaar: h.dagenInJaar, dagenPeriode: h.dagenInJaar, maxBegeleidingenJaar: p.maxBegeleidingenJaar });
  return { regel: p.regel, regelOmschrijving: omschrijving, toets: jaar, eersteHalfjaar: eerste };
}

/** amount × factor, rounded once (half away from zero); the amount itself without factor. */
export function pasFactorToe(bedragCent: number, factor: Factor | null): number {
  if (!factor) return bedragCent;
  return afrondenOpCent(BigInt(bedragCent) * BigInt(factor.teller), BigInt(factor.noemer));
}

export interface BegeleiderBedrag {
  /** Σ of the participant lines of the half-year. */
  brutoCent: number;
  /** Reduction by the budget cap (≥ 0 normally; in H2 it can be negative when H1's provisional reduction is given back). */
  verminderingCent: number;
  verschuldigdCent: number;
  formule: string;
  /** H2: the year settlement. */
  jaar?: { brutoJaarCent: number; brutoEersteHalfjaarCent: number; verschuldigdJaarCent: number; verschuldigdEersteHalfjaarCent: number };
}

/**
 * What a begeleider is due for the half-year, from its lines and the run's cap.
 * H1: Σ lines × factor. H2: (Σ jaarbedragen × jaarfactor) − (Σ eerste-halfjaarbedragen × halfjaarfactor).
 */
export function begeleiderBedrag(
  h: Halfjaar,
  lijnen: Pick<LijnBerekening, 'bedragCent' | 'jaar'>[],
  plafond: Plafond,
): BegeleiderBedrag {
  const bruto = lijnen.reduce((s, l) => s + l.bedragCent, 0);
  if (h.helft === 1) {
    const f = plafond.toets.factor;
    const verschuldigd = pasFactorToe(bruto, f);
    return {
      brutoCent: bruto,
      verminderingCent: bruto - verschuldigd,
      verschuldigdCent: verschuldigd,
      formule: f
        ? `${formatEuro(bruto)} × ${f.teller} / ${f.noemer} = ${formatEuro(verschuldigd)} (vermindering ${plafond.toets.verminderingspercentage})`
        : `Som van ${lijnen.filter((l) => l.bedragCent !== 0).length} deelnemerlijnen = ${formatEuro(bruto)}`,
    };
  }
  const brutoJaar = lijnen.reduce((s, l) => s + (l.jaar?.bedragCent ?? l.bedragCent), 0);
  const brutoH1 = lijnen.reduce((s, l) => s + (l.jaar?.eersteHalfjaarCent ?? 0), 0);
  const fJaar = plafond.toets.factor;
  const fH1 = plafond.eersteHalfjaar?.factor ?? null;
  const verschuldigdJaar = pasFactorToe(brutoJaar, fJaar);
  const verschuldigdH1 = pasFactorToe(brutoH1, fH1);
  const verschuldigd = verschuldigdJaar - verschuldigdH1;
  const jaarTekst = fJaar ? `${formatEuro(brutoJaar)} × ${fJaar.teller} / ${fJaar.noemer} = ${formatEuro(verschuldigdJaar)}` : formatEuro(brutoJaar);
  const h1Tekst = fH1 ? `${formatEuro(brutoH1)} × ${fH1.teller} / ${fH1.noemer} = ${formatEuro(verschuldigdH1)}` : formatEuro(brutoH1);
  return {
    brutoCent: bruto,
    verminderingCent: bruto - verschuldigd,
    verschuldigdCent: verschuldigd,
    formule:
      !fJaar && !fH1
        ? `Som van ${lijnen.filter((l) => l.bedragCent !== 0).length} deelnemerlijnen = ${formatEuro(bruto)}`
        : `Jaar: ${jaarTekst}; min eerste halfjaar: ${h1Tekst}; tweede halfjaar = ${formatEuro(verschuldigd)}`,
    jaar: { brutoJaarCent: brutoJaar, brutoEersteHalfjaarCent: brutoH1, verschuldigdJaarCent: verschuldigdJaar, verschuldigdEersteHalfjaarCent: verschuldigdH1 },
  };
}

// ---------------------------------------------------------------------------------------------
// Payment reference and participant label

/** `AMAWVG-2026H1-0417497106` (a re-run adds `-2`, `-3`, …). No personal data. */
export function betalingsReferentie(periode: string, kbo: string, volgnummer: number): string {
  return `AMAWVG-${periode.replace('-', '')}-${kbo.replace(/\D/g, '')}${volgnummer > 1 ? `-${volgnummer}` : ''}`;
}

export { deelnemerLabel } from '../kernel/persoon';
