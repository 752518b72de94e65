/**
 * Sample files for the mandate import (`mandaat.voorbeeldbestand`): samenwerkingsverbanden made of this store's own
 * organisations (one partner of each category, BVR art. 7) for the next mandate period of this store's regions (the day
 * after a region's last mandate), one row per region, so the valid file passes every check of `importeerMandaten`; the
 * other file holds one samenwerkingsverband per typical mistake next to one that is in order.
 */
import { AppError } from '../../../../../shared/api/errors';
import { addDays, addMonths } from '../../../../../shared/kernel/dates';
import { formatDatum } from '../../../../../shared/kernel/format';
import type { Voorbeeldbestand, VoorbeeldSoort } from '../../../../../shared/platform/import.contract';
import type { CallContext } from '../../../platform/context';
import { fouteControle, onbekendeKbo, voorbeeldCsv, type VoorbeeldRij } from '../../../platform/imports';
import { aangrenzend } from './register';
import { MANDAAT_KOLOMMEN } from './import';

type Rij = VoorbeeldRij<(typeof MANDAAT_KOLOMMEN)[number]>;

interface Regio {
  code: string;
  naam: string;
  /** Last day of the region's last mandate, if any. */
  laatste: string | null;
  /** Whether a mandate runs today. */
  lopend: number;
}

export function mandaatVoorbeeld(call: CallContext, soort: VoorbeeldSoort): Voorbeeldbestand {
  const db = call.app.sqlite;
  const vandaag = call.today();
  const regios = db
    .prepare(
      `SELECT r.code, r.naam, (SELECT max(m.geldig_tot) FROM mandaat m WHERE m.regio_code = r.code) AS laatste,
              EXISTS (SELECT 1 FROM mandaat m WHERE m.regio_code = r.code AND m.geldig_van <= @dag AND m.geldig_tot >= @dag) AS lopend
         FROM werk_zorg_regio r ORDER BY r.code`,
    )
    .all({ dag: vandaag }) as Regio[];
  // One partner of each category (BVR art. 7), the first the register holds.
  const partners = [1, 2, 3].map(
    (c) =>
      db
        .prepare('SELECT o.kbo FROM organisatie o JOIN organisatie_type t ON t.code = o.type_code WHERE t.swv_zorg_categorie = ? ORDER BY o.id LIMIT 1')
        .pluck()
        .get(c) as string | undefined,
  );
  if (regios.length < 3 || partners.some((p) => !p)) {
    throw new AppError('VALIDATIE', 'Voor een voorbeeld zijn minstens drie werk- en zorgregio\'s en een organisatie van elke categorie (1, 2 en 3) nodig: voeg ze eerst toe onder Organisaties.');
  }
  const [cat1, cat2, cat3] = partners as string[];
  const bestaatNaam = db.prepare('SELECT 1 FROM samenwerkingsverband WHERE lower(naam) = lower(?)').pluck();
  const naam = (basis: string) => (bestaatNaam.get(basis) ? `${basis} (voorbeeld)` : basis);
  // The next mandate period of a region: from the day after its last mandate (or the first of next month), five years.
  const volgende = (r: Regio) => (r.laatste ? addDays(r.laatste, 1) : addMonths(`${vandaag.slice(0, 8)}01`, 1));
  const rij = (r: Regio, swv: string, o: Rij = {}, van = volgende(r)): Rij => ({
    werk_en_zorgregio: r.code, naam_samenwerkingsverband: swv, aanspreekpunt_ondernemingsnummer: cat1,
    partner_ondernemingsnummers: [cat1, cat2, cat3].join(' | '), geldig_van: formatDatum(van), geldig_tot: formatDatum(addDays(addMonths(van, 60), -1)),
    // Decided some months before the period, and not after today.
    ministerieel_besluit: `Ministerieel besluit van ${formatDatum([addMonths(van, -3), vandaag].sort()[0])}`, ...o,
  });

  if (soort === 'geldig') {
    // A samenwerkingsverband for two adjacent regions (one row each) and one for a single region.
    const codes = new Set(regios.map((r) => r.code));
    const paar = aangrenzend(db).find(([a, b]) => codes.has(a) && codes.has(b));
    const opCode = (c: string) => regios.find((r) => r.code === c)!;
    const duo = paar ? [opCode(paar[0]), opCode(paar[1])] : [regios[0]];
    const enkel = regios.find((r) => !duo.includes(r))!;
    const duoNaam = naam(`Zorgnetwerk ${duo.map((r) => r.naam).join(' en ')}`);
    return voorbeeldCsv('voorbeeld-mandaten.csv', MANDAAT_KOLOMMEN, [
      ...duo.map((r) => rij(r, duoNaam)),
      rij(enkel, naam(`Zorgnetwerk ${enkel.naam}`), { ministerieel_besluit: '' }),
    ]);
  }

  // Every row a samenwerkingsverband of its own and a region of its own, so no mistake spills over onto another row.
  const lopend = regios.find((r, i) => i > 0 && r.lopend);
  const vrij = regios.filter((r, i) => i > 0 && r !== lopend);
  const r = (i: number) => vrij[i % vrij.length];
  const rijen: Rij[] = [
    rij(regios[0], naam(`Zorgnetwerk ${regios[0].naam}`)),
    // A region code that does not exist.
    rij(r(0), 'Zorgnetwerk voorbeeld 2', { werk_en_zorgregio: 'REGIO_X' }),
    // The check digit of the contact point's KBO number is wrong.
    rij(r(0), 'Zorgnetwerk voorbeeld 3', { aanspreekpunt_ondernemingsnummer: fouteControle(cat1) }),
    // A partner the register does not know.
    rij(r(0), 'Zorgnetwerk voorbeeld 4', { partner_ondernemingsnummers: [cat1, cat2, cat3, onbekendeKbo(db)].join(' | ') }),
    // End before start.
    rij(r(0), 'Zorgnetwerk voorbeeld 5', { geldig_tot: formatDatum(addDays(volgende(r(0)), -1)) }),
    // No partner of category 3.
    rij(r(0), 'Zorgnetwerk voorbeeld 6', { partner_ondernemingsnummers: [cat1, cat2].join(' | ') }),
    // The samenwerkingsverband's name left empty.
    rij(r(1), ''),
  ];
  // A period in which the region already has a mandate (BVR art. 16), when one runs today.
  if (lopend) rijen.push(rij(lopend, 'Zorgnetwerk voorbeeld 8', {}, `${vandaag.slice(0, 8)}01`));
  return voorbeeldCsv('voorbeeld-mandaten-met-fouten.csv', MANDAAT_KOLOMMEN, rijen);
}
