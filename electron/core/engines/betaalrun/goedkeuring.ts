/**
 * Approval of a run (four eyes), its annulment, and recovery by offset.
 *
 * - **Approval** in one transaction: status, the offset of open recoveries, the payee frozen as approved
 *   (name, KBO, IBAN: the payment file pays what was approved, not what the register says later), audit.
 *   Then the statements are issued one per payee (nota.ts). The approver is another person than the one
 *   who computed the run, holds the signing right and belongs to the scheme's department. A run cannot
 *   be approved when a later run of the period was approved, nor when what was settled for the period
 *   changed since it was computed. The letter prerequisites (contact person reachable, signatory may
 *   sign) are checked before anything is approved.
 * - **Recovery by offset**: a negative saldo is by default offset against the payee's next positive
 *   payments of the same scheme (any period): open = Σ −saldo of approved negative payments marked
 *   'verrekenen' − Σ offsets already made; at approval each positive saldo takes min(open, saldo) as
 *   `verrekend`, and `te_betalen` = saldo − verrekend goes into the payment file.
 */
import { AppError } from '../../../../shared/api/errors';
import type { BetaalRunDetail } from '../../../../shared/engines/betaalrun.contract';
import { heeftRol, type CallContext } from '../../platform/context';
import { medewerkerIdVan } from '../../platform/dossier';
import { controleerDepartement } from '../procedure/hulp';
import { eerderAfgerekend, openTerugvorderingen, verrekening } from './saldo';
import { getRunDetail, regelingVan, runRij } from './runs';

/** The approver: another person than who computed, active, with the signing right, of the scheme's department. */
function controleerGoedkeurder(call: CallContext, departement: string, aangemaaktDoorId: number): number {
  const id = medewerkerIdVan(call);
  if (aangemaaktDoorId === id) throw new AppError('VERBODEN', 'Vier-ogenprincipe: wie deze run berekende, kan ze niet zelf goedkeuren.');
  const m = call.app.sqlite.prepare('SELECT departement, mag_ondertekenen AS mag, actief FROM medewerker WHERE id = ?').get(id) as
    | { departement: string; mag: number; actief: number }
    | undefined;
  if (!m || !m.actief || !m.mag) throw new AppError('VERBODEN', 'Je hebt geen ondertekeningsbevoegdheid: een beheerder kent ze toe onder Medewerkers.');
  if (m.departement !== departement) {
    throw new AppError('VERBODEN', `Deze run hoort bij het ${departement === 'WSE' ? 'Departement WSE' : 'Departement Zorg'}: enkel een ondertekenaar van dat departement keurt ze goed.`);
  }
  return id;
}

/** Approve in one transaction; the statements follow (see nota.ts). Returns the approver's staff id. */
export function keurGoed(call: CallContext, runId: number): number {
  const db = call.app.sqlite;
  const r = runRij(db, runId);
  const regeling = regelingVan(call, r.regeling);
  if (r.status !== 'voorstel') throw new AppError('CONFLICT', `Deze run is geen voorstel meer (status: ${r.status}).`);
  const goedkeurder = controleerGoedkeurder(call, r.departement, r.aangemaaktDoorId);
  const later = db
    .prepare("SELECT volgnummer FROM betaalrun WHERE regeling = ? AND periode = ? AND status = 'goedgekeurd' AND volgnummer > ? ORDER BY volgnummer DESC LIMIT 1")
    .get(r.regeling, r.periode, r.volgnummer) as { volgnummer: number } | undefined;
  if (later) {
    throw new AppError('CONFLICT', `Voor ${r.periode} werd al een latere run (volgnummer ${later.volgnummer}) goedgekeurd; dit oudere voorstel kan niet meer goedgekeurd worden.`);
  }
  const controle = () => {
    const eerder = eerderAfgerekend(db, r.regeling, r.periode);
    const rows = db.prepare('SELECT organisatie_id AS org, eerder_betaald_cent AS eerder FROM betaalrun_betaling WHERE run_id = ?').all(r.id) as { org: number; eerder: number }[];
    const gezien = new Set(rows.map((x) => x.org));
    if (rows.some((x) => (eerder.get(x.org) ?? 0) !== x.eerder) || [...eerder.entries()].some(([org, v]) => v !== 0 && !gezien.has(org))) {
      throw new AppError('CONFLICT', `Wat voor ${r.periode} al afgerekend werd, is gewijzigd sinds dit voorstel berekend werd. Annuleer het voorstel en bereken opnieuw.`);
    }
  };
  controle();
  // Letter prerequisites before anything is approved (contact person reachable, signatory may sign).
  const eerste = db.prepare('SELECT organisatie_id AS org FROM betaalrun_betaling WHERE run_id = ? AND saldo_cent <> 0 ORDER BY id LIMIT 1').get(r.id) as { org: number } | undefined;
  if (eerste) regeling.nota(call, r.id, eerste.org, { contactpersoonId: r.aangemaaktDoorId, ondertekenaarId: goedkeurder });

  call.tx((audit) => {
    controle();
    const open = openTerugvorderingen(db, r.regeling);
    const rows = db
      .prepare(
        `SELECT b.id, b.organisatie_id AS org, b.saldo_cent AS saldo, o.naam, o.kbo, o.iban
           FROM betaalrun_betaling b JOIN organisatie o ON o.id = b.organisatie_id WHERE b.run_id = ? ORDER BY b.organisatie_id`,
      )
      .all(r.id) as { id: number; org: number; saldo: number; naam: string; kbo: string; iban: string | null }[];
    const upd = db.prepare(
      `UPDATE betaalrun_betaling SET verrekend_cent = ?, te_betalen_cent = ?, begunstigde_naam = ?, begunstigde_kbo = ?, iban = ?,
         terugvordering = CASE WHEN saldo_cent < 0 THEN coalesce(terugvordering, 'verrekenen') ELSE NULL END WHERE id = ?`,
    );
    let verrekendTotaal = 0;
    for (const b of rows) {
      const v = verrekening(open, b.org, b.saldo);
      upd.run(v.verrekendCent, v.teBetalenCent, b.naam, b.kbo, b.iban, b.id);
      verrekendTotaal += v.verrekendCent;
    }
    const n = db
      .prepare("UPDATE betaalrun SET status = 'goedgekeurd', goedgekeurd_door_id = ?, goedgekeurd_op = ? WHERE id = ? AND status = 'voorstel'")
      .run(goedkeurder, call.nowIso(), r.id).changes;
    if (!n) throw new AppError('CONFLICT', 'Deze run werd intussen al behandeld.');
    const som = db.prepare('SELECT coalesce(sum(saldo_cent), 0) AS saldo, coalesce(sum(te_betalen_cent), 0) AS teBetalen FROM betaalrun_betaling WHERE run_id = ?').get(r.id) as {
      saldo: number;
      teBetalen: number;
    };
    audit({
      entiteit: 'betaalrun',
      entiteitId: r.id,
      actie: 'goedgekeurd',
      oud: { status: 'voorstel' },
      nieuw: { status: 'goedgekeurd', totaalCent: r.totaalCent, saldoTotaalCent: som.saldo, teBetalenTotaalCent: som.teBetalen, verrekendCent: verrekendTotaal },
      reden: `${regeling.label} ${r.periode} (volgnummer ${r.volgnummer}) goedgekeurd`,
    });
  });
  return goedkeurder;
}

export function annuleren(call: CallContext, input: { runId: number; reden: string }): BetaalRunDetail {
  const r = runRij(call.app.sqlite, input.runId);
  controleerDepartementVoorRol(call, r.departement);
  if (r.status !== 'voorstel') throw new AppError('CONFLICT', `Alleen een voorstel kan geannuleerd worden (deze run is ${r.status}).`);
  call.tx((audit) => {
    const n = call.app.sqlite.prepare("UPDATE betaalrun SET status = 'geannuleerd' WHERE id = ? AND status = 'voorstel'").run(r.id).changes;
    if (!n) throw new AppError('CONFLICT', 'Deze run werd intussen al behandeld.');
    audit({ entiteit: 'betaalrun', entiteitId: r.id, actie: 'geannuleerd', oud: { status: 'voorstel' }, nieuw: { status: 'geannuleerd' }, reden: input.reden });
  });
  return getRunDetail(call, r.id);
}

/**
 * Dossierbeheerders act only on their own department's runs; a signatory on the runs of the department
 * of their staff record; a beheerder on all.
 */
export function controleerDepartementVoorRol(call: CallContext, departement: 'ZORG' | 'WSE'): void {
  if (call.caller.rol !== 'ondertekenaar') return controleerDepartement(call, departement);
  // A signatory who is also a beheerder or an officer of that department may act as such.
  if (heeftRol(call.caller, 'beheerder') || heeftRol(call.caller, departement === 'ZORG' ? 'zorg-dossierbeheerder' : 'wse-dossierbeheerder')) return;
  const eigen = call.caller.medewerkerId === null ? null : (call.app.sqlite.prepare('SELECT departement FROM medewerker WHERE id = ?').pluck().get(call.caller.medewerkerId) as string | undefined);
  if (eigen !== departement) {
    throw new AppError('VERBODEN', `Deze run hoort bij het ${departement === 'WSE' ? 'Departement WSE' : 'Departement Zorg'}: enkel een ondertekenaar van dat departement behandelt ze.`);
  }
}
