/**
 * Pure rules of the AMA WVG agreements register (BVR 18 November 2022, art. 42–45 and 75; annual
 * report 2024 §4.1). The service and the import both call {@link controleerOvereenkomst}, so a row of
 * an e-loket export is judged exactly like an agreement typed in by an officer.
 *
 * Periods are inclusive `YYYY-MM-DD` ranges; `tot: null` means open-ended.
 */
import { addMonths, isLeapYear, isoFromParts, daysInMonth, parseIsoDate } from '../kernel/dates';
import { checkInsz, type InszCheck } from '../kernel/insz';
import { formatDatum } from '../kernel/format';

/** The article behind each check (shown in messages and in error details). */
export const ARTIKEL = {
  insz: 'BVR art. 43 (gegevens van de deelnemer)',
  leeftijd: 'BVR art. 42',
  combinatie: 'BVR art. 42',
  erkenning: 'BVR art. 43 en 47',
  eindeErkenning: 'BVR art. 43 en 47',
  werkpost: 'BVR art. 44',
  eenBegeleider: 'BVR art. 43 (maximaal één erkende begeleider); jaarverslag 2024 §4.1',
  model: 'BVR art. 75',
  periode: 'BVR art. 43',
  evaluatie: 'BVR art. 43 §3, 7° (minstens jaarlijks)',
} as const;

export interface Periode {
  van: string;
  /** Last day (inclusive); null = no end. */
  tot: string | null;
}

/** True when two inclusive periods share at least one day. */
export function overlapt(a: Periode, b: Periode): boolean {
  return (a.tot === null || b.van <= a.tot) && (b.tot === null || a.van <= b.tot);
}

/** The common days of two periods, or null. */
export function doorsnede(a: Periode, b: Periode): Periode | null {
  if (!overlapt(a, b)) return null;
  const van = a.van > b.van ? a.van : b.van;
  const tot = a.tot === null ? b.tot : b.tot === null ? a.tot : a.tot < b.tot ? a.tot : b.tot;
  return { van, tot };
}

/**
 * The last day an agreement really runs: its own end date, but never past the recognition of its
 * begeleider (an agreement without end date ends with the recognition).
 */
export function effectiefEinde(einddatum: string | null, erkenningGeldigTot: string): string {
  return einddatum !== null && einddatum < erkenningGeldigTot ? einddatum : erkenningGeldigTot;
}

/**
 * Age in whole years on `datum`. The age goes up on the birthday; someone born on 29 February gets
 * a year older on 1 March in a non-leap year (the same convention as the recognition's end date).
 */
export function leeftijdOp(geboortedatum: string, datum: string): number {
  const g = parseIsoDate(geboortedatum);
  const d = parseIsoDate(datum);
  const [vm, vd] = g.month === 2 && g.day === 29 && !isLeapYear(d.year) ? [3, 1] : [g.month, g.day];
  const verjaardagGehad = d.month > vm || (d.month === vm && d.day >= vd);
  return d.year - g.year - (verjaardagGehad ? 0 : 1);
}

/** The birth date as far as the INSZ tells it: exact, or a range when month or day is unknown (00). */
export interface GeboorteBereik {
  vroegst: string;
  laatst: string;
  exact: boolean;
  jaar: number;
}

/**
 * Birth date from a valid INSZ (mod 97, the "2" prefix for births from 2000, bis-numbers with month
 * + 20/+ 40). A number with an unknown month or day gives the range of possible dates; null when the
 * number is invalid.
 */
export function geboorteUitInsz(insz: string): GeboorteBereik | null {
  const r = checkInsz(insz);
  return r.ok ? geboorteUitCheck(r) : null;
}

/** {@link geboorteUitInsz} for an INSZ already checked (the import checks each number once). */
export function geboorteUitCheck(r: Extract<InszCheck, { ok: true }>): GeboorteBereik {
  if (r.geboortedatum) return { vroegst: r.geboortedatum, laatst: r.geboortedatum, exact: true, jaar: Number(r.geboortedatum.slice(0, 4)) };
  const digits = r.insz.replace(/\D/g, '');
  const first9 = digits.slice(0, 9);
  const check = Number(digits.slice(9));
  const from2000 = 97 - (Number(`2${first9}`) % 97) === check && 97 - (Number(first9) % 97) !== check;
  const jaar = (from2000 ? 2000 : 1900) + Number(digits.slice(0, 2));
  let mm = Number(digits.slice(2, 4));
  if (mm >= 40) mm -= 40;
  else if (mm >= 20) mm -= 20;
  if (mm >= 1 && mm <= 12) {
    return { vroegst: isoFromParts(jaar, mm, 1), laatst: isoFromParts(jaar, mm, daysInMonth(jaar, mm)), exact: false, jaar };
  }
  return { vroegst: isoFromParts(jaar, 1, 1), laatst: isoFromParts(jaar, 12, 31), exact: false, jaar };
}


export { maskeerInsz, initialen } from '../kernel/persoon';

const RECHTSVORMEN = new Set(['vzw', 'ivzw', 'bv', 'bvba', 'nv', 'cv', 'cvba', 'cvso', 'vof', 'commv', 'comm v', 'ev', 'sa', 'sprl', 'srl', 'asbl', 'sc', 'scrl']);

/**
 * The name of a werkpost as compared: lower case, no accents or punctuation, single spaces, without
 * a legal form (vzw, bv, nv …) at the start or end. `'vzw  De Brug!'` and `'De Brug VZW'` are the same.
 */
export function normaliseerWerkpostNaam(naam: string): string {
  const woorden = naam
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  while (woorden.length > 1 && RECHTSVORMEN.has(woorden[0])) woorden.shift();
  while (woorden.length > 1 && RECHTSVORMEN.has(woorden[woorden.length - 1])) woorden.pop();
  return woorden.join(' ');
}

export interface WerkpostId {
  naam: string;
  /** Formatted KBO, or null when the werkpost has none (a private person, a department …). */
  kbo: string | null;
}

/**
 * "The same werkpost" (art. 44: one agreement per participant per werkpost): the same KBO when both
 * have one; otherwise the same normalised name.
 */
export function zelfdeWerkpost(a: WerkpostId, b: WerkpostId): boolean {
  if (a.kbo && b.kbo) return a.kbo === b.kbo;
  return normaliseerWerkpostNaam(a.naam) === normaliseerWerkpostNaam(b.naam);
}

/** A check that failed: the field it is about, a Dutch message naming the article, and the article. */
export interface Overtreding {
  veld: string;
  melding: string;
  artikel: string;
}

/** Another agreement of the same participant (registered, or an earlier valid row of the same import). */
export interface AndereOvereenkomst {
  /** Agreement id, or null for a row of the file being imported. */
  id: number | null;
  /** Row number in the file being imported. */
  rij?: number;
  organisatieId: number;
  organisatieNaam: string;
  werkpost: WerkpostId;
  /** The effective period (end capped by the recognition). */
  periode: Periode;
}

export interface ErkenningFeit {
  erkenningsnummer: string;
  organisatieId: number;
  geldigVan: string;
  /** Last day (for a revoked recognition: the last day before the revocation). */
  geldigTot: string;
  status: string;
}

export interface OvereenkomstFeiten {
  organisatieId: number;
  /** The recognition found for the erkenningsnummer, or null when the number is unknown. */
  erkenning: ErkenningFeit | null;
  erkenningsnummer: string;
  startdatum: string;
  einddatum: string | null;
  /** From the INSZ; null when the INSZ is invalid (its own error is reported elsewhere). */
  geboorte: GeboorteBereik | null;
  /** Parameters valid on the start date (null: no value on that date). */
  minimumleeftijd: number | null;
  pensioenleeftijd: number | null;
  modelVerplichtVanaf: string | null;
  eenBegeleiderVanaf: string | null;
  modelOvereenkomst: boolean;
  geenCombinatieVerklaard: boolean;
  werkpost: WerkpostId;
  /** The participant's other agreements (effective periods). */
  andere: AndereOvereenkomst[];
}

const nl = formatDatum;
const periodeTekst = (p: Periode) => (p.tot ? `van ${nl(p.van)} tot en met ${nl(p.tot)}` : `vanaf ${nl(p.van)} (zonder einddatum)`);
const verwijzing = (o: AndereOvereenkomst) => (o.id !== null ? `overeenkomst ${o.id}` : `rij ${o.rij} van dit bestand`);

/**
 * The effective period of a new agreement: from the start to its end date, capped by the recognition
 * (when the recognition is known).
 */
export function periodeVan(f: Pick<OvereenkomstFeiten, 'startdatum' | 'einddatum' | 'erkenning'>): Periode {
  return { van: f.startdatum, tot: f.erkenning ? effectiefEinde(f.einddatum, f.erkenning.geldigTot) : f.einddatum };
}

/**
 * Every rule an agreement must satisfy on registration (and on a change of its end date), with the
 * field it is about. An empty list means the agreement may be registered.
 */
export function controleerOvereenkomst(f: OvereenkomstFeiten): Overtreding[] {
  const fouten: Overtreding[] = [];
  const fout = (veld: string, melding: string, artikel: string) => fouten.push({ veld, melding: `${melding.replace(/\.$/, '')} (${artikel}).`, artikel });

  if (f.einddatum !== null && f.einddatum < f.startdatum) {
    fout('einddatum', `De einddatum (${nl(f.einddatum)}) ligt vóór de startdatum (${nl(f.startdatum)}).`, ARTIKEL.periode);
  }

  // The begeleider: recognised, by this recognition, on the start date; the agreement ends with it.
  const e = f.erkenning;
  if (!e) {
    fout('erkenningsnummer', `Er bestaat geen erkenning met nummer "${f.erkenningsnummer}".`, ARTIKEL.erkenning);
  } else if (e.organisatieId !== f.organisatieId) {
    fout('erkenningsnummer', `Erkenning ${e.erkenningsnummer} hoort bij een andere organisatie dan de gekozen begeleider.`, ARTIKEL.erkenning);
  } else if (f.startdatum < e.geldigVan || f.startdatum > e.geldigTot) {
    fout('startdatum', `De begeleider heeft op ${nl(f.startdatum)} geen actieve erkenning: ${e.erkenningsnummer} geldt van ${nl(e.geldigVan)} tot en met ${nl(e.geldigTot)}.`, ARTIKEL.erkenning);
  } else if (f.einddatum !== null && f.einddatum > e.geldigTot) {
    fout('einddatum', `De overeenkomst kan niet langer lopen dan de erkenning van de begeleider: ${e.erkenningsnummer} eindigt op ${nl(e.geldigTot)}.`, ARTIKEL.eindeErkenning);
  }

  // The participant: 18 or older and under the legal pension age on the start date (art. 42). When
  // the INSZ leaves month or day open, the participant gets the benefit of the doubt.
  if (f.geboorte) {
    if (f.minimumleeftijd === null || f.pensioenleeftijd === null) {
      fout('startdatum', `Op ${nl(f.startdatum)} is geen minimumleeftijd of pensioenleeftijd vastgelegd (parameters).`, ARTIKEL.leeftijd);
    } else {
      const oudst = leeftijdOp(f.geboorte.vroegst, f.startdatum);
      const jongst = leeftijdOp(f.geboorte.laatst, f.startdatum);
      if (oudst < f.minimumleeftijd) {
        fout('insz', `De deelnemer is op de startdatum ${nl(f.startdatum)} ${Math.max(oudst, 0)} jaar; een deelnemer is minstens ${f.minimumleeftijd} jaar.`, ARTIKEL.leeftijd);
      } else if (jongst >= f.pensioenleeftijd) {
        fout('insz', `De deelnemer heeft op de startdatum ${nl(f.startdatum)} de wettelijke pensioenleeftijd (${f.pensioenleeftijd} jaar) bereikt.`, ARTIKEL.leeftijd);
      }
    }
  }

  if (f.modelVerplichtVanaf !== null && f.startdatum >= f.modelVerplichtVanaf && !f.modelOvereenkomst) {
    fout('modelOvereenkomst', `Een overeenkomst die start vanaf ${nl(f.modelVerplichtVanaf)} volgt het officiële model.`, ARTIKEL.model);
  }
  if (!f.geenCombinatieVerklaard) {
    fout('geenCombinatieVerklaard', 'Er is niet verklaard dat de deelnemer niet tegelijk deelneemt aan AMA SE, VAPH-dagondersteuning of begeleid werken.', ARTIKEL.combinatie);
  }

  // Conflicts with the participant's other agreements.
  const eigen = periodeVan(f);
  if (eigen.tot === null || eigen.van <= eigen.tot) {
    for (const o of f.andere) {
      const samen = doorsnede(eigen, o.periode);
      if (!samen) continue;
      if (zelfdeWerkpost(f.werkpost, o.werkpost)) {
        fout('werkpostNaam', `De deelnemer heeft al een overeenkomst voor werkpost "${o.werkpost.naam}" ${periodeTekst(o.periode)} (${verwijzing(o)}); per deelnemer is er één overeenkomst per werkpost.`, ARTIKEL.werkpost);
        continue;
      }
      if (o.organisatieId !== f.organisatieId && f.eenBegeleiderVanaf !== null) {
        const vanaf = doorsnede(samen, { van: f.eenBegeleiderVanaf, tot: null });
        if (vanaf) {
          fout('erkenningsnummer', `De deelnemer heeft ${periodeTekst(o.periode)} al een overeenkomst met een andere erkende begeleider (${o.organisatieNaam}, ${verwijzing(o)}); sinds ${nl(f.eenBegeleiderVanaf)} heeft een deelnemer hoogstens één erkende begeleider tegelijk.`, ARTIKEL.eenBegeleider);
        }
      }
    }
  }
  return fouten;
}

/** The date by which the next yearly evaluation is due: `maanden` after the last one (or the start). */
export function volgendeEvaluatie(startdatum: string, laatsteEvaluatie: string | null, maanden: number): string {
  return addMonths(laatsteEvaluatie && laatsteEvaluatie > startdatum ? laatsteEvaluatie : startdatum, maanden);
}

/**
 * A yearly evaluation is overdue on `datum` when the agreement has run at least `maanden` months and
 * had no evaluation in the last `maanden` months (the window ends on `datum`, inclusive).
 */
export function evaluatieAchterstallig(startdatum: string, laatsteEvaluatie: string | null, datum: string, maanden: number): boolean {
  const grens = addMonths(datum, -maanden);
  return startdatum <= grens && (laatsteEvaluatie === null || laatsteEvaluatie <= grens);
}
