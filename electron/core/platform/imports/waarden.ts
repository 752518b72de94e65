/** Parsing cell texts into typed values, with Dutch messages for the report. */
import { datumTekstAlsIso, isValidIsoDate } from '../../../../shared/kernel/dates';

export type Geparst<T> = { ok: true; waarde: T } | { ok: false; melding: string };

/**
 * A date as `YYYY-MM-DD` or `dd/mm/jjjj` (also `d/m/jjjj`, and `-` or `.` as separator); a time after
 * the date (as some exports add) is ignored. Two-digit years are refused (ambiguous).
 */
export function parseDatum(tekst: string): Geparst<string> {
  const v = tekst.trim();
  if (v === '') return { ok: false, melding: 'Vul de datum in (JJJJ-MM-DD of dd/mm/jjjj).' };
  const iso = datumTekstAlsIso(v);
  if (!iso) return { ok: false, melding: `"${v}" is geen datum in een gekend formaat: gebruik JJJJ-MM-DD of dd/mm/jjjj.` };
  if (!isValidIsoDate(iso)) return { ok: false, melding: `De datum "${v}" bestaat niet.` };
  return { ok: true, waarde: iso };
}
