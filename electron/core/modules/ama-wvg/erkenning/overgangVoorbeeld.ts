/**
 * Sample files for the transition import (`overgang.voorbeeldbestand`): recognitions from before the transition date
 * (parameter AMA_WVG_OVERGANGSDATUM) for this store's own organisations of a recognisable type that had none then, so
 * the valid file passes every check of `OvergangControle`; the other file holds one row per typical mistake.
 */
import { AppError } from '../../../../../shared/api/errors';
import { OVERGANG_KOLOMMEN } from '../../../../../shared/ama-wvg/overgang.contract';
import { addDays, addMonths } from '../../../../../shared/kernel/dates';
import { formatDatum } from '../../../../../shared/kernel/format';
import type { Voorbeeldbestand, VoorbeeldSoort } from '../../../../../shared/platform/import.contract';
import type { CallContext } from '../../../platform/context';
import { parameterDatum } from '../../../platform/parameter';
import { fouteControle, onbekendeKbo, voorbeeldCsv, type VoorbeeldRij } from '../../../platform/imports';

type Rij = VoorbeeldRij<(typeof OVERGANG_KOLOMMEN)[number]>;

export function overgangVoorbeeld(call: CallContext, soort: VoorbeeldSoort): Voorbeeldbestand {
  const db = call.app.sqlite;
  const overgang = parameterDatum(db, 'AMA_WVG_OVERGANGSDATUM', call.today());
  // An old recognition: granted some two years before the transition, for five years (so it still ran on that day).
  const van = (i: number) => addMonths(overgang, -24 + 2 * i);
  const tot = (i: number) => addDays(addMonths(van(i), 60), -1);
  const organisaties = db
    .prepare(
      `SELECT o.kbo FROM organisatie o JOIN organisatie_type t ON t.code = o.type_code
        WHERE t.ama_wvg_erkenbaar = 1 AND t.ama_wvg_erkenbaar_tot IS NULL
          AND NOT EXISTS (SELECT 1 FROM erkenning e WHERE e.organisatie_id = o.id AND e.geldig_van <= ? AND e.geldig_tot >= ?)
        ORDER BY o.id LIMIT 5`,
    )
    .pluck()
    // Free over every period the files use, also the one of the "starts after the transition" mistake.
    .all(addMonths(overgang, 61), van(0)) as string[];
  if (!organisaties.length) {
    throw new AppError('VALIDATIE', 'Geen organisatie in deze databank kan nog een erkenning van vóór de overgangsdatum krijgen: voeg eerst een organisatie toe onder Organisaties.');
  }
  // Old numbers as the department gave them (WVG/jaar/volgnummer), none of which the register holds.
  const bestaat = db.prepare('SELECT 1 FROM erkenning WHERE upper(erkenningsnummer) = upper(?)').pluck();
  let volgnr = 9000;
  const nummer = (jaar: string) => {
    for (;; volgnr++) {
      const n = `WVG/${jaar}/${volgnr}`;
      if (!bestaat.get(n)) return volgnr++, n;
    }
  };
  const rij = (i: number, o: Rij = {}): Rij => ({
    ondernemingsnummer: organisaties[i % organisaties.length], erkenningsnummer: nummer(van(i).slice(0, 4)),
    geldig_van: formatDatum(van(i)), geldig_tot: formatDatum(tot(i)), ...o,
  });

  if (soort === 'geldig') return voorbeeldCsv('voorbeeld-overgang.csv', OVERGANG_KOLOMMEN, organisaties.map((_, i) => rij(i)));

  const goed = rij(0);
  const nietErkenbaar = db
    .prepare('SELECT o.kbo FROM organisatie o JOIN organisatie_type t ON t.code = o.type_code WHERE t.ama_wvg_erkenbaar = 0 ORDER BY o.id LIMIT 1')
    .pluck()
    .get() as string | undefined;
  const bestaandNummer = db.prepare('SELECT erkenningsnummer FROM erkenning ORDER BY id LIMIT 1').pluck().get() as string | undefined;
  const rijen: Rij[] = [
    goed,
    // The check digit of the KBO number is wrong.
    rij(1, { ondernemingsnummer: fouteControle(goed.ondernemingsnummer!) }),
    // An organisation the register does not know.
    rij(1, { ondernemingsnummer: onbekendeKbo(db) }),
    // A number of the form the application gives itself since the transition.
    rij(1, { erkenningsnummer: `AMA-WVG-${overgang.slice(0, 4)}-9999` }),
    // Granted after the transition date: not a transition recognition.
    rij(1, { geldig_van: formatDatum(addMonths(overgang, 1)), geldig_tot: formatDatum(addMonths(overgang, 61)) }),
    // Ended before the transition date.
    rij(1, { geldig_tot: formatDatum(addDays(overgang, -10)) }),
    // End before start (day and month swapped).
    rij(1, { geldig_tot: formatDatum(addDays(van(1), -1)) }),
    // An empty required field.
    rij(1, { erkenningsnummer: '' }),
  ];
  // Of a type that cannot be recognised, and a number already in the register: when the store has them.
  if (nietErkenbaar) rijen.push(rij(2, { ondernemingsnummer: nietErkenbaar }));
  if (bestaandNummer) rijen.push(rij(2, { erkenningsnummer: bestaandNummer }));
  return voorbeeldCsv('voorbeeld-overgang-met-fouten.csv', OVERGANG_KOLOMMEN, rijen);
}
