import { AppError } from '../../../shared/api/errors';
import type { Departement } from '../../../shared/platform/medewerker.contract';
import type { Sqlite } from '../../../db/open';
import { DEPARTEMENT_GEGEVENS } from './departementen';

/**
 * "Ons kenmerk" of an issued letter: `<DEPARTEMENT>/<jaar>/<volgnummer>`, e.g. `ZORG/2026/000123`.
 * Sequential per department per calendar year (of the letter date), six digits, starting at 000001.
 * Determined inside the transaction that stores the document (letters/store.ts): the unique
 * index on `document.kenmerk` is the final guard.
 */
export function volgendKenmerk(db: Sqlite, departement: Departement, jaar: number): string {
  const prefix = `${DEPARTEMENT_GEGEVENS[departement].kenmerkPrefix}/${jaar}/`;
  // A range on the unique index (LIKE would not use it).
  const laatste = db
    .prepare('SELECT kenmerk FROM document WHERE kenmerk >= ? AND kenmerk < ? ORDER BY kenmerk DESC LIMIT 1')
    .get(prefix, `${prefix}\uffff`) as { kenmerk: string } | undefined;
  return laatste ? kenmerkNa(laatste.kenmerk) : `${prefix}000001`;
}

/** The kenmerk after `kenmerk` in its series (`ZORG/2026/000123` → `ZORG/2026/000124`; a batch numbers its letters ahead). */
export function kenmerkNa(kenmerk: string): string {
  const i = kenmerk.lastIndexOf('/') + 1;
  const n = Number(kenmerk.slice(i)) + 1;
  if (!Number.isInteger(n) || n > 999_999) {
    throw new AppError('INTERN', `Geen volgnummer meer beschikbaar voor ${kenmerk.slice(0, i)} (laatste: ${kenmerk}).`);
  }
  return `${kenmerk.slice(0, i)}${String(n).padStart(6, '0')}`;
}
