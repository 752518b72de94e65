/**
 * Issuing letters: render the PDF (async, outside any transaction), then store it immutably as a
 * `document` row with its hash, inside the caller's transaction and with an audit entry.
 *
 * The kenmerk is printed in the PDF, so it is chosen before rendering (the next free number of the
 * department and year) and confirmed inside the storing transaction: if another letter took that
 * number in between, `storeDocument` refuses (CONFLICT) and nothing is written. `geefBriefUit` does
 * the whole flow, serialised per database within this process and retried, so that callers of it
 * never see that conflict.
 *
 * A stored document is never updated, re-rendered or deleted by the application: `document.get`
 * returns the stored bytes.
 */
import { AppError } from '../../../shared/api/errors';
import { DOCUMENT_PAGINA, type DocumentMeta, type Verzending } from '../../../shared/letters/brief.contract';
import type { Pagina, PaginaVraag } from '../../../shared/api/pagina';
import { inVolgorde, kolommenSql, pagina } from '../platform/pagina';
import type { Departement } from '../../../shared/platform/medewerker.contract';
import { eenmaalBereid, type Sqlite } from '../../../db/open';
import type { AuditInput } from '../platform/audit';
import type { CallContext } from '../platform/context';
import { kenmerkNa, volgendKenmerk } from './kenmerk';
import { geachtOntvangenOp } from './kennisgeving';
import { renderPdf, sha256Hex, type DocDefinition } from './pdf';
import { renderPool } from './renderpool';

/** A letter ready to be rendered: its stored data and how to lay it out for a given kenmerk. */
export interface VoorbereideBrief {
  briefType: string;
  templateVersie: number;
  departement: Departement;
  onderwerp: string;
  organisatieId: number | null;
  dossierEntiteit?: string | null;
  dossierId?: string | null;
  contactpersoonId?: number | null;
  ondertekenaarId?: number | null;
  /** Letter date `YYYY-MM-DD` (its year is the kenmerk's year). */
  datum: string;
  /** ISO timestamp: the PDF creation date and the document's `aangemaaktOp`. */
  aangemaaktOp: string;
  /** The resolved letter data, stored as JSON with the document. */
  gegevens: object;
  build: (kenmerk: string | null, voorbeeld: boolean) => DocDefinition;
}

/** A rendered letter: what `storeDocument` stores (or, for a preview, what is shown). */
export interface GerenderdeBrief extends Omit<VoorbereideBrief, 'build'> {
  /** Null for a preview. */
  kenmerk: string | null;
  bestandsnaam: string;
  bytes: Buffer;
  sha256: string;
  grootte: number;
}

export function bestandsnaamVoor(kenmerk: string | null, briefType: string): string {
  return `${kenmerk ? kenmerk.replace(/\//g, '-') : 'VOORBEELD'}-${briefType}.pdf`;
}

/** Render a prepared letter: a preview (no kenmerk, watermark) or for issuing (next kenmerk). */
export async function renderBrief(call: CallContext, v: VoorbereideBrief, opts: { voorbeeld?: boolean } = {}): Promise<GerenderdeBrief> {
  const voorbeeld = opts.voorbeeld === true;
  const kenmerk = voorbeeld ? null : volgendKenmerk(call.app.sqlite, v.departement, Number(v.datum.slice(0, 4)));
  return gerenderd(v, kenmerk, await renderPdf(v.build(kenmerk, voorbeeld)));
}

function gerenderd(v: VoorbereideBrief, kenmerk: string | null, bytes: Buffer): GerenderdeBrief {
  const { build: _build, ...rest } = v;
  return { ...rest, kenmerk, bestandsnaam: bestandsnaamVoor(kenmerk, v.briefType), bytes, sha256: sha256Hex(bytes), grootte: bytes.length };
}

/** Thrown inside the transaction when the rendered kenmerk was taken meanwhile (retry with a new render). */
export class KenmerkBezet extends AppError {
  constructor(kenmerk: string, volgend: string) {
    super('CONFLICT', `Intussen werd een andere brief uitgegeven: het kenmerk ${kenmerk} is niet meer vrij (volgende: ${volgend}). Probeer opnieuw.`);
  }
}

/**
 * Store a rendered letter as an immutable document, with its audit entry. Call inside `call.tx`.
 * Throws {@link KenmerkBezet} when the kenmerk is no longer the next one of its department and year.
 */
export function storeDocument(call: CallContext, audit: (e: AuditInput) => void, b: GerenderdeBrief): DocumentMeta {
  const db = call.app.sqlite;
  if (!b.kenmerk) throw new AppError('INTERN', 'Een voorbeeld (zonder kenmerk) kan niet als document bewaard worden.');
  const volgend = volgendKenmerk(db, b.departement, Number(b.datum.slice(0, 4)));
  if (volgend !== b.kenmerk) throw new KenmerkBezet(b.kenmerk, volgend);
  if (sha256Hex(b.bytes) !== b.sha256 || b.bytes.length !== b.grootte) {
    throw new AppError('INTERN', 'De PDF-bytes komen niet overeen met hun hash.');
  }
  const { lastInsertRowid } = eenmaalBereid(
    db,
    `INSERT INTO document (kenmerk, brief_type, template_versie, departement, onderwerp, organisatie_id, dossier_entiteit, dossier_id,
       bestandsnaam, sha256, grootte, inhoud, gegevens, contactpersoon_id, ondertekenaar_id, aangemaakt_door_id, aangemaakt_op)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    b.kenmerk, b.briefType, b.templateVersie, b.departement, b.onderwerp, b.organisatieId, b.dossierEntiteit ?? null,
    b.dossierId ?? null, b.bestandsnaam, b.sha256, b.grootte, b.bytes, JSON.stringify(b.gegevens), b.contactpersoonId ?? null,
    b.ondertekenaarId ?? null, call.caller.medewerkerId, b.aangemaaktOp,
  );
  const id = Number(lastInsertRowid);
  audit({
    entiteit: 'document',
    entiteitId: id,
    actie: 'aangemaakt',
    nieuw: {
      kenmerk: b.kenmerk, briefType: b.briefType, templateVersie: b.templateVersie, departement: b.departement, onderwerp: b.onderwerp,
      organisatieId: b.organisatieId, dossierEntiteit: b.dossierEntiteit ?? null, dossierId: b.dossierId ?? null,
      bestandsnaam: b.bestandsnaam, sha256: b.sha256, grootte: b.grootte, contactpersoonId: b.contactpersoonId ?? null,
      ondertekenaarId: b.ondertekenaarId ?? null,
    },
    reden: 'Brief uitgegeven',
  });
  return getDocumentMeta(db, id);
}

const locks = new WeakMap<Sqlite, Promise<unknown>>();

/** Run `fn` after every earlier `fn` on the same database has settled (an in-process queue). */
function serieel<T>(db: Sqlite, fn: () => Promise<T>): Promise<T> {
  const vorige = locks.get(db) ?? Promise.resolve();
  const deze = vorige.then(fn, fn);
  locks.set(db, deze.catch(() => undefined));
  return deze;
}

/** Store a rendered letter with what `inTx` adds, in one transaction (inside `serieel`). */
function bewaar<T>(call: CallContext, brief: GerenderdeBrief, inTx?: (doc: DocumentMeta, audit: (e: AuditInput) => void) => T): { document: DocumentMeta; resultaat: T } {
  return call.tx((audit) => {
    const document = storeDocument(call, audit, brief);
    const resultaat = (inTx ? inTx(document, audit) : undefined) as T;
    return { document: inTx ? getDocumentMeta(call.app.sqlite, document.id) : document, resultaat };
  });
}

/** Whether storing failed only because another letter took the number meanwhile (render again with the next one). */
function opnieuwNummeren(err: unknown): boolean {
  return err instanceof KenmerkBezet || (err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/**
 * Render and store a letter in one go: kenmerk, PDF, then one transaction with the document, its
 * audit entry and whatever `inTx` adds (e.g. a decision's status change). Serialised per database,
 * retried when another process took the kenmerk meanwhile.
 */
export function geefBriefUit<T = undefined>(
  call: CallContext,
  v: VoorbereideBrief,
  inTx?: (doc: DocumentMeta, audit: (e: AuditInput) => void) => T,
): Promise<{ document: DocumentMeta; resultaat: T }> {
  return serieel(call.app.sqlite, async () => {
    for (let poging = 1; ; poging++) {
      const brief = await renderBrief(call, v);
      try {
        return bewaar(call, brief, inTx);
      } catch (err) {
        if (opnieuwNummeren(err) && poging < 5) continue;
        throw err;
      }
    }
  });
}

/** One letter of a batch: how to prepare it (reads and checks; an AppError fails this letter only) and what its transaction adds. */
export interface ReeksBrief<T> {
  voorbereid: () => VoorbereideBrief;
  inTx?: (doc: DocumentMeta, audit: (e: AuditInput) => void) => T;
}

export type ReeksUitkomst<T> = { document: DocumentMeta; resultaat: T } | { fout: unknown };

/**
 * What a batch tells the officer about a letter that failed: the Dutch message of a refusal (AppError), or for an
 * unexpected fault — written to the log with `logtekst` — that the beheerder should look into it.
 */
export function reeksMelding(call: CallContext, fout: unknown, logtekst: string): string {
  if (fout instanceof AppError) return fout.message;
  call.app.log('error', logtekst, fout);
  return 'Onverwachte fout bij het opmaken van de brief; meld dit aan de beheerder.';
}

/**
 * Issue a batch of letters with the rendering on the worker threads (renderpool.ts), the same letters,
 * kenmerken and transactions as `geefBriefUit` one after the other, in the same order.
 *
 * While letter i is stored, the next ones (three per worker) are already prepared and
 * rendering, each with the kenmerk it will get if every letter before it is stored: the numbers are
 * handed out in order from the department's next free one. A letter whose kenmerk is no longer the
 * next free one when its turn comes (one before it failed, or another officer issued a letter
 * meanwhile) is rendered again with the right one, so numbers stay gapless as before — at the cost
 * of a few renders, only then.
 *
 * `gestopt` is asked before each letter (a stopped batch stores nothing more; renders in flight are
 * dropped); `na(i, uitkomst)` hears each letter in order, for progress and the batch's report, and
 * ends the batch when it throws.
 */
export async function geefReeksUit<T>(
  call: CallContext,
  brieven: readonly ReeksBrief<T>[],
  opts: { gestopt: () => boolean; na: (i: number, uitkomst: ReeksUitkomst<T>) => void },
): Promise<void> {
  const db = call.app.sqlite;
  const pool = renderPool((bericht, err) => call.app.log('warn', bericht, err));
  // Enough letters ahead that every worker has its next one queued while the main thread stores (renderpool.ts).
  const vooruit = Math.max(2, 3 * pool.grootte);
  // Per department and year: the last kenmerk handed to a letter in flight.
  const uitgedeeld = new Map<string, string>();
  const reeksSleutel = (v: VoorbereideBrief) => `${v.departement}/${v.datum.slice(0, 4)}`;
  const kenmerkVoor = (v: VoorbereideBrief): string => {
    const vorig = uitgedeeld.get(reeksSleutel(v));
    const kenmerk = vorig ? kenmerkNa(vorig) : volgendKenmerk(db, v.departement, Number(v.datum.slice(0, 4)));
    uitgedeeld.set(reeksSleutel(v), kenmerk);
    return kenmerk;
  };

  type InVlucht = { v: VoorbereideBrief; kenmerk: string; bytes: Promise<Buffer> } | { fout: unknown };
  const start = (b: ReeksBrief<T>): InVlucht => {
    try {
      const v = b.voorbereid();
      const kenmerk = kenmerkVoor(v);
      const bytes = pool.render(v.build(kenmerk, false));
      bytes.catch(() => undefined); // awaited in turn; a dropped one must not be an unhandled rejection
      return { v, kenmerk, bytes };
    } catch (fout) {
      return { fout };
    }
  };

  const inVlucht: InVlucht[] = [];
  let gestart = 0;
  for (let i = 0; i < brieven.length; i++) {
    if (opts.gestopt()) break;
    while (gestart < brieven.length && gestart <= i + vooruit) inVlucht.push(start(brieven[gestart++]));
    const s = inVlucht.shift()!;
    if ('fout' in s) {
      opts.na(i, { fout: s.fout });
      continue;
    }
    let uitkomst: ReeksUitkomst<T>;
    try {
      let bytes = await s.bytes;
      uitkomst = await serieel(db, async () => {
        let kenmerk = s.kenmerk;
        for (let poging = 1; ; poging++) {
          const vrij = volgendKenmerk(db, s.v.departement, Number(s.v.datum.slice(0, 4)));
          if (vrij !== kenmerk) {
            kenmerk = vrij;
            bytes = await pool.render(s.v.build(kenmerk, false));
            uitgedeeld.set(reeksSleutel(s.v), kenmerk);
          }
          try {
            return bewaar(call, gerenderd(s.v, kenmerk, bytes), brieven[i].inTx);
          } catch (err) {
            if (opnieuwNummeren(err) && poging < 5) continue;
            throw err;
          }
        }
      });
    } catch (fout) {
      uitkomst = { fout };
    }
    // Outside the try: `na` may end the batch by throwing (the rest is then not stored).
    opts.na(i, uitkomst);
  }
}

// ---------------------------------------------------------------------------------------------
// Reading documents and their sendings

const SELECT_DOCUMENT = `
  SELECT d.id, d.kenmerk, d.brief_type AS briefType, d.template_versie AS templateVersie, d.departement, d.onderwerp,
         d.organisatie_id AS organisatieId, o.naam AS organisatieNaam, d.dossier_entiteit AS dossierEntiteit,
         d.dossier_id AS dossierId, d.bestandsnaam, d.sha256, d.grootte, d.aangemaakt_door_id AS aangemaaktDoorId, coalesce((SELECT naam FROM medewerker WHERE id = d.aangemaakt_door_id), 'systeem') AS aangemaaktDoor,
         d.aangemaakt_op AS aangemaaktOp
    FROM document d LEFT JOIN organisatie o ON o.id = d.organisatie_id`;

const SELECT_VERZENDING = `
  SELECT id, document_id AS documentId, kanaal, verzonden_op AS verzondenOp, ontvangen_op AS ontvangenOp,
         bewijs_referentie AS bewijsReferentie, geregistreerd_door_id AS geregistreerdDoorId,
         coalesce((SELECT naam FROM medewerker WHERE id = geregistreerd_door_id), 'systeem') AS geregistreerdDoor, geregistreerd_op AS geregistreerdOp
    FROM verzending`;

type VerzendingRij = Omit<Verzending, 'geachtOntvangenOp'>;

export function verzendingUitRij(db: Sqlite, r: VerzendingRij): Verzending {
  return { ...r, geachtOntvangenOp: geachtOntvangenOp(db, r.kanaal, r.verzondenOp) };
}

export function getVerzending(db: Sqlite, id: number): Verzending {
  const r = db.prepare(`${SELECT_VERZENDING} WHERE id = ?`).get(id) as VerzendingRij | undefined;
  if (!r) throw AppError.nietGevonden(`Verzending ${id}`);
  return verzendingUitRij(db, r);
}

function verzendingenVan(db: Sqlite, documentId: number): Verzending[] {
  const rows = eenmaalBereid(db, `${SELECT_VERZENDING} WHERE document_id = ? ORDER BY verzonden_op, id`).all(documentId) as VerzendingRij[];
  return rows.map((r) => verzendingUitRij(db, r));
}

export function getDocumentMeta(db: Sqlite, id: number): DocumentMeta {
  const row = eenmaalBereid(db, `${SELECT_DOCUMENT} WHERE d.id = ?`).get(id) as Omit<DocumentMeta, 'verzendingen'> | undefined;
  if (!row) throw AppError.nietGevonden(`Document ${id}`);
  return { ...row, verzendingen: verzendingenVan(db, id) };
}

/** The stored bytes, exactly as issued. */
export function getDocumentInhoud(db: Sqlite, id: number): Buffer {
  const row = db.prepare('SELECT inhoud FROM document WHERE id = ?').get(id) as { inhoud: Buffer } | undefined;
  if (!row) throw AppError.nietGevonden(`Document ${id}`);
  return row.inhoud;
}

/** The stored letter data (`gegevens`) of a document. */
export function getDocumentGegevens(db: Sqlite, id: number): Record<string, unknown> {
  const row = db.prepare('SELECT gegevens FROM document WHERE id = ?').get(id) as { gegevens: string } | undefined;
  if (!row) throw AppError.nietGevonden(`Document ${id}`);
  return JSON.parse(row.gegevens) as Record<string, unknown>;
}

export interface DocumentFilter {
  organisatieId?: number;
  dossierEntiteit?: string;
  dossierId?: string;
  /** One kind of letter (`document.pagina`: the letters list's "Soort"). */
  briefType?: string;
  limit?: number;
}

/** The conditions of a document filter (organisation, dossier, kind of letter), shared by the list and the pages. */
function documentFilter(f: Omit<DocumentFilter, 'limit'>): { waar: string[]; params: unknown[] } {
  const waar: string[] = [];
  const params: unknown[] = [];
  if (f.organisatieId !== undefined) (waar.push('d.organisatie_id = ?'), params.push(f.organisatieId));
  if (f.dossierEntiteit !== undefined) (waar.push('d.dossier_entiteit = ?'), params.push(f.dossierEntiteit));
  if (f.dossierId !== undefined) (waar.push('d.dossier_id = ?'), params.push(f.dossierId));
  if (f.briefType !== undefined) (waar.push('d.brief_type = ?'), params.push(f.briefType));
  return { waar, params };
}

/** Documents by id, in that order, each with its sending register. */
function documentenMetVerzendingen(db: Sqlite, lijst: string): DocumentMeta[] {
  const docs = db.prepare(`${SELECT_DOCUMENT} WHERE d.id IN (SELECT value FROM json_each(?))`).all(lijst) as Omit<DocumentMeta, 'verzendingen'>[];
  const perDocument = new Map<number, Verzending[]>(docs.map((d) => [d.id, []]));
  const rows = db.prepare(`${SELECT_VERZENDING} WHERE document_id IN (SELECT value FROM json_each(?)) ORDER BY verzonden_op, id`).all(lijst) as VerzendingRij[];
  for (const r of rows) perDocument.get(r.documentId)?.push(verzendingUitRij(db, r));
  return docs.map((d) => ({ ...d, verzendingen: perDocument.get(d.id) ?? [] }));
}

/** Documents newest first, with organisation name and sendings (two queries, no N+1). */
export function listDocumenten(db: Sqlite, f: DocumentFilter): DocumentMeta[] {
  const { waar, params } = documentFilter(f);
  const ids = db
    .prepare(`SELECT d.id FROM document d ${waar.length ? `WHERE ${waar.join(' AND ')}` : ''} ORDER BY d.aangemaakt_op DESC, d.id DESC LIMIT ?`)
    .pluck()
    .all(...params, f.limit ?? 5000) as number[];
  return inVolgorde(ids, documentenMetVerzendingen(db, JSON.stringify(ids)));
}

/** One page of the letters (issue 13). */
export function documentPagina(db: Sqlite, f: Omit<DocumentFilter, 'limit'> & PaginaVraag): Pagina<DocumentMeta> {
  const { waar, params } = documentFilter(f);
  return pagina(
    db,
    {
      van: 'FROM document d LEFT JOIN organisatie o ON o.id = d.organisatie_id',
      waar,
      params,
      kolommen: kolommenSql(DOCUMENT_PAGINA, { kenmerk: 'd.kenmerk', aangemaaktOp: 'd.aangemaakt_op', onderwerp: 'd.onderwerp', organisatieNaam: 'o.naam' }),
      zoekIn: ['d.kenmerk', 'd.onderwerp', 'o.naam'],
      standaard: [{ colId: 'aangemaaktOp', sort: 'desc' }],
      sleutel: 'd.id',
      telVan: 'FROM document d',
    },
    f,
    (ids) => documentenMetVerzendingen(db, ids),
  );
}
