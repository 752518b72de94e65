import { AppError } from '../../../shared/api/errors';
import type { CallContext } from './context';
import { eenmaalBereid } from '../../../db/open';
import type { Gebeurtenis } from '../../../shared/platform/dossier.contract';

/** Append a step to a dossier's timeline (inside the caller's transaction). */
export function addGebeurtenis(
  call: CallContext,
  e: { entiteit: string; entiteitId: number; datum: string; soort: string; omschrijving: string; documentId?: number | null },
): void {
  eenmaalBereid(
    call.app.sqlite,
    `INSERT INTO gebeurtenis (entiteit, entiteit_id, datum, soort, omschrijving, document_id, door_id, tijdstip)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(e.entiteit, e.entiteitId, e.datum, e.soort, e.omschrijving, e.documentId ?? null, call.caller.medewerkerId, call.nowIso());
}

export function listGebeurtenissen(call: CallContext, entiteit: string, entiteitId: number): Gebeurtenis[] {
  return call.app.sqlite
    .prepare(
      `SELECT g.id, g.datum, g.soort, g.omschrijving, g.document_id AS documentId, g.door_id AS doorId, coalesce(m.naam, 'systeem') AS door, g.tijdstip
         FROM gebeurtenis g LEFT JOIN medewerker m ON m.id = g.door_id WHERE g.entiteit = ? AND g.entiteit_id = ? ORDER BY g.datum, g.id`,
    )
    .all(entiteit, entiteitId) as Gebeurtenis[];
}

/** The staff id of the caller; a write that records who did it needs one (the system cannot sign or handle). */
export function medewerkerIdVan(call: CallContext): number {
  if (call.caller.medewerkerId === null) throw new AppError('VERBODEN', 'Deze handeling vraagt een aangemelde medewerker.');
  return call.caller.medewerkerId;
}

/** SQL for a staff member's current name by id (names are display only; they follow the staff record). */
export const NAAM_VAN = (kolom: string) => `(SELECT naam FROM medewerker WHERE id = ${kolom})`;
