import { AppError } from '../../../shared/api/errors';
import type { Departement } from '../../../shared/platform/medewerker.contract';
import { eenmaalBereid, type Sqlite } from '../../../db/open';
import { DEPARTEMENT_GEGEVENS } from './departementen';

/**
 * "Ons kenmerk" of an issued letter: `<DEPARTEMENT>/<jaar>/<volgnummer>`, e.g. `ZORG/2026/000123`.
 * Sequential per department per calendar year (of the letter date), six digits, starting at 000001.
 * Determined inside the transaction that stores the document (letters/store.ts): the unique
 * index on `document.kenmerk` is the final guard.
 */
export function volgendKenmerk(db: Sqlite, departement: Departement, jaar: number): string {
  return volgendInReeks(db, `${DEPARTEMENT_GEGEVENS[departement].kenmerkPrefix}/${jaar}/`);
}

/**
 * The next kenmerk of a series of stored documents `<prefix><volgnummer>` (letters, print bundles, yearly reports), the
 * volgnummer zero-padded to `cijfers` digits so that the series sorts as text.
 */
export function volgendInReeks(db: Sqlite, prefix: string, cijfers = 6): string {
  // A range on the unique index (LIKE would not use it).
  const laatste = eenmaalBereid(db, 'SELECT kenmerk FROM document WHERE kenmerk >= ? AND kenmerk < ? ORDER BY kenmerk DESC LIMIT 1', 'waarde')
    .get(prefix, `${prefix}\uffff`) as string | undefined;
  return laatste ? kenmerkNa(laatste) : `${prefix}${'1'.padStart(cijfers, '0')}`;
}

/**
 * The kenmerk after `kenmerk` in its series, with as many digits (`ZORG/2026/000123` → `ZORG/2026/000124`; a batch
 * numbers its letters ahead). A series that has used all its numbers is an error, never a longer number out of order.
 */
export function kenmerkNa(kenmerk: string): string {
  const i = kenmerk.lastIndexOf('/') + 1;
  const cijfers = kenmerk.length - i;
  const n = Number(kenmerk.slice(i)) + 1;
  if (!Number.isInteger(n) || String(n).length > cijfers) {
    throw new AppError('INTERN', `Geen volgnummer meer beschikbaar voor ${kenmerk.slice(0, i)} (laatste: ${kenmerk}).`);
  }
  return `${kenmerk.slice(0, i)}${String(n).padStart(cijfers, '0')}`;
}
