/**
 * What earlier approved runs settled, and open recoveries offset against new payments (the rules of
 * goedkeuring.ts, shared by the proposal's preview and the approval).
 */
import type { Sqlite } from '../../../../db/open';

/** Σ saldo of the approved runs of the period, per payee (what was already settled). */
export function eerderAfgerekend(db: Sqlite, regeling: string, periode: string): Map<number, number> {
  const rows = db
    .prepare(
      `SELECT b.organisatie_id AS org, SUM(b.saldo_cent) AS som FROM betaalrun_betaling b JOIN betaalrun r ON r.id = b.run_id
        WHERE r.regeling = ? AND r.periode = ? AND r.status = 'goedgekeurd' GROUP BY b.organisatie_id`,
    )
    .all(regeling, periode) as { org: number; som: number }[];
  return new Map(rows.map((r) => [r.org, r.som]));
}

/** Open recoveries per payee of a scheme (approved runs). */
export function openTerugvorderingen(db: Sqlite, regeling: string): Map<number, number> {
  const rows = db
    .prepare(
      `SELECT b.organisatie_id AS org,
              SUM(CASE WHEN b.saldo_cent < 0 AND b.terugvordering = 'verrekenen' THEN -b.saldo_cent ELSE 0 END) - SUM(b.verrekend_cent) AS open
         FROM betaalrun_betaling b JOIN betaalrun r ON r.id = b.run_id
        WHERE r.regeling = ? AND r.status = 'goedgekeurd' GROUP BY b.organisatie_id`,
    )
    .all(regeling) as { org: number; open: number }[];
  return new Map(rows.filter((r) => r.open > 0).map((r) => [r.org, r.open]));
}

export function verrekening(open: Map<number, number>, organisatieId: number, saldoCent: number): { verrekendCent: number; teBetalenCent: number } {
  if (saldoCent <= 0) return { verrekendCent: 0, teBetalenCent: 0 };
  const verrekend = Math.min(open.get(organisatieId) ?? 0, saldoCent);
  return { verrekendCent: verrekend, teBetalenCent: saldoCent - verrekend };
}
