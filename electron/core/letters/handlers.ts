/**
 * Letters (brief.*), the document archive (document.*) and the sending register (verzending.*).
 *
 * - `brief.voorbeeld` renders without storing (watermark VOORBEELD, no kenmerk).
 * - `brief.uitgeven` renders the PDF outside the transaction, then stores it immutably with its
 *   hash and an audit entry in one `call.tx` (letters/store.ts). Stored bytes are never re-rendered.
 * - `verzending.registreer` / `verzending.bevestig` record how and when a letter was sent and
 *   received; `kennisgevingsdatum` (letters/kennisgeving.ts) turns that into the notification date
 *   from which later deadlines run.
 */
import { AppError } from '../../../shared/api/errors';
import type { ParsedInput } from '../../../shared/api/contract';
import type { Verzending } from '../../../shared/letters/brief.contract';
import { formatDatum } from '../../../shared/kernel/format';
import type { Handlers } from '../platform/router';
import type { CallContext } from '../platform/context';
import { brusselsDate } from '../../../shared/kernel/dates';
import { diff } from '../platform/audit';
import { resolveBrief } from './sjablonen';
import { medewerkerIdVan } from '../platform/dossier';
import {
  geefBriefUit,
  getDocumentInhoud,
  getDocumentMeta,
  getVerzending,
  listDocumenten,
  documentPagina,
  renderBrief,
  type VoorbereideBrief,
} from './store';

export { kennisgevingsdatum } from './kennisgeving';

/** Input → everything needed to render (throws AppError before anything is rendered or written). */
export function bereidBriefVoor(call: CallContext, input: ParsedInput<'brief.uitgeven'>): VoorbereideBrief {
  if ((input.dossierEntiteit === undefined) !== (input.dossierId === undefined)) {
    const veld = input.dossierEntiteit === undefined ? 'dossierEntiteit' : 'dossierId';
    throw AppError.validatie(veld, 'Geef het dossier volledig op (soort en nummer) of laat beide leeg.');
  }
  const { sjabloon, gegevens, onderwerp, departement } = resolveBrief(call, input);
  return {
    briefType: sjabloon.briefType,
    templateVersie: sjabloon.templateVersie,
    departement,
    onderwerp,
    organisatieId: gegevens.geadresseerde.organisatieId,
    dossierEntiteit: input.dossierEntiteit ?? null,
    dossierId: input.dossierId ?? null,
    contactpersoonId: gegevens.contactpersoon.medewerkerId,
    ondertekenaarId: gegevens.ondertekenaar.medewerkerId,
    datum: gegevens.datum,
    aangemaaktOp: gegevens.aangemaaktOp,
    gegevens,
    build: (kenmerk, voorbeeld) => sjabloon.build(gegevens, { kenmerk, voorbeeld }),
  };
}

function documentDatum(aangemaaktOp: string): string {
  return brusselsDate(new Date(aangemaaktOp));
}

function checkVerzendDatums(call: CallContext, documentAangemaaktOp: string, verzondenOp: string, ontvangenOp: string | null | undefined) {
  const vandaag = call.today();
  const aangemaakt = documentDatum(documentAangemaaktOp);
  if (verzondenOp > vandaag) throw AppError.validatie('verzondenOp', `De verzenddatum (${formatDatum(verzondenOp)}) ligt in de toekomst.`);
  if (verzondenOp < aangemaakt) {
    throw AppError.validatie('verzondenOp', `De verzenddatum (${formatDatum(verzondenOp)}) ligt vóór de aanmaak van de brief (${formatDatum(aangemaakt)}).`);
  }
  if (ontvangenOp) {
    if (ontvangenOp > vandaag) throw AppError.validatie('ontvangenOp', `De ontvangstdatum (${formatDatum(ontvangenOp)}) ligt in de toekomst.`);
    if (ontvangenOp < verzondenOp) throw AppError.validatie('ontvangenOp', 'De ontvangstdatum ligt vóór de verzenddatum.');
  }
}

function registreer(call: CallContext, input: ParsedInput<'verzending.registreer'>): Verzending {
  const db = call.app.sqlite;
  const doc = getDocumentMeta(db, input.documentId);
  // A combined PDF for printing (brief type `…-bundel`) is not a letter to anyone: the sending is
  // registered on each letter in it, whose deadlines run from its own notification.
  if (doc.briefType.endsWith('-bundel')) {
    throw AppError.validatie('documentId', 'Dit is een bundel om af te drukken, geen brief: registreer de verzending bij elke brief afzonderlijk.');
  }
  checkVerzendDatums(call, doc.aangemaaktOp, input.verzondenOp, input.ontvangenOp);
  const dubbel = db
    .prepare('SELECT id FROM verzending WHERE document_id = ? AND kanaal = ? AND verzonden_op = ?')
    .get(input.documentId, input.kanaal, input.verzondenOp) as { id: number } | undefined;
  if (dubbel) {
    throw new AppError('CONFLICT', `Deze verzending (${input.kanaal}, ${formatDatum(input.verzondenOp)}) is al geregistreerd (nr. ${dubbel.id}).`);
  }
  return call.tx((audit) => {
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO verzending (document_id, kanaal, verzonden_op, ontvangen_op, bewijs_referentie, geregistreerd_door_id, geregistreerd_op)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(input.documentId, input.kanaal, input.verzondenOp, input.ontvangenOp ?? null, input.bewijsReferentie || null,
        medewerkerIdVan(call), call.nowIso());
    const v = getVerzending(db, Number(lastInsertRowid));
    audit({
      entiteit: 'verzending',
      entiteitId: v.id,
      actie: 'aangemaakt',
      nieuw: { documentId: v.documentId, kenmerk: doc.kenmerk, kanaal: v.kanaal, verzondenOp: v.verzondenOp, ontvangenOp: v.ontvangenOp,
        bewijsReferentie: v.bewijsReferentie, geachtOntvangenOp: v.geachtOntvangenOp },
    });
    return v;
  });
}

function bevestig(call: CallContext, input: ParsedInput<'verzending.bevestig'>): Verzending {
  const db = call.app.sqlite;
  const voor = getVerzending(db, input.id);
  const doc = getDocumentMeta(db, voor.documentId);
  checkVerzendDatums(call, doc.aangemaaktOp, voor.verzondenOp, input.ontvangenOp);
  return call.tx((audit) => {
    db.prepare('UPDATE verzending SET ontvangen_op = ?, bewijs_referentie = ? WHERE id = ?')
      .run(input.ontvangenOp, input.bewijsReferentie || voor.bewijsReferentie, input.id);
    const na = getVerzending(db, input.id);
    const wijziging = diff(
      { ontvangenOp: voor.ontvangenOp, bewijsReferentie: voor.bewijsReferentie },
      { ontvangenOp: na.ontvangenOp, bewijsReferentie: na.bewijsReferentie },
    );
    if (!wijziging) throw new AppError('VALIDATIE', 'Er is niets gewijzigd.');
    audit({ entiteit: 'verzending', entiteitId: na.id, actie: 'gewijzigd', ...wijziging, reden: `Bewijs van ontvangst van ${doc.kenmerk}` });
    return na;
  });
}

export const briefHandlers: Pick<
  Handlers,
  'brief.voorbeeld' | 'brief.uitgeven' | 'document.get' | 'document.list' | 'document.pagina' | 'verzending.registreer' | 'verzending.bevestig'
> = {
  'brief.voorbeeld': async (input, call) => {
    const v = bereidBriefVoor(call, input);
    const brief = await renderBrief(call, v, { voorbeeld: true });
    return { pdfBase64: brief.bytes.toString('base64'), onderwerp: brief.onderwerp };
  },
  'brief.uitgeven': async (input, call) => {
    const v = bereidBriefVoor(call, input);
    return (await geefBriefUit(call, v)).document;
  },
  'document.get': (input, call) => {
    const db = call.app.sqlite;
    const meta = getDocumentMeta(db, input.id);
    return { ...meta, pdfBase64: getDocumentInhoud(db, input.id).toString('base64') };
  },
  'document.list': (input, call) => listDocumenten(call.app.sqlite, input),
  'document.pagina': (input, call) => documentPagina(call.app.sqlite, input),
  'verzending.registreer': (input, call) => registreer(call, input),
  'verzending.bevestig': (input, call) => bevestig(call, input),
};
