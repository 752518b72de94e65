/**
 * The periods a payment run covers: a half-year (`2026-H1`), a month (`2026-03`) or a calendar year
 * (`2025`). Each scheme fixes its kind (AMA WVG subsidy and the compensation of the samenwerkingsverbanden
 * Zorg: half-years; AMA SE advances: months; AMA SE settlement: years).
 */
import { maandNaam, toDayNumber } from './dates';

export const PERIODE_SOORTEN = ['halfjaar', 'maand', 'jaar'] as const;
export type PeriodeSoort = (typeof PERIODE_SOORTEN)[number];

export const PERIODE_PATRONEN: Record<PeriodeSoort, RegExp> = {
  halfjaar: /^(\d{4})-H([12])$/,
  maand: /^(\d{4})-(0[1-9]|1[0-2])$/,
  jaar: /^(\d{4})$/,
};

/** How an officer writes the period, for messages and input hints. */
export const PERIODE_VOORBEELD: Record<PeriodeSoort, string> = {
  halfjaar: 'JJJJ-H1 (januari–juni) of JJJJ-H2 (juli–december), bv. 2026-H1',
  maand: 'JJJJ-MM, bv. 2026-03',
  jaar: 'JJJJ, bv. 2025',
};

export interface Periode {
  code: string;
  soort: PeriodeSoort;
  jaar: number;
  /** First and last day, inclusive. */
  van: string;
  tot: string;
  dagen: number;
  /** Dutch: "eerste halfjaar 2026", "maart 2026", "jaar 2025". */
  naam: string;
}

function laatsteDag(jaar: number, maand: number): number {
  return new Date(Date.UTC(jaar, maand, 0)).getUTCDate();
}

/** Parse a period of the given kind; a RangeError with a Dutch message when it is not one. */
export function parsePeriode(code: string, soort: PeriodeSoort): Periode {
  const m = PERIODE_PATRONEN[soort].exec(code);
  if (!m) throw new RangeError(`Ongeldige periode "${code}": geef ${PERIODE_VOORBEELD[soort]}.`);
  const jaar = Number(m[1]);
  let van: string;
  let tot: string;
  let naam: string;
  if (soort === 'halfjaar') {
    const eerste = m[2] === '1';
    van = `${m[1]}-${eerste ? '01' : '07'}-01`;
    tot = `${m[1]}-${eerste ? '06-30' : '12-31'}`;
    naam = `${eerste ? 'eerste' : 'tweede'} halfjaar ${jaar}`;
  } else if (soort === 'maand') {
    const maand = Number(m[2]);
    van = `${m[1]}-${m[2]}-01`;
    tot = `${m[1]}-${m[2]}-${String(laatsteDag(jaar, maand)).padStart(2, '0')}`;
    naam = `${maandNaam(maand)} ${jaar}`;
  } else {
    van = `${m[1]}-01-01`;
    tot = `${m[1]}-12-31`;
    naam = `jaar ${jaar}`;
  }
  return { code, soort, jaar, van, tot, dagen: toDayNumber(tot) - toDayNumber(van) + 1, naam };
}

/** "voor het eerste halfjaar 2026", "voor maart 2026", "voor het jaar 2025" (with the right article). */
export function voorPeriode(p: Periode): string {
  return p.soort === 'maand' ? `voor ${p.naam}` : `voor het ${p.naam}`;
}

/** "eerste halfjaar 2026", "maart 2026", "jaar 2025" for any period code; another text is returned as it is. */
export function periodeNaam(code: string): string {
  const soort = periodeSoortVan(code);
  return soort ? parsePeriode(code, soort).naam : code;
}

/** The kind of a period code, or null when it is none of them. */
export function periodeSoortVan(code: string): PeriodeSoort | null {
  return PERIODE_SOORTEN.find((s) => PERIODE_PATRONEN[s].test(code)) ?? null;
}

/** The last period of a kind that has ended before `vandaag` (the default an officer computes). */
export function laatsteAfgelopenPeriode(soort: PeriodeSoort, vandaag: string): string {
  const jaar = Number(vandaag.slice(0, 4));
  const maand = Number(vandaag.slice(5, 7));
  if (soort === 'jaar') return String(jaar - 1);
  if (soort === 'maand') return maand === 1 ? `${jaar - 1}-12` : `${jaar}-${String(maand - 1).padStart(2, '0')}`;
  return maand <= 6 ? `${jaar - 1}-H2` : `${jaar}-H1`;
}
