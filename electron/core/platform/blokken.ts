import type { Sqlite } from '../../../db/open';

/**
 * Inserts many rows with one statement per block of rows instead of one per row: a payment run writes tens of thousands
 * of lines, and each statement step costs more than the row it writes (issue 13). Call inside the caller's transaction.
 */
export function voegToeInBlokken(db: Sqlite, tabel: string, kolommen: readonly string[], rijen: Iterable<readonly unknown[]>, blok = 100): number {
  const eenRij = `(${kolommen.map(() => '?').join(', ')})`;
  const sql = (n: number) => `INSERT INTO ${tabel} (${kolommen.join(', ')}) VALUES ${Array.from({ length: n }, () => eenRij).join(', ')}`;
  const vol = db.prepare(sql(blok));
  let waarden: unknown[] = [];
  let inBlok = 0;
  let totaal = 0;
  for (const r of rijen) {
    waarden.push(...r);
    totaal++;
    if (++inBlok === blok) {
      vol.run(waarden);
      waarden = [];
      inBlok = 0;
    }
  }
  if (inBlok) db.prepare(sql(inBlok)).run(waarden);
  return totaal;
}
