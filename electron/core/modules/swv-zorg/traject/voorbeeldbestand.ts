/**
 * Sample files for the VDAB trajectory import (`traject.voorbeeldbestand`): new trajectories in every status, in this
 * store's regions that have a mandate (so each is attributed), of invented participants; the other file holds one
 * row per typical mistake of the VDAB file.
 */
import { AppError } from '../../../../../shared/api/errors';
import { TRAJECT_KOLOMMEN } from '../../../../../shared/swv-zorg/traject.contract';
import { addDays, addMonths } from '../../../../../shared/kernel/dates';
import { formatDatum } from '../../../../../shared/kernel/format';
import type { Voorbeeldbestand, VoorbeeldSoort } from '../../../../../shared/platform/import.contract';
import type { CallContext } from '../../../platform/context';
import { fouteControle, voorbeeldCsv, vrijeInsz, type VoorbeeldRij } from '../../../platform/imports';

type Rij = VoorbeeldRij<(typeof TRAJECT_KOLOMMEN)[number]>;

export function trajectVoorbeeld(call: CallContext, soort: VoorbeeldSoort): Voorbeeldbestand {
  const db = call.app.sqlite;
  const vandaag = call.today();
  // Regions with a mandate running today first, so the sample's trajectories are attributed.
  const regios = db
    .prepare(
      `SELECT r.code FROM werk_zorg_regio r
        ORDER BY NOT EXISTS (SELECT 1 FROM mandaat m WHERE m.regio_code = r.code AND m.geldig_van <= @dag AND m.geldig_tot >= @dag), r.code LIMIT 6`,
    )
    .pluck()
    .all({ dag: addMonths(vandaag, -14) }) as string[];
  if (!regios.length) throw new AppError('VALIDATIE', 'Er zijn nog geen werk- en zorgregio\'s in de referentiegegevens.');
  const insz = vrijeInsz(db);
  const bestaat = db.prepare('SELECT 1 FROM traject WHERE trajectnummer = ?').pluck();
  let volgnr = 990_000;
  const nummer = (jaar: string) => {
    for (;; volgnr++) {
      const n = `TR-${jaar}-${volgnr}`;
      if (!bestaat.get(n)) return volgnr++, n;
    }
  };
  // A trajectory registered a year or so ago, with the dates its status implies (all in the past).
  const aanmeldingVan = (i: number) => addMonths(vandaag, -14 + i);
  const rij = (i: number, status: string, o: Rij = {}): Rij => {
    const aanmelding = aanmeldingVan(i);
    const plan = addDays(aanmelding, 30);
    const d = (iso: string, ja: boolean) => (ja ? formatDatum(iso) : '');
    return {
      trajectnummer: nummer(aanmelding.slice(0, 4)), rijksregisternummer: insz(`19${80 + i * 2}-0${(i % 9) + 1}-2${i % 9}`),
      werk_en_zorgregio: regios[i % regios.length], datum_aanmelding: formatDatum(aanmelding),
      datum_trajectplan: d(plan, status !== 'geinitieerd' && status !== 'aanvaard'), status,
      datum_einde: d(addDays(plan, 60), status === 'vervroegd_stopgezet'),
      datum_eindverslag: d(addDays(plan, 150), status === 'afgesloten'), datum_eindadvies: d(addDays(plan, 160), status === 'afgesloten'),
      reden_einde: status === 'vervroegd_stopgezet' ? 'werk gevonden' : '', ...o,
    };
  };

  if (soort === 'geldig') {
    const statussen = ['geinitieerd', 'aanvaard', 'bezig', 'bezig', 'afgesloten', 'vervroegd_stopgezet'];
    return voorbeeldCsv('voorbeeld-trajecten.csv', TRAJECT_KOLOMMEN, statussen.map((s, i) => rij(i, s)));
  }
  const goed = rij(0, 'bezig');
  const bestaand = db.prepare('SELECT trajectnummer FROM traject ORDER BY id LIMIT 1').pluck().get() as string | undefined;
  const rijen: Rij[] = [
    goed,
    // The same trajectory number twice in the file.
    rij(1, 'bezig', { trajectnummer: goed.trajectnummer }),
    // The check digit of the INSZ is wrong.
    rij(2, 'bezig', { rijksregisternummer: fouteControle(goed.rijksregisternummer!) }),
    // A region code that does not exist.
    rij(3, 'bezig', { werk_en_zorgregio: 'REGIO_X' }),
    // A status VDAB does not use.
    rij(4, 'lopend'),
    // A registration in the future.
    rij(5, 'geinitieerd', { datum_aanmelding: formatDatum(addDays(vandaag, 14)) }),
    // The trajectory plan before the registration.
    rij(6, 'bezig', { datum_trajectplan: formatDatum(addDays(aanmeldingVan(6), -7)) }),
    // Stopped early without the day it stopped.
    rij(7, 'vervroegd_stopgezet', { datum_einde: '' }),
    // A date that does not exist.
    rij(8, 'aanvaard', { datum_aanmelding: `31/02/${vandaag.slice(0, 4)}` }),
  ];
  // A known trajectory number for another participant, when the register holds one.
  if (bestaand) rijen.push(rij(9, 'bezig', { trajectnummer: bestaand }));
  return voorbeeldCsv('voorbeeld-trajecten-met-fouten.csv', TRAJECT_KOLOMMEN, rijen);
}
