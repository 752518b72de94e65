/**
 * The generic hearing-procedure engine (hoorprocedure) on a right: voornemen → reactietermijn →
 * (hoorzitting) → te-beslissen → beslist | afgesloten. It knows rights only through the registry
 * (procedures/registry.ts); the status rules are the pure state machine (statemachine.ts); the
 * periods and their derivations come from the deadline engine (termijnen.ts).
 *
 * Every step runs in one transaction with its audit entries and a timeline event
 * (`gebeurtenis` on entity 'procedure'); a step that issues a letter does so through `geefBriefUit`,
 * so the letter, the step and their audit land together or not at all.
 *
 * The voornemen's notification is not an action of this engine: it follows from registering the
 * letter's sending (`verzending.registreer`). Reads therefore derive the status ('voornemen' with a
 * notification date reads as 'reactietermijn'); the next write records that step (event
 * 'kennisgeving' dated on the notification day) before its own.
 */
import { AppError } from '../../../../shared/api/errors';
import type { Beslissing } from '../../../../shared/engines/beslissing.contract';
import type { Hoorzitting, Procedure, ProcedureRij, ProcedureStatus, ProcedureTermijn } from '../../../../shared/engines/procedure.contract';
import type { ParsedInput } from '../../../../shared/api/contract';
import { formatDatum } from '../../../../shared/kernel/format';
import type { CallContext } from '../../platform/context';
import { brusselsDate } from '../../../../shared/kernel/dates';
import { isWorkingDay } from '../../../../shared/kernel/termijn';
import type { AuditInput } from '../../platform/audit';
import { addGebeurtenis, listGebeurtenissen, medewerkerIdVan } from '../../platform/dossier';
import { createDraftBeslissing, listBeslissingen, type BeslissingSoort } from '../beslissing/beslissing';
import type { InboxBron } from '../inbox/inbox';
import { parameterGetal, parameterOp } from '../../platform/parameter';
import { geefBriefUit, getDocumentMeta, listDocumenten, renderBrief } from '../../letters/store';
import {
  bereidAfsluitingVoor,
  bereidUitnodigingVoor,
  bereidVerslagVoor,
  bereidVoornemenVoor,
  dag,
  eindbeslissingTekst,
  verloopAlineas,
  type ProcedureVerloop,
} from '../../letters/procedurebrieven';
import { AANGETEKEND_PARAMETER } from '../../letters/kennisgeving';
import { procedureSoort, rechtSoort, type ProcedureSoort, type RechtSoort } from './registry';
import { isOpen, toegestaneActies, TransitieFout, volgendeStatus, type ProcedureActie, type TransitieContext } from './statemachine';
import { kennisgevingMetAfleiding, termijnDagen, termijnVanaf, type DatumMetAfleiding } from './termijnen';
import { bezwaarRijen } from './bezwaar';
import { controleerDepartement, volgendId } from './hulp';

// ---------------------------------------------------------------------------------------------
// Reading the state

interface Rij {
  id: number;
  soort: string;
  rechtEntiteit: string;
  rechtId: number;
  organisatieId: number;
  organisatieNaam: string;
  behandelaarId: number;
  behandelaar: string;
  status: ProcedureStatus;
  gronden: string;
  feiten: string | null;
  voornemenDatum: string;
  voornemenDocumentId: number | null;
  reactieTermijnDagen: number;
  reactieOntvangenOp: string | null;
  reactie: string | null;
  hoorzittingGevraagd: number;
  beslissingId: number | null;
  afgeslotenOp: string | null;
  afsluitReden: string | null;
  aangemaaktOp: string;
  versie: number;
}

const SELECT = `
  SELECT p.id, p.soort, p.recht_entiteit AS rechtEntiteit, p.recht_id AS rechtId, p.organisatie_id AS organisatieId,
         o.naam AS organisatieNaam, p.behandelaar_id AS behandelaarId, (SELECT naam FROM medewerker WHERE id = p.behandelaar_id) AS behandelaar, p.status, p.gronden, p.feiten, p.voornemen_datum AS voornemenDatum,
         p.voornemen_document_id AS voornemenDocumentId, p.reactie_termijn_dagen AS reactieTermijnDagen,
         p.reactie_ontvangen_op AS reactieOntvangenOp, p.reactie, p.hoorzitting_gevraagd AS hoorzittingGevraagd,
         p.beslissing_id AS beslissingId, p.afgesloten_op AS afgeslotenOp, p.afsluit_reden AS afsluitReden,
         p.aangemaakt_op AS aangemaaktOp, p.versie
    FROM procedure p JOIN organisatie o ON o.id = p.organisatie_id`;

type HoorzittingRij = Omit<Hoorzitting, 'gehouden'>;

/** Everything the steps, the deadlines and the screen need, read once. */
export interface Stand {
  rij: Rij;
  ps: ProcedureSoort;
  rs: RechtSoort;
  /** Effective status: a notified voornemen reads as 'reactietermijn'. */
  status: ProcedureStatus;
  kennisgeving: DatumMetAfleiding | null;
  reactietermijn: { vervaldatum: string; afleiding: string[] } | null;
  hoorzittingen: Hoorzitting[];
  /** The hearing planned and not yet held. */
  gepland: Hoorzitting | null;
  /** The last hearing held. */
  gehouden: Hoorzitting | null;
  beslissingen: Beslissing[];
  ontwerp: Beslissing | null;
}

function laadRij(call: CallContext, id: number): Rij {
  const rij = call.app.sqlite.prepare(`${SELECT} WHERE p.id = ?`).get(id) as Rij | undefined;
  if (!rij) throw AppError.nietGevonden(`Procedure ${id}`);
  return rij;
}

function hoorzittingenVan(call: CallContext, id: number): Hoorzitting[] {
  const rows = call.app.sqlite
    .prepare(
      `SELECT id, datum, uur, plaats, aanwezigen, verslag, uitnodiging_document_id AS uitnodigingDocumentId,
              verslag_document_id AS verslagDocumentId
         FROM hoorzitting WHERE procedure_id = ? ORDER BY datum, id`,
    )
    .all(id) as HoorzittingRij[];
  return rows.map((h) => ({ ...h, gehouden: h.verslag !== null }));
}

export function stand(call: CallContext, id: number): Stand {
  return standVan(call, laadRij(call, id));
}

function standVan(call: CallContext, rij: Rij): Stand {
  const ps = procedureSoort(call, rij.soort);
  const rs = rechtSoort(call, rij.rechtEntiteit);
  const kennisgeving = kennisgevingMetAfleiding(call.app.sqlite, rij.voornemenDocumentId);
  const reactietermijn = kennisgeving ? termijnVanaf(kennisgeving.datum, rij.reactieTermijnDagen) : null;
  const hoorzittingen = hoorzittingenVan(call, rij.id);
  const beslissingen = listBeslissingen(call, 'procedure', rij.id);
  const status = rij.status === 'voornemen' && kennisgeving ? 'reactietermijn' : rij.status;
  return {
    rij,
    ps,
    rs,
    status,
    kennisgeving,
    reactietermijn: reactietermijn && kennisgeving
      ? { vervaldatum: reactietermijn.vervaldatum, afleiding: [...kennisgeving.afleiding, `reactietermijn: ${rij.reactieTermijnDagen} dagen vanaf de dag na de kennisgeving`, ...reactietermijn.afleiding] }
      : null,
    hoorzittingen,
    gepland: hoorzittingen.find((h) => !h.gehouden) ?? null,
    gehouden: [...hoorzittingen].reverse().find((h) => h.gehouden) ?? null,
    beslissingen,
    ontwerp: beslissingen.find((b) => b.status === 'ontwerp') ?? null,
  };
}

export function context(s: Stand, datum: string): TransitieContext {
  return {
    datum,
    reactietermijnEinde: s.reactietermijn?.vervaldatum ?? null,
    reactieOntvangen: s.rij.reactieOntvangenOp !== null,
    hoorzittingGevraagd: s.rij.hoorzittingGevraagd === 1,
    hoorzittingGepland: s.gepland !== null,
    hoorzittingDatum: s.gepland?.datum ?? null,
    hoorzittingGehouden: s.gehouden !== null,
    ontwerpBeslissing: s.ontwerp !== null,
  };
}

/** The state machine's answer as an API error (CONFLICT with the Dutch reason). */
function stap(s: Stand, actie: ProcedureActie, ctx: TransitieContext): ProcedureStatus {
  try {
    return volgendeStatus(s.status, actie, ctx);
  } catch (err) {
    if (err instanceof TransitieFout) throw new AppError('CONFLICT', err.message);
    throw err;
  }
}

// ---------------------------------------------------------------------------------------------
// Deadlines

function termijnen(call: CallContext, s: Stand): ProcedureTermijn[] {
  const vandaag = call.today();
  const klaar = !isOpen(s.status);
  const uit: ProcedureTermijn[] = [];
  const reactieParameter = s.ps.parameters.reactietermijn;
  const dagen = s.rij.reactieTermijnDagen;
  if (!s.reactietermijn) {
    const kenmerk = s.rij.voornemenDocumentId ? getDocumentMeta(call.app.sqlite, s.rij.voornemenDocumentId).kenmerk : '';
    uit.push({
      soort: 'reactietermijn',
      omschrijving: `Reactietermijn van ${dagen} dagen vanaf de dag na de kennisgeving van het voornemen`,
      vervaldatum: null,
      stand: klaar ? 'afgerond' : 'loopt-nog-niet',
      parameter: reactieParameter,
      afleiding: [`de verzending van het voornemen (brief ${kenmerk}) is niet geregistreerd: geen kennisgevingsdatum → de reactietermijn van ${dagen} dagen loopt nog niet`],
    });
  } else {
    const t = s.reactietermijn;
    uit.push({
      soort: 'reactietermijn',
      omschrijving: `Reactietermijn van ${dagen} dagen (einde ${formatDatum(t.vervaldatum)})`,
      vervaldatum: t.vervaldatum,
      stand: klaar || s.rij.reactieOntvangenOp ? 'afgerond' : vandaag > t.vervaldatum ? 'verstreken' : 'loopt',
      parameter: reactieParameter,
      afleiding: s.rij.reactieOntvangenOp ? [...t.afleiding, `reactie ontvangen op ${formatDatum(s.rij.reactieOntvangenOp)}`] : t.afleiding,
    });
  }
  for (const h of s.hoorzittingen) {
    uit.push({
      soort: 'hoorzitting',
      omschrijving: `Hoorzitting op ${dag(h.datum)}${h.uur ? ` om ${h.uur} uur` : ''} (${h.plaats})`,
      vervaldatum: h.datum,
      stand: h.gehouden || klaar ? 'afgerond' : vandaag > h.datum ? 'verstreken' : 'loopt',
      parameter: null,
      afleiding: [h.gehouden ? `hoorzitting gehouden op ${formatDatum(h.datum)}; verslag vastgelegd` : `hoorzitting gepland op ${formatDatum(h.datum)}${vandaag > h.datum ? '; verslag nog niet vastgelegd' : ''}`],
    });
  }
  const beslisParameter = s.ps.parameters.beslissingstermijn;
  const ankers: { reden: string; datum: string }[] = [];
  if (s.rij.reactieOntvangenOp) ankers.push({ reden: 'de ontvangst van de reactie', datum: s.rij.reactieOntvangenOp });
  const laatsteHoorzitting = s.hoorzittingen[s.hoorzittingen.length - 1];
  if (laatsteHoorzitting) ankers.push({ reden: 'de hoorzitting', datum: laatsteHoorzitting.datum });
  let anker = ankers.sort((a, b) => b.datum.localeCompare(a.datum))[0] ?? null;
  const wacht: string[] = [];
  if (!anker) {
    if (s.rij.hoorzittingGevraagd) wacht.push('de organisatie vroeg om gehoord te worden: de beslissingstermijn loopt vanaf de hoorzitting, die nog niet gepland is');
    else if (s.reactietermijn) anker = { reden: 'het einde van de reactietermijn, zonder reactie', datum: s.reactietermijn.vervaldatum };
    else wacht.push('de reactietermijn loopt nog niet: de beslissingstermijn begint pas na de reactie, de hoorzitting of het einde van de reactietermijn');
  }
  if (anker) {
    const n = termijnDagen(call.app.sqlite, beslisParameter, anker.datum, 'datum');
    const r = termijnVanaf(anker.datum, n);
    const issued = s.beslissingen.find((b) => b.status === 'uitgegeven');
    uit.push({
      soort: 'beslissingstermijn',
      omschrijving: `Beslissing binnen ${n} dagen na ${anker.reden} (uiterlijk ${formatDatum(r.vervaldatum)})`,
      vervaldatum: r.vervaldatum,
      stand: klaar ? 'afgerond' : vandaag > r.vervaldatum ? 'verstreken' : 'loopt',
      parameter: beslisParameter,
      afleiding: [
        `beslissingstermijn (${beslisParameter}): ${n} dagen vanaf ${anker.reden} op ${formatDatum(anker.datum)}`,
        ...r.afleiding,
        ...(issued ? [`beslissing uitgegeven (beslissingsdatum ${formatDatum(issued.beslissingsdatum)})`] : []),
      ],
    });
  } else {
    uit.push({ soort: 'beslissingstermijn', omschrijving: 'Beslissingstermijn', vervaldatum: null, stand: klaar ? 'afgerond' : 'loopt-nog-niet', parameter: beslisParameter, afleiding: wacht });
  }
  return uit;
}

/** The next deadline of an open procedure and what it is about, for the inbox and the list. */
function volgende(call: CallContext, s: Stand, ts: ProcedureTermijn[]): { vervaldatum: string | null; omschrijving: string } {
  if (!isOpen(s.status)) return { vervaldatum: null, omschrijving: s.status === 'beslist' ? 'Beslist' : 'Afgesloten zonder beslissing' };
  const besl = ts.find((t) => t.soort === 'beslissingstermijn');
  const vandaag = call.today();
  if (s.ontwerp) return { vervaldatum: besl?.vervaldatum ?? null, omschrijving: `Ontwerp van beslissing (${s.ontwerp.type}) wacht op goedkeuring` };
  switch (s.status) {
    case 'voornemen':
      return { vervaldatum: null, omschrijving: 'Voornemen uitgegeven: registreer de verzending (de reactietermijn loopt pas vanaf de kennisgeving)' };
    case 'reactietermijn': {
      const r = ts.find((t) => t.soort === 'reactietermijn')!;
      if (s.rij.hoorzittingGevraagd) return { vervaldatum: r.vervaldatum, omschrijving: 'De organisatie vraagt om gehoord te worden: plan de hoorzitting' };
      if (r.stand === 'loopt') return { vervaldatum: r.vervaldatum, omschrijving: 'Reactietermijn loopt: wacht de reactie van de organisatie af' };
      return { vervaldatum: besl?.vervaldatum ?? null, omschrijving: 'Reactietermijn verstreken zonder reactie: beslis of sluit af' };
    }
    case 'hoorzitting': {
      const h = s.gepland;
      if (!h) break;
      if (h.datum >= vandaag) return { vervaldatum: h.datum, omschrijving: `Hoorzitting op ${formatDatum(h.datum)}${h.uur ? ` om ${h.uur} uur` : ''}` };
      return { vervaldatum: besl?.vervaldatum ?? null, omschrijving: `Hoorzitting van ${formatDatum(h.datum)}: leg het verslag vast` };
    }
  }
  return { vervaldatum: besl?.vervaldatum ?? null, omschrijving: 'Beslissing over het voornemen nemen (of afsluiten zonder beslissing)' };
}

function rijVan(call: CallContext, s: Stand, ts = termijnen(call, s)): ProcedureRij {
  return {
    id: s.rij.id,
    soort: s.rij.soort,
    soortLabel: s.ps.label,
    rechtEntiteit: s.rij.rechtEntiteit,
    rechtId: s.rij.rechtId,
    rechtOmschrijving: s.rs.beschrijf(call, s.rij.rechtId),
    organisatieId: s.rij.organisatieId,
    organisatieNaam: s.rij.organisatieNaam,
    departement: s.rs.departement,
    behandelaarId: s.rij.behandelaarId,
    behandelaar: s.rij.behandelaar,
    status: s.status,
    voornemenDatum: s.rij.voornemenDatum,
    volgendeTermijn: volgende(call, s, ts).vervaldatum,
    aangemaaktOp: s.rij.aangemaaktOp,
  };
}

export function getProcedure(call: CallContext, id: number): Procedure {
  const s = stand(call, id);
  const ts = termijnen(call, s);
  const beslissing = s.beslissingen.find((b) => b.status === 'uitgegeven' || b.status === 'vernietigd') ?? s.ontwerp;
  const documenten = listDocumenten(call.app.sqlite, { dossierEntiteit: 'procedure', dossierId: String(id) }).sort((a, b) => a.id - b.id);
  return {
    ...rijVan(call, s, ts),
    gronden: s.rij.gronden,
    feiten: s.rij.feiten,
    voornemenDocumentId: s.rij.voornemenDocumentId,
    kennisgevingsdatum: s.kennisgeving?.datum ?? null,
    reactieTermijnDagen: s.rij.reactieTermijnDagen,
    reactie: s.rij.reactieOntvangenOp ? { ontvangenOp: s.rij.reactieOntvangenOp, samenvatting: s.rij.reactie ?? '' } : null,
    hoorzittingGevraagd: s.rij.hoorzittingGevraagd === 1,
    hoorzittingen: s.hoorzittingen,
    termijnen: ts,
    toegestaneActies: isOpen(s.status) ? toegestaneActies(s.status, context(s, call.today())) : [],
    beslissing: beslissing ?? null,
    beslissingen: s.beslissingen,
    bezwaren: s.beslissingen.length ? bezwaarRijen(call, { beslissingIds: s.beslissingen.map((b) => b.id) }) : [],
    documenten,
    tijdlijn: listGebeurtenissen(call, 'procedure', id),
    afgeslotenOp: s.rij.afgeslotenOp,
    afsluitReden: s.rij.afsluitReden,
    versie: s.rij.versie,
  };
}

export function listProcedures(call: CallContext, f: ParsedInput<'procedure.list'>): ProcedureRij[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.soort) (where.push('p.soort = ?'), params.push(f.soort));
  if (f.organisatieId) (where.push('p.organisatie_id = ?'), params.push(f.organisatieId));
  if (f.rechtEntiteit) (where.push('p.recht_entiteit = ?'), params.push(f.rechtEntiteit));
  if (f.rechtId) (where.push('p.recht_id = ?'), params.push(f.rechtId));
  if (f.open) where.push("p.status NOT IN ('beslist', 'afgesloten')");
  const rijen = call.app.sqlite.prepare(`${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY p.id DESC`).all(...params) as Rij[];
  return rijen
    .map((r) => rijVan(call, standVan(call, r)))
    .filter((r) => !f.status || r.status === f.status);
}

// ---------------------------------------------------------------------------------------------
// Steps

/** Record the voornemen's notification (voornemen → reactietermijn) when it happened since the last write. */
function synchroniseer(call: CallContext, s: Stand, audit: (e: AuditInput) => void): void {
  if (s.rij.status !== 'voornemen' || !s.kennisgeving || !s.reactietermijn) return;
  const nieuw = stap({ ...s, status: 'voornemen' }, 'kennisgeving', context(s, s.kennisgeving.datum));
  call.app.sqlite.prepare('UPDATE procedure SET status = ?, versie = versie + 1 WHERE id = ?').run(nieuw, s.rij.id);
  addGebeurtenis(call, {
    entiteit: 'procedure', entiteitId: s.rij.id, datum: s.kennisgeving.datum, soort: 'kennisgeving', documentId: s.rij.voornemenDocumentId,
    omschrijving: `Voornemen ter kennis gebracht op ${formatDatum(s.kennisgeving.datum)}: de reactietermijn van ${s.rij.reactieTermijnDagen} dagen loopt tot en met ${formatDatum(s.reactietermijn.vervaldatum)}`,
  });
  audit({ entiteit: 'procedure', entiteitId: s.rij.id, actie: 'gewijzigd', oud: { status: 'voornemen' }, nieuw: { status: nieuw, kennisgevingsdatum: s.kennisgeving.datum, reactietermijnEinde: s.reactietermijn.vervaldatum } });
}

/** Inside a step's transaction: re-read, check nothing changed since the checks, record a pending notification. */
function herlees(call: CallContext, id: number, versie: number, audit: (e: AuditInput) => void): Stand {
  const s = stand(call, id);
  if (s.rij.versie !== versie) throw new AppError('CONFLICT', 'De procedure werd intussen gewijzigd. Laad ze opnieuw en probeer nog eens.');
  synchroniseer(call, s, audit);
  return s;
}

function zetStatus(call: CallContext, s: Stand, nieuw: ProcedureStatus, extra: Record<string, unknown>, audit: (e: AuditInput) => void, reden?: string): void {
  const kolommen = Object.keys(extra);
  const sets = ['status = ?', ...kolommen.map((k) => `${k} = ?`), 'versie = versie + 1'];
  call.app.sqlite.prepare(`UPDATE procedure SET ${sets.join(', ')} WHERE id = ?`).run(nieuw, ...kolommen.map((k) => extra[k]), s.rij.id);
  const oud: Record<string, unknown> = { status: s.status };
  for (const k of kolommen) oud[k] = (s.rij as unknown as Record<string, unknown>)[camel(k)] ?? null;
  audit({ entiteit: 'procedure', entiteitId: s.rij.id, actie: 'gewijzigd', oud, nieuw: { status: nieuw, ...extra }, reden: reden ?? null });
}

const camel = (k: string) => k.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

function nietInToekomst(call: CallContext, datum: string, veld: string, wat: string): void {
  if (datum > call.today()) throw AppError.validatie(veld, `${wat} (${formatDatum(datum)}) ligt in de toekomst.`);
}

function nietVoorVoornemen(s: Stand, datum: string, veld: string, wat: string): void {
  if (datum < s.rij.voornemenDatum) throw AppError.validatie(veld, `${wat} (${formatDatum(datum)}) ligt vóór het voornemen van ${formatDatum(s.rij.voornemenDatum)}.`);
}

function voornemenVerwijzing(call: CallContext, s: Stand): { datum: string; kenmerk: string | null } {
  return { datum: s.rij.voornemenDatum, kenmerk: s.rij.voornemenDocumentId ? getDocumentMeta(call.app.sqlite, s.rij.voornemenDocumentId).kenmerk : null };
}

/** Checks a new procedure and prepares its voornemen letter (also for the preview). */
function voorbereidStart(call: CallContext, input: ParsedInput<'procedure.start'>) {
  const db = call.app.sqlite;
  const ps = procedureSoort(call, input.soort);
  const rs = rechtSoort(call, ps.recht);
  controleerDepartement(call, rs.departement);
  let organisatieId: number;
  try {
    organisatieId = rs.organisatieVan(call, input.rechtId);
  } catch (err) {
    if (err instanceof AppError && err.code === 'NIET_GEVONDEN') throw AppError.validatie('rechtId', err.message);
    throw err;
  }
  if (!rs.isActief(call, input.rechtId)) {
    throw AppError.validatie('rechtId', `De ${rs.beschrijf(call, input.rechtId)} is niet van kracht: een ${ps.label.toLowerCase()} kan niet.`);
  }
  const lopend = db
    .prepare("SELECT id FROM procedure WHERE recht_entiteit = ? AND recht_id = ? AND soort = ? AND status NOT IN ('beslist', 'afgesloten')")
    .get(rs.code, input.rechtId, ps.soort) as { id: number } | undefined;
  if (lopend) throw new AppError('CONFLICT', `Er loopt al een procedure (nr. ${lopend.id}) van dit soort voor deze ${rs.label}.`);
  const vandaag = call.today();
  const dagen = termijnDagen(db, ps.parameters.reactietermijn, vandaag, 'soort');
  const param = parameterOp(db, ps.parameters.reactietermijn, vandaag);
  const tekst = ps.voornemen(call, input.rechtId);
  const procedureId = volgendId(call, 'procedure');
  const v = bereidVoornemenVoor(
    call,
    { organisatieId, uwKenmerk: input.uwKenmerk, contactpersoonId: input.contactpersoonId, ondertekenaarId: input.ondertekenaarId, departement: rs.departement, procedureId },
    {
      onderwerp: tekst.onderwerp,
      artikels: rs.artikels,
      voornemen: tekst.voornemen,
      inleiding: tekst.inleiding,
      gevolgen: tekst.gevolgen,
      gronden: input.gronden,
      feiten: input.feiten,
      reactietermijn: { dagen, parameter: param.code, wettelijkeBasis: param.wettelijkeBasis },
      geachtOntvangenWerkdagen: parameterGetal(db, AANGETEKEND_PARAMETER, vandaag),
    },
  );
  return { v, ps, rs, organisatieId, procedureId, dagen, tekst, vandaag };
}

/** The voornemen letter as it would be issued (not stored). */
export async function voorbeeldStart(call: CallContext, input: ParsedInput<'procedure.start'>): Promise<{ pdfBase64: string; onderwerp: string }> {
  const brief = await renderBrief(call, voorbereidStart(call, input).v, { voorbeeld: true });
  return { pdfBase64: brief.bytes.toString('base64'), onderwerp: brief.onderwerp };
}

export async function startProcedure(call: CallContext, input: ParsedInput<'procedure.start'>): Promise<Procedure> {
  const db = call.app.sqlite;
  const { v, ps, rs, organisatieId, procedureId, dagen, tekst, vandaag } = voorbereidStart(call, input);
  await geefBriefUit(call, v, (doc, audit) => {
    if (volgendId(call, 'procedure') !== procedureId) throw new AppError('CONFLICT', 'Intussen werd een andere procedure gestart. Probeer opnieuw.');
    db.prepare(
      `INSERT INTO procedure (id, soort, recht_entiteit, recht_id, organisatie_id, behandelaar_id, status, gronden, feiten, voornemen_datum,
         voornemen_document_id, reactie_termijn_dagen, hoorzitting_gevraagd, aangemaakt_op)
       VALUES (?, ?, ?, ?, ?, ?, 'voornemen', ?, ?, ?, ?, ?, 0, ?)`,
    ).run(procedureId, ps.soort, rs.code, input.rechtId, organisatieId, medewerkerIdVan(call), input.gronden, input.feiten, vandaag, doc.id, dagen, call.nowIso());
    addGebeurtenis(call, {
      entiteit: 'procedure', entiteitId: procedureId, datum: vandaag, soort: 'voornemen', documentId: doc.id,
      omschrijving: `Voornemen: ${tekst.voornemen} Brief ${doc.kenmerk} uitgegeven; de reactietermijn van ${dagen} dagen loopt vanaf de kennisgeving`,
    });
    audit({
      entiteit: 'procedure', entiteitId: procedureId, actie: 'aangemaakt',
      nieuw: { soort: ps.soort, recht: `${rs.code} ${input.rechtId}`, organisatieId, status: 'voornemen', voornemenDatum: vandaag, voornemenDocumentId: doc.id, reactieTermijnDagen: dagen, gronden: input.gronden },
    });
  });
  return getProcedure(call, procedureId);
}

export function registreerReactie(call: CallContext, input: ParsedInput<'procedure.registreerReactie'>): Procedure {
  const s = stand(call, input.id);
  controleerDepartement(call, s.rs.departement);
  nietInToekomst(call, input.ontvangenOp, 'ontvangenOp', 'De ontvangstdatum van de reactie');
  nietVoorVoornemen(s, input.ontvangenOp, 'ontvangenOp', 'De ontvangstdatum van de reactie');
  const gevraagd = input.hoorzittingGevraagd || s.rij.hoorzittingGevraagd === 1;
  const nieuw = stap(s, 'reactie', { ...context(s, input.ontvangenOp), hoorzittingGevraagd: gevraagd });
  const laat = s.reactietermijn !== null && input.ontvangenOp > s.reactietermijn.vervaldatum;
  call.tx((audit) => {
    const nu = herlees(call, input.id, s.rij.versie, audit);
    zetStatus(call, nu, nieuw, { reactie_ontvangen_op: input.ontvangenOp, reactie: input.samenvatting, hoorzitting_gevraagd: gevraagd ? 1 : 0 }, audit);
    addGebeurtenis(call, {
      entiteit: 'procedure', entiteitId: input.id, datum: input.ontvangenOp, soort: 'reactie',
      omschrijving: `Schriftelijke reactie van de organisatie ontvangen${laat ? ' (na het einde van de reactietermijn)' : ''}${input.hoorzittingGevraagd ? '; zij vraagt om gehoord te worden' : ''}`,
    });
  });
  return getProcedure(call, input.id);
}

/** Checks planning a hearing and prepares the invitation (also for the preview). */
function voorbereidHoorzitting(call: CallContext, input: ParsedInput<'procedure.planHoorzitting'>) {
  const s = stand(call, input.id);
  controleerDepartement(call, s.rs.departement);
  if (input.datum <= call.today()) {
    throw AppError.validatie('datum', `De hoorzitting (${formatDatum(input.datum)}) moet na vandaag liggen: de uitnodiging gaat eraan vooraf.`);
  }
  // The department hears on its working days (docs/decisions.md): not on a weekend or a Belgian legal holiday.
  if (!isWorkingDay(input.datum)) {
    throw AppError.validatie('datum', `De hoorzitting valt op ${dag(input.datum)}, geen werkdag: kies een dag van maandag tot vrijdag die geen wettelijke feestdag is.`);
  }
  const nieuw = stap(s, 'hoorzitting-plannen', context(s, call.today()));
  const verplaatst = s.gepland;
  const v = bereidUitnodigingVoor(
    call,
    { organisatieId: s.rij.organisatieId, contactpersoonId: input.contactpersoonId, ondertekenaarId: input.ondertekenaarId, departement: s.rs.departement, procedureId: s.rij.id },
    {
      onderwerp: `Uitnodiging voor een hoorzitting over ${s.ps.voornemen(call, s.rij.rechtId).maatregel}`,
      artikels: s.rs.artikels,
      maatregel: s.ps.voornemen(call, s.rij.rechtId).maatregel,
      voornemenBrief: voornemenVerwijzing(call, s),
      gevraagdOp: s.rij.hoorzittingGevraagd ? s.rij.reactieOntvangenOp : null,
      verplaatst: verplaatst !== null,
      hoorzitting: { datum: input.datum, uur: input.uur, plaats: input.plaats, aanwezigen: input.aanwezigen || null },
    },
  );
  return { v, s, nieuw, verplaatst };
}

/** The invitation to the hearing as it would be issued (not stored). */
export async function voorbeeldHoorzitting(call: CallContext, input: ParsedInput<'procedure.planHoorzitting'>): Promise<{ pdfBase64: string; onderwerp: string }> {
  const brief = await renderBrief(call, voorbereidHoorzitting(call, input).v, { voorbeeld: true });
  return { pdfBase64: brief.bytes.toString('base64'), onderwerp: brief.onderwerp };
}

export async function planHoorzitting(call: CallContext, input: ParsedInput<'procedure.planHoorzitting'>): Promise<Procedure> {
  const { v, s, nieuw, verplaatst } = voorbereidHoorzitting(call, input);
  await geefBriefUit(call, v, (doc, audit) => {
    const nu = herlees(call, input.id, s.rij.versie, audit);
    const db = call.app.sqlite;
    let hoorzittingId: number;
    if (verplaatst) {
      hoorzittingId = verplaatst.id;
      db.prepare('UPDATE hoorzitting SET datum = ?, uur = ?, plaats = ?, aanwezigen = ?, uitnodiging_document_id = ? WHERE id = ?')
        .run(input.datum, input.uur, input.plaats, input.aanwezigen || null, doc.id, hoorzittingId);
      audit({ entiteit: 'hoorzitting', entiteitId: hoorzittingId, actie: 'gewijzigd', oud: { datum: verplaatst.datum, uur: verplaatst.uur, plaats: verplaatst.plaats, uitnodigingDocumentId: verplaatst.uitnodigingDocumentId }, nieuw: { datum: input.datum, uur: input.uur, plaats: input.plaats, uitnodigingDocumentId: doc.id }, reden: 'Hoorzitting verplaatst' });
    } else {
      hoorzittingId = Number(
        db.prepare('INSERT INTO hoorzitting (procedure_id, datum, uur, plaats, aanwezigen, uitnodiging_document_id) VALUES (?, ?, ?, ?, ?, ?)')
          .run(input.id, input.datum, input.uur, input.plaats, input.aanwezigen || null, doc.id).lastInsertRowid,
      );
      audit({ entiteit: 'hoorzitting', entiteitId: hoorzittingId, actie: 'aangemaakt', nieuw: { procedureId: input.id, datum: input.datum, uur: input.uur, plaats: input.plaats, uitnodigingDocumentId: doc.id } });
    }
    if (nu.status !== nieuw) zetStatus(call, nu, nieuw, {}, audit);
    else db.prepare('UPDATE procedure SET versie = versie + 1 WHERE id = ?').run(input.id);
    addGebeurtenis(call, {
      entiteit: 'procedure', entiteitId: input.id, datum: call.today(), soort: verplaatst ? 'hoorzitting-verplaatst' : 'hoorzitting-gepland', documentId: doc.id,
      omschrijving: `Hoorzitting ${verplaatst ? 'verplaatst naar' : 'gepland op'} ${dag(input.datum)} om ${input.uur} uur (${input.plaats}); uitnodiging ${doc.kenmerk} uitgegeven`,
    });
  });
  return getProcedure(call, input.id);
}

export async function verslagHoorzitting(call: CallContext, input: ParsedInput<'procedure.verslagHoorzitting'>): Promise<Procedure> {
  const s = stand(call, input.id);
  controleerDepartement(call, s.rs.departement);
  const h = s.gepland;
  if (!h) throw new AppError('CONFLICT', 'Er is geen geplande hoorzitting waarvan het verslag nog ontbreekt.');
  if (h.datum > call.today()) throw AppError.validatie('verslag', `De hoorzitting van ${formatDatum(h.datum)} heeft nog niet plaatsgevonden.`);
  const nieuw = stap(s, 'hoorzitting-verslag', context(s, call.today()));
  const schrijf = (audit: (e: AuditInput) => void, docId: number | null, kenmerk: string | null) => {
    const nu = herlees(call, input.id, s.rij.versie, audit);
    call.app.sqlite.prepare('UPDATE hoorzitting SET aanwezigen = ?, verslag = ?, verslag_document_id = ? WHERE id = ?').run(input.aanwezigen, input.verslag, docId, h.id);
    audit({ entiteit: 'hoorzitting', entiteitId: h.id, actie: 'gewijzigd', oud: { aanwezigen: h.aanwezigen, verslag: null }, nieuw: { aanwezigen: input.aanwezigen, verslag: input.verslag, verslagDocumentId: docId } });
    zetStatus(call, nu, nieuw, {}, audit);
    addGebeurtenis(call, {
      entiteit: 'procedure', entiteitId: input.id, datum: h.datum, soort: 'hoorzitting-verslag', documentId: docId,
      omschrijving: `Hoorzitting gehouden op ${formatDatum(h.datum)} (aanwezig: ${input.aanwezigen}); verslag vastgelegd${kenmerk ? ` en bezorgd met brief ${kenmerk}` : ''}`,
    });
  };
  if (input.verslagBrief) {
    const v = bereidVerslagVoor(
      call,
      { organisatieId: s.rij.organisatieId, contactpersoonId: input.contactpersoonId, ondertekenaarId: input.ondertekenaarId, departement: s.rs.departement, procedureId: s.rij.id },
      {
        onderwerp: `Verslag van de hoorzitting van ${formatDatum(h.datum)} over ${s.ps.voornemen(call, s.rij.rechtId).maatregel}`,
        artikels: s.rs.artikels,
        maatregel: s.ps.voornemen(call, s.rij.rechtId).maatregel,
        voornemenBrief: voornemenVerwijzing(call, s),
        hoorzitting: { datum: h.datum, uur: h.uur, plaats: h.plaats, aanwezigen: input.aanwezigen, verslag: input.verslag },
      },
    );
    await geefBriefUit(call, v, (doc, audit) => schrijf(audit, doc.id, doc.kenmerk));
  } else {
    call.tx((audit) => schrijf(audit, null, null));
  }
  return getProcedure(call, input.id);
}

/** The course of the procedure for the decision's motivation. */
function verloop(call: CallContext, s: Stand): ProcedureVerloop {
  const h = s.gehouden;
  const verslag = h?.verslagDocumentId ? getDocumentMeta(call.app.sqlite, h.verslagDocumentId) : null;
  return {
    maatregel: s.ps.voornemen(call, s.rij.rechtId).maatregel,
    voornemenBrief: voornemenVerwijzing(call, s),
    kennisgevingsdatum: s.kennisgeving?.datum ?? null,
    reactietermijn: { dagen: s.rij.reactieTermijnDagen, einde: s.reactietermijn?.vervaldatum ?? null },
    reactie: s.rij.reactieOntvangenOp
      ? { ontvangenOp: s.rij.reactieOntvangenOp, samenvatting: s.rij.reactie ?? '', laattijdig: s.reactietermijn !== null && s.rij.reactieOntvangenOp > s.reactietermijn.vervaldatum }
      : null,
    hoorzittingGevraagd: s.rij.hoorzittingGevraagd === 1,
    hoorzitting: h ? { datum: h.datum, plaats: h.plaats, aanwezigen: h.aanwezigen, verslagBrief: verslag ? { datum: brusselsDate(new Date(verslag.aangemaaktOp)), kenmerk: verslag.kenmerk } : null } : null,
  };
}

export function stelBeslissingVoor(call: CallContext, input: ParsedInput<'procedure.stelBeslissingVoor'>): Beslissing {
  const s = stand(call, input.id);
  controleerDepartement(call, s.rs.departement);
  nietInToekomst(call, input.datum, 'datum', 'De beslissingsdatum');
  nietVoorVoornemen(s, input.datum, 'datum', 'De beslissingsdatum');
  const nieuw = stap(s, 'beslissing-voorstellen', context(s, input.datum));
  const effect = s.ps.bereidBeslissingVoor(call, s.rij.rechtId, { datum: input.datum, einddatum: input.einddatum });
  const bezwaarDagen = termijnDagen(call.app.sqlite, s.rs.parameters.bezwaartermijn, input.datum, 'datum');
  const feiten = [...verloopAlineas(verloop(call, s)), input.feiten].join('\n\n');
  const draft = () =>
    createDraftBeslissing(call, {
      type: s.ps.beslissingType,
      dossierEntiteit: 'procedure',
      dossierId: s.rij.id,
      organisatieId: s.rij.organisatieId,
      rechtEntiteit: s.rs.code,
      rechtId: s.rij.rechtId,
      beslissingsdatum: input.datum,
      ingangsdatum: effect.ingangsdatum ?? null,
      einddatum: effect.einddatum ?? null,
      eindeReden: effect.eindeReden ?? null,
      feiten,
      rechtsgronden: input.rechtsgronden,
      rechtsbasis: s.ps.rechtsbasis,
      bezwaarTermijnDagen: bezwaarDagen,
      ondertekenaarId: input.ondertekenaarId,
      departement: s.rs.departement,
      bestuursorgaan: s.rs.bestuursorgaan,
    });
  // Already 'te-beslissen' in the store: the draft is the only write (createDraftBeslissing audits it).
  if (s.rij.status === nieuw) return draft();
  // Otherwise the status step and the draft land together (the draft's transaction nests as a savepoint).
  return call.tx((audit) => {
    const nu = herlees(call, input.id, s.rij.versie, audit);
    if (nu.status !== nieuw) {
      zetStatus(call, nu, nieuw, {}, audit);
      addGebeurtenis(call, { entiteit: 'procedure', entiteitId: input.id, datum: input.datum, soort: 'te-beslissen', omschrijving: 'Reactietermijn voorbij zonder reactie: het dossier is klaar voor een beslissing' });
    }
    return draft();
  });
}

export async function sluitZonderBeslissing(call: CallContext, input: ParsedInput<'procedure.sluitZonderBeslissing'>): Promise<Procedure> {
  const s = stand(call, input.id);
  controleerDepartement(call, s.rs.departement);
  nietInToekomst(call, input.datum, 'datum', 'De datum van de afsluiting');
  nietVoorVoornemen(s, input.datum, 'datum', 'De datum van de afsluiting');
  const nieuw = stap(s, 'afsluiten', context(s, input.datum));
  const schrijf = (audit: (e: AuditInput) => void, docId: number | null, kenmerk: string | null) => {
    const nu = herlees(call, input.id, s.rij.versie, audit);
    zetStatus(call, nu, nieuw, { afgesloten_op: input.datum, afsluit_reden: input.reden }, audit, input.reden);
    addGebeurtenis(call, {
      entiteit: 'procedure', entiteitId: input.id, datum: input.datum, soort: 'afgesloten', documentId: docId,
      omschrijving: `Procedure afgesloten zonder beslissing: ${input.reden}${kenmerk ? ` (brief ${kenmerk})` : ''}`,
    });
  };
  if (input.brief) {
    const tekst = s.ps.voornemen(call, s.rij.rechtId);
    const v = bereidAfsluitingVoor(
      call,
      { organisatieId: s.rij.organisatieId, contactpersoonId: input.contactpersoonId, ondertekenaarId: input.ondertekenaarId, departement: s.rs.departement, procedureId: s.rij.id },
      {
        onderwerp: `Afsluiting van de procedure: wij zien af van ${tekst.maatregel}`,
        artikels: s.rs.artikels,
        maatregel: tekst.maatregel,
        voornemenBrief: voornemenVerwijzing(call, s),
        reden: input.reden,
        recht: s.rs.beschrijf(call, s.rij.rechtId),
      },
    );
    await geefBriefUit(call, v, (doc, audit) => schrijf(audit, doc.id, doc.kenmerk));
  } else {
    call.tx((audit) => schrijf(audit, null, null));
  }
  return getProcedure(call, input.id);
}

// ---------------------------------------------------------------------------------------------
// The final decision: one registration per decision type, dispatching to the procedure kind

function procedureVanBeslissing(call: CallContext, b: Beslissing): Stand {
  if (b.dossierEntiteit !== 'procedure') throw new AppError('INTERN', `Beslissing ${b.id} (${b.type}) hoort niet bij een procedure.`);
  return stand(call, b.dossierId);
}

/** Every final decision of a procedure, whatever its type: the wording comes from the procedure kind. */
export const procedureEindbeslissing: BeslissingSoort<undefined> = {
  tekst: (call, b) => {
    const s = procedureVanBeslissing(call, b);
    const v = verloop(call, s);
    return eindbeslissingTekst(s.ps.beslissingTekst(call, b), v, s.rs.artikels, s.rs.bezwaarBij);
  },
  effect: (call, b, _x, audit) => {
    const s = procedureVanBeslissing(call, b);
    const nieuw = stap(s, 'beslissing-uitgegeven', { ...context(s, b.beslissingsdatum), ontwerpBeslissing: false });
    s.ps.pasToe(call, b, audit);
    zetStatus(call, s, nieuw, { beslissing_id: b.id }, audit);
  },
};

// ---------------------------------------------------------------------------------------------
// Deadline inbox: every open procedure with its next deadline

export const procedureInbox: InboxBron = (call) => {
  const rijen = call.app.sqlite.prepare(`${SELECT} WHERE p.status NOT IN ('beslist', 'afgesloten')`).all() as Rij[];
  return rijen.map((r) => {
    const s = standVan(call, r);
    const v = volgende(call, s, termijnen(call, s));
    return {
      dossierEntiteit: 'procedure',
      dossierId: r.id,
      link: `/procedures/${r.id}`,
      organisatieNaam: r.organisatieNaam,
      omschrijving: `${s.ps.label}: ${v.omschrijving}`,
      vervaldatum: v.vervaldatum,
      behandelaarId: r.behandelaarId,
      behandelaar: r.behandelaar,
    };
  });
};
