/**
 * A proposal: the scheme computes the run for a period from its registers; the engine numbers it
 * (volgnummer per scheme and period), sets per payee what earlier approved runs of the period already
 * settled and the saldo (negative: to recover), and stores run, payments and the scheme's lines in one
 * transaction with its audit entry. Only one proposal per scheme and period at a time.
 */
import { AppError } from '../../../../shared/api/errors';
import type { BetaalRunDetail } from '../../../../shared/engines/betaalrun.contract';
import { parsePeriode, type Periode } from '../../../../shared/kernel/periode';
import type { CallContext } from '../../platform/context';
import { medewerkerIdVan } from '../../platform/dossier';
import { runJob } from '../../platform/jobs';
import { controleerDepartement } from '../procedure/hulp';
import type { BetaalRegeling, ElkeRegeling, RunPlan } from './regeling';
import { getRunDetail } from './runs';
import { eerderAfgerekend, openTerugvorderingen, verrekening } from './saldo';
import { aantalMet } from '../../../../shared/kernel/format';

/** "AMAWVG-2026H1-0417497106" (with "-2" … for re-runs): the payment's reference for the financial system. */
export function betalingsReferentie(regeling: Pick<BetaalRegeling, 'referentieCode'>, periode: string, kbo: string, volgnummer: number): string {
  return `${regeling.referentieCode}-${periode.replace('-', '')}-${kbo.replace(/\D/g, '')}${volgnummer > 1 ? `-${volgnummer}` : ''}`;
}

/** The period of a scheme, or a Dutch validation error on `periode`. */
export function periodeVan(regeling: Pick<BetaalRegeling, 'periode'>, code: string): Periode {
  try {
    return parsePeriode(code, regeling.periode);
  } catch (err) {
    throw AppError.validatie('periode', (err as Error).message);
  }
}

export interface VolledigPlan<R, P, L> extends RunPlan<R, P, L> {
  periode: Periode;
  volgnummer: number;
  totaalCent: number;
  betalingen: (RunPlan<R, P, L>['begunstigden'][number] & { eerderBetaaldCent: number; saldoCent: number; referentie: string })[];
}

/** Compute without writing (also used by the benchmarks against hand-written SQL). */
export function berekenPlan<R, P, L>(call: CallContext, regeling: BetaalRegeling<R, P, L>, code: string): VolledigPlan<R, P, L> {
  const db = call.app.sqlite;
  const periode = periodeVan(regeling, code);
  const eerder = eerderAfgerekend(db, regeling.code, periode.code);
  const plan = regeling.bereken(call, periode, eerder);
  const volgnummer =
    ((db.prepare('SELECT max(volgnummer) AS n FROM betaalrun WHERE regeling = ? AND periode = ?').get(regeling.code, periode.code) as { n: number | null }).n ?? 0) + 1;
  const kbo = db.prepare('SELECT kbo FROM organisatie WHERE id = ?').pluck();
  const betalingen = plan.begunstigden.map((b) => {
    const eerderBetaaldCent = eerder.get(b.organisatieId) ?? 0;
    return { ...b, eerderBetaaldCent, saldoCent: b.verschuldigdCent - eerderBetaaldCent, referentie: betalingsReferentie(regeling, periode.code, kbo.get(b.organisatieId) as string, volgnummer) };
  });
  return { ...plan, periode, volgnummer, betalingen, totaalCent: betalingen.reduce((s, b) => s + b.verschuldigdCent, 0) };
}

export async function berekenVoorstel(call: CallContext, regeling: ElkeRegeling, code: string, jobId?: string): Promise<BetaalRunDetail> {
  return (await berekenVoorstelMetPlan(call, regeling, code, jobId)).run;
}

/** The same, with the plan it stored (a scheme that answers its lines gives them from here instead of reading them back). */
export async function berekenVoorstelMetPlan<R, P, L>(
  call: CallContext,
  regeling: BetaalRegeling<R, P, L>,
  code: string,
  jobId?: string,
): Promise<{ run: BetaalRunDetail; plan: VolledigPlan<R, P, L> }> {
  controleerDepartement(call, regeling.departement);
  const db = call.app.sqlite;
  const open = db.prepare("SELECT id, volgnummer FROM betaalrun WHERE regeling = ? AND periode = ? AND status = 'voorstel'").get(regeling.code, code) as
    | { id: number; volgnummer: number }
    | undefined;
  if (open) {
    throw new AppError(
      'CONFLICT',
      `Voor ${code} staat al een voorstel klaar (run ${open.id}, volgnummer ${open.volgnummer}). Keur het goed of annuleer het voor je opnieuw berekent.`,
    );
  }
  const { runId, plan } = await runJob(call.app, { soort: `betaalrun-voorstel`, jobId, totaal: 2, bericht: 'Registers en parameters lezen' }, async (job) => {
    const p = berekenPlan(call, regeling, code);
    job.voortgang(1, `${aantalMet(p.aantalLijnen, 'lijn', 'lijnen')} berekend; voorstel bewaren`);
    const id = call.tx((audit) => {
      const id = Number(
        db
          .prepare(
            `INSERT INTO betaalrun (regeling, departement, periode, volgnummer, status, berekening, totaal_cent, aangemaakt_door_id, aangemaakt_op)
             VALUES (?, ?, ?, ?, 'voorstel', ?, ?, ?, ?)`,
          )
          .run(regeling.code, regeling.departement, p.periode.code, p.volgnummer, JSON.stringify(p.berekening), p.totaalCent, medewerkerIdVan(call), call.nowIso())
          .lastInsertRowid,
      );
      const betaling = db.prepare(
        `INSERT INTO betaalrun_betaling (run_id, organisatie_id, aantal_lijnen, dagen, bruto_cent, vermindering_cent, verschuldigd_cent, eerder_betaald_cent,
           saldo_cent, verrekend_cent, te_betalen_cent, terugvordering, referentie, berekening) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      // The offsets as they would be today (a preview: the approval fixes them).
      const open = openTerugvorderingen(db, regeling.code);
      for (const b of p.betalingen) {
        const v = verrekening(open, b.organisatieId, b.saldoCent);
        betaling.run(id, b.organisatieId, b.aantalLijnen, b.dagen, b.brutoCent, b.verminderingCent, b.verschuldigdCent, b.eerderBetaaldCent, b.saldoCent,
          v.verrekendCent, v.teBetalenCent, b.saldoCent < 0 ? 'verrekenen' : null, b.referentie, JSON.stringify(b.berekening));
      }
      regeling.bewaarLijnen(call, id, p);
      audit({
        entiteit: 'betaalrun',
        entiteitId: id,
        actie: 'aangemaakt',
        nieuw: {
          regeling: regeling.code, periode: p.periode.code, volgnummer: p.volgnummer, status: 'voorstel', totaalCent: p.totaalCent,
          saldoTotaalCent: p.betalingen.reduce((s, b) => s + b.saldoCent, 0), aantalBegunstigden: p.betalingen.length, aantalLijnen: p.aantalLijnen,
        },
        reden: `${regeling.label} ${p.periode.naam} berekend`,
      });
      job.voortgang(2, 'Voorstel klaar');
      return id;
    });
    return { runId: id, plan: p };
  });
  return { run: getRunDetail(call, runId), plan };
}
