import { AppError } from '../../../shared/api/errors';
import type { Departement } from '../../../shared/platform/medewerker.contract';
import type { Sqlite } from '../../../db/open';
import { DEPARTEMENT_GEGEVENS } from './departementen';

/**
 * "Ons kenmerk" of an issued letter: `<DEPARTEMENT>/<jaar>/<volgnummer>`, e.g. `ZORG/2026/000123`.
 * Sequential per department per calendar year (of the letter date), six digits, starting at 000001.
 * Determined inside the transaction that stores the document (see services/brief.ts): the unique
 * index on `document.kenmerk` is the final guard.
 */
export function volgendKenmerk(db: Sqlite, departement: Departement, jaar: number): string {
  const prefix = `${DEPARTEMENT_GEGEVENS[departement].kenmerkPrefix}/${jaar}/`;
  // A range on the unique index (LIKE would not use it).
  const laatste = db
    .prepare('SELECT kenmerk FROM document WHERE kenmerk >= ? AND kenmerk < ? ORDER BY kenmerk DESC LIMIT 1')
    .get(prefix, `${prefix}\uffff`) as { kenmerk: string } | undefined;
  const n = laatste ? Number(laatste.kenmerk.slice(prefix.length)) + 1 : 1;
  if (!Number.isInteger(n) || n > 999_999) {
    throw new AppError('INTERN', `Geen volgnummer meer beschikbaar voor ${prefix} (laatste: ${laatste?.kenmerk}).`);
  }
  return `${prefix}${String(n).padStart(6, '0')}`;
}

/** The kenmerk after `kenmerk` in its series (`ZORG/2026/000123` → `ZORG/2026/000124`). */
export function kenmerkNa(kenmerk: string): string {
  const i = kenmerk.lastIndexOf('/') + 1;
  const n = Number(kenmerk.slice(i)) + 1;
  if (!Number.isInteger(n) || n > 999_999) throw new AppError('INTERN', `Geen volgnummer meer beschikbaar na ${kenmerk}.`);
  return `${kenmerk.slice(0, i)}${String(n).padStart(6, '0')}`;
}
