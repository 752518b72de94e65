/**
 * The API of the AMA WVG subsidy (`subsidie.*`): thin handlers over the payment-run engine with the
 * subsidy's scheme (regeling.ts). Approval, statements, the payment file and recovery are the engine's
 * (also served as `betaalrun.*` for every scheme); what is AMA WVG's own is the computation and the lines.
 */
import { AppError } from '../../../../../shared/api/errors';
import type { SubsidieBetalingRij, SubsidieGoedkeuring, SubsidieRun, SubsidieRunDetail } from '../../../../../shared/ama-wvg/subsidie.contract';
import type { Handlers } from '../../../platform/router';
import type { CallContext } from '../../../platform/context';
import * as betaalrun from '../../../engines/betaalrun';
import { runRij } from '../../../engines/betaalrun/runs';
import { lijnen, REGELING, subsidieRegeling } from './regeling';

/** A run of this scheme (a run of another scheme is not found here). */
function eigenRun(call: CallContext, runId: number): number {
  if (runRij(call.app.sqlite, runId).regeling !== REGELING) throw AppError.nietGevonden(`Subsidierun ${runId}`);
  return runId;
}

export const subsidieHandlers: Pick<
  Handlers,
  | 'subsidie.berekenVoorstel'
  | 'subsidie.get'
  | 'subsidie.list'
  | 'subsidie.lijnen'
  | 'subsidie.voorbeeldNota'
  | 'subsidie.goedkeuren'
  | 'subsidie.brievenUitgeven'
  | 'subsidie.annuleren'
  | 'subsidie.exporteer'
  | 'subsidie.terugvordering'
> = {
  'subsidie.berekenVoorstel': async (input, call) => (await betaalrun.berekenVoorstel(call, subsidieRegeling, input.periode, input.jobId)) as SubsidieRunDetail,
  'subsidie.get': (input, call) => betaalrun.getRunDetail(call, eigenRun(call, input.runId)) as SubsidieRunDetail,
  'subsidie.list': (input, call) => betaalrun.listRuns(call, { ...input, regeling: REGELING }) as SubsidieRun[],
  'subsidie.lijnen': (input, call) => lijnen(call.app.sqlite, eigenRun(call, input.runId), input.organisatieId),
  'subsidie.voorbeeldNota': (input, call) => betaalrun.voorbeeldNota(call, { ...input, runId: eigenRun(call, input.runId) }),
  'subsidie.goedkeuren': async (input, call) => (await betaalrun.goedkeuren(call, { ...input, runId: eigenRun(call, input.runId) })) as SubsidieGoedkeuring,
  'subsidie.brievenUitgeven': async (input, call) => (await betaalrun.brievenUitgeven(call, { ...input, runId: eigenRun(call, input.runId) })) as SubsidieGoedkeuring,
  'subsidie.annuleren': (input, call) => betaalrun.annuleren(call, { ...input, runId: eigenRun(call, input.runId) }) as SubsidieRunDetail,
  'subsidie.exporteer': (input, call) => betaalrun.exporteer(call, { ...input, runId: eigenRun(call, input.runId) }),
  'subsidie.terugvordering': (input, call) => betaalrun.kiesTerugvordering(call, input) as SubsidieBetalingRij,
};
