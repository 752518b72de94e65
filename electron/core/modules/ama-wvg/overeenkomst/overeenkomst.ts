import { createHash } from 'node:crypto';
import { overeenkomstVoorbeeld } from './voorbeeldbestand';
import { AppError, type FoutDetail } from '../../../../../shared/api/errors';
import type {
  AchterstalligeEvaluatie,
  DeelnemerDetail,
  EindeRedenOvereenkomst,
  Evaluatie,
  Locatie,
  Overeenkomst,
  OvereenkomstNaEindeErkenning,
  OvereenkomstRij,
  ScanMeta,
} from '../../../../../shared/ama-wvg/overeenkomst.contract';
import { OVEREENKOMST_PAGINA } from '../../../../../shared/ama-wvg/overeenkomst.contract';
import {
  ARTIKEL,
  controleerOvereenkomst,
  effectiefEinde,
  evaluatieAchterstallig,
  geboorteUitInsz,
  initialen,
  maskeerInsz,
  periodeVan,
  volgendeEvaluatie,
  type AndereOvereenkomst,
  type ErkenningFeit,
  type GeboorteBereik,
  type OvereenkomstFeiten,
  type Overtreding,
  type Periode,
} from '../../../../../shared/ama-wvg/overeenkomst';
import { addMonths } from '../../../../../shared/kernel/dates';
import { formatDatum } from '../../../../../shared/kernel/format';
import type { Sqlite } from '../../../../../db/open';
import type { Handlers } from '../../../platform/router';
import type { CallContext } from '../../../platform/context';
import type { AuditInput } from '../../../platform/audit';
import { importeerOvereenkomsten } from './import';
import { combinatieConflicten, parameterFeiten, ParameterCache } from './controles';
import { medewerkerIdVan } from '../../../platform/dossier';
import { kolommenSql, pagina, type PaginaDef } from '../../../platform/pagina';
import { parameterGetal } from '../../../platform/parameter';

// ---------------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------------

const SELECT = `
  SELECT o.id, o.organisatie_id AS organisatieId, org.naam AS organisatieNaam, o.erkenning_id AS erkenningId,
         e.erkenningsnummer, e.geldig_tot AS erkenningGeldigTot, e.status AS erkenningStatus, e.einde_reden AS erkenningEindeReden,
         o.deelnemer_id AS deelnemerId, d.insz, d.voornaam, d.achternaam,
         o.werkpost_naam AS werkpostNaam, o.werkpost_kbo AS werkpostKbo, o.startdatum, o.einddatum,
         CASE WHEN o.einddatum IS NOT NULL AND o.einddatum < e.geldig_tot THEN o.einddatum ELSE e.geldig_tot END AS effectiefEinde,
         o.einde_reden AS eindeReden, (SELECT max(v.datum) FROM evaluatie v WHERE v.overeenkomst_id = o.id) AS laatsteEvaluatie,
         o.bron, o.versie
    FROM overeenkomst o
    JOIN organisatie org ON org.id = o.organisatie_id
    JOIN erkenning e ON e.id = o.erkenning_id
    JOIN deelnemer d ON d.id = o.deelnemer_id`;

type RawRij = Omit<OvereenkomstRij, 'deelnemerInitialen' | 'deelnemerInszGemaskeerd'> & {
  insz: string | null;
  voornaam: string | null;
  achternaam: string | null;
  erkenningEindeReden: string | null;
};

/** A list row: the participant only by initials and the masked INSZ. */
function toRij(r: RawRij): OvereenkomstRij {
  return {
    id: r.id,
    organisatieId: r.organisatieId,
    organisatieNaam: r.organisatieNaam,
    erkenningId: r.erkenningId,
    erkenningsnummer: r.erkenningsnummer,
    erkenningGeldigTot: r.erkenningGeldigTot,
    erkenningStatus: r.erkenningStatus,
    deelnemerId: r.deelnemerId,
    deelnemerInitialen: initialen(r.voornaam, r.achternaam),
    deelnemerInszGemaskeerd: maskeerInsz(r.insz),
    werkpostNaam: r.werkpostNaam,
    werkpostKbo: r.werkpostKbo,
    startdatum: r.startdatum,
    einddatum: r.einddatum,
    effectiefEinde: r.effectiefEinde,
    eindeReden: r.eindeReden,
    laatsteEvaluatie: r.laatsteEvaluatie,
    bron: r.bron,
    versie: r.versie,
  };
}

export function getOvereenkomst(call: CallContext, id: number): Overeenkomst {
  const db = call.app.sqlite;
  const r = db.prepare(`${SELECT} WHERE o.id = ?`).get(id) as RawRij | undefined;
  if (!r) throw AppError.nietGevonden(`Overeenkomst ${id}`);
  const extra = db
    .prepare(
      `SELECT werkpost_locaties AS locaties, contact_email AS contactEmail, model_overeenkomst AS model,
              geen_combinatie_verklaard AS geenCombinatie, bijlage_id AS bijlageId, aangemaakt_op AS aangemaaktOp
         FROM overeenkomst WHERE id = ?`,
    )
    .get(id) as { locaties: string; contactEmail: string | null; model: number; geenCombinatie: number; bijlageId: number | null; aangemaaktOp: string };
  const evaluaties = db.prepare('SELECT id, datum, opmerking FROM evaluatie WHERE overeenkomst_id = ? ORDER BY datum, id').all(id) as Evaluatie[];
  const scan = extra.bijlageId
    ? ((db
        .prepare('SELECT id AS bijlageId, bestandsnaam, mime_type AS mimeType, grootte, sha256, toegevoegd_op AS toegevoegdOp FROM bijlage WHERE id = ?')
        .get(extra.bijlageId) as ScanMeta | undefined) ?? null)
    : null;
  return {
    ...toRij(r),
    werkpostLocaties: JSON.parse(extra.locaties) as Locatie[],
    contactEmail: extra.contactEmail,
    modelOvereenkomst: extra.model === 1,
    geenCombinatieVerklaard: extra.geenCombinatie === 1,
    evaluaties,
    scan,
    aangemaaktOp: extra.aangemaaktOp,
  };
}

/** The recognition with this number (case-insensitive), as a fact for the checks. */
export function erkenningOpNummer(db: Sqlite, nummer: string): (ErkenningFeit & { id: number }) | null {
  const r = db
    .prepare(
      `SELECT id, erkenningsnummer, organisatie_id AS organisatieId, geldig_van AS geldigVan, geldig_tot AS geldigTot, status
         FROM erkenning WHERE erkenningsnummer = ? COLLATE NOCASE`,
    )
    .get(nummer.trim()) as (ErkenningFeit & { id: number }) | undefined;
  return r ?? null;
}

/** The participant's registered agreements as facts for the checks (effective periods), except one. */
export function andereOvereenkomsten(db: Sqlite, deelnemerId: number | null, behalveId: number | null = null): (AndereOvereenkomst & { startdatum: string })[] {
  if (deelnemerId === null) return [];
  const rows = db
    .prepare(
      `SELECT o.id, o.organisatie_id AS organisatieId, org.naam AS organisatieNaam, o.werkpost_naam AS naam, o.werkpost_kbo AS kbo,
              o.startdatum, o.einddatum, e.geldig_tot AS geldigTot
         FROM overeenkomst o JOIN organisatie org ON org.id = o.organisatie_id JOIN erkenning e ON e.id = o.erkenning_id
        WHERE o.deelnemer_id = ? AND o.id IS NOT ?`,
    )
    .all(deelnemerId, behalveId) as { id: number; organisatieId: number; organisatieNaam: string; naam: string; kbo: string | null; startdatum: string; einddatum: string | null; geldigTot: string }[];
  return rows.map((r) => ({
    id: r.id,
    organisatieId: r.organisatieId,
    organisatieNaam: r.organisatieNaam,
    werkpost: { naam: r.naam, kbo: r.kbo },
    startdatum: r.startdatum,
    periode: { van: r.startdatum, tot: effectiefEinde(r.einddatum, r.geldigTot) },
  }));
}

/** A failed check as a validation error: the Dutch message(s) and per field the message and article. */
export function overtredingenFout(fouten: Overtreding[], inleiding = 'De overeenkomst kan niet geregistreerd worden'): AppError {
  const details = fouten.map((f) => ({ veld: f.veld, melding: f.melding, artikel: f.artikel }) as FoutDetail);
  const message = fouten.length === 1 ? fouten[0].melding : `${inleiding}: ${fouten.length} controles zijn niet geslaagd. ${fouten.map((f) => f.melding).join(' ')}`;
  return new AppError('VALIDATIE', message, details);
}

// ---------------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------------

const MAGIC: Record<string, (b: Buffer) => boolean> = {
  'application/pdf': (b) => b.subarray(0, 5).toString('latin1') === '%PDF-',
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/tiff': (b) => {
    const h = b.subarray(0, 4).toString('latin1');
    return h === 'II*\u0000' || h === 'MM\u0000*';
  },
};

export interface GecontroleerdeScan {
  bestandsnaam: string;
  mimeType: string;
  inhoud: Buffer;
  sha256: string;
}

/** Decode and check a scanned agreement: the type matches its content, size within the parameter. */
export function controleerScan(p: ParameterCache, datum: string, s: { bestandsnaam: string; mimeType: string; inhoudBase64: string }, veld = 'scan'): GecontroleerdeScan {
  const b64 = s.inhoudBase64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 === 1) {
    throw AppError.validatie(`${veld}.inhoudBase64`, 'Het bestand is niet correct doorgestuurd (geen geldige base64).');
  }
  const inhoud = Buffer.from(b64, 'base64');
  if (inhoud.length === 0) throw AppError.validatie(`${veld}.inhoudBase64`, 'Het bestand is leeg.');
  const maxMb = p.verplichtGetal('AMA_WVG_SCAN_MAX_MB', datum);
  if (inhoud.length > maxMb * 1024 * 1024) {
    throw AppError.validatie(`${veld}.inhoudBase64`, `Het bestand is te groot (${(inhoud.length / 1024 / 1024).toFixed(1).replace('.', ',')} MB); het maximum is ${maxMb} MB.`);
  }
  if (!MAGIC[s.mimeType]?.(inhoud)) {
    throw AppError.validatie(`${veld}.mimeType`, 'De inhoud van het bestand past niet bij het bestandstype (PDF, JPG, PNG of TIFF).');
  }
  return { bestandsnaam: s.bestandsnaam, mimeType: s.mimeType, inhoud, sha256: createHash('sha256').update(inhoud).digest('hex') };
}

function bewaarScan(call: CallContext, audit: (e: AuditInput) => void, overeenkomstId: number, scan: GecontroleerdeScan): number {
  const db = call.app.sqlite;
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO bijlage (entiteit, entiteit_id, bestandsnaam, mime_type, grootte, sha256, inhoud, toegevoegd_door_id, toegevoegd_op)
       VALUES ('overeenkomst', ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(overeenkomstId, scan.bestandsnaam, scan.mimeType, scan.inhoud.length, scan.sha256, scan.inhoud, medewerkerIdVan(call), call.nowIso());
  const bijlageId = Number(lastInsertRowid);
  const oud = db.prepare('SELECT bijlage_id AS b FROM overeenkomst WHERE id = ?').get(overeenkomstId) as { b: number | null };
  db.prepare('UPDATE overeenkomst SET bijlage_id = ? WHERE id = ?').run(bijlageId, overeenkomstId);
  audit({ entiteit: 'overeenkomst', entiteitId: overeenkomstId, actie: 'gewijzigd', oud: { bijlageId: oud.b }, nieuw: { bijlageId, sha256: scan.sha256, grootte: scan.inhoud.length, mimeType: scan.mimeType }, reden: 'Gescande overeenkomst toegevoegd' });
  return bijlageId;
}

/** Evaluation dates: not before the start, not after the effective end, not in the future, no duplicates. */
function controleerEvaluaties(call: CallContext, o: { startdatum: string; effectiefEinde: string }, datums: string[], bestaand: string[], veld: (i: number) => string): void {
  const gezien = new Set(bestaand);
  datums.forEach((d, i) => {
    const v = veld(i);
    if (d < o.startdatum) throw AppError.validatie(v, `De evaluatie (${formatDatum(d)}) ligt vóór de start van de overeenkomst (${formatDatum(o.startdatum)}).`);
    if (d > o.effectiefEinde) throw AppError.validatie(v, `De evaluatie (${formatDatum(d)}) ligt na het einde van de overeenkomst (${formatDatum(o.effectiefEinde)}).`);
    if (d > call.today()) throw AppError.validatie(v, 'Een evaluatie kan niet in de toekomst geregistreerd worden.');
    if (gezien.has(d)) throw AppError.validatie(v, `Er is al een evaluatie op ${formatDatum(d)}.`);
    gezien.add(d);
  });
}

/** The participant by INSZ, created when new; the names follow the agreement that starts last. */
function bewaarDeelnemer(
  call: CallContext,
  audit: (e: AuditInput) => void,
  d: { insz: string; voornaam: string; achternaam: string; geboorte: GeboorteBereik },
  startdatum: string,
): number {
  const db = call.app.sqlite;
  const bestaand = db
    .prepare(
      `SELECT id, voornaam, achternaam, (SELECT max(startdatum) FROM overeenkomst WHERE deelnemer_id = deelnemer.id) AS laatsteStart
         FROM deelnemer WHERE insz = ?`,
    )
    .get(d.insz) as { id: number; voornaam: string | null; achternaam: string | null; laatsteStart: string | null } | undefined;
  if (!bestaand) {
    const { lastInsertRowid } = db
      .prepare('INSERT INTO deelnemer (insz, voornaam, achternaam, geboortedatum, geboortejaar, aangemaakt_op) VALUES (?, ?, ?, ?, ?, ?)')
      .run(d.insz, d.voornaam, d.achternaam, d.geboorte.exact ? d.geboorte.vroegst : null, d.geboorte.jaar, call.nowIso());
    const id = Number(lastInsertRowid);
    // No personal data in the audit trail: only the id and the birth year (kept after anonymisation too).
    audit({ entiteit: 'deelnemer', entiteitId: id, actie: 'aangemaakt', nieuw: { deelnemerId: id, geboortejaar: d.geboorte.jaar } });
    return id;
  }
  const laatste = bestaand.laatsteStart === null || startdatum >= bestaand.laatsteStart;
  if (laatste && (bestaand.voornaam !== d.voornaam || bestaand.achternaam !== d.achternaam)) {
    db.prepare('UPDATE deelnemer SET voornaam = ?, achternaam = ? WHERE id = ?').run(d.voornaam, d.achternaam, bestaand.id);
    const velden = [bestaand.voornaam !== d.voornaam ? 'voornaam' : null, bestaand.achternaam !== d.achternaam ? 'achternaam' : null].filter(Boolean);
    audit({ entiteit: 'deelnemer', entiteitId: bestaand.id, actie: 'gewijzigd', nieuw: { gewijzigdeVelden: velden }, reden: 'Namen bijgewerkt uit de meest recente overeenkomst' });
  }
  return bestaand.id;
}

type RegistreerInput = Parameters<Handlers['overeenkomst.registreer']>[0];

function registreer(input: RegistreerInput, call: CallContext): Overeenkomst {
  const db = call.app.sqlite;
  const org = db.prepare('SELECT id FROM organisatie WHERE id = ?').get(input.organisatieId);
  if (!org) throw AppError.validatie('organisatieId', `Organisatie ${input.organisatieId} bestaat niet.`);
  const params = new ParameterCache(db);
  const erkenning = erkenningOpNummer(db, input.erkenningsnummer);
  const geboorte = geboorteUitInsz(input.insz);
  if (!geboorte) throw AppError.validatie('insz', 'Dit rijksregisternummer klopt niet.');
  const deelnemer = db.prepare('SELECT id, geboortedatum FROM deelnemer WHERE insz = ?').get(input.insz) as { id: number; geboortedatum: string | null } | undefined;
  const einddatum = input.einddatum ?? null;
  const feiten: OvereenkomstFeiten = {
    organisatieId: input.organisatieId,
    erkenning,
    erkenningsnummer: input.erkenningsnummer,
    startdatum: input.startdatum,
    einddatum,
    geboorte,
    ...parameterFeiten(params, input.startdatum),
    modelOvereenkomst: input.modelOvereenkomst,
    geenCombinatieVerklaard: input.geenCombinatieVerklaard,
    werkpost: { naam: input.werkpostNaam, kbo: input.werkpostKbo },
    andere: andereOvereenkomsten(db, deelnemer?.id ?? null),
  };
  const periode = periodeVan(feiten);
  const fouten = [
    ...controleerOvereenkomst(feiten),
    ...combinatieConflicten(call, { id: deelnemer?.id ?? null, insz: input.insz, geboortedatum: geboorte.exact ? geboorte.vroegst : null }, periode),
  ];
  if (fouten.length) throw overtredingenFout(fouten);
  const evaluatieDatums = (input.evaluaties ?? []).map((e) => e.datum);
  controleerEvaluaties(call, { startdatum: input.startdatum, effectiefEinde: periode.tot! }, evaluatieDatums, [], (i) => `evaluaties.${i}.datum`);
  const scan = input.scan ? controleerScan(params, call.today(), input.scan) : null;

  const id = call.tx((audit) => {
    const deelnemerId = bewaarDeelnemer(call, audit, { insz: input.insz, voornaam: input.voornaam, achternaam: input.achternaam, geboorte }, input.startdatum);
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO overeenkomst (organisatie_id, erkenning_id, deelnemer_id, werkpost_naam, werkpost_kbo, werkpost_locaties, startdatum,
           einddatum, einde_reden, contact_email, model_overeenkomst, geen_combinatie_verklaard, bron, aangemaakt_op)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'manueel', ?)`,
      )
      .run(input.organisatieId, erkenning!.id, deelnemerId, input.werkpostNaam, input.werkpostKbo, JSON.stringify(input.werkpostLocaties),
        input.startdatum, einddatum, einddatum ? 'einde-overeenkomst' : null, input.contactEmail ?? null, input.modelOvereenkomst ? 1 : 0,
        input.geenCombinatieVerklaard ? 1 : 0, call.nowIso());
    const oid = Number(lastInsertRowid);
    const ins = db.prepare('INSERT INTO evaluatie (overeenkomst_id, datum, opmerking) VALUES (?, ?, ?)');
    for (const e of input.evaluaties ?? []) ins.run(oid, e.datum, e.opmerking || null);
    // The participant is recorded by id only: no INSZ or names in the audit trail.
    audit({
      entiteit: 'overeenkomst', entiteitId: oid, actie: 'aangemaakt',
      nieuw: {
        organisatieId: input.organisatieId, erkenningId: erkenning!.id, deelnemerId, werkpostNaam: input.werkpostNaam, werkpostKbo: input.werkpostKbo,
        locaties: input.werkpostLocaties.length, startdatum: input.startdatum, einddatum, modelOvereenkomst: input.modelOvereenkomst,
        geenCombinatieVerklaard: input.geenCombinatieVerklaard, evaluaties: evaluatieDatums, bron: 'manueel',
      },
    });
    if (scan) bewaarScan(call, audit, oid, scan);
    return oid;
  });
  return getOvereenkomst(call, id);
}

interface OpgeslagenOvereenkomst {
  id: number;
  organisatieId: number;
  organisatieNaam: string;
  erkenningId: number;
  erkenningsnummer: string;
  erkenningGeldigVan: string;
  erkenningGeldigTot: string;
  erkenningStatus: string;
  deelnemerId: number;
  insz: string | null;
  geboortedatum: string | null;
  werkpostNaam: string;
  werkpostKbo: string | null;
  werkpostLocaties: string;
  startdatum: string;
  einddatum: string | null;
  eindeReden: EindeRedenOvereenkomst | null;
  contactEmail: string | null;
  modelOvereenkomst: number;
  geenCombinatieVerklaard: number;
  versie: number;
}

function laadOpgeslagen(call: CallContext, id: number): OpgeslagenOvereenkomst {
  const r = call.app.sqlite
    .prepare(
      `SELECT o.id, o.organisatie_id AS organisatieId, org.naam AS organisatieNaam, o.erkenning_id AS erkenningId, e.erkenningsnummer,
              e.geldig_van AS erkenningGeldigVan, e.geldig_tot AS erkenningGeldigTot, e.status AS erkenningStatus, o.deelnemer_id AS deelnemerId,
              d.insz, d.geboortedatum, o.werkpost_naam AS werkpostNaam, o.werkpost_kbo AS werkpostKbo, o.werkpost_locaties AS werkpostLocaties,
              o.startdatum, o.einddatum, o.einde_reden AS eindeReden, o.contact_email AS contactEmail, o.model_overeenkomst AS modelOvereenkomst,
              o.geen_combinatie_verklaard AS geenCombinatieVerklaard, o.versie
         FROM overeenkomst o JOIN organisatie org ON org.id = o.organisatie_id JOIN erkenning e ON e.id = o.erkenning_id
         JOIN deelnemer d ON d.id = o.deelnemer_id WHERE o.id = ?`,
    )
    .get(id) as OpgeslagenOvereenkomst | undefined;
  if (!r) throw AppError.nietGevonden(`Overeenkomst ${id}`);
  return r;
}

type WijzigInput = Parameters<Handlers['overeenkomst.wijzig']>[0];

function wijzig(input: WijzigInput, call: CallContext): Overeenkomst {
  const db = call.app.sqlite;
  const o = laadOpgeslagen(call, input.id);
  if (o.versie !== input.versie) {
    throw new AppError('CONFLICT', `De overeenkomst werd intussen gewijzigd (versie ${o.versie}, je vertrok van versie ${input.versie}). Laad ze opnieuw en herhaal de wijziging.`);
  }
  const einddatum = input.einddatum === undefined ? o.einddatum : input.einddatum;
  const eindeReden: EindeRedenOvereenkomst | null = einddatum === null ? null : (input.eindeReden ?? (input.einddatum === undefined ? o.eindeReden : null) ?? 'einde-overeenkomst');
  if (input.eindeReden && einddatum === null) throw AppError.validatie('eindeReden', 'Een reden van beëindiging hoort bij een einddatum.');
  const erkenning: ErkenningFeit = { erkenningsnummer: o.erkenningsnummer, organisatieId: o.organisatieId, geldigVan: o.erkenningGeldigVan, geldigTot: o.erkenningGeldigTot, status: o.erkenningStatus };
  const periode: Periode = { van: o.startdatum, tot: effectiefEinde(einddatum, o.erkenningGeldigTot) };

  if (einddatum !== o.einddatum) {
    // The end moves: the period rules again (end after start, within the recognition, no new overlap).
    const params = new ParameterCache(db);
    const feiten: OvereenkomstFeiten = {
      organisatieId: o.organisatieId, erkenning, erkenningsnummer: o.erkenningsnummer, startdatum: o.startdatum, einddatum,
      geboorte: null, ...parameterFeiten(params, o.startdatum), modelOvereenkomst: true, geenCombinatieVerklaard: true,
      werkpost: { naam: o.werkpostNaam, kbo: o.werkpostKbo }, andere: andereOvereenkomsten(db, o.deelnemerId, o.id),
    };
    const fouten = controleerOvereenkomst(feiten);
    if (o.insz && (einddatum === null || (o.einddatum !== null && einddatum > o.einddatum))) {
      fouten.push(...combinatieConflicten(call, { id: o.deelnemerId, insz: o.insz, geboortedatum: o.geboortedatum }, periode));
    }
    if (fouten.length) throw overtredingenFout(fouten, 'De wijziging kan niet bewaard worden');
    const laatsteEvaluatie = (db.prepare('SELECT max(datum) AS d FROM evaluatie WHERE overeenkomst_id = ?').get(o.id) as { d: string | null }).d;
    if (laatsteEvaluatie && periode.tot! < laatsteEvaluatie) {
      throw AppError.validatie('einddatum', `De einddatum ligt vóór de laatste evaluatie (${formatDatum(laatsteEvaluatie)}).`);
    }
  }
  if (input.evaluatie) {
    const bestaand = (db.prepare('SELECT datum FROM evaluatie WHERE overeenkomst_id = ?').all(o.id) as { datum: string }[]).map((r) => r.datum);
    controleerEvaluaties(call, { startdatum: o.startdatum, effectiefEinde: periode.tot! }, [input.evaluatie.datum], bestaand, () => 'evaluatie.datum');
  }

  const voor = { einddatum: o.einddatum, eindeReden: o.eindeReden, werkpostLocaties: JSON.parse(o.werkpostLocaties) as Locatie[], contactEmail: o.contactEmail };
  const na = {
    einddatum,
    eindeReden,
    werkpostLocaties: input.werkpostLocaties ?? voor.werkpostLocaties,
    contactEmail: input.contactEmail === undefined ? o.contactEmail : input.contactEmail,
  };
  const gewijzigd = (Object.keys(voor) as (keyof typeof voor)[]).filter((k) => JSON.stringify(voor[k]) !== JSON.stringify(na[k]));
  if (!gewijzigd.length && !input.evaluatie) return getOvereenkomst(call, o.id);

  call.tx((audit) => {
    if (gewijzigd.length) {
      db.prepare('UPDATE overeenkomst SET einddatum = ?, einde_reden = ?, werkpost_locaties = ?, contact_email = ?, versie = versie + 1 WHERE id = ?')
        .run(na.einddatum, na.eindeReden, JSON.stringify(na.werkpostLocaties), na.contactEmail, o.id);
      const oud: Record<string, unknown> = {};
      const nieuw: Record<string, unknown> = {};
      for (const k of gewijzigd) {
        oud[k] = k === 'werkpostLocaties' ? voor[k].length : voor[k];
        nieuw[k] = k === 'werkpostLocaties' ? na[k].length : na[k];
      }
      audit({ entiteit: 'overeenkomst', entiteitId: o.id, actie: 'gewijzigd', oud: { ...oud, versie: o.versie }, nieuw: { ...nieuw, versie: o.versie + 1, deelnemerId: o.deelnemerId }, reden: input.reden || null });
    }
    if (input.evaluatie) voegEvaluatieToe(call, audit, o.id, o.deelnemerId, input.evaluatie);
  });
  return getOvereenkomst(call, o.id);
}

function voegEvaluatieToe(call: CallContext, audit: (e: AuditInput) => void, overeenkomstId: number, deelnemerId: number, e: { datum: string; opmerking?: string }): void {
  const { lastInsertRowid } = call.app.sqlite
    .prepare('INSERT INTO evaluatie (overeenkomst_id, datum, opmerking) VALUES (?, ?, ?)')
    .run(overeenkomstId, e.datum, e.opmerking || null);
  audit({ entiteit: 'evaluatie', entiteitId: Number(lastInsertRowid), actie: 'aangemaakt', nieuw: { overeenkomstId, deelnemerId, datum: e.datum } });
}

// ---------------------------------------------------------------------------------------------------
// Lists
// ---------------------------------------------------------------------------------------------------

function lijst(call: CallContext, where: string[], params: unknown[], limit?: number): RawRij[] {
  return call.app.sqlite
    .prepare(`${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY org.naam, o.startdatum, o.id LIMIT ?`)
    .all(...params, limit ?? 200_000) as RawRij[];
}

/** The register as pages: the columns of the list a user can sort and filter on (never the participant's data). */
function registerPagina(): PaginaDef {
  return {
    // LEFT JOINs (every agreement has both): the agreement stays the outer loop, so the default sort walks its index.
    van: 'FROM overeenkomst o LEFT JOIN organisatie org ON org.id = o.organisatie_id LEFT JOIN erkenning e ON e.id = o.erkenning_id',
    waar: [],
    params: [],
    kolommen: kolommenSql(OVEREENKOMST_PAGINA, {
      id: 'o.id',
      organisatieNaam: 'org.naam',
      erkenningsnummer: 'e.erkenningsnummer',
      werkpostNaam: 'o.werkpost_naam',
      startdatum: 'o.startdatum',
      einddatum: 'o.einddatum',
      eindeReden: 'o.einde_reden',
      laatsteEvaluatie: '(SELECT max(v.datum) FROM evaluatie v WHERE v.overeenkomst_id = o.id)',
      bron: 'o.bron',
    }),
    zoekIn: ['CAST(o.id AS TEXT)', 'org.naam', 'e.erkenningsnummer', 'o.werkpost_naam'],
    standaard: [{ colId: 'startdatum', sort: 'desc' }],
    sleutel: 'o.id',
    telVan: 'FROM overeenkomst o',
  };
}

function evaluatieInterval(call: CallContext, datum: string): number {
  return parameterGetal(call.app.sqlite, 'AMA_WVG_EVALUATIE_INTERVAL', datum);
}

export const overeenkomstHandlers: Pick<
  Handlers,
  | 'overeenkomst.registreer'
  | 'overeenkomst.voorbeeldbestand'
  | 'overeenkomst.wijzig'
  | 'overeenkomst.registreerEvaluatie'
  | 'overeenkomst.voegScanToe'
  | 'overeenkomst.scan'
  | 'overeenkomst.get'
  | 'overeenkomst.list'
  | 'overeenkomst.pagina'
  | 'overeenkomst.begeleiders'
  | 'overeenkomst.perDeelnemer'
  | 'overeenkomst.evaluatiesAchterstallig'
  | 'overeenkomst.zonderEindeNaEindeErkenning'
  | 'overeenkomst.beeindigBijEindeErkenning'
  | 'overeenkomst.importeer'
> = {
  'overeenkomst.registreer': registreer,
  'overeenkomst.wijzig': wijzig,

  'overeenkomst.registreerEvaluatie': (input, call) => {
    const o = getOvereenkomst(call, input.id);
    controleerEvaluaties(call, o, [input.datum], o.evaluaties.map((e) => e.datum), () => 'datum');
    call.tx((audit) => voegEvaluatieToe(call, audit, o.id, o.deelnemerId, input));
    return getOvereenkomst(call, o.id);
  },

  'overeenkomst.voegScanToe': (input, call) => {
    const o = getOvereenkomst(call, input.id);
    const scan = controleerScan(new ParameterCache(call.app.sqlite), call.today(), input, '(bestand)');
    call.tx((audit) => bewaarScan(call, audit, o.id, scan));
    return getOvereenkomst(call, o.id);
  },

  'overeenkomst.scan': (input, call) => {
    const o = getOvereenkomst(call, input.id);
    if (!o.scan) throw AppError.nietGevonden(`De scan van overeenkomst ${input.id}`);
    const b = call.app.sqlite.prepare('SELECT bestandsnaam, mime_type AS mimeType, grootte, sha256, inhoud FROM bijlage WHERE id = ?').get(o.scan.bijlageId) as
      { bestandsnaam: string; mimeType: string; grootte: number; sha256: string; inhoud: Buffer };
    // Access to a document with personal data is logged.
    call.toegang({ entiteit: 'overeenkomst', entiteitId: o.id, wat: `gescande overeenkomst (bijlage ${o.scan.bijlageId}, deelnemer ${o.deelnemerId})` });
    return { bestandsnaam: b.bestandsnaam, mimeType: b.mimeType, grootte: b.grootte, sha256: b.sha256, inhoudBase64: b.inhoud.toString('base64') };
  },

  'overeenkomst.get': (input, call) => getOvereenkomst(call, input.id),

  'overeenkomst.list': (input, call) => {
    const where: string[] = [];
    const params: unknown[] = [];
    if (input.organisatieId) (where.push('o.organisatie_id = ?'), params.push(input.organisatieId));
    if (input.deelnemerId) (where.push('o.deelnemer_id = ?'), params.push(input.deelnemerId));
    if (input.erkenningId) (where.push('o.erkenning_id = ?'), params.push(input.erkenningId));
    if (input.actiefOp) {
      where.push('o.startdatum <= ? AND e.geldig_tot >= ? AND (o.einddatum IS NULL OR o.einddatum >= ?)');
      params.push(input.actiefOp, input.actiefOp, input.actiefOp);
    }
    return lijst(call, where, params, input.limit).map(toRij);
  },

  'overeenkomst.pagina': (input, call) => {
    const def = registerPagina();
    if (input.organisatieId) (def.waar.push('o.organisatie_id = ?'), def.params.push(input.organisatieId));
    if (input.actiefOp) {
      def.waar.push('o.startdatum <= ? AND e.geldig_tot >= ? AND (o.einddatum IS NULL OR o.einddatum >= ?)');
      def.params.push(input.actiefOp, input.actiefOp, input.actiefOp);
    }
    return pagina(call.app.sqlite, def, input, (ids) => (call.app.sqlite.prepare(`${SELECT} WHERE o.id IN (SELECT value FROM json_each(?))`).all(ids) as RawRij[]).map(toRij));
  },

  'overeenkomst.begeleiders': (_input, call) =>
    call.app.sqlite
      .prepare('SELECT o.id AS organisatieId, o.naam FROM organisatie o WHERE EXISTS (SELECT 1 FROM erkenning e WHERE e.organisatie_id = o.id) ORDER BY o.naam COLLATE NOCASE')
      .all() as { organisatieId: number; naam: string }[],

  'overeenkomst.perDeelnemer': (input, call) => {
    const db = call.app.sqlite;
    const d = (input.insz !== undefined
      ? db.prepare('SELECT * FROM deelnemer WHERE insz = ?').get(input.insz)
      : db.prepare('SELECT * FROM deelnemer WHERE id = ?').get(input.deelnemerId)) as
      | { id: number; insz: string | null; voornaam: string | null; achternaam: string | null; geboortedatum: string | null; geboortejaar: number | null; geanonimiseerd_op: string | null }
      | undefined;
    if (!d) throw AppError.nietGevonden('Deze deelnemer');
    const ids = db.prepare('SELECT id FROM overeenkomst WHERE deelnemer_id = ? ORDER BY startdatum, id').all(d.id) as { id: number }[];
    const deelnemer: DeelnemerDetail = { id: d.id, insz: d.insz, voornaam: d.voornaam, achternaam: d.achternaam, geboortedatum: d.geboortedatum, geboortejaar: d.geboortejaar, geanonimiseerdOp: d.geanonimiseerd_op };
    // Access to a participant's personal data is logged (by id, without the data itself).
    call.toegang({ entiteit: 'deelnemer', entiteitId: d.id, wat: 'persoonsgegevens en historiek van de deelnemer' });
    return { deelnemer, overeenkomsten: ids.map((r) => getOvereenkomst(call, r.id)) };
  },

  'overeenkomst.evaluatiesAchterstallig': (input, call) => {
    const datum = input.datum ?? call.today();
    const maanden = evaluatieInterval(call, datum);
    const grens = addMonths(datum, -maanden);
    const where = ['o.startdatum <= ?', 'e.geldig_tot >= ?', '(o.einddatum IS NULL OR o.einddatum >= ?)'];
    const params: unknown[] = [grens, datum, datum];
    if (input.organisatieId) (where.push('o.organisatie_id = ?'), params.push(input.organisatieId));
    // laatsteEvaluatie in the SELECT is the latest overall; the rule looks at evaluations up to `datum`.
    const rows = call.app.sqlite
      .prepare(
        `SELECT * FROM (${SELECT} WHERE ${where.join(' AND ')}) x
          WHERE NOT EXISTS (SELECT 1 FROM evaluatie v WHERE v.overeenkomst_id = x.id AND v.datum > ? AND v.datum <= ?)
          ORDER BY x.organisatieNaam, x.startdatum, x.id LIMIT ?`,
      )
      .all(...params, grens, datum, input.limit ?? 200_000) as RawRij[];
    const laatsteTot = call.app.sqlite.prepare('SELECT max(datum) AS d FROM evaluatie WHERE overeenkomst_id = ? AND datum <= ?');
    return rows
      .map((r) => ({ r, laatste: r.laatsteEvaluatie && r.laatsteEvaluatie <= datum ? r.laatsteEvaluatie : (laatsteTot.get(r.id, datum) as { d: string | null }).d }))
      .filter(({ r, laatste }) => evaluatieAchterstallig(r.startdatum, laatste, datum, maanden))
      .map(({ r, laatste }): AchterstalligeEvaluatie => ({ ...toRij({ ...r, laatsteEvaluatie: laatste }), evaluatieVerwachtOp: volgendeEvaluatie(r.startdatum, laatste, maanden) }));
  },

  'overeenkomst.zonderEindeNaEindeErkenning': (input, call) => {
    const where = ['o.einddatum IS NULL', "(e.status IN ('opgeheven', 'verlopen') OR e.geldig_tot < ?)"];
    const params: unknown[] = [call.today()];
    if (input.organisatieId) (where.push('o.organisatie_id = ?'), params.push(input.organisatieId));
    const volgende = call.app.sqlite.prepare('SELECT erkenningsnummer AS n FROM erkenning WHERE vorige_erkenning_id = ?');
    return lijst(call, where, params, input.limit).map((r): OvereenkomstNaEindeErkenning => ({
      ...toRij(r),
      erkenningEindeReden: r.erkenningEindeReden,
      volgendeErkenningsnummer: (volgende.get(r.erkenningId) as { n: string } | undefined)?.n ?? null,
    }));
  },

  'overeenkomst.beeindigBijEindeErkenning': (input, call) => {
    const db = call.app.sqlite;
    const get = db.prepare(
      `SELECT o.id, o.einddatum, o.deelnemer_id AS deelnemerId, o.versie, e.geldig_tot AS geldigTot, e.status, e.erkenningsnummer
         FROM overeenkomst o JOIN erkenning e ON e.id = o.erkenning_id WHERE o.id = ?`,
    );
    const rows = input.ids.map((id, i) => {
      const r = get.get(id) as { id: number; einddatum: string | null; deelnemerId: number; versie: number; geldigTot: string; status: string; erkenningsnummer: string } | undefined;
      if (!r) throw AppError.nietGevonden(`Overeenkomst ${id}`);
      if (r.einddatum !== null) throw AppError.validatie(`ids.${i}`, `Overeenkomst ${id} heeft al een einddatum (${formatDatum(r.einddatum)}).`);
      if (r.status === 'actief' && r.geldigTot >= call.today()) throw AppError.validatie(`ids.${i}`, `De erkenning ${r.erkenningsnummer} van overeenkomst ${id} loopt nog.`);
      return r;
    });
    const upd = db.prepare("UPDATE overeenkomst SET einddatum = ?, einde_reden = 'einde-erkenning', versie = versie + 1 WHERE id = ?");
    call.tx((audit) => {
      for (const r of rows) {
        upd.run(r.geldigTot, r.id);
        audit({ entiteit: 'overeenkomst', entiteitId: r.id, actie: 'gewijzigd', oud: { einddatum: null, versie: r.versie }, nieuw: { einddatum: r.geldigTot, eindeReden: 'einde-erkenning', versie: r.versie + 1, deelnemerId: r.deelnemerId }, reden: `Einde van de erkenning ${r.erkenningsnummer} (${ARTIKEL.eindeErkenning})` });
      }
    });
    return { beeindigd: rows.length };
  },

  'overeenkomst.importeer': (input, call) => importeerOvereenkomsten(call, input),
  'overeenkomst.voorbeeldbestand': (input, call) => overeenkomstVoorbeeld(call, input.soort),
};
