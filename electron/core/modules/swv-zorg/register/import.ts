/**
 * Import of the mandates that run today (`mandaat.importeer`): the 15 samenwerkingsverbanden Zorg
 * mandated since 1 July 2023 (BVR art. 78), one row per werk- en zorgregio. A samenwerkingsverband that
 * covers two regions has two rows with the same name, aanspreekpunt and partners.
 *
 * Checks per row (region from the reference data, organisations from the register, dates in order),
 * then per samenwerkingsverband (the rows agree; composition: at least one partner per category, the
 * maximum a setting; the werkingsgebied adjacent) and per region (at most one mandate per region and
 * period, in the file and against the register). An error in one row of a samenwerkingsverband keeps
 * all its rows out: half a samenwerkingsverband is never written. A mandate already registered (same
 * samenwerkingsverband, region and period) is skipped with a warning, so a corrected file can be
 * imported again.
 *
 * Writing: ONE transaction; an audit entry per samenwerkingsverband and per mandate created, plus the
 * summary entry of the file (name, sha-256, counts).
 */
import type { ParsedInput } from '../../../../../shared/api/contract';
import type { MandaatImportResultaat } from '../../../../../shared/swv-zorg/register.contract';
import { controleerSamenstelling, controleerWerkingsgebied } from '../../../../../shared/swv-zorg/samenwerkingsverband';
import { checkKbo } from '../../../../../shared/kernel/kbo';
import { formatDatum } from '../../../../../shared/kernel/format';
import type { CallContext } from '../../../platform/context';
import type { AuditInput } from '../../../platform/audit';
import { importSamenvattingAudit, koppelKolommen, leesImportBestand, parseDatum, RapportBouwer, type KolomSpec } from '../../../platform/imports';
import { aangrenzend, addMandaatHistoriek, maxPerCategorie, regioNamen } from './register';
import { naamSleutel } from '../../../../../shared/kernel/naam';

export const MANDAAT_KOLOMMEN = [
  'werk_en_zorgregio',
  'naam_samenwerkingsverband',
  'aanspreekpunt_ondernemingsnummer',
  'partner_ondernemingsnummers',
  'geldig_van',
  'geldig_tot',
  'ministerieel_besluit',
] as const;
type Kolom = (typeof MANDAAT_KOLOMMEN)[number];

const SPECS: readonly KolomSpec<Kolom>[] = [
  { sleutel: 'werk_en_zorgregio', aliassen: ['regio', 'werk_zorgregio', 'werk_en_zorg_regio'], verplicht: true },
  { sleutel: 'naam_samenwerkingsverband', aliassen: ['samenwerkingsverband', 'naam'], verplicht: true },
  { sleutel: 'aanspreekpunt_ondernemingsnummer', aliassen: ['aanspreekpunt_kbo', 'aanspreekpunt'], verplicht: true },
  { sleutel: 'partner_ondernemingsnummers', aliassen: ['partners', 'partner_kbo'], verplicht: true },
  { sleutel: 'geldig_van', aliassen: ['startdatum', 'begindatum'], verplicht: true },
  { sleutel: 'geldig_tot', aliassen: ['einddatum'], verplicht: true },
  { sleutel: 'ministerieel_besluit', aliassen: ['mb', 'besluit'], verplicht: false },
];

interface Org {
  id: number;
  naam: string;
  kbo: string;
  typeNaam: string;
  categorie: number | null;
}

interface Rij {
  rij: number;
  regio: string;
  naam: string;
  aanspreekpunt: Org;
  partners: Org[];
  van: string;
  tot: string;
  besluit: string | null;
}

export async function importeerMandaten(input: ParsedInput<'mandaat.importeer'>, call: CallContext): Promise<MandaatImportResultaat> {
  const db = call.app.sqlite;
  const bestand = await leesImportBestand(input);
  const rapport = new RapportBouwer();
  const k = koppelKolommen(bestand.tabel, SPECS, rapport);
  const namen = regioNamen(db);
  const regioOpNaam = new Map([...namen].map(([code, naam]) => [naamSleutel(naam), code]));
  const orgOpKbo = db.prepare(
    `SELECT o.id, o.naam, o.kbo, t.naam AS typeNaam, t.swv_zorg_categorie AS categorie FROM organisatie o JOIN organisatie_type t ON t.code = o.type_code WHERE o.kbo = ?`,
  );
  const rijen: Rij[] = [];
  /** Every row number per samenwerkingsverband name, also of rows with errors. */
  const rijenPerNaam = new Map<string, number[]>();

  if (k.compleet) {
    for (const r of bestand.tabel.rijen) {
      const w = (kolom: Kolom) => k.waarde(r, kolom);
      const fout = (kolom: Kolom, melding: string, waarde = w(kolom)) => rapport.fout(r.rij, kolom, waarde, melding);
      const org = (kolom: Kolom, waarde: string): Org | null => {
        const c = checkKbo(waarde);
        if (!c.ok) return fout(kolom, `${waarde}: ${c.melding}`, waarde), null;
        const o = orgOpKbo.get(c.kbo) as Org | undefined;
        if (!o) return fout(kolom, `Er is geen organisatie met ondernemingsnummer ${c.kbo} in het register. Voeg ze eerst toe onder Organisaties.`, waarde), null;
        return o;
      };

      let regio: string | null = null;
      const rw = w('werk_en_zorgregio');
      if (!rw) fout('werk_en_zorgregio', 'Vul de werk- en zorgregio in (de code uit de referentiegegevens).');
      else if (namen.has(rw.toUpperCase())) regio = rw.toUpperCase();
      else if (regioOpNaam.has(naamSleutel(rw))) regio = regioOpNaam.get(naamSleutel(rw))!;
      else fout('werk_en_zorgregio', `Onbekende werk- en zorgregio "${rw}". Gebruik een code uit de referentiegegevens, bv. ${[...namen.keys()].slice(0, 3).join(', ')}.`);

      const naam = w('naam_samenwerkingsverband');
      if (naam) rijenPerNaam.set(naamSleutel(naam), [...(rijenPerNaam.get(naamSleutel(naam)) ?? []), r.rij]);
      if (!naam) fout('naam_samenwerkingsverband', 'Vul de naam van het samenwerkingsverband in.');
      else if (naam.length > 200) fout('naam_samenwerkingsverband', 'Te lang (maximum 200 tekens).');

      const aanspreekpunt = w('aanspreekpunt_ondernemingsnummer')
        ? org('aanspreekpunt_ondernemingsnummer', w('aanspreekpunt_ondernemingsnummer'))
        : (fout('aanspreekpunt_ondernemingsnummer', 'Vul het ondernemingsnummer van het administratief aanspreekpunt in (BVR art. 13).'), null);

      const partners: Org[] = [];
      let partnersOk = true;
      const pw = w('partner_ondernemingsnummers');
      if (!pw) (fout('partner_ondernemingsnummers', 'Vul de ondernemingsnummers van de partners in, gescheiden door "|".'), (partnersOk = false));
      for (const deel of pw.split('|').map((s) => s.trim()).filter(Boolean)) {
        const o = org('partner_ondernemingsnummers', deel);
        if (!o) {
          partnersOk = false;
          continue;
        }
        if (partners.some((p) => p.id === o.id)) {
          fout('partner_ondernemingsnummers', `${o.naam} (${o.kbo}) staat twee keer bij de partners.`, deel);
          partnersOk = false;
        }
        partners.push(o);
      }

      const datum = (kolom: 'geldig_van' | 'geldig_tot') => {
        const p = parseDatum(w(kolom));
        if (!p.ok) return fout(kolom, p.melding), null;
        return p.waarde;
      };
      const van = datum('geldig_van');
      const tot = datum('geldig_tot');
      if (van && tot && tot < van) fout('geldig_tot', `De einddatum (${formatDatum(tot)}) ligt vóór de begindatum (${formatDatum(van)}).`);
      const besluit = w('ministerieel_besluit') || null;
      if (besluit && besluit.length > 200) fout('ministerieel_besluit', 'Te lang (maximum 200 tekens).');

      if (!rapport.heeftFout(r.rij) && regio && naam && aanspreekpunt && partnersOk && van && tot) {
        rijen.push({ rij: r.rij, regio, naam, aanspreekpunt, partners, van, tot, besluit });
      }
    }
  }

  // Per samenwerkingsverband: the rows agree, the composition and the werkingsgebied are in order.
  const groepen = new Map<string, Rij[]>();
  for (const r of rijen) groepen.set(naamSleutel(r.naam), [...(groepen.get(naamSleutel(r.naam)) ?? []), r]);
  const bestaandSwv = db.prepare('SELECT s.id, s.aanspreekpunt_id AS aanspreekpuntId, o.naam AS aanspreekpuntNaam FROM samenwerkingsverband s JOIN organisatie o ON o.id = s.aanspreekpunt_id WHERE lower(s.naam) = lower(?)');
  const paren = aangrenzend(db);
  for (const groep of groepen.values()) {
    const eerste = groep[0];
    const partnerSleutel = (r: Rij) => r.partners.map((p) => p.id).sort((a, b) => a - b).join(',');
    for (const r of groep.slice(1)) {
      if (r.aanspreekpunt.id !== eerste.aanspreekpunt.id) {
        rapport.fout(r.rij, 'aanspreekpunt_ondernemingsnummer', r.aanspreekpunt.kbo, `Rij ${eerste.rij} geeft voor "${eerste.naam}" een ander aanspreekpunt (${eerste.aanspreekpunt.naam}); een samenwerkingsverband heeft één aanspreekpunt.`);
      }
      if (partnerSleutel(r) !== partnerSleutel(eerste)) {
        rapport.fout(r.rij, 'partner_ondernemingsnummers', null, `Rij ${eerste.rij} geeft voor "${eerste.naam}" andere partners; voor een combinatie van regio's zijn het dezelfde partners (BVR art. 7).`);
      }
    }
    const samenstelling = controleerSamenstelling(eerste.partners.map((p) => ({ naam: `${p.naam} (${p.typeNaam})`, categorie: p.categorie })), maxPerCategorie(db, eerste.van));
    for (const m of samenstelling) rapport.fout(eerste.rij, 'partner_ondernemingsnummers', null, m);
    const gebied = controleerWerkingsgebied([...new Set(groep.map((r) => r.regio))], paren, (c) => namen.get(c) ?? c);
    if (gebied) for (const r of groep) rapport.fout(r.rij, 'werk_en_zorgregio', r.regio, gebied);
    const swv = bestaandSwv.get(eerste.naam) as { id: number; aanspreekpuntId: number; aanspreekpuntNaam: string } | undefined;
    if (swv && swv.aanspreekpuntId !== eerste.aanspreekpunt.id) {
      rapport.fout(eerste.rij, 'aanspreekpunt_ondernemingsnummer', eerste.aanspreekpunt.kbo, `"${eerste.naam}" staat al in het register met ${swv.aanspreekpuntNaam} als aanspreekpunt. Wijzig het aanspreekpunt niet via een import.`);
    }
  }

  // Per region: at most one mandate per region and period (file and register).
  const overlapDb = db.prepare(
    `SELECT m.id, m.geldig_van AS van, m.geldig_tot AS tot, s.naam FROM mandaat m JOIN samenwerkingsverband s ON s.id = m.swv_id
      WHERE m.regio_code = ? AND m.geldig_van <= ? AND m.geldig_tot >= ?`,
  );
  const overgeslagen = new Set<number>();
  for (const r of rijen) {
    for (const a of rijen) {
      if (a === r || a.regio !== r.regio || a.van > r.tot || r.van > a.tot) continue;
      rapport.fout(r.rij, 'werk_en_zorgregio', r.regio, `Rij ${a.rij} geeft ${namen.get(r.regio)} voor een overlappende periode een mandaat (${a.naam}): per werk- en zorgregio is er één mandaat tegelijk (BVR art. 16).`);
    }
    for (const m of overlapDb.all(r.regio, r.tot, r.van) as { id: number; van: string; tot: string; naam: string }[]) {
      if (naamSleutel(m.naam) === naamSleutel(r.naam) && m.van === r.van && m.tot === r.tot) {
        overgeslagen.add(r.rij);
        rapport.waarschuwing(r.rij, null, null, `Dit mandaat is al geregistreerd (mandaat ${m.id}): de rij wordt overgeslagen.`);
      } else {
        rapport.fout(r.rij, 'geldig_van', r.van, `${namen.get(r.regio)} heeft al een mandaat van ${formatDatum(m.van)} tot ${formatDatum(m.tot)} (${m.naam}): per werk- en zorgregio is er één mandaat tegelijk (BVR art. 16).`);
      }
    }
  }
  // Half a samenwerkingsverband is never written: an error in one row keeps its other rows out.
  for (const nummers of rijenPerNaam.values()) {
    const fout = nummers.find((n) => rapport.heeftFout(n));
    if (fout === undefined) continue;
    for (const n of nummers) if (!rapport.heeftFout(n)) rapport.fout(n, null, null, `Rij ${fout} van hetzelfde samenwerkingsverband bevat een fout; een samenwerkingsverband wordt alleen in zijn geheel ingelezen.`);
  }

  const verslag = rapport.maak({ bestandsnaam: bestand.bestandsnaam, sha256: bestand.sha256, tabel: bestand.tabel, kolomVolgorde: [...MANDAAT_KOLOMMEN] });
  const niets = (uitkomst: MandaatImportResultaat['uitkomst']): MandaatImportResultaat => ({ modus: input.modus, uitkomst, geimporteerd: 0, rapport: verslag, samenwerkingsverbanden: 0, mandaten: 0 });
  if (input.modus === 'controleer') return niets('gecontroleerd');
  const geldig = rijen.filter((r) => !rapport.heeftFout(r.rij) && !overgeslagen.has(r.rij));
  if ((input.modus === 'alles-of-niets' && verslag.foutieveRijen > 0) || rapport.heeftBestandsfout || !geldig.length) return niets('niets-geimporteerd');

  const bron = `import:${bestand.sha256.slice(0, 16)}`;
  const nu = call.nowIso();
  const { swvs, mandaten } = call.tx((audit: (e: AuditInput) => void) => {
    const nieuweSwv: number[] = [];
    const mandaatIds: number[] = [];
    const insSwv = db.prepare('INSERT INTO samenwerkingsverband (naam, aanspreekpunt_id, aangemaakt_op) VALUES (?, ?, ?)');
    const insPartner = db.prepare('INSERT INTO swv_partner (swv_id, organisatie_id, categorie, van) VALUES (?, ?, ?, ?)');
    const insMandaat = db.prepare(
      `INSERT INTO mandaat (swv_id, regio_code, geldig_van, geldig_tot, status, ministerieel_besluit, bron, aangemaakt_op) VALUES (?, ?, ?, ?, 'actief', ?, ?, ?)`,
    );
    const swvIds = new Map<string, number>();
    for (const r of geldig) {
      const sleutel = naamSleutel(r.naam);
      let swvId = swvIds.get(sleutel) ?? (bestaandSwv.get(r.naam) as { id: number } | undefined)?.id;
      if (swvId === undefined) {
        swvId = Number(insSwv.run(r.naam, r.aanspreekpunt.id, nu).lastInsertRowid);
        const van = groepen.get(sleutel)!.reduce((m, x) => (x.van < m ? x.van : m), r.van);
        for (const p of r.partners) insPartner.run(swvId, p.id, p.categorie, van);
        nieuweSwv.push(swvId);
        audit({ entiteit: 'samenwerkingsverband', entiteitId: swvId, actie: 'aangemaakt', nieuw: { naam: r.naam, aanspreekpuntId: r.aanspreekpunt.id, partners: r.partners.map((p) => p.id), bron } });
      }
      swvIds.set(sleutel, swvId);
      const mandaatId = Number(insMandaat.run(swvId, r.regio, r.van, r.tot, r.besluit, bron, nu).lastInsertRowid);
      addMandaatHistoriek(call, mandaatId, {
        datum: r.van,
        wat: 'mandaat',
        toelichting: `Mandaat voor ${namen.get(r.regio)} van ${formatDatum(r.van)} tot en met ${formatDatum(r.tot)}${r.besluit ? ` (${r.besluit})` : ''}, ingelezen uit "${bestand.bestandsnaam}", rij ${r.rij}`,
      });
      mandaatIds.push(mandaatId);
      audit({ entiteit: 'mandaat', entiteitId: mandaatId, actie: 'aangemaakt', nieuw: { swvId, regioCode: r.regio, geldigVan: r.van, geldigTot: r.tot, ministerieelBesluit: r.besluit, bron } });
    }
    audit(importSamenvattingAudit('mandaat-import', bestand, input.modus, verslag, { entiteit: 'mandaat', ids: mandaatIds, naam: ['mandaat', 'mandaten'] }));
    return { swvs: nieuweSwv.length, mandaten: mandaatIds.length };
  });
  return { modus: input.modus, uitkomst: 'geimporteerd', geimporteerd: mandaten, rapport: verslag, samenwerkingsverbanden: swvs, mandaten };
}
