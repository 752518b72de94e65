/** Small helpers shared by the procedure engine and the objection service. */
import { AppError } from '../../../../shared/api/errors';
import type { Departement } from '../../../../shared/platform/medewerker.contract';
import { heeftRol, type CallContext } from '../../platform/context';

const DEPARTEMENT_NAAM: Record<Departement, string> = { ZORG: 'Departement Zorg', WSE: 'Departement Werk en Sociale Economie' };

/**
 * Writes on a dossier of a department: a dossierbeheerder of that department, or a beheerder
 * (e.g. a recognition AMA WVG is a Zorg dossier). The contract already limits the roles to
 * dossierbeheerders and beheerders; this adds the department.
 */
export function controleerDepartement(call: CallContext, departement: Departement): void {
  const c = call.caller;
  if (heeftRol(c, 'beheerder')) return;
  if (heeftRol(c, departement === 'ZORG' ? 'zorg-dossierbeheerder' : 'wse-dossierbeheerder')) return;
  throw new AppError('VERBODEN', `Dit dossier hoort bij het ${DEPARTEMENT_NAAM[departement]}: enkel een dossierbeheerder van dat departement of een beheerder kan het behandelen.`);
}

/**
 * The id the next row of an AUTOINCREMENT table will get. A step whose letter names the new row's
 * dossier (the voornemen, the acknowledgement of an objection) renders the letter before the row
 * exists; the row is then inserted with this id in the letter's transaction, which checks that it
 * is still free (geefBriefUit serialises issuing per database).
 */
export function volgendId(call: CallContext, tabel: 'procedure' | 'bezwaar'): number {
  const db = call.app.sqlite;
  const seq = (db.prepare('SELECT seq FROM sqlite_sequence WHERE name = ?').get(tabel) as { seq: number } | undefined)?.seq ?? 0;
  const max = (db.prepare(`SELECT max(id) AS m FROM ${tabel}`).get() as { m: number | null }).m ?? 0;
  return Math.max(seq, max) + 1;
}
