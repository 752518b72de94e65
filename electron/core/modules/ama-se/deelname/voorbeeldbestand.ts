/**
 * Sample files for the import of AMA SE participations (`seOvereenkomst.voorbeeldbestand`): new begeleidings-
 * overeenkomsten at this store's maatwerkbedrijven with a contingent, for invented participants, so the valid file
 * passes every check; the other file holds one row per typical mistake.
 */
import { AppError } from '../../../../../shared/api/errors';
import { addDays, addMonths } from '../../../../../shared/kernel/dates';
import { formatDatum } from '../../../../../shared/kernel/format';
import type { Voorbeeldbestand, VoorbeeldSoort } from '../../../../../shared/platform/import.contract';
import type { CallContext } from '../../../platform/context';
import { fouteControle, VOORBEELD_PERSONEN, voorbeeldCsv, vrijeInsz, type VoorbeeldRij } from '../../../platform/imports';
import { MAATWERKBEDRIJF_TYPE } from '../contingent/register';
import { SE_DEELNAME_KOLOMMEN } from './import';

type Rij = VoorbeeldRij<(typeof SE_DEELNAME_KOLOMMEN)[number]>;

export function deelnameVoorbeeld(call: CallContext, soort: VoorbeeldSoort): Voorbeeldbestand {
  const db = call.app.sqlite;
  const vandaag = call.today();
  const bedrijven = db
    .prepare(
      `SELECT o.kbo FROM organisatie o WHERE o.type_code = ?
        ORDER BY NOT EXISTS (SELECT 1 FROM se_contingent c WHERE c.organisatie_id = o.id), o.id LIMIT 3`,
    )
    .pluck()
    .all(MAATWERKBEDRIJF_TYPE) as string[];
  if (!bedrijven.length) throw new AppError('VALIDATIE', 'Er is nog geen maatwerkbedrijf in deze databank: voeg er eerst een toe onder Organisaties.');
  // The workplaces: other organisations of the register (an enterprise where the participant works), else the maatwerkbedrijf itself.
  const werkposten = db.prepare('SELECT kbo FROM organisatie WHERE type_code <> ? ORDER BY id LIMIT 5').pluck().all(MAATWERKBEDRIJF_TYPE) as string[];
  const insz = vrijeInsz(db);
  const rij = (i: number, o: Rij = {}): Rij => {
    const [voornaam, achternaam] = VOORBEELD_PERSONEN[i % VOORBEELD_PERSONEN.length];
    const start = addDays(addMonths(vandaag, -3), 7 * i);
    return {
      ondernemingsnummer_maatwerkbedrijf: bedrijven[i % bedrijven.length], rijksregisternummer: insz(`19${75 + i * 2}-1${i % 3}-0${(i % 9) + 1}`),
      voornaam, achternaam, startdatum: formatDatum(start), einddatum: i % 3 === 2 ? formatDatum(addDays(addMonths(start, 24), -1)) : '',
      ondernemingsnummer_werkpost: werkposten[i % Math.max(werkposten.length, 1)] ?? bedrijven[i % bedrijven.length], ...o,
    };
  };
  if (soort === 'geldig') return voorbeeldCsv('voorbeeld-begeleidingsovereenkomsten.csv', SE_DEELNAME_KOLOMMEN, [0, 1, 2, 3, 4].map((i) => rij(i)));

  const goed = rij(0);
  const ander = db.prepare('SELECT kbo FROM organisatie WHERE type_code <> ? ORDER BY id LIMIT 1').pluck().get(MAATWERKBEDRIJF_TYPE) as string | undefined;
  const rijen: Rij[] = [
    goed,
    // The same participation twice.
    { ...goed },
    // The check digit of the INSZ is wrong.
    rij(2, { rijksregisternummer: fouteControle(goed.rijksregisternummer!) }),
    // A required field left empty.
    rij(3, { achternaam: '' }),
    // A date that does not exist.
    rij(4, { startdatum: `31/02/${vandaag.slice(0, 4)}` }),
    // End before start.
    rij(5, { startdatum: formatDatum(addMonths(vandaag, -2)), einddatum: formatDatum(addMonths(vandaag, -3)) }),
    // The check digit of the workplace's KBO number is wrong.
    rij(6, { ondernemingsnummer_werkpost: fouteControle(goed.ondernemingsnummer_werkpost!) }),
  ];
  // An organisation that is no maatwerkbedrijf.
  if (ander) rijen.push(rij(7, { ondernemingsnummer_maatwerkbedrijf: ander }));
  return voorbeeldCsv('voorbeeld-begeleidingsovereenkomsten-met-fouten.csv', SE_DEELNAME_KOLOMMEN, rijen);
}
