/**
 * Import of begeleidingsovereenkomsten AMA SE (`seOvereenkomst.importeer`). Columns
 * `ondernemingsnummer_maatwerkbedrijf;rijksregisternummer;voornaam;achternaam;startdatum;einddatum;ondernemingsnummer_werkpost`
 * (`einddatum` may be empty). The maatwerkbedrijf must be in the register; the werkpost is a valid KBO number that
 * need not be. A row for a participation already registered (same maatwerkbedrijf, participant and start) updates
 * its end and werkpost, or is skipped with a warning when nothing changed — a monthly file can be imported again.
 * Refused per row: an AMA WVG agreement in the same period (art. 56), an overlapping participation with the same
 * maatwerkbedrijf. Personal data stays out of the report's messages beyond the masked INSZ, and out of the audit.
 */
import type { ParsedInput } from '../../../../../shared/api/contract';
import type { SeDeelnameImportResultaat } from '../../../../../shared/ama-se/deelname.contract';
import { checkInsz } from '../../../../../shared/kernel/insz';
import { checkKbo } from '../../../../../shared/kernel/kbo';
import { formatDatum } from '../../../../../shared/kernel/format';
import { maskeerInsz } from '../../../../../shared/kernel/persoon';
import type { CallContext } from '../../../platform/context';
import { registries } from '../../../module';
import { importSamenvattingAudit, koppelKolommen, leesImportBestand, parseDatum, RapportBouwer, type KolomSpec } from '../../../platform/imports';
import { MAATWERKBEDRIJF_TYPE } from '../contingent/register';
import { REGELING_AMA_SE } from './deelname';

export const SE_DEELNAME_KOLOMMEN = [
  'ondernemingsnummer_maatwerkbedrijf', 'rijksregisternummer', 'voornaam', 'achternaam', 'startdatum', 'einddatum', 'ondernemingsnummer_werkpost',
] as const;
type Kolom = (typeof SE_DEELNAME_KOLOMMEN)[number];

const SPECS: readonly KolomSpec<Kolom>[] = [
  { sleutel: 'ondernemingsnummer_maatwerkbedrijf', aliassen: ['maatwerkbedrijf', 'kbo_maatwerkbedrijf'], verplicht: true },
  { sleutel: 'rijksregisternummer', aliassen: ['insz'], verplicht: true },
  { sleutel: 'voornaam', aliassen: [], verplicht: true },
  { sleutel: 'achternaam', aliassen: ['naam'], verplicht: true },
  { sleutel: 'startdatum', aliassen: ['start'], verplicht: true },
  { sleutel: 'einddatum', aliassen: ['einde'], verplicht: true },
  { sleutel: 'ondernemingsnummer_werkpost', aliassen: ['werkpost', 'kbo_werkpost'], verplicht: true },
];

interface Rij {
  rij: number;
  organisatieId: number;
  insz: string;
  geboortedatum: string | null;
  voornaam: string;
  achternaam: string;
  start: string;
  einde: string | null;
  werkpost: string;
  bestaand: { id: number; einde: string | null; werkpost: string | null } | null;
}

export async function importeerDeelnames(input: ParsedInput<'seOvereenkomst.importeer'>, call: CallContext): Promise<SeDeelnameImportResultaat> {
  const db = call.app.sqlite;
  const bestand = await leesImportBestand(input);
  const rapport = new RapportBouwer();
  const k = koppelKolommen(bestand.tabel, SPECS, rapport);
  const orgs = new Map((db.prepare('SELECT kbo, id, naam, type_code AS type FROM organisatie').all() as { kbo: string; id: number; naam: string; type: string }[]).map((o) => [o.kbo, o]));
  const perSleutel = new Map<string, { id: number; start: string; einde: string | null; werkpost: string | null }[]>();
  for (const r of db
    .prepare('SELECT s.id, s.organisatie_id AS org, d.insz, s.startdatum AS start, s.einddatum AS einde, s.werkpost_kbo AS werkpost FROM se_deelname s JOIN deelnemer d ON d.id = s.deelnemer_id WHERE d.insz IS NOT NULL')
    .all() as { id: number; org: number; insz: string; start: string; einde: string | null; werkpost: string | null }[]) {
    const key = `${r.org}|${r.insz}`;
    perSleutel.set(key, [...(perSleutel.get(key) ?? []), r]);
  }
  const andere = registries(call.app).deelnameRegisters.filter((r) => r.regeling !== REGELING_AMA_SE);
  const rijen: Rij[] = [];
  const overgeslagen = new Set<number>();

  if (k.compleet) {
    for (const r of bestand.tabel.rijen) {
      const w = (kolom: Kolom) => k.waarde(r, kolom);
      const fout = (kolom: Kolom, melding: string, waarde: string | null = w(kolom)) => rapport.fout(r.rij, kolom, waarde, melding);
      let orgId: number | null = null;
      const mk = checkKbo(w('ondernemingsnummer_maatwerkbedrijf'));
      if (!w('ondernemingsnummer_maatwerkbedrijf')) fout('ondernemingsnummer_maatwerkbedrijf', 'Vul het ondernemingsnummer van het maatwerkbedrijf in.');
      else if (!mk.ok) fout('ondernemingsnummer_maatwerkbedrijf', mk.melding);
      else {
        const o = orgs.get(mk.kbo);
        if (!o) fout('ondernemingsnummer_maatwerkbedrijf', `Er is geen organisatie met ondernemingsnummer ${mk.kbo} in het register. Voeg ze eerst toe onder Organisaties.`);
        else if (o.type !== MAATWERKBEDRIJF_TYPE) fout('ondernemingsnummer_maatwerkbedrijf', `${o.naam} is geen maatwerkbedrijf.`);
        else orgId = o.id;
      }
      const ic = checkInsz(w('rijksregisternummer'));
      // The report shows the INSZ masked: the file stays the source of the full number.
      const inszWaarde = maskeerInsz(w('rijksregisternummer') || null);
      if (!w('rijksregisternummer')) fout('rijksregisternummer', 'Vul het rijksregisternummer van de deelnemer in.', null);
      else if (!ic.ok) fout('rijksregisternummer', ic.melding, inszWaarde);
      const voornaam = w('voornaam');
      const achternaam = w('achternaam');
      if (!voornaam) fout('voornaam', 'Vul de voornaam van de deelnemer in.');
      else if (voornaam.length > 100) fout('voornaam', 'Te lang (maximum 100 tekens).', null);
      if (!achternaam) fout('achternaam', 'Vul de achternaam van de deelnemer in.');
      else if (achternaam.length > 100) fout('achternaam', 'Te lang (maximum 100 tekens).', null);
      const start = parseDatum(w('startdatum'));
      if (!start.ok) fout('startdatum', start.melding);
      let einde: string | null = null;
      if (w('einddatum')) {
        const e = parseDatum(w('einddatum'));
        if (!e.ok) fout('einddatum', e.melding);
        else einde = e.waarde;
      }
      if (start.ok && einde && einde < start.waarde) fout('einddatum', `De einddatum (${formatDatum(einde)}) ligt vóór de startdatum (${formatDatum(start.waarde)}).`);
      const wk = checkKbo(w('ondernemingsnummer_werkpost'));
      if (!w('ondernemingsnummer_werkpost')) fout('ondernemingsnummer_werkpost', 'Vul het ondernemingsnummer van de werkpost in.');
      else if (!wk.ok) fout('ondernemingsnummer_werkpost', wk.melding);
      if (rapport.heeftFout(r.rij) || orgId === null || !ic.ok || !start.ok || !wk.ok) continue;

      for (const reg of andere) {
        for (const m of reg.overlappingen(call, { insz: ic.insz, van: start.waarde, tot: einde })) {
          fout('startdatum', `${m.replace(/\.$/, '')}: een begeleidingsovereenkomst AMA SE kan niet samen met ${reg.label} (BVR art. 56).`, start.waarde);
        }
      }
      const eigen = perSleutel.get(`${orgId}|${ic.insz}`) ?? [];
      const zelfde = eigen.find((x) => x.start === start.waarde) ?? null;
      for (const x of eigen) {
        if (x === zelfde) continue;
        if (x.start <= (einde ?? '9999-12-31') && start.waarde <= (x.einde ?? '9999-12-31')) {
          fout('startdatum', `Deze deelnemer heeft bij dit maatwerkbedrijf al een begeleidingsovereenkomst vanaf ${formatDatum(x.start)} die deze periode overlapt.`, start.waarde);
        }
      }
      if (zelfde && zelfde.einde === einde && zelfde.werkpost === wk.kbo) {
        overgeslagen.add(r.rij);
        rapport.waarschuwing(r.rij, null, null, 'Deze begeleidingsovereenkomst staat al ongewijzigd in het register: de rij wordt overgeslagen.');
      }
      if (!rapport.heeftFout(r.rij)) {
        rijen.push({ rij: r.rij, organisatieId: orgId, insz: ic.insz, geboortedatum: ic.geboortedatum, voornaam, achternaam, start: start.waarde, einde, werkpost: wk.kbo, bestaand: zelfde ? { id: zelfde.id, einde: zelfde.einde, werkpost: zelfde.werkpost } : null });
      }
    }
  }
  // The same participation twice in the file.
  const gezien = new Map<string, number>();
  for (const r of rijen) {
    const key = `${r.organisatieId}|${r.insz}|${r.start}`;
    const eerder = gezien.get(key);
    if (eerder !== undefined) rapport.fout(r.rij, 'startdatum', r.start, `Rij ${eerder} bevat dezelfde begeleidingsovereenkomst (maatwerkbedrijf, deelnemer en startdatum).`);
    else gezien.set(key, r.rij);
  }

  const verslag = rapport.maak({ bestandsnaam: bestand.bestandsnaam, sha256: bestand.sha256, tabel: bestand.tabel, kolomVolgorde: [...SE_DEELNAME_KOLOMMEN] });
  const niets = (uitkomst: SeDeelnameImportResultaat['uitkomst']): SeDeelnameImportResultaat => ({ modus: input.modus, uitkomst, geimporteerd: 0, rapport: verslag, deelnames: 0, nieuweDeelnemers: 0 });
  if (input.modus === 'controleer') return niets('gecontroleerd');
  const geldig = rijen.filter((r) => !rapport.heeftFout(r.rij) && !overgeslagen.has(r.rij));
  if ((input.modus === 'alles-of-niets' && verslag.foutieveRijen > 0) || rapport.heeftBestandsfout || !geldig.length) return niets('niets-geimporteerd');

  const bron = `import:${bestand.sha256.slice(0, 16)}`;
  const nu = call.nowIso();
  const { ids, nieuweDeelnemers } = call.tx((audit) => {
    const deelnemers = new Map((db.prepare('SELECT insz, id FROM deelnemer WHERE insz IS NOT NULL').all() as { insz: string; id: number }[]).map((d) => [d.insz, d.id]));
    const insD = db.prepare('INSERT INTO deelnemer (insz, voornaam, achternaam, geboortedatum, geboortejaar, aangemaakt_op) VALUES (?, ?, ?, ?, ?, ?)');
    const updNaam = db.prepare('UPDATE deelnemer SET voornaam = ?, achternaam = ? WHERE id = ? AND (voornaam IS NOT ? OR achternaam IS NOT ?)');
    const ins = db.prepare(`INSERT INTO se_deelname (organisatie_id, deelnemer_id, werkpost_kbo, startdatum, einddatum, bron, aangemaakt_op, gewijzigd_op) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    const upd = db.prepare('UPDATE se_deelname SET einddatum = ?, werkpost_kbo = ?, bron = ?, gewijzigd_op = ?, versie = versie + 1 WHERE id = ?');
    const ids: number[] = [];
    let nieuw = 0;
    for (const r of geldig) {
      let did = deelnemers.get(r.insz);
      if (did === undefined) {
        did = Number(insD.run(r.insz, r.voornaam, r.achternaam, r.geboortedatum, r.geboortedatum ? Number(r.geboortedatum.slice(0, 4)) : null, nu).lastInsertRowid);
        deelnemers.set(r.insz, did);
        nieuw++;
      } else updNaam.run(r.voornaam, r.achternaam, did, r.voornaam, r.achternaam);
      if (r.bestaand) {
        upd.run(r.einde, r.werkpost, bron, nu, r.bestaand.id);
        ids.push(r.bestaand.id);
        audit({ entiteit: 'se_deelname', entiteitId: r.bestaand.id, actie: 'gewijzigd', oud: { einddatum: r.bestaand.einde, werkpostKbo: r.bestaand.werkpost }, nieuw: { einddatum: r.einde, werkpostKbo: r.werkpost, bron } });
      } else {
        ids.push(Number(ins.run(r.organisatieId, did, r.werkpost, r.start, r.einde, bron, nu, nu).lastInsertRowid));
      }
    }
    // One summary entry for the file (ids, counts): the participants' data stays out of the audit trail.
    audit(importSamenvattingAudit('se-deelname-import', bestand, input.modus, verslag, { entiteit: 'se_deelname', ids, naam: ['begeleidingsovereenkomst', 'begeleidingsovereenkomsten'] }));
    return { ids, nieuweDeelnemers: nieuw };
  });
  return { modus: input.modus, uitkomst: 'geimporteerd', geimporteerd: ids.length, rapport: verslag, deelnames: ids.length, nieuweDeelnemers };
}
