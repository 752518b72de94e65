/**
 * The list of Belgian postcodes (issue 15, point 12): bpost's places with their municipality and, where the
 * department set it, the werk- en zorgregio. A beheerder loads it from a file (`postcode.importeer`): the file replaces
 * the whole list in one transaction with one audit entry (reference data, no personal data). The organisation form reads
 * a postcode's places (`postcode.zoek`) to fill in the municipality and region and to warn on a mismatch; without a
 * list, only the province check of the postcode applies (shared/kernel/postcode.ts).
 */
import type { ParsedInput } from '../../../shared/api/contract';
import { POSTCODE_KOLOMMEN, type PostcodeImportResultaat, type PostcodePlaats, type PostcodeStand } from '../../../shared/platform/postcode.contract';
import type { Voorbeeldbestand, VoorbeeldSoort } from '../../../shared/platform/import.contract';
import { BELGISCHE_POSTCODE, provincieVanPostcode } from '../../../shared/kernel/postcode';
import type { CallContext } from './context';
import { voegToeInBlokken } from './blokken';
import type { Handlers } from './router';
import { importSamenvattingAudit, koppelKolommen, leesImportBestand, RapportBouwer, voorbeeldCsv, type KolomSpec, type VoorbeeldRij } from './imports';

type Kolom = (typeof POSTCODE_KOLOMMEN)[number];

const SPECS: readonly KolomSpec<Kolom>[] = [
  { sleutel: 'postcode', aliassen: ['postnummer', 'code'], verplicht: true },
  { sleutel: 'plaatsnaam', aliassen: ['plaats', 'deelgemeente', 'localite'], verplicht: true },
  { sleutel: 'gemeente', aliassen: ['hoofdgemeente', 'fusiegemeente'], verplicht: true },
  { sleutel: 'werk_en_zorgregio', aliassen: ['regio', 'werk_zorgregio'], verplicht: false },
];

function stand(call: CallContext): PostcodeStand {
  return call.app.sqlite
    .prepare('SELECT count(*) AS plaatsen, count(DISTINCT postcode) AS postcodes, count(regio_code) AS metRegio FROM postcode_plaats')
    .get() as PostcodeStand;
}

async function importeer(input: ParsedInput<'postcode.importeer'>, call: CallContext): Promise<PostcodeImportResultaat> {
  const db = call.app.sqlite;
  const bestand = await leesImportBestand(input);
  const rapport = new RapportBouwer();
  const k = koppelKolommen(bestand.tabel, SPECS, rapport);
  const regios = db
    .prepare('SELECT r.code, r.naam, rr.provincie_code AS provincie, p.naam AS provincieNaam FROM werk_zorg_regio r JOIN referentieregio rr ON rr.code = r.referentieregio_code JOIN provincie p ON p.code = rr.provincie_code')
    .all() as { code: string; naam: string; provincie: string; provincieNaam: string }[];
  const regioOp = new Map(regios.flatMap((r) => [[r.code, r], [r.naam.toLowerCase(), r]] as const));
  const rijen: (PostcodePlaats & { rij: number })[] = [];
  const gezien = new Map<string, number>();

  if (k.compleet) {
    for (const r of bestand.tabel.rijen) {
      const w = (kolom: Kolom) => k.waarde(r, kolom);
      const fout = (kolom: Kolom, melding: string) => rapport.fout(r.rij, kolom, w(kolom), melding);
      const postcode = w('postcode');
      const postcodeOk = BELGISCHE_POSTCODE.test(postcode);
      if (!postcodeOk) fout('postcode', postcode ? `"${postcode}" is geen Belgische postcode (vier cijfers, van 1000 tot 9999).` : 'Vul de postcode in.');
      const plaatsnaam = w('plaatsnaam');
      const gemeente = w('gemeente');
      if (!plaatsnaam) fout('plaatsnaam', 'Vul de plaatsnaam in.');
      else if (plaatsnaam.length > 100) fout('plaatsnaam', 'Te lang (maximum 100 tekens).');
      if (!gemeente) fout('gemeente', 'Vul de gemeente in.');
      else if (gemeente.length > 100) fout('gemeente', 'Te lang (maximum 100 tekens).');
      let regioCode: string | null = null;
      const rw = w('werk_en_zorgregio');
      if (rw) {
        const regio = regioOp.get(rw.toUpperCase()) ?? regioOp.get(rw.toLowerCase());
        const provincie = provincieVanPostcode(postcode);
        if (!regio) fout('werk_en_zorgregio', `Onbekende werk- en zorgregio "${rw}". Gebruik een code uit de referentiegegevens, bv. ${regios.slice(0, 3).map((x) => x.code).join(', ')}.`);
        else if (!postcodeOk) {
          // The postcode's own error says enough.
        } else if (provincie === 'BRU' || provincie === null) {
          fout('werk_en_zorgregio', `Postcode ${postcode} ligt ${provincie === 'BRU' ? 'in het Brussels Hoofdstedelijk Gewest' : 'niet in Vlaanderen'}: ze hoort bij geen werk- en zorgregio. Laat de kolom leeg.`);
        } else if (regio.provincie !== provincie) {
          fout('werk_en_zorgregio', `${regio.naam} ligt in ${regio.provincieNaam}, postcode ${postcode} niet. Controleer de postcode of de regio.`);
        } else regioCode = regio.code;
      }
      const sleutel = `${postcode}|${plaatsnaam.toLowerCase()}`;
      if (plaatsnaam && gezien.has(sleutel)) fout('plaatsnaam', `${postcode} ${plaatsnaam} staat ook in rij ${gezien.get(sleutel)} van het bestand.`);
      else if (plaatsnaam) gezien.set(sleutel, r.rij);
      if (!rapport.heeftFout(r.rij)) rijen.push({ rij: r.rij, postcode, plaatsnaam, gemeente, regioCode });
    }
  }

  const verslag = rapport.maak({ bestandsnaam: bestand.bestandsnaam, sha256: bestand.sha256, tabel: bestand.tabel, kolomVolgorde: [...POSTCODE_KOLOMMEN] });
  const niets = (uitkomst: PostcodeImportResultaat['uitkomst']): PostcodeImportResultaat => ({ modus: input.modus, uitkomst, geimporteerd: 0, rapport: verslag, plaatsen: stand(call).plaatsen });
  if (input.modus === 'controleer') return niets('gecontroleerd');
  if ((input.modus === 'alles-of-niets' && verslag.foutieveRijen > 0) || rapport.heeftBestandsfout || !rijen.length) return niets('niets-geimporteerd');

  call.tx((audit) => {
    const voor = stand(call);
    db.prepare('DELETE FROM postcode_plaats').run();
    voegToeInBlokken(db, 'postcode_plaats', ['postcode', 'plaatsnaam', 'gemeente', 'regio_code'], rijen.map((r) => [r.postcode, r.plaatsnaam, r.gemeente, r.regioCode]));
    const samenvatting = importSamenvattingAudit('postcode-import', bestand, input.modus, verslag, { entiteit: 'postcode_plaats', ids: [], naam: ['plaats', 'plaatsen'] });
    audit({ ...samenvatting, oud: { ...voor }, nieuw: { ...samenvatting.nieuw, ...stand(call) }, reden: `De lijst van postcodes vervangen door "${bestand.bestandsnaam}": ${verslag.samenvatting}` });
  });
  return { modus: input.modus, uitkomst: 'geimporteerd', geimporteerd: rijen.length, rapport: verslag, plaatsen: stand(call).plaatsen };
}

/**
 * The sample files: a handful of real places (municipalities whose region is not in doubt), and the same with the
 * typical mistakes of a hand-edited list. A whole list is bpost's, completed with the region by the department.
 */
function voorbeeld(soort: VoorbeeldSoort): Voorbeeldbestand {
  type Rij = VoorbeeldRij<Kolom>;
  const plaats = (postcode: string, plaatsnaam: string, gemeente: string, werk_en_zorgregio = ''): Rij => ({ postcode, plaatsnaam, gemeente, werk_en_zorgregio });
  const geldig = [
    plaats('1000', 'Brussel', 'Brussel'),
    plaats('1800', 'Vilvoorde', 'Vilvoorde', 'HALLE_VILVOORDE'),
    plaats('2000', 'Antwerpen', 'Antwerpen', 'ANTWERPEN'),
    plaats('3000', 'Leuven', 'Leuven', 'OOST_BRABANT'),
    plaats('8000', 'Brugge', 'Brugge', 'BRUGGE'),
    plaats('9000', 'Gent', 'Gent', 'GENT'),
    plaats('9030', 'Mariakerke', 'Gent', 'GENT'),
    plaats('9100', 'Sint-Niklaas', 'Sint-Niklaas', 'WAASLAND'),
    plaats('9300', 'Aalst', 'Aalst', 'DENDER'),
  ];
  if (soort === 'geldig') return voorbeeldCsv('voorbeeld-postcodes.csv', POSTCODE_KOLOMMEN, geldig);
  return voorbeeldCsv('voorbeeld-postcodes-met-fouten.csv', POSTCODE_KOLOMMEN, [
    geldig[5],
    // Three digits (a leading digit lost).
    plaats('900', 'Gent', 'Gent', 'GENT'),
    // No municipality.
    plaats('9030', 'Mariakerke', ''),
    // A region code that does not exist.
    plaats('9100', 'Sint-Niklaas', 'Sint-Niklaas', 'REGIO_X'),
    // A region of another province.
    plaats('9300', 'Aalst', 'Aalst', 'ANTWERPEN'),
    // A region for Brussels.
    plaats('1000', 'Brussel', 'Brussel', 'HALLE_VILVOORDE'),
    // The same place twice.
    geldig[5],
  ]);
}

export const postcodeHandlers: Pick<Handlers, 'postcode.zoek' | 'postcode.stand' | 'postcode.importeer' | 'postcode.voorbeeldbestand'> = {
  'postcode.zoek': (input, call) =>
    call.app.sqlite
      .prepare('SELECT postcode, plaatsnaam, gemeente, regio_code AS regioCode FROM postcode_plaats WHERE postcode = ? ORDER BY plaatsnaam = gemeente DESC, plaatsnaam')
      .all(input.postcode) as PostcodePlaats[],
  'postcode.stand': (_input, call) => stand(call),
  'postcode.importeer': importeer,
  'postcode.voorbeeldbestand': (input) => voorbeeld(input.soort),
};
