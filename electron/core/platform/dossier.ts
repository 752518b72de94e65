import type { CallContext } from './context';
import type { Gebeurtenis } from '../../../shared/platform/dossier.contract';

/** Append a step to a dossier's timeline (inside the caller's transaction). */
export function addGebeurtenis(
  call: CallContext,
  e: { entiteit: string; entiteitId: number; datum: string; soort: string; omschrijving: string; documentId?: number | null },
): void {
  call.app.sqlite
    .prepare(
      `INSERT INTO gebeurtenis (entiteit, entiteit_id, datum, soort, omschrijving, document_id, door, tijdstip)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(e.entiteit, e.entiteitId, e.datum, e.soort, e.omschrijving, e.documentId ?? null, call.caller.gebruiker, call.nowIso());
}

export function listGebeurtenissen(call: CallContext, entiteit: string, entiteitId: number): Gebeurtenis[] {
  return call.app.sqlite
    .prepare(
      `SELECT id, datum, soort, omschrijving, document_id AS documentId, door, tijdstip
         FROM gebeurtenis WHERE entiteit = ? AND entiteit_id = ? ORDER BY datum, id`,
    )
    .all(entiteit, entiteitId) as Gebeurtenis[];
}

/** The medewerker record of the calling user (created at sign-in by ensureMedewerker). */
export function medewerkerIdVan(call: CallContext): number | null {
  const row = call.app.sqlite.prepare('SELECT id FROM medewerker WHERE naam = ?').get(call.caller.gebruiker) as { id: number } | undefined;
  return row?.id ?? null;
}
