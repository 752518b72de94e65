/**
 * Sample files for the agreements import (`overeenkomst.voorbeeldbestand`), built from this store's own active
 * recognitions so they fit whatever store the officer works in: one that imports cleanly, and one with the mistakes
 * the e-loket export typically holds, each of which the check report names. Participants are invented
 * (platform/imports/voorbeeld.ts).
 */
import { AppError } from '../../../../../shared/api/errors';
import { addDays, addMonths } from '../../../../../shared/kernel/dates';
import { formatDatum } from '../../../../../shared/kernel/format';
import type { Voorbeeldbestand, VoorbeeldSoort } from '../../../../../shared/platform/import.contract';
import type { CallContext } from '../../../platform/context';
import { fouteControle, VOORBEELD_PERSONEN, voorbeeldCsv, vrijeInsz, type VoorbeeldRij } from '../../../platform/imports';

const KOP = ['organisatietype', 'erkenningsnummer', 'voornaam', 'achternaam', 'rijksregisternummer', 'werkpost', 'werkpost_kbo', 'werkpost_adres', 'startdatum', 'einddatum', 'contact_email'] as const;
type Rij = VoorbeeldRij<(typeof KOP)[number]>;

interface Erkenning {
  nummer: string;
  geldigVan: string;
  typeNaam: string;
  gemeente: string;
  postcode: string;
  email: string | null;
}

const WERKPOSTEN = ['Kringwinkel', 'Stadsboerderij', 'Sociaal restaurant', 'Fietsatelier', 'Groendienst'] as const;

export function overeenkomstVoorbeeld(call: CallContext, soort: VoorbeeldSoort): Voorbeeldbestand {
  const db = call.app.sqlite;
  const vandaag = call.today();
  const erkenningen = db
    .prepare(
      `SELECT e.erkenningsnummer AS nummer, e.geldig_van AS geldigVan, t.naam AS typeNaam, o.gemeente, o.postcode, o.email
         FROM erkenning e JOIN organisatie o ON o.id = e.organisatie_id JOIN organisatie_type t ON t.code = o.type_code
        WHERE e.status = 'actief' AND e.geldig_van <= ? AND e.geldig_tot >= ? ORDER BY e.geldig_van, e.id LIMIT 5`,
    )
    .all(vandaag, vandaag) as Erkenning[];
  if (!erkenningen.length) {
    throw new AppError('VALIDATIE', 'Er is nog geen actieve erkenning in deze databank: een voorbeeldbestand verwijst naar een erkende begeleider.');
  }
  const insz = vrijeInsz(db);
  // Starts within the last two months and within the recognition.
  const start = (e: Erkenning, i: number) => {
    const d = addDays(addMonths(vandaag, -2), 7 * i);
    return formatDatum(d < e.geldigVan ? e.geldigVan : d > vandaag ? vandaag : d);
  };
  const rij = (i: number, o: Rij = {}): Rij => {
    const e = erkenningen[i % erkenningen.length];
    const [voornaam, achternaam] = VOORBEELD_PERSONEN[i % VOORBEELD_PERSONEN.length];
    const werkpost = WERKPOSTEN[i % WERKPOSTEN.length];
    return {
      organisatietype: e.typeNaam, erkenningsnummer: e.nummer, voornaam, achternaam, rijksregisternummer: insz(`19${70 + i * 3}-0${(i % 9) + 1}-1${i % 9}`),
      werkpost: `${werkpost} ${e.gemeente}`, werkpost_kbo: '', werkpost_adres: `Stationsstraat ${10 + i}, ${e.postcode} ${e.gemeente}`,
      startdatum: start(e, i), einddatum: '', contact_email: e.email ?? 'begeleiding@voorbeeld.be', ...o,
    };
  };

  let rijen: Rij[];
  if (soort === 'geldig') {
    rijen = [0, 1, 2, 3, 4].map((i) => rij(i));
  } else {
    const e0 = erkenningen[0];
    const goed = rij(0);
    const fout = (i: number, o: Rij) => rij(i, o);
    rijen = [
      goed,
      // The check digit of the INSZ is wrong.
      fout(1, { rijksregisternummer: fouteControle(goed.rijksregisternummer!) }),
      // 16 years old at the start (art. 42: 18).
      fout(2, { rijksregisternummer: insz(addMonths(vandaag, -16 * 12)) }),
      // A date that does not exist and an e-mail address that is none.
      fout(3, { startdatum: `31/02/${vandaag.slice(0, 4)}`, contact_email: 'geen-mailadres' }),
      // The type does not fit the recognised begeleider.
      fout(4, { organisatietype: e0.typeNaam === 'OCMW' ? 'Centrum voor algemeen welzijnswerk' : 'OCMW', erkenningsnummer: e0.nummer }),
      // A recognition number that does not exist.
      fout(5, { erkenningsnummer: 'AMA-WVG-2019-9999' }),
      // The start lies before the recognition (art. 43 and 47).
      fout(6, { erkenningsnummer: e0.nummer, organisatietype: e0.typeNaam, startdatum: formatDatum(addDays(e0.geldigVan, -30)) }),
      // A required field left empty.
      fout(7, { voornaam: '' }),
    ];
  }
  return voorbeeldCsv(soort === 'geldig' ? 'voorbeeld-overeenkomsten.csv' : 'voorbeeld-overeenkomsten-met-fouten.csv', KOP, rijen);
}
