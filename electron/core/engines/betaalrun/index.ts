/**
 * The payment-run engine: one pipeline for every scheme's payments (proposal → review → four-eyes
 * approval → statements → payment file → re-run pays or recovers the difference → recovery via the
 * procedure engine). Schemes contribute a `BetaalRegeling` (regeling.ts) through their module; the
 * engine serves the generic `betaalrun.*` methods, and a scheme's own methods (e.g. `subsidie.*`)
 * call the functions exported here.
 */
import type { BetaalRunGoedkeuring } from '../../../../shared/engines/betaalrun.contract';
import type { CallContext } from '../../platform/context';
import { defineModule } from '../../module';
import { annuleren, controleerDepartementVoorRol, keurGoed } from './goedkeuring';
import { exporteer, neemIbanOver } from './exporteer';
import { geefNotasUit, voorbeeldNota } from './nota';
import { getRunDetail, listRuns, runRij } from './runs';
import { kiesTerugvordering } from './terugvordering';

export type { BetaalRegeling, ElkeRegeling, BegunstigdePlan, RunPlan, NotaPersonen, TerugvorderingRegeling } from './regeling';
export { berekenPlan, berekenVoorstel, berekenVoorstelMetPlan, betalingsReferentie } from './voorstel';
export { getRunDetail, listRuns, getBetaling, betalingVan } from './runs';
export { annuleren } from './goedkeuring';
export { openTerugvorderingen } from './saldo';
export { exporteer, neemIbanOver } from './exporteer';
export { voorbeeldNota, geefNotasUit } from './nota';
export { kiesTerugvordering, terugvorderingSoorten } from './terugvordering';

/** Approve (four eyes) and issue the statements. */
export async function goedkeuren(call: CallContext, input: { runId: number; jobId?: string }): Promise<BetaalRunGoedkeuring> {
  keurGoed(call, input.runId);
  const brieven = await geefNotasUit(call, input.runId, input.jobId);
  return { run: getRunDetail(call, input.runId), brieven };
}

/** Issue the statements that are still missing after an interruption. */
export async function brievenUitgeven(call: CallContext, input: { runId: number; jobId?: string }): Promise<BetaalRunGoedkeuring> {
  const brieven = await geefNotasUit(call, input.runId, input.jobId);
  return { run: getRunDetail(call, input.runId), brieven };
}

export const betaalrunModule = defineModule({
  naam: 'betaalrun',
  handlers: {
    'betaalrun.list': (input, call) => listRuns(call, input),
    'betaalrun.get': (input, call) => getRunDetail(call, input.runId),
    'betaalrun.voorbeeldNota': (input, call) => {
      controleerDepartementVoorRol(call, runRij(call.app.sqlite, input.runId).departement);
      return voorbeeldNota(call, input);
    },
    'betaalrun.goedkeuren': (input, call) => goedkeuren(call, input),
    'betaalrun.brievenUitgeven': (input, call) => brievenUitgeven(call, input),
    'betaalrun.annuleren': (input, call) => annuleren(call, input),
    'betaalrun.exporteer': (input, call) => exporteer(call, input),
    'betaalrun.neemIbanOver': (input, call) => neemIbanOver(call, input),
    'betaalrun.terugvordering': (input, call) => kiesTerugvordering(call, input),
  },
});
