/**
 * The shared making of the sample files every import offers (`<soort>.voorbeeldbestand`). Each import builds its
 * rows from the officer's own store (its recognitions, organisations, regions, mandates), so the valid sample passes
 * every check whatever store it is made in; this module writes them as Belgian Excel saves a CSV (shared/kernel/csv.ts;
 * dates dd/mm/yyyy) and invents the participants' INSZ and unknown KBO numbers.
 */
import type { Sqlite } from '../../../../db/open';
import { AppError } from '../../../../shared/api/errors';
import { inszFor } from '../../../../shared/kernel/insz';
import { kboFromBase } from '../../../../shared/kernel/kbo';
import { csvTekst } from '../../../../shared/kernel/csv';
import type { Voorbeeldbestand } from '../../../../shared/platform/import.contract';

export type VoorbeeldRij<K extends string> = Partial<Record<K, string>>;

/** The CSV of a sample file: the header, then one line per row (missing cells empty). */
export function voorbeeldCsv<K extends string>(bestandsnaam: string, kop: readonly K[], rijen: readonly VoorbeeldRij<K>[]): Voorbeeldbestand {
  return { bestandsnaam, inhoudBase64: Buffer.from(csvTekst([kop, ...rijen.map((r) => kop.map((k) => r[k]))]), 'utf8').toString('base64') };
}

/**
 * INSZ numbers of invented participants that nobody in the store has: for a given birth date, serial numbers from
 * 998 down (even: women), skipping every number the participant register holds.
 */
export function vrijeInsz(db: Sqlite): (geboortedatum: string) => string {
  const bestaand = new Set(db.prepare('SELECT insz FROM deelnemer WHERE insz IS NOT NULL').pluck().all() as string[]);
  return (geboortedatum) => {
    for (let volgnr = 998; volgnr > 1; volgnr -= 2) {
      const n = inszFor(geboortedatum, volgnr);
      if (!bestaand.has(n)) {
        bestaand.add(n);
        return n;
      }
    }
    throw new AppError('CONFLICT', 'Geen vrij rijksregisternummer voor het voorbeeld gevonden.');
  };
}

/** Invented people for the samples (first name, last name). */
export const VOORBEELD_PERSONEN = [
  ['Jan', 'Peeters'],
  ['Sara', 'Janssens'],
  ['Mohamed', 'El Amrani'],
  ['Els', 'Maes'],
  ['Tom', 'Wouters'],
] as const;

/** A KBO or INSZ number with a wrong check digit (the typical typo), from a valid one. */
export function fouteControle(nummer: string): string {
  return nummer.replace(/(\d)$/, (d) => String((Number(d) + 1) % 10));
}

/** A well-formed KBO number that no organisation in the store has (for the "unknown organisation" mistake). */
export function onbekendeKbo(db: Sqlite): string {
  const bestaat = db.prepare('SELECT 1 FROM organisatie WHERE kbo = ?').pluck();
  for (let base = 9_999_999; base > 0; base -= 7) {
    const kbo = kboFromBase(base);
    if (!bestaat.get(kbo)) return kbo;
  }
  throw new AppError('CONFLICT', 'Geen vrij ondernemingsnummer voor het voorbeeld gevonden.');
}
