/**
 * Reading runs and payments, for every scheme. A payment of an approved run shows the payee as it was
 * approved (name, KBO, IBAN frozen at approval); a proposal shows the organisation as registered now.
 */
import { AppError } from '../../../../shared/api/errors';
import type { BetaalRun, BetaalRunDetail, BetaalRunStatus, Betaling } from '../../../../shared/engines/betaalrun.contract';
import { parsePeriode } from '../../../../shared/kernel/periode';
import { formatEuro } from '../../../../shared/kernel/format';
import type { Sqlite } from '../../../../db/open';
import type { CallContext } from '../../platform/context';
import { registries } from '../../module';
import type { ElkeRegeling } from './regeling';

export function regelingVan(call: CallContext, code: string): ElkeRegeling {
  const r = registries(call.app).regelingen.get(code);
  if (!r) throw new AppError('INTERN', `Regeling ${code} is niet bijgedragen door een module.`);
  return r;
}

export interface RunRij {
  id: number;
  regeling: string;
  departement: 'ZORG' | 'WSE';
  periode: string;
  volgnummer: number;
  status: BetaalRunStatus;
  berekening: string;
  totaalCent: number;
  aangemaaktDoorId: number;
  aangemaaktDoor: string;
  aangemaaktOp: string;
  goedgekeurdDoorId: number | null;
  goedgekeurdDoor: string | null;
  goedgekeurdOp: string | null;
}

const RUN_KOLOMMEN = `
  r.id, r.regeling, r.departement, r.periode, r.volgnummer, r.status, r.berekening, r.totaal_cent AS totaalCent,
  r.aangemaakt_door_id AS aangemaaktDoorId, (SELECT naam FROM medewerker WHERE id = r.aangemaakt_door_id) AS aangemaaktDoor, r.aangemaakt_op AS aangemaaktOp,
  r.goedgekeurd_door_id AS goedgekeurdDoorId, (SELECT naam FROM medewerker WHERE id = r.goedgekeurd_door_id) AS goedgekeurdDoor, r.goedgekeurd_op AS goedgekeurdOp`;

/** The run with its totals, aggregated once over its payments. */
const RUN_SELECT = `
  SELECT ${RUN_KOLOMMEN},
         count(b.id) AS aantalBegunstigden, coalesce(sum(b.aantal_lijnen), 0) AS aantalLijnen,
         coalesce(sum(b.saldo_cent), 0) AS saldoTotaalCent, coalesce(sum(b.te_betalen_cent), 0) AS teBetalenTotaalCent,
         coalesce(sum(CASE WHEN b.saldo_cent < 0 THEN -b.saldo_cent ELSE 0 END), 0) AS terugTeVorderenCent
    FROM betaalrun r LEFT JOIN betaalrun_betaling b ON b.run_id = r.id`;

type RunDbRij = RunRij & Pick<BetaalRun, 'aantalBegunstigden' | 'aantalLijnen' | 'saldoTotaalCent' | 'teBetalenTotaalCent' | 'terugTeVorderenCent'>;

function naarRun(call: CallContext, r: RunDbRij): BetaalRun {
  const regeling = regelingVan(call, r.regeling);
  return { ...r, regelingLabel: regeling.label, periodeNaam: parsePeriode(r.periode, regeling.periode).naam, berekening: JSON.parse(r.berekening) };
}

export function runRij(db: Sqlite, runId: number): RunRij {
  const r = db.prepare(`SELECT ${RUN_KOLOMMEN} FROM betaalrun r WHERE r.id = ?`).get(runId) as RunRij | undefined;
  if (!r) throw AppError.nietGevonden(`Betaalrun ${runId}`);
  return r;
}

export function listRuns(call: CallContext, f: { regeling?: string; status?: BetaalRunStatus; periode?: string }): BetaalRun[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.regeling) (where.push('r.regeling = ?'), params.push(f.regeling));
  if (f.status) (where.push('r.status = ?'), params.push(f.status));
  if (f.periode) (where.push('r.periode = ?'), params.push(f.periode));
  const rijen = call.app.sqlite
    .prepare(`${RUN_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} GROUP BY r.id ORDER BY r.periode DESC, r.volgnummer DESC, r.id DESC`)
    .all(...params) as RunDbRij[];
  return rijen.map((r) => naarRun(call, r));
}

const BETALING_SELECT = `
  SELECT b.id, b.run_id AS runId, b.organisatie_id AS organisatieId,
         coalesce(b.begunstigde_naam, o.naam) AS organisatieNaam, coalesce(b.begunstigde_kbo, o.kbo) AS kbo,
         CASE WHEN b.begunstigde_naam IS NOT NULL THEN b.iban ELSE o.iban END AS iban,
         b.aantal_lijnen AS aantalLijnen, b.dagen, b.bruto_cent AS brutoCent, b.vermindering_cent AS verminderingCent,
         b.verschuldigd_cent AS verschuldigdCent, b.eerder_betaald_cent AS eerderBetaaldCent, b.saldo_cent AS saldoCent,
         b.verrekend_cent AS verrekendCent, b.te_betalen_cent AS teBetalenCent, b.terugvordering, b.procedure_id AS procedureId,
         b.referentie, b.document_id AS documentId, b.berekening
    FROM betaalrun_betaling b JOIN organisatie o ON o.id = b.organisatie_id`;

type BetalingDbRij = Omit<Betaling, 'berekening'> & { berekening: string };
const naarBetaling = (r: BetalingDbRij): Betaling => ({ ...r, berekening: JSON.parse(r.berekening) });

export function getBetaling(db: Sqlite, id: number): Betaling {
  const r = db.prepare(`${BETALING_SELECT} WHERE b.id = ?`).get(id) as BetalingDbRij | undefined;
  if (!r) throw AppError.nietGevonden(`Betaling ${id}`);
  return naarBetaling(r);
}

export function betalingVan(db: Sqlite, runId: number, organisatieId: number): Betaling {
  const r = db.prepare(`${BETALING_SELECT} WHERE b.run_id = ? AND b.organisatie_id = ?`).get(runId, organisatieId) as BetalingDbRij | undefined;
  if (!r) throw AppError.nietGevonden(`Begunstigde ${organisatieId} in betaalrun ${runId}`);
  return naarBetaling(r);
}

export function betalingenVan(db: Sqlite, runId: number): Betaling[] {
  return (db.prepare(`${BETALING_SELECT} WHERE b.run_id = ? ORDER BY organisatieNaam, b.id`).all(runId) as BetalingDbRij[]).map(naarBetaling);
}

/** The engine's warnings (missing IBAN, recoveries, offsets), then the scheme's own. */
function waarschuwingen(regeling: ElkeRegeling, run: BetaalRun, betalingen: Betaling[]): string[] {
  const w: string[] = [];
  for (const b of betalingen) {
    const wie = `${b.organisatieNaam} (${b.kbo})`;
    if (!b.iban && b.teBetalenCent > 0) {
      w.push(
        run.status === 'voorstel'
          ? `Geen IBAN gekend voor ${wie}: vul het rekeningnummer aan bij de organisatie vóór de goedkeuring, anders komt de betaling van ${formatEuro(b.teBetalenCent)} niet in het betaalbestand.`
          : `Geen IBAN gekend voor ${wie} bij de goedkeuring: de betaling van ${formatEuro(b.teBetalenCent)} komt niet in het betaalbestand. Vul het rekeningnummer aan bij de organisatie en neem het over in de betaling.`,
      );
    }
    if (b.saldoCent < 0) {
      w.push(`${wie}: ${formatEuro(-b.saldoCent)} terug te vorderen, ${b.terugvordering === 'vordering' ? 'als afzonderlijke vordering' : 'te verrekenen met de volgende betalingen'}.`);
    }
    if (b.verrekendCent > 0) w.push(`${wie}: ${formatEuro(b.verrekendCent)} verrekend met een openstaande terugvordering.`);
  }
  return [...(regeling.waarschuwingen?.(run, betalingen) ?? []), ...w];
}

export function getRunDetail(call: CallContext, runId: number): BetaalRunDetail {
  const r = call.app.sqlite.prepare(`${RUN_SELECT} WHERE r.id = ? GROUP BY r.id`).get(runId) as RunDbRij | undefined;
  if (!r) throw AppError.nietGevonden(`Betaalrun ${runId}`);
  const run = naarRun(call, r);
  const betalingen = betalingenVan(call.app.sqlite, runId);
  return { ...run, betalingen, waarschuwingen: waarschuwingen(regelingVan(call, r.regeling), run, betalingen) };
}
