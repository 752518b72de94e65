/** Parsing cell texts into typed values, with Dutch messages for the report. */
import { isValidIsoDate } from '../../../../shared/kernel/dates';

export type Geparst<T> = { ok: true; waarde: T } | { ok: false; melding: string };

const pad = (n: string) => n.padStart(2, '0');

/**
 * A date as `YYYY-MM-DD` or `dd/mm/jjjj` (also `d/m/jjjj`, and `-` or `.` as separator); a time after
 * the date (as some exports add) is ignored. Two-digit years are refused (ambiguous).
 */
export function parseDatum(tekst: string): Geparst<string> {
  const v = tekst.trim();
  if (v === '') return { ok: false, melding: 'Vul de datum in (JJJJ-MM-DD of dd/mm/jjjj).' };
  let iso: string | null = null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(v);
  if (m) iso = `${m[1]}-${pad(m[2])}-${pad(m[3])}`;
  m = iso ? null : /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/.exec(v);
  if (m) iso = `${m[3]}-${pad(m[2])}-${pad(m[1])}`;
  if (!iso) return { ok: false, melding: `"${v}" is geen datum in een gekend formaat: gebruik JJJJ-MM-DD of dd/mm/jjjj.` };
  if (!isValidIsoDate(iso)) return { ok: false, melding: `De datum "${v}" bestaat niet.` };
  return { ok: true, waarde: iso };
}
