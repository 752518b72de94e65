/**
 * Import of agreements from the e-loket export (CSV or XLSX) — `overeenkomst.importeer`, built on
 * the generic import module (`electron/core/platform/imports`: reading, header mapping, report).
 *
 * Every row gets the same checks as a registration (`controleerOvereenkomst` and the pluggable
 * combination checks), including conflicts between rows of the same file. Speed (40,000 rows in
 * seconds) comes from doing no query per row: recognitions, participants, their agreements and the
 * dated parameters are loaded once into in-memory indexes; rows found valid join the index so later
 * rows are checked against them; the writes use prepared statements in one transaction.
 *
 * Audit: ONE entry per import (entiteit 'overeenkomst-import', entiteitId = the first 16 hex of the
 * file's sha-256; file name, full sha-256, mode, counts, id range), not one per row — 40,000 audit
 * rows would drown the trail without telling more. Every imported agreement carries
 * `bron = 'import:<that entiteitId>'`, which links it to the entry. New participants are covered by
 * the same entry (no personal data in it).
 *
 * A row that is already registered (same participant, begeleider, werkpost and start date) is
 * skipped with a warning, not refused: a file with a corrected row can simply be imported again.
 *
 * Validation yields to the event loop every 1,000 rows and pushes `job.voortgang`; because other
 * calls may write meanwhile, the writing transaction first compares a fingerprint of the data the
 * checks used and, when it changed, checks the rows again inside the transaction.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { ImportModus } from '../../../../../shared/platform/import.contract';
import type { Locatie, OvereenkomstImportResultaat } from '../../../../../shared/ama-wvg/overeenkomst.contract';
import {
  controleerOvereenkomst,
  effectiefEinde,
  geboorteUitCheck,
  maskeerInsz,
  periodeVan,
  zelfdeWerkpost,
  type AndereOvereenkomst,
  type ErkenningFeit,
  type GeboorteBereik,
  type OvereenkomstFeiten,
} from '../../../../../shared/ama-wvg/overeenkomst';
import { checkInsz } from '../../../../../shared/kernel/insz';
import { checkKbo } from '../../../../../shared/kernel/kbo';
import type { CallContext } from '../../../platform/context';
import { runJob, type Job } from '../../../platform/jobs';
import { ParameterCache, combinatieConflicten, parameterFeiten } from './controles';
import { koppelKolommen, leesImportBestand, parseDatum, RapportBouwer, type ImportRapport, type KolomSpec, type Kolommen, type Tabel } from '../../../platform/imports';
import { aantalMet, formatAantal, formatDatum } from '../../../../../shared/kernel/format';

type Kolom =
  | 'organisatietype' | 'erkenningsnummer' | 'voornaam' | 'achternaam' | 'rijksregisternummer' | 'werkpost' | 'werkpost_kbo'
  | 'werkpost_adres' | 'startdatum' | 'einddatum' | 'contact_email' | 'modelovereenkomst' | 'geen_combinatie';

/** The columns of the e-loket export (headers case-insensitive; accents, spaces and hyphens ignored). */
export const OVEREENKOMST_KOLOMMEN: readonly KolomSpec<Kolom>[] = [
  { sleutel: 'organisatietype', aliassen: ['type_organisatie', 'type'], verplicht: true },
  { sleutel: 'erkenningsnummer', aliassen: ['erkenningsnr'], verplicht: true },
  { sleutel: 'voornaam', verplicht: true },
  { sleutel: 'achternaam', aliassen: ['naam', 'familienaam'], verplicht: true },
  { sleutel: 'rijksregisternummer', aliassen: ['rijksregisternr', 'insz'], verplicht: true },
  { sleutel: 'werkpost', aliassen: ['werkpost_naam'], verplicht: true },
  { sleutel: 'werkpost_kbo', aliassen: ['werkpost_ondernemingsnummer'], verplicht: false },
  { sleutel: 'werkpost_adres', aliassen: ['werkpost_adressen', 'werkpost_locaties'], verplicht: false },
  { sleutel: 'startdatum', verplicht: true },
  { sleutel: 'einddatum', verplicht: false },
  { sleutel: 'contact_email', aliassen: ['contact_e_mail', 'email', 'e_mail'], verplicht: false },
  // Not in today's export: the e-loket form itself uses the official model and holds the declaration.
  { sleutel: 'modelovereenkomst', aliassen: ['model_overeenkomst', 'model'], verplicht: false },
  { sleutel: 'geen_combinatie', aliassen: ['geen_combinatie_verklaard'], verplicht: false },
];
const VERPLICHT = OVEREENKOMST_KOLOMMEN.filter((k) => k.verplicht).map((k) => k.sleutel);

/** The API field of a check → the column of the export it is about. */
const KOLOM_VAN_VELD: Record<string, Kolom> = {
  organisatieId: 'erkenningsnummer',
  erkenningsnummer: 'erkenningsnummer',
  insz: 'rijksregisternummer',
  werkpostNaam: 'werkpost',
  werkpostKbo: 'werkpost_kbo',
  startdatum: 'startdatum',
  einddatum: 'einddatum',
  modelOvereenkomst: 'modelovereenkomst',
  geenCombinatieVerklaard: 'geen_combinatie',
};

const VOORTGANG_ELKE = 1000;

interface ErkenningIndex extends ErkenningFeit {
  id: number;
  organisatieNaam: string;
  typeCode: string;
  typeNaam: string;
}

interface DeelnemerIndex {
  id: number;
  voornaam: string | null;
  achternaam: string | null;
  laatsteStart: string | null;
}

/** A row that passed every check, ready to be written. */
interface GeldigeRij {
  rij: number;
  erkenning: ErkenningIndex;
  insz: string;
  voornaam: string;
  achternaam: string;
  geboorte: GeboorteBereik;
  werkpostNaam: string;
  werkpostKbo: string | null;
  locaties: Locatie[];
  startdatum: string;
  einddatum: string | null;
  contactEmail: string | null;
  modelOvereenkomst: boolean;
  geenCombinatieVerklaard: boolean;
}

interface Controle {
  rapport: RapportBouwer;
  geldig: GeldigeRij[];
  overgeslagen: number;
}

/** What the checks read from the database: everything, once. */
interface Index {
  erkenningen: Map<string, ErkenningIndex>;
  deelnemers: Map<string, DeelnemerIndex>;
  /** Other agreements per INSZ: registered ones (with their own end date), plus the valid rows of the file seen so far. */
  andere: Map<string, (AndereOvereenkomst & { einddatum?: string | null })[]>;
  params: ParameterCache;
}

const normaal = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '');

function laadIndex(call: CallContext): Index {
  const db = call.app.sqlite;
  const erkenningen = new Map<string, ErkenningIndex>();
  for (const e of db
    .prepare(
      `SELECT e.id, e.erkenningsnummer, e.organisatie_id AS organisatieId, e.geldig_van AS geldigVan, e.geldig_tot AS geldigTot, e.status,
              o.naam AS organisatieNaam, o.type_code AS typeCode, t.naam AS typeNaam
         FROM erkenning e JOIN organisatie o ON o.id = e.organisatie_id JOIN organisatie_type t ON t.code = o.type_code`,
    )
    .all() as ErkenningIndex[]) {
    erkenningen.set(e.erkenningsnummer.trim().toUpperCase(), e);
  }
  const deelnemers = new Map<string, DeelnemerIndex>();
  for (const d of db
    .prepare(
      `SELECT d.id, d.insz, d.voornaam, d.achternaam, max(o.startdatum) AS laatsteStart
         FROM deelnemer d LEFT JOIN overeenkomst o ON o.deelnemer_id = d.id WHERE d.insz IS NOT NULL GROUP BY d.id`,
    )
    .all() as (DeelnemerIndex & { insz: string })[]) {
    deelnemers.set(d.insz, { id: d.id, voornaam: d.voornaam, achternaam: d.achternaam, laatsteStart: d.laatsteStart });
  }
  const andere: Index['andere'] = new Map();
  for (const r of db
    .prepare(
      `SELECT d.insz, o.id, o.organisatie_id AS organisatieId, org.naam AS organisatieNaam, o.werkpost_naam AS naam, o.werkpost_kbo AS kbo,
              o.startdatum, o.einddatum, e.geldig_tot AS geldigTot
         FROM overeenkomst o JOIN deelnemer d ON d.id = o.deelnemer_id JOIN erkenning e ON e.id = o.erkenning_id
         JOIN organisatie org ON org.id = o.organisatie_id WHERE d.insz IS NOT NULL`,
    )
    .all() as { insz: string; id: number; organisatieId: number; organisatieNaam: string; naam: string; kbo: string | null; startdatum: string; einddatum: string | null; geldigTot: string }[]) {
    const list = andere.get(r.insz) ?? [];
    list.push({ id: r.id, organisatieId: r.organisatieId, organisatieNaam: r.organisatieNaam, werkpost: { naam: r.naam, kbo: r.kbo }, periode: { van: r.startdatum, tot: effectiefEinde(r.einddatum, r.geldigTot) }, einddatum: r.einddatum });
    andere.set(r.insz, list);
  }
  return { erkenningen, deelnemers, andere, params: new ParameterCache(db) };
}

/**
 * A fingerprint of what the checks depend on. Compared at the start of the writing transaction:
 * when another call changed agreements, participants, recognitions or parameters meanwhile, the rows
 * are checked again inside the transaction.
 */
function vingerafdruk(call: CallContext): string {
  const r = call.app.sqlite
    .prepare(
      `SELECT (SELECT count(*) || ':' || coalesce(max(id), 0) || ':' || coalesce(sum(versie), 0) FROM overeenkomst) AS o,
              (SELECT count(*) || ':' || coalesce(max(id), 0) FROM deelnemer) AS d,
              (SELECT count(*) || ':' || coalesce(sum(versie), 0) || ':' || coalesce(group_concat(id || status || geldig_van || geldig_tot, ','), '') FROM erkenning) AS e,
              (SELECT count(*) || ':' || coalesce(max(id), 0) FROM parameter) AS p`,
    )
    .get() as { o: string; d: string; e: string; p: string };
  return `${r.o}|${r.d}|${createHash('sha1').update(r.e).digest('hex')}|${r.p}`;
}

// ---------------------------------------------------------------------------------------------------
// Field parsing
// ---------------------------------------------------------------------------------------------------

/** ja/nee, j/n, yes/no, waar/onwaar (Excel), true/false, 1/0, x → boolean; null when not recognised. */
export function leesJaNee(v: string): boolean | null {
  const s = v.trim().toLowerCase();
  if (['ja', 'j', 'yes', 'y', 'true', 'waar', '1', 'x'].includes(s)) return true;
  if (['nee', 'neen', 'n', 'no', 'false', 'onwaar', '0'].includes(s)) return false;
  return null;
}

/**
 * `Kerkstraat 1, 9000 Gent; Veldstraat 2, 9000 Gent` → two locations. The postcode is the last
 * four-digit number followed by the municipality.
 */
export function leesAdressen(v: string): Locatie[] | null {
  const delen = v.split(/[;|\n]/).map((s) => s.trim()).filter(Boolean);
  const out: Locatie[] = [];
  for (const d of delen) {
    const m = /^(.*\S)\s+([1-9]\d{3})\s+(\D.*)$/.exec(d);
    if (!m) return null;
    const straat = m[1].replace(/,\s*$/, '').trim();
    if (!straat) return null;
    out.push({ straat, postcode: m[2], gemeente: m[3].trim() });
  }
  return out;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

// ---------------------------------------------------------------------------------------------------
// Checking
// ---------------------------------------------------------------------------------------------------

/**
 * Check all rows; a generator that yields after every {@link VOORTGANG_ELKE} rows so the caller can
 * report progress (and, asynchronously, let the event loop breathe).
 */
function* controleer(call: CallContext, tabel: Tabel, k: Kolommen<Kolom>, idx: Index): Generator<number, Controle> {
  const rapport = new RapportBouwer();
  const geldig: GeldigeRij[] = [];
  let overgeslagen = 0;
  let n = 0;
  for (const r of tabel.rijen) {
    if (++n % VOORTGANG_ELKE === 0) yield n;
    const rij = r.rij;
    const w = (kolom: Kolom) => k.waarde(r, kolom);
    let fouten = 0;
    // The report shows the value as read, except the rijksregisternummer: masked to the birth-date part.
    const fout = (kolom: Kolom, melding: string) => {
      fouten++;
      rapport.fout(rij, kolom, kolom === 'rijksregisternummer' ? maskeerInsz(w(kolom)) || '***' : w(kolom), melding);
    };

    for (const kolom of VERPLICHT) if (!w(kolom)) fout(kolom, 'Dit veld is verplicht.');

    const nummer = w('erkenningsnummer');
    const erkenning = nummer ? (idx.erkenningen.get(nummer.toUpperCase()) ?? null) : null;
    if (nummer && !erkenning) fout('erkenningsnummer', `Er bestaat geen erkenning met nummer "${nummer}" (BVR art. 43 en 47).`);
    const type = w('organisatietype');
    if (erkenning && type) {
      const t = normaal(type);
      const code = normaal(erkenning.typeCode);
      const naam = normaal(erkenning.typeNaam);
      if (!(t === code || t === naam || (t.length >= 3 && naam.includes(t)) || (naam.length >= 3 && t.includes(naam)))) {
        fout('organisatietype', `Het organisatietype past niet bij de begeleider met erkenning ${erkenning.erkenningsnummer} (${erkenning.organisatieNaam}: ${erkenning.typeNaam}).`);
      }
    }

    let insz: string | null = null;
    let geboorte: GeboorteBereik | null = null;
    if (w('rijksregisternummer')) {
      const c = checkInsz(w('rijksregisternummer'));
      if (!c.ok) fout('rijksregisternummer', c.melding);
      else {
        insz = c.insz;
        geboorte = geboorteUitCheck(c);
      }
    }
    for (const kolom of ['voornaam', 'achternaam'] as const) if (w(kolom).length > 100) fout(kolom, 'Te lang (maximum 100 tekens).');
    if (w('werkpost').length > 200) fout('werkpost', 'Te lang (maximum 200 tekens).');

    let werkpostKbo: string | null = null;
    if (w('werkpost_kbo')) {
      const c = checkKbo(w('werkpost_kbo'));
      if (!c.ok) fout('werkpost_kbo', c.melding);
      else werkpostKbo = c.kbo;
    }
    let locaties: Locatie[] = [];
    if (w('werkpost_adres')) {
      const l = leesAdressen(w('werkpost_adres'));
      if (!l) fout('werkpost_adres', 'Adres niet herkend: schrijf "straat nummer, postcode gemeente" (meerdere locaties gescheiden door ";").');
      else locaties = l;
    }
    let startdatum: string | null = null;
    if (w('startdatum')) {
      const d = parseDatum(w('startdatum'));
      if (d.ok) startdatum = d.waarde;
      else fout('startdatum', d.melding);
    }
    let einddatum: string | null = null;
    if (w('einddatum')) {
      const d = parseDatum(w('einddatum'));
      if (d.ok) einddatum = d.waarde;
      else fout('einddatum', d.melding);
    }
    const contactEmail = w('contact_email') || null;
    if (contactEmail && (!EMAIL.test(contactEmail) || contactEmail.length > 254)) fout('contact_email', 'Geen geldig e-mailadres.');
    const janee = (kolom: 'modelovereenkomst' | 'geen_combinatie') => {
      if (!w(kolom)) return true;
      const b = leesJaNee(w(kolom));
      if (b === null) fout(kolom, 'Schrijf ja of nee.');
      return b ?? true;
    };
    const modelOvereenkomst = janee('modelovereenkomst');
    const geenCombinatieVerklaard = janee('geen_combinatie');

    // The rules of a registration, once the fields they need could be read.
    if (fouten || !erkenning || !insz || !geboorte || !startdatum) continue;
    const werkpost = { naam: w('werkpost'), kbo: werkpostKbo };
    const andere = idx.andere.get(insz) ?? [];
    const zelfde = andere.find((o) => o.id !== null && o.organisatieId === erkenning.organisatieId && o.periode.van === startdatum && zelfdeWerkpost(o.werkpost, werkpost));
    if (zelfde) {
      overgeslagen++;
      const anders = (zelfde.einddatum ?? null) !== einddatum;
      rapport.waarschuwing(rij, anders ? 'einddatum' : null, anders ? w('einddatum') : null,
        `Deze overeenkomst is al geregistreerd (overeenkomst ${zelfde.id}): de rij wordt overgeslagen.` +
          (anders ? ` Let op: de einddatum in het bestand (${einddatum ? formatDatum(einddatum) : 'geen'}) verschilt van de geregistreerde (${zelfde.einddatum ? formatDatum(zelfde.einddatum) : 'geen'}); pas de overeenkomst aan indien nodig.` : ''));
      continue;
    }
    const feiten: OvereenkomstFeiten = {
      organisatieId: erkenning.organisatieId, erkenning, erkenningsnummer: erkenning.erkenningsnummer, startdatum, einddatum, geboorte,
      ...parameterFeiten(idx.params, startdatum), modelOvereenkomst, geenCombinatieVerklaard, werkpost, andere,
    };
    const periode = periodeVan(feiten);
    const deelnemerId = idx.deelnemers.get(insz)?.id ?? null;
    for (const o of [...controleerOvereenkomst(feiten), ...combinatieConflicten(call, { id: deelnemerId, insz, geboortedatum: geboorte.exact ? geboorte.vroegst : null }, periode)]) {
      fout(KOLOM_VAN_VELD[o.veld] ?? 'erkenningsnummer', o.melding);
    }
    if (fouten) continue;
    andere.push({ id: null, rij, organisatieId: erkenning.organisatieId, organisatieNaam: erkenning.organisatieNaam, werkpost, periode });
    idx.andere.set(insz, andere);
    geldig.push({
      rij, erkenning, insz, voornaam: w('voornaam'), achternaam: w('achternaam'), geboorte, werkpostNaam: w('werkpost'), werkpostKbo, locaties,
      startdatum, einddatum, contactEmail, modelOvereenkomst, geenCombinatieVerklaard,
    });
  }
  return { rapport, geldig, overgeslagen };
}

// ---------------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------------

function schrijf(call: CallContext, geldig: GeldigeRij[], idx: Index, bron: string, voortgang: (gedaan: number) => void) {
  const db = call.app.sqlite;
  const nu = call.nowIso();
  const insDeelnemer = db.prepare('INSERT INTO deelnemer (insz, voornaam, achternaam, geboortedatum, geboortejaar, aangemaakt_op) VALUES (?, ?, ?, ?, ?, ?)');
  const updNamen = db.prepare('UPDATE deelnemer SET voornaam = ?, achternaam = ? WHERE id = ?');
  const insOvereenkomst = db.prepare(
    `INSERT INTO overeenkomst (organisatie_id, erkenning_id, deelnemer_id, werkpost_naam, werkpost_kbo, werkpost_locaties, startdatum, einddatum,
       einde_reden, contact_email, model_overeenkomst, geen_combinatie_verklaard, bron, aangemaakt_op)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  // Names follow the agreement that starts last (ties: the later row).
  const laatste = new Map<string, GeldigeRij>();
  for (const g of geldig) {
    const huidig = laatste.get(g.insz);
    if (!huidig || g.startdatum >= huidig.startdatum) laatste.set(g.insz, g);
  }
  const deelnemerIds = new Map<string, number>();
  let nieuweDeelnemers = 0;
  let namenBijgewerkt = 0;
  for (const [insz, g] of laatste) {
    const d = idx.deelnemers.get(insz);
    if (!d) {
      deelnemerIds.set(insz, Number(insDeelnemer.run(insz, g.voornaam, g.achternaam, g.geboorte.exact ? g.geboorte.vroegst : null, g.geboorte.jaar, nu).lastInsertRowid));
      nieuweDeelnemers++;
    } else {
      deelnemerIds.set(insz, d.id);
      if ((d.laatsteStart === null || g.startdatum >= d.laatsteStart) && (d.voornaam !== g.voornaam || d.achternaam !== g.achternaam)) {
        updNamen.run(g.voornaam, g.achternaam, d.id);
        namenBijgewerkt++;
      }
    }
  }
  let eersteId: number | null = null;
  let laatsteId: number | null = null;
  geldig.forEach((g, i) => {
    const id = Number(
      insOvereenkomst.run(g.erkenning.organisatieId, g.erkenning.id, deelnemerIds.get(g.insz)!, g.werkpostNaam, g.werkpostKbo, JSON.stringify(g.locaties),
        g.startdatum, g.einddatum, g.einddatum ? 'einde-overeenkomst' : null, g.contactEmail, g.modelOvereenkomst ? 1 : 0, g.geenCombinatieVerklaard ? 1 : 0, bron, nu).lastInsertRowid,
    );
    eersteId ??= id;
    laatsteId = id;
    if ((i + 1) % VOORTGANG_ELKE === 0) voortgang(i + 1);
  });
  return { eersteId, laatsteId, nieuweDeelnemers, namenBijgewerkt };
}

// ---------------------------------------------------------------------------------------------------
// The method
// ---------------------------------------------------------------------------------------------------

export async function importeerOvereenkomsten(
  call: CallContext,
  input: { bestandsnaam: string; inhoudBase64: string; modus: ImportModus; jobId?: string },
): Promise<OvereenkomstImportResultaat> {
  const begin = Date.now();
  const jobId = input.jobId ?? `import-${randomUUID()}`;

  const b = await leesImportBestand(input);
  const maak = (rapport: RapportBouwer): ImportRapport =>
    rapport.maak({ bestandsnaam: b.bestandsnaam, sha256: b.sha256, tabel: b.tabel, kolomVolgorde: OVEREENKOMST_KOLOMMEN.map((s) => s.sleutel) });
  const resultaat = (rapport: ImportRapport, extra: Partial<OvereenkomstImportResultaat> = {}): OvereenkomstImportResultaat => ({
    modus: input.modus,
    uitkomst: input.modus === 'controleer' ? 'gecontroleerd' : 'niets-geimporteerd',
    geimporteerd: 0,
    rapport,
    jobId,
    reedsGeregistreerd: 0,
    nieuweDeelnemers: 0,
    bron: null,
    duurMs: Date.now() - begin,
    ...extra,
  });

  // The header: without a required column no row can be checked.
  const kopRapport = new RapportBouwer();
  const kolommen = koppelKolommen(b.tabel, OVEREENKOMST_KOLOMMEN, kopRapport);
  if (!kolommen.compleet) {
    // A missing column is an error for the whole file: no row counts as valid.
    if (!kopRapport.heeftBestandsfout) kopRapport.fout(null, null, null, 'De rijen werden niet gecontroleerd: vul eerst de koprij aan.');
    return resultaat(maak(kopRapport));
  }

  const totaal = b.tabel.rijen.length;
  // One job, two phases of `totaal` steps each: checking every row, then writing the valid ones.
  const job = (gedaan: number, bericht: string) => taak?.voortgang(gedaan, bericht);
  let taak: Job | undefined;
  return runJob(call.app, { soort: 'import-overeenkomsten', jobId, totaal: 2 * totaal, intervalMs: 0, bericht: `${aantalMet(totaal, 'rij', 'rijen')} gelezen uit ${input.bestandsnaam}`, medewerkerId: call.caller.medewerkerId }, async (j) => {
  taak = j;
  const voor = vingerafdruk(call);
  let idx = laadIndex(call);
  const gen = controleer(call, b.tabel, kolommen, idx);
  let stap = gen.next();
  while (!stap.done) {
    job(stap.value, `Rij ${stap.value} van ${totaal} gecontroleerd`);
    await new Promise<void>((resolve) => setImmediate(resolve));
    stap = gen.next();
  }
  let c = stap.value;
  const metFouten = () => b.tabel.rijen.length - c.geldig.length - c.overgeslagen;
  job(totaal, `${c.geldig.length} geldige rijen, ${metFouten()} met fouten, ${c.overgeslagen} al geregistreerd`);

  const schrijven = c.geldig.length > 0 && (input.modus === 'enkel-geldige' || (input.modus === 'alles-of-niets' && metFouten() === 0));
  if (!schrijven) return resultaat(maak(c.rapport), { reedsGeregistreerd: c.overgeslagen });

  const sleutel = b.sha256.slice(0, 16);
  const bron = `import:${sleutel}`;
  const geschreven = call.tx((audit) => {
    if (vingerafdruk(call) !== voor) {
      // Something changed while the rows were checked: check again, now inside the transaction.
      idx = laadIndex(call);
      const g = controleer(call, b.tabel, kolommen, idx);
      let s = g.next();
      while (!s.done) s = g.next();
      c = s.value;
      if (!c.geldig.length || (input.modus === 'alles-of-niets' && metFouten() > 0)) return null;
    }
    const w = schrijf(call, c.geldig, idx, bron, (gedaan) => job(totaal + Math.round((gedaan * totaal) / c.geldig.length), `${formatAantal(gedaan)} van ${aantalMet(c.geldig.length, 'overeenkomst', 'overeenkomsten')} bewaard`));
    // One audit entry for the whole file (see the module comment); no personal data in it.
    audit({
      entiteit: 'overeenkomst-import', entiteitId: sleutel, actie: 'geimporteerd',
      nieuw: {
        bestandsnaam: b.bestandsnaam, sha256: b.sha256, formaat: b.tabel.formaat, modus: input.modus, rijen: totaal, geimporteerd: c.geldig.length,
        metFouten: metFouten(), reedsGeregistreerd: c.overgeslagen, nieuweDeelnemers: w.nieuweDeelnemers, namenBijgewerkt: w.namenBijgewerkt,
        eersteOvereenkomstId: w.eersteId, laatsteOvereenkomstId: w.laatsteId, bron,
      },
      reden: `Import van "${b.bestandsnaam}" (${input.modus}): ${aantalMet(c.geldig.length, 'overeenkomst', 'overeenkomsten')} aangemaakt met bron ${bron}; één auditregel voor het hele bestand.`,
    });
    return w;
  });
  const rapport = maak(c.rapport);
  if (!geschreven) return resultaat(rapport, { reedsGeregistreerd: c.overgeslagen });
  job(2 * totaal, `${aantalMet(c.geldig.length, 'overeenkomst', 'overeenkomsten')} geïmporteerd`);
  return resultaat(rapport, {
    uitkomst: 'geimporteerd', geimporteerd: c.geldig.length, reedsGeregistreerd: c.overgeslagen, nieuweDeelnemers: geschreven.nieuweDeelnemers, bron,
  });
  });
}
