/**
 * The API of the compensation (`compensatie.*`): thin handlers over the payment-run engine with the
 * compensation's scheme (regeling.ts). The statement, the payment file, cancelling and recovery are
 * the engine's `betaalrun.*` methods for every scheme; what is the compensation's own is the
 * computation and its lines per trajectory.
 */
import { AppError } from '../../../../../shared/api/errors';
import type { CompensatieRun, CompensatieRunDetail, CompensatieVoorstel } from '../../../../../shared/swv-zorg/compensatie.contract';
import type { BetaalRunGoedkeuring } from '../../../../../shared/engines/betaalrun.contract';
import type { CompensatieBegunstigde, CompensatieRunBerekening } from '../../../../../shared/swv-zorg/compensatie.contract';
import type { Handlers } from '../../../platform/router';
import type { CallContext } from '../../../platform/context';
import * as betaalrun from '../../../engines/betaalrun';
import { runRij } from '../../../engines/betaalrun/runs';
import { compensatieRegeling, REGELING, voorstelRijen } from './regeling';
import { lijnen } from './lijnen';

/** A run of this scheme (a run of another scheme is not found here). */
function eigenRun(call: CallContext, runId: number): number {
  if (runRij(call.app.sqlite, runId).regeling !== REGELING) throw AppError.nietGevonden(`Compensatierun ${runId}`);
  return runId;
}

export const compensatieHandlers: Pick<Handlers, 'compensatie.berekenVoorstel' | 'compensatie.list' | 'compensatie.get' | 'compensatie.lijnen' | 'compensatie.goedkeuren'> = {
  'compensatie.berekenVoorstel': async (input, call): Promise<CompensatieVoorstel> => {
    const { run, plan } = await betaalrun.berekenVoorstelMetPlan(call, compensatieRegeling, input.periode, input.jobId);
    return { ...(run as CompensatieRunDetail), rijen: voorstelRijen(plan) };
  },
  'compensatie.list': (input, call) => betaalrun.listRuns(call, { ...input, regeling: REGELING }) as CompensatieRun[],
  'compensatie.get': (input, call) => betaalrun.getRunDetail(call, eigenRun(call, input.runId)) as CompensatieRunDetail,
  'compensatie.lijnen': (input, call) => lijnen(call.app.sqlite, eigenRun(call, input.runId), input.organisatieId),
  'compensatie.goedkeuren': async (input, call) =>
    (await betaalrun.goedkeuren(call, { ...input, runId: eigenRun(call, input.runId) })) as BetaalRunGoedkeuring<CompensatieRunBerekening, CompensatieBegunstigde>,
};
