/**
 * Matching the header of a file to the expected columns: case-insensitive, accents, spaces, dots and
 * hyphens ignored ("Geldig van", "GELDIG_VAN" and "geldig-van" are the same column), with aliases.
 * A missing required column or a column that appears twice is an error for the whole file.
 */
import type { RapportBouwer } from './rapport';
import type { Tabel, TabelRij } from './tabel';
import { zonderAccenten } from '../../../../shared/kernel/naam';

export interface KolomSpec<K extends string = string> {
  /** The column's name in the report (and the canonical header). */
  sleutel: K;
  /** Other headers accepted for it. */
  aliassen?: string[];
  verplicht: boolean;
}

export function normaliseerKop(kop: string): string {
  return zonderAccenten(kop)
    .toLowerCase()
    .trim()
    .replace(/[\s.\-/]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

export interface Kolommen<K extends string> {
  /** Column index per key; missing optional columns are absent. */
  index: Partial<Record<K, number>>;
  /** The cell of a row for a key ('' when the column is absent or the row is short). */
  waarde(rij: TabelRij, sleutel: K): string;
  /** False when a required column is missing (the rows cannot be checked). */
  compleet: boolean;
}

export function koppelKolommen<K extends string>(tabel: Tabel, specs: readonly KolomSpec<K>[], rapport: RapportBouwer): Kolommen<K> {
  const genormaliseerd = tabel.kolommen.map(normaliseerKop);
  const index: Partial<Record<K, number>> = {};
  let compleet = true;
  for (const spec of specs) {
    const namen = new Set([spec.sleutel, ...(spec.aliassen ?? [])].map(normaliseerKop));
    const gevonden = genormaliseerd.flatMap((k, i) => (namen.has(k) ? [i] : []));
    if (gevonden.length > 1) {
      rapport.bestandsfout(tabel.kopRij, spec.sleutel, gevonden.map((i) => tabel.kolommen[i]).join(', '),
        `De kolom "${spec.sleutel}" komt ${gevonden.length} keer voor in de kopregel. Laat er één over.`);
      compleet = false;
    } else if (gevonden.length === 1) {
      index[spec.sleutel] = gevonden[0];
    } else if (spec.verplicht) {
      rapport.bestandsfout(tabel.kopRij, spec.sleutel, null,
        `De kolom "${spec.sleutel}" ontbreekt. Gevonden kolommen: ${tabel.kolommen.filter(Boolean).map((k) => `"${k}"`).join(', ') || 'geen'}.`);
      compleet = false;
    }
  }
  return {
    index,
    compleet,
    waarde: (rij, sleutel) => {
      const i = index[sleutel];
      return i === undefined ? '' : (rij.cellen[i] ?? '').trim();
    },
  };
}
