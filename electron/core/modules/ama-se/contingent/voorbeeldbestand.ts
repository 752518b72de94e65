/**
 * Sample files for the contingent import (`contingent.voorbeeldbestand`, art. 76): a contingent for this store's
 * maatwerkbedrijven that have none yet, and the registered contingents of others restated as they are (the import
 * skips those with a warning), so the valid file passes every check; the other file holds one row per typical mistake.
 */
import { AppError } from '../../../../../shared/api/errors';
import { addDays, addMonths } from '../../../../../shared/kernel/dates';
import { formatDatum } from '../../../../../shared/kernel/format';
import type { Voorbeeldbestand, VoorbeeldSoort } from '../../../../../shared/platform/import.contract';
import type { CallContext } from '../../../platform/context';
import { fouteControle, onbekendeKbo, voorbeeldCsv, type VoorbeeldRij } from '../../../platform/imports';
import { CONTINGENT_KOLOMMEN } from './import';
import { MAATWERKBEDRIJF_TYPE } from './register';

type Rij = VoorbeeldRij<(typeof CONTINGENT_KOLOMMEN)[number]>;

interface Bedrijf {
  kbo: string;
  /** The registered contingent of the maatwerkbedrijf (its first), if any. */
  plaatsen: number | null;
  van: string | null;
  tot: string | null;
}

export function contingentVoorbeeld(call: CallContext, soort: VoorbeeldSoort): Voorbeeldbestand {
  const db = call.app.sqlite;
  const bedrijven = db
    .prepare(
      `SELECT o.kbo, c.plaatsen, c.geldig_van AS van, c.geldig_tot AS tot FROM organisatie o
         LEFT JOIN se_contingent c ON c.id = (SELECT min(id) FROM se_contingent WHERE organisatie_id = o.id)
        WHERE o.type_code = ? ORDER BY c.id IS NOT NULL, o.id LIMIT 5`,
    )
    .all(MAATWERKBEDRIJF_TYPE) as Bedrijf[];
  if (!bedrijven.length) throw new AppError('VALIDATIE', 'Er is nog geen maatwerkbedrijf in deze databank: voeg er eerst een toe onder Organisaties.');
  // A new contingent starts where the registered ones do (they were granted before 31/12/2023), else on 1 January last year.
  const start = bedrijven.find((b) => b.van)?.van ?? `${Number(call.today().slice(0, 4)) - 1}-01-01`;
  const rij = (b: Bedrijf, o: Rij = {}): Rij => {
    const van = b.van ?? start;
    return {
      ondernemingsnummer: b.kbo, plaatsen: String(b.plaatsen ?? 20), geldig_van: formatDatum(van), geldig_tot: formatDatum(b.tot),
      beslissing: `Ministerieel besluit van ${formatDatum(addMonths(van, -1))}`, ...o,
    };
  };
  if (soort === 'geldig') return voorbeeldCsv('voorbeeld-contingenten.csv', CONTINGENT_KOLOMMEN, bedrijven.map((b) => rij(b)));

  const goed = rij(bedrijven[0]);
  const ander = db.prepare('SELECT kbo FROM organisatie WHERE type_code <> ? ORDER BY id LIMIT 1').pluck().get(MAATWERKBEDRIJF_TYPE) as string | undefined;
  const metContingent = bedrijven.find((b, i) => i > 0 && b.plaatsen !== null);
  const rijen: Rij[] = [
    goed,
    // The check digit of the KBO number is wrong.
    rij(bedrijven[0], { ondernemingsnummer: fouteControle(goed.ondernemingsnummer!) }),
    // An organisation the register does not know.
    rij(bedrijven[0], { ondernemingsnummer: onbekendeKbo(db) }),
    // Places with a decimal comma, and none at all.
    rij(bedrijven[0], { plaatsen: '12,5' }),
    rij(bedrijven[0], { plaatsen: '0' }),
    // End before start.
    rij(bedrijven[0], { geldig_tot: formatDatum(addDays(bedrijven[0].van ?? start, -1)) }),
    // No decision named.
    rij(bedrijven[0], { beslissing: '' }),
  ];
  // An organisation that is no maatwerkbedrijf, and a changed contingent (a change goes through a decision).
  if (ander) rijen.push(rij(bedrijven[0], { ondernemingsnummer: ander }));
  if (metContingent) rijen.push(rij(metContingent, { plaatsen: String(metContingent.plaatsen! + 5) }));
  return voorbeeldCsv('voorbeeld-contingenten-met-fouten.csv', CONTINGENT_KOLOMMEN, rijen);
}
