import { AppError } from '../../../../shared/api/errors';
import type { Beslissing, BeslissingType } from '../../../../shared/engines/beslissing.contract';
import { nietBewaard, type Handlers } from '../../platform/router';
import type { CallContext } from '../../platform/context';
import { registries, type ElkeBeslissingSoort } from '../../module';
import type { AuditInput } from '../../platform/audit';
import { addGebeurtenis, medewerkerIdVan } from '../../platform/dossier';
import { bereidBeslissingsbriefVoor, type BeslissingTekst } from '../../letters/beslissingsbrief';
import { geefBriefUit, renderBrief, type ReeksBrief } from '../../letters/store';

const SELECT = `
  SELECT b.id, b.type, b.dossier_entiteit AS dossierEntiteit, b.dossier_id AS dossierId, b.recht_entiteit AS rechtEntiteit,
         b.recht_id AS rechtId, b.organisatie_id AS organisatieId, b.departement, b.bestuursorgaan, b.beslissingsdatum,
         b.ingangsdatum, b.einddatum, b.einde_reden AS eindeReden, b.feiten, b.rechtsgronden, b.rechtsbasis,
         b.bezwaar_termijn_dagen AS bezwaarTermijnDagen, b.ondertekenaar_id AS ondertekenaarId, m.naam AS ondertekenaarNaam,
         b.status, b.goedgekeurd_door_id AS goedgekeurdDoorId, g.naam AS goedgekeurdDoor, b.goedgekeurd_op AS goedgekeurdOp, b.document_id AS documentId,
         b.verzonden_op AS verzondenOp, b.uiterste_reactiedatum AS uitersteReactiedatum, b.bezwaar_uitkomst AS bezwaarUitkomst,
         b.aangemaakt_door_id AS aangemaaktDoorId, a.naam AS aangemaaktDoor, b.aangemaakt_op AS aangemaaktOp
    FROM beslissing b LEFT JOIN medewerker m ON m.id = b.ondertekenaar_id
    JOIN medewerker a ON a.id = b.aangemaakt_door_id LEFT JOIN medewerker g ON g.id = b.goedgekeurd_door_id`;

export function getBeslissing(call: CallContext, id: number): Beslissing {
  const row = call.app.sqlite.prepare(`${SELECT} WHERE b.id = ?`).get(id) as Beslissing | undefined;
  if (!row) throw AppError.nietGevonden(`Beslissing ${id}`);
  return row;
}

export function listBeslissingen(call: CallContext, dossierEntiteit: string, dossierId: number): Beslissing[] {
  return call.app.sqlite
    .prepare(`${SELECT} WHERE b.dossier_entiteit = ? AND b.dossier_id = ? ORDER BY b.id`)
    .all(dossierEntiteit, dossierId) as Beslissing[];
}

export interface DraftInput {
  type: BeslissingType;
  dossierEntiteit: string;
  dossierId: number;
  organisatieId: number;
  rechtEntiteit?: string | null;
  rechtId?: number | null;
  beslissingsdatum: string;
  ingangsdatum?: string | null;
  einddatum?: string | null;
  eindeReden?: string | null;
  feiten: string;
  rechtsgronden: string;
  rechtsbasis: string;
  bezwaarTermijnDagen: number | null;
  ondertekenaarId?: number;
  departement?: 'ZORG' | 'WSE';
  bestuursorgaan?: string;
}

/**
 * Record a draft decision (status 'ontwerp'). It takes effect only when an ondertekenaar approves it:
 * then the letter is issued and the decision's effect is applied (see BeslissingSoort).
 */
export function createDraftBeslissing(call: CallContext, d: DraftInput): Beslissing {
  const db = call.app.sqlite;
  if (d.beslissingsdatum > call.today()) throw AppError.validatie('datum', 'Een beslissingsdatum ligt nooit in de toekomst.');
  const pending = db.prepare("SELECT id FROM beslissing WHERE dossier_entiteit = ? AND dossier_id = ? AND status = 'ontwerp'").get(d.dossierEntiteit, d.dossierId) as { id: number } | undefined;
  if (pending) throw new AppError('CONFLICT', `Er wacht al een ontwerp van beslissing (nr. ${pending.id}) op goedkeuring in dit dossier.`);
  if (d.ondertekenaarId) {
    const m = db.prepare('SELECT mag_ondertekenen AS mag, actief FROM medewerker WHERE id = ?').get(d.ondertekenaarId) as { mag: number; actief: number } | undefined;
    if (!m || !m.mag || !m.actief) throw AppError.validatie('ondertekenaarId', 'Kies een actieve medewerker die mag ondertekenen.');
  }
  const departement = d.departement ?? 'ZORG';
  const bestuursorgaan = d.bestuursorgaan ?? (departement === 'ZORG' ? 'Departement Zorg' : 'Departement Werk en Sociale Economie');
  const id = call.tx((audit) => {
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO beslissing (type, dossier_entiteit, dossier_id, recht_entiteit, recht_id, organisatie_id, departement, bestuursorgaan,
           beslissingsdatum, ingangsdatum, einddatum, einde_reden, feiten, rechtsgronden, rechtsbasis, bezwaar_termijn_dagen,
           ondertekenaar_id, status, aangemaakt_door_id, aangemaakt_op)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ontwerp', ?, ?)`,
      )
      .run(d.type, d.dossierEntiteit, d.dossierId, d.rechtEntiteit ?? null, d.rechtId ?? null, d.organisatieId, departement, bestuursorgaan,
        d.beslissingsdatum, d.ingangsdatum ?? null, d.einddatum ?? null, d.eindeReden ?? null, d.feiten, d.rechtsgronden, d.rechtsbasis,
        d.bezwaarTermijnDagen, d.ondertekenaarId ?? null, medewerkerIdVan(call), call.nowIso());
    const bid = Number(lastInsertRowid);
    addGebeurtenis(call, { entiteit: d.dossierEntiteit, entiteitId: d.dossierId, datum: d.beslissingsdatum, soort: 'ontwerp-beslissing', omschrijving: `Ontwerp van beslissing (${d.type}) ter goedkeuring voorgelegd` });
    audit({ entiteit: 'beslissing', entiteitId: bid, actie: 'aangemaakt', nieuw: { type: d.type, dossier: `${d.dossierEntiteit} ${d.dossierId}`, beslissingsdatum: d.beslissingsdatum, ingangsdatum: d.ingangsdatum ?? null, status: 'ontwerp' } });
    return bid;
  });
  return getBeslissing(call, id);
}

/**
 * A decision type: how its letter reads and what it does when it is issued. `voorbereiden` runs before
 * the letter is rendered (e.g. the recognition number and validity, printed in the letter); `effect`
 * runs inside the approval transaction, so the decision, its letter, its effect and their audit
 * entries land together. Each module contributes its kinds (`beslissingSoorten` of its Module).
 */
export interface BeslissingSoort<X = unknown> {
  voorbereiden?: (call: CallContext, b: Beslissing) => X;
  tekst: (call: CallContext, b: Beslissing, x: X) => BeslissingTekst;
  effect?: (call: CallContext, b: Beslissing, x: X, audit: (e: AuditInput) => void) => void;
}
function soortVan(call: CallContext, b: Beslissing): ElkeBeslissingSoort {
  const r = registries(call.app);
  // A dossier kind that handles all its decisions comes first: the same type (e.g. 'ontvankelijk') can
  // belong to several dossier kinds (an application for recognition, for a mandate…).
  const s = r.beslissingenPerDossier.get(b.dossierEntiteit) ?? r.beslissingen.get(b.type);
  if (!s) throw new AppError('INTERN', `Beslissingstype ${b.type} heeft geen brief.`);
  return s;
}

/** The letter of a decision, for a preview or for issuing; the officer who drafted it is the contact person. */
function brief(call: CallContext, b: Beslissing, x: unknown) {
  const tekst = soortVan(call, b).tekst(call, b, x);
  return bereidBeslissingsbriefVoor(call, b, tekst, b.aangemaaktDoorId);
}

/**
 * The letter of a draft that is not saved yet (the decision dialog's "Voorbeeld van de brief"): the draft is made by
 * the very code that will make it (`maak`, with every check), its letter prepared, and the transaction rolled back —
 * so the preview is exactly the letter the officer submits, and nothing is stored or audited.
 */
export async function voorbeeldVanOntwerp(call: CallContext, maak: () => Beslissing): Promise<{ pdfBase64: string; onderwerp: string }> {
  const db = call.app.sqlite;
  const terug = new Error('voorbeeld: terugdraaien');
  let gegevens: ReturnType<typeof brief> | undefined;
  const voor = db.prepare('SELECT total_changes()').pluck().get() as number;
  try {
    db.transaction(() => {
      const b = maak();
      const metOndertekenaar = { ...b, ondertekenaarId: b.ondertekenaarId ?? voorbeeldOndertekenaar(call, b.departement) };
      gegevens = brief(call, metOndertekenaar, soortVan(call, b).voorbereiden?.(call, metOndertekenaar));
      throw terug;
    })();
  } catch (err) {
    if (err !== terug) throw err;
  } finally {
    nietBewaard(call, (db.prepare('SELECT total_changes()').pluck().get() as number) - voor);
  }
  const letter = await renderBrief(call, gegevens!, { voorbeeld: true });
  return { pdfBase64: letter.bytes.toString('base64'), onderwerp: letter.onderwerp };
}

/** Approve a draft (four eyes), issue its letter and apply its effect in one transaction. */
export async function keurBeslissingGoed(call: CallContext, input: { id: number; versie?: number }): Promise<Beslissing> {
  const g = goedkeuring(call, input.id);
  const { resultaat } = await geefBriefUit(call, g.voorbereid(), g.inTx);
  return resultaat;
}

/**
 * The approval of a draft as one letter of a batch (`geefReeksUit`, e.g. the AMA SE evaluation): `voorbereid`
 * checks the four eyes and prepares the letter, `inTx` approves and applies the effect with the document.
 */
export function goedkeuring(call: CallContext, id: number): ReeksBrief<Beslissing> {
  let b: Beslissing;
  let ondertekenaarId: number;
  let x: unknown;
  let soort: ReturnType<typeof soortVan>;
  return {
    voorbereid: () => {
      b = getBeslissing(call, id);
      if (b.status !== 'ontwerp') throw new AppError('CONFLICT', `Deze beslissing is niet meer in ontwerp (status: ${b.status}).`);
      if (b.aangemaaktDoorId === call.caller.medewerkerId) {
        throw new AppError('VERBODEN', 'Vier-ogenprincipe: wie het ontwerp opmaakte, kan het niet zelf goedkeuren.');
      }
      const wie = b.ondertekenaarId ?? medewerkerIdVan(call);
      ondertekenaarId = wie;
      soort = soortVan(call, b);
      const metOndertekenaar = { ...b, ondertekenaarId };
      x = soort.voorbereiden?.(call, metOndertekenaar);
      return brief(call, metOndertekenaar, x);
    },
    inTx: (doc, audit) => {
      const now = getBeslissing(call, b.id);
      if (now.status !== 'ontwerp') throw new AppError('CONFLICT', 'Deze beslissing werd intussen al behandeld.');
      call.app.sqlite
        .prepare("UPDATE beslissing SET status = 'uitgegeven', ondertekenaar_id = ?, goedgekeurd_door_id = ?, goedgekeurd_op = ?, document_id = ?, versie = versie + 1 WHERE id = ?")
        .run(ondertekenaarId, medewerkerIdVan(call), call.nowIso(), doc.id, b.id);
      const uitgegeven = getBeslissing(call, b.id);
      soort.effect?.(call, uitgegeven, x, audit);
      addGebeurtenis(call, { entiteit: b.dossierEntiteit, entiteitId: b.dossierId, datum: call.today(), soort: 'beslissing', omschrijving: `Beslissing (${b.type}) goedgekeurd en ondertekend; brief ${doc.kenmerk} uitgegeven`, documentId: doc.id });
      audit({ entiteit: 'beslissing', entiteitId: b.id, actie: 'goedgekeurd', oud: { status: 'ontwerp' }, nieuw: { status: 'uitgegeven', documentId: doc.id, ondertekenaarId } });
      return getBeslissing(call, b.id);
    },
  };
}

/**
 * Who signs in a preview of a draft without a chosen signatory: the caller when they may sign, else
 * the first active medewerker of the issuing department who may (the real signatory is whoever
 * approves). A drafter without signing rights can thus preview the letter as it will look.
 */
function voorbeeldOndertekenaar(call: CallContext, departement: string): number | null {
  const db = call.app.sqlite;
  const zelf = call.caller.medewerkerId;
  const mag = db.prepare('SELECT 1 FROM medewerker WHERE id = ? AND mag_ondertekenen = 1 AND actief = 1 AND departement = ?').get(zelf, departement);
  if (mag) return zelf;
  const ander = db
    .prepare('SELECT id FROM medewerker WHERE mag_ondertekenen = 1 AND actief = 1 AND departement = ? ORDER BY id LIMIT 1')
    .get(departement) as { id: number } | undefined;
  return ander?.id ?? zelf;
}

export const beslissingHandlers: Pick<Handlers, 'beslissing.get' | 'beslissing.list' | 'beslissing.voorbeeld' | 'beslissing.goedkeuren' | 'beslissing.afwijzen'> = {
  'beslissing.get': (input, call) => getBeslissing(call, input.id),
  'beslissing.list': (input, call) => {
    const where: string[] = [];
    const params: unknown[] = [];
    if (input.status) (where.push('b.status = ?'), params.push(input.status));
    if (input.organisatieId) (where.push('b.organisatie_id = ?'), params.push(input.organisatieId));
    return call.app.sqlite.prepare(`${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY b.id DESC LIMIT 5000`).all(...params) as Beslissing[];
  },
  'beslissing.voorbeeld': async (input, call) => {
    const b = getBeslissing(call, input.id);
    const metOndertekenaar = { ...b, ondertekenaarId: b.ondertekenaarId ?? voorbeeldOndertekenaar(call, b.departement) };
    const x = soortVan(call, b).voorbereiden?.(call, metOndertekenaar);
    const letter = await renderBrief(call, brief(call, metOndertekenaar, x), { voorbeeld: true });
    return { pdfBase64: letter.bytes.toString('base64'), onderwerp: letter.onderwerp };
  },
  'beslissing.goedkeuren': (input, call) => keurBeslissingGoed(call, input),
  'beslissing.afwijzen': (input, call) => {
    const b = getBeslissing(call, input.id);
    if (b.status !== 'ontwerp') throw new AppError('CONFLICT', `Deze beslissing is niet meer in ontwerp (status: ${b.status}).`);
    return call.tx((audit) => {
      call.app.sqlite.prepare("UPDATE beslissing SET status = 'vervallen', versie = versie + 1 WHERE id = ?").run(b.id);
      addGebeurtenis(call, { entiteit: b.dossierEntiteit, entiteitId: b.dossierId, datum: call.today(), soort: 'ontwerp-teruggestuurd', omschrijving: `Ontwerp van beslissing teruggestuurd: ${input.reden}` });
      audit({ entiteit: 'beslissing', entiteitId: b.id, actie: 'teruggestuurd', oud: { status: 'ontwerp' }, nieuw: { status: 'vervallen' }, reden: input.reden });
      return getBeslissing(call, b.id);
    });
  },
};
