/**
 * Import of the contingents that continue (`contingent.importeer`; BVR art. 76: contingents granted on 31 December
 * 2023 continue). Columns `ondernemingsnummer;plaatsen;geldig_van;geldig_tot;beslissing` (`geldig_tot` may be
 * empty). The organisation must be in the register and be a maatwerkbedrijf; periods of one organisation may not
 * overlap (in the file or with the ledger). A row identical to a period already in the ledger is skipped with a
 * warning, so a corrected file can be imported again. One transaction; an audit entry per period plus the file's.
 */
import type { ParsedInput } from '../../../../../shared/api/contract';
import type { ContingentImportResultaat } from '../../../../../shared/ama-se/contingent.contract';
import { checkKbo } from '../../../../../shared/kernel/kbo';
import { formatDatum } from '../../../../../shared/kernel/format';
import type { CallContext } from '../../../platform/context';
import { importSamenvattingAudit, koppelKolommen, leesImportBestand, parseDatum, RapportBouwer, type KolomSpec } from '../../../platform/imports';
import { MAATWERKBEDRIJF_TYPE } from './register';

export const CONTINGENT_KOLOMMEN = ['ondernemingsnummer', 'plaatsen', 'geldig_van', 'geldig_tot', 'beslissing'] as const;
type Kolom = (typeof CONTINGENT_KOLOMMEN)[number];

const SPECS: readonly KolomSpec<Kolom>[] = [
  { sleutel: 'ondernemingsnummer', aliassen: ['kbo', 'ondernemingsnummer_maatwerkbedrijf'], verplicht: true },
  { sleutel: 'plaatsen', aliassen: ['contingent', 'aantal_plaatsen'], verplicht: true },
  { sleutel: 'geldig_van', aliassen: ['startdatum', 'van'], verplicht: true },
  { sleutel: 'geldig_tot', aliassen: ['einddatum', 'tot'], verplicht: true },
  { sleutel: 'beslissing', aliassen: ['ministerieel_besluit', 'besluit'], verplicht: true },
];

interface Rij {
  rij: number;
  organisatieId: number;
  naam: string;
  plaatsen: number;
  van: string;
  tot: string | null;
  beslissing: string;
}

const overlapt = (a: { van: string; tot: string | null }, b: { van: string; tot: string | null }) => a.van <= (b.tot ?? '9999-12-31') && b.van <= (a.tot ?? '9999-12-31');

export async function importeerContingenten(input: ParsedInput<'contingent.importeer'>, call: CallContext): Promise<ContingentImportResultaat> {
  const db = call.app.sqlite;
  const bestand = await leesImportBestand(input);
  const rapport = new RapportBouwer();
  const k = koppelKolommen(bestand.tabel, SPECS, rapport);
  const orgOpKbo = db.prepare('SELECT id, naam, type_code AS type FROM organisatie WHERE kbo = ?');
  const bestaand = db.prepare('SELECT id, plaatsen, geldig_van AS van, geldig_tot AS tot FROM se_contingent WHERE organisatie_id = ?');
  const rijen: Rij[] = [];
  const overgeslagen = new Set<number>();

  if (k.compleet) {
    for (const r of bestand.tabel.rijen) {
      const w = (kolom: Kolom) => k.waarde(r, kolom);
      const fout = (kolom: Kolom, melding: string) => rapport.fout(r.rij, kolom, w(kolom), melding);
      let org: { id: number; naam: string } | null = null;
      const c = checkKbo(w('ondernemingsnummer'));
      if (!w('ondernemingsnummer')) fout('ondernemingsnummer', 'Vul het ondernemingsnummer van het maatwerkbedrijf in.');
      else if (!c.ok) fout('ondernemingsnummer', c.melding);
      else {
        const o = orgOpKbo.get(c.kbo) as { id: number; naam: string; type: string } | undefined;
        if (!o) fout('ondernemingsnummer', `Er is geen organisatie met ondernemingsnummer ${c.kbo} in het register. Voeg ze eerst toe onder Organisaties.`);
        else if (o.type !== MAATWERKBEDRIJF_TYPE) fout('ondernemingsnummer', `${o.naam} is geen maatwerkbedrijf: een contingent AMA SE gaat naar een maatwerkbedrijf (BVR art. 58).`);
        else org = o;
      }
      const pw = w('plaatsen');
      const plaatsen = /^\d{1,5}$/.test(pw) ? Number(pw) : null;
      if (plaatsen === null) fout('plaatsen', pw ? `"${pw}" is geen geheel aantal plaatsen.` : 'Vul het aantal plaatsen in.');
      else if (plaatsen === 0) fout('plaatsen', 'Een contingent telt minstens één plaats.');
      const van = parseDatum(w('geldig_van'));
      if (!van.ok) fout('geldig_van', van.melding);
      let tot: string | null = null;
      if (w('geldig_tot')) {
        const t = parseDatum(w('geldig_tot'));
        if (!t.ok) fout('geldig_tot', t.melding);
        else tot = t.waarde;
      }
      if (van.ok && tot && tot < van.waarde) fout('geldig_tot', `De einddatum (${formatDatum(tot)}) ligt vóór de begindatum (${formatDatum(van.waarde)}).`);
      const beslissing = w('beslissing');
      if (!beslissing) fout('beslissing', 'Vermeld de beslissing waarop het contingent steunt (bv. het ministerieel besluit met datum).');
      else if (beslissing.length > 200) fout('beslissing', 'Te lang (maximum 200 tekens).');
      if (!rapport.heeftFout(r.rij) && org && plaatsen !== null && van.ok) rijen.push({ rij: r.rij, organisatieId: org.id, naam: org.naam, plaatsen, van: van.waarde, tot, beslissing });
    }
  }

  for (const r of rijen) {
    for (const a of rijen) {
      if (a !== r && a.organisatieId === r.organisatieId && overlapt(a, r)) {
        rapport.fout(r.rij, 'geldig_van', r.van, `Rij ${a.rij} geeft ${r.naam} een contingent voor een overlappende periode: per maatwerkbedrijf geldt één contingent tegelijk.`);
      }
    }
    for (const b of bestaand.all(r.organisatieId) as { id: number; plaatsen: number; van: string; tot: string | null }[]) {
      if (!overlapt(b, r)) continue;
      if (b.van === r.van && b.tot === r.tot && b.plaatsen === r.plaatsen) {
        overgeslagen.add(r.rij);
        rapport.waarschuwing(r.rij, null, null, `Dit contingent staat al in het register: de rij wordt overgeslagen.`);
      } else {
        rapport.fout(r.rij, 'geldig_van', r.van, `${r.naam} heeft al een contingent van ${b.plaatsen} plaatsen van ${formatDatum(b.van)}${b.tot ? ` tot ${formatDatum(b.tot)}` : ''}: een wijziging loopt via een beslissing, niet via een import.`);
      }
    }
  }

  const verslag = rapport.maak({ bestandsnaam: bestand.bestandsnaam, sha256: bestand.sha256, tabel: bestand.tabel, kolomVolgorde: [...CONTINGENT_KOLOMMEN] });
  const niets = (uitkomst: ContingentImportResultaat['uitkomst']): ContingentImportResultaat => ({ modus: input.modus, uitkomst, geimporteerd: 0, rapport: verslag, contingenten: 0 });
  if (input.modus === 'controleer') return niets('gecontroleerd');
  const geldig = rijen.filter((r) => !rapport.heeftFout(r.rij) && !overgeslagen.has(r.rij));
  if ((input.modus === 'alles-of-niets' && verslag.foutieveRijen > 0) || rapport.heeftBestandsfout || !geldig.length) return niets('niets-geimporteerd');

  const bron = `import:${bestand.sha256.slice(0, 16)}`;
  const nu = call.nowIso();
  const ids = call.tx((audit) => {
    const ins = db.prepare(
      "INSERT INTO se_contingent (organisatie_id, plaatsen, geldig_van, geldig_tot, reden, beslissing, bron, aangemaakt_op) VALUES (?, ?, ?, ?, 'bestaand', ?, ?, ?)",
    );
    const ids: number[] = [];
    for (const r of geldig) {
      const id = Number(ins.run(r.organisatieId, r.plaatsen, r.van, r.tot, r.beslissing, bron, nu).lastInsertRowid);
      ids.push(id);
      audit({ entiteit: 'se_contingent', entiteitId: id, actie: 'aangemaakt', nieuw: { organisatieId: r.organisatieId, plaatsen: r.plaatsen, geldigVan: r.van, geldigTot: r.tot, beslissing: r.beslissing, bron } });
    }
    audit(importSamenvattingAudit('contingent-import', bestand, input.modus, verslag, { entiteit: 'se_contingent', ids, naam: ['contingent', 'contingenten'] }));
    return ids;
  });
  return { modus: input.modus, uitkomst: 'geimporteerd', geimporteerd: ids.length, rapport: verslag, contingenten: ids.length };
}
