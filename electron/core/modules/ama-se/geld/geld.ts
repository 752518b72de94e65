/**
 * The API of the AMA SE money (`voorschot.*`, `contingent.berekenAfrekening`, `contingent.goedkeuren`, the
 * evaluation): thin handlers over the payment-run engine with the two schemes of regelingen.ts. The statement
 * preview, payment file, cancelling and recovery are the engine's `betaalrun.*` methods for every scheme.
 */
import { AppError } from '../../../../../shared/api/errors';
import type { AfrekeningBegunstigde, AfrekeningRij, AfrekeningRun, AfrekeningRunBerekening, AfrekeningRunDetail, VoorschotRun, VoorschotRunDetail } from '../../../../../shared/ama-se/geld.contract';
import type { BetaalRunDetail } from '../../../../../shared/engines/betaalrun.contract';
import { lastWorkingDayOfMonth } from '../../../../../shared/kernel/termijn';
import type { Handlers } from '../../../platform/router';
import type { CallContext } from '../../../platform/context';
import { parameterGetal } from '../../../platform/parameter';
import * as betaalrun from '../../../engines/betaalrun';
import { runRij } from '../../../engines/betaalrun/runs';
import type { InboxBron } from '../../../engines/inbox/inbox';
import { AFREKENING, afrekeningRegeling, VOORSCHOT, voorschotRegeling } from './regelingen';
import { berekenEvaluatie, evaluatieBeslissen, evaluatieGoedkeuren } from './evaluatie';

function eigenRun(call: CallContext, runId: number, regelingen: readonly string[]): number {
  if (!regelingen.includes(runRij(call.app.sqlite, runId).regeling)) throw AppError.nietGevonden(`Run ${runId} van AMA SE`);
  return runId;
}

/** A settlement run with its row per organisation (the interface of `contingent.berekenAfrekening`). */
function metRijen(run: BetaalRunDetail<AfrekeningRunBerekening, AfrekeningBegunstigde>): AfrekeningRunDetail {
  const rijen: AfrekeningRij[] = run.betalingen.map((b) => ({
    organisatieId: b.organisatieId,
    naam: b.organisatieNaam,
    ondernemingsnummer: b.kbo,
    contingentPlaatsen: b.berekening.contingentPlaatsen,
    deelnemersdagen: b.berekening.deelnemersdagen,
    deelnemersjaren: b.berekening.deelnemersjaren,
    bezettingsgraad: b.berekening.bezettingsgraad,
    subsidieCent: b.berekening.subsidieCent,
    voorschottenCent: b.berekening.voorschottenCent,
    saldoCent: b.saldoCent,
    begrensd: b.berekening.begrensd,
    deelnames: b.berekening.deelnames,
  }));
  return { ...run, rijen };
}

const afrekeningDetail = (call: CallContext, runId: number) => metRijen(betaalrun.getRunDetail(call, runId) as BetaalRunDetail<AfrekeningRunBerekening, AfrekeningBegunstigde>);

export const geldHandlers: Pick<
  Handlers,
  | 'voorschot.berekenVoorstel' | 'voorschot.list' | 'voorschot.get' | 'contingent.berekenAfrekening' | 'contingent.afrekeningen' | 'contingent.afrekening'
  | 'contingent.goedkeuren' | 'contingent.berekenEvaluatie' | 'contingent.evaluatieBeslissen' | 'contingent.evaluatieGoedkeuren'
> = {
  'voorschot.berekenVoorstel': async (input, call) => (await betaalrun.berekenVoorstel(call, voorschotRegeling, input.periode, input.jobId)) as VoorschotRunDetail,
  'voorschot.list': (input, call) =>
    (betaalrun.listRuns(call, { status: input.status, regeling: VOORSCHOT }) as VoorschotRun[]).filter((r) => !input.jaar || r.periode.startsWith(`${input.jaar}-`)),
  'voorschot.get': (input, call) => betaalrun.getRunDetail(call, eigenRun(call, input.runId, [VOORSCHOT])) as VoorschotRunDetail,
  'contingent.berekenAfrekening': async (input, call) => {
    const run = await betaalrun.berekenVoorstel(call, afrekeningRegeling, String(input.jaar), input.jobId);
    return afrekeningDetail(call, run.id);
  },
  'contingent.afrekeningen': (input, call) => betaalrun.listRuns(call, { status: input.status, regeling: AFREKENING, periode: input.jaar ? String(input.jaar) : undefined }) as AfrekeningRun[],
  'contingent.afrekening': (input, call) => afrekeningDetail(call, eigenRun(call, input.runId, [AFREKENING])),
  'contingent.goedkeuren': (input, call) => betaalrun.goedkeuren(call, { ...input, runId: eigenRun(call, input.runId, [VOORSCHOT, AFREKENING]) }),
  'contingent.berekenEvaluatie': (input, call) => berekenEvaluatie(call, input),
  'contingent.evaluatieBeslissen': (input, call) => evaluatieBeslissen(call, input),
  'contingent.evaluatieGoedkeuren': (input, call) => evaluatieGoedkeuren(call, input),
};

/**
 * The settlement of last year is due by the last working day of March (art. 68): in the inbox from 1 January until
 * a settlement run of that year is approved; then the evaluation until its decisions are drafted.
 */
export const seAfrekeningInbox: InboxBron = (call) => {
  const db = call.app.sqlite;
  const vandaag = call.today();
  const jaar = Number(vandaag.slice(0, 4)) - 1;
  const heeftContingent = db.prepare('SELECT 1 FROM se_contingent WHERE geldig_van <= ? AND (geldig_tot IS NULL OR geldig_tot >= ?) LIMIT 1').get(`${jaar}-12-31`, `${jaar}-01-01`);
  if (!heeftContingent) return [];
  const goedgekeurd = db.prepare("SELECT id FROM betaalrun WHERE regeling = ? AND periode = ? AND status = 'goedgekeurd' ORDER BY id DESC LIMIT 1").get(AFREKENING, String(jaar)) as { id: number } | undefined;
  const maand = parameterGetal(db, 'AMA_SE_AFREKENING_MAAND', `${jaar}-12-31`);
  if (!goedgekeurd) {
    return [{
      dossierEntiteit: 'se_afrekening', dossierId: jaar, link: '/contingenten/afrekeningen', organisatieNaam: 'Alle maatwerkbedrijven', departement: 'WSE',
      omschrijving: `Jaarafrekening AMA SE ${jaar} berekenen en laten goedkeuren (art. 68)`, vervaldatum: lastWorkingDayOfMonth(jaar + 1, maand), behandelaarId: null, behandelaar: null,
    }];
  }
  const beslist = db.prepare('SELECT 1 FROM se_evaluatie WHERE jaar = ? LIMIT 1').get(jaar);
  const eerste = parameterGetal(db, 'AMA_SE_EERSTE_EVALUATIEJAAR', `${jaar}-12-31`);
  if (beslist || jaar < eerste) return [];
  const ingang = `${jaar + 1}-${String(parameterGetal(db, 'AMA_SE_VERMINDERING_INGANGSMAAND', `${jaar}-12-31`)).padStart(2, '0')}-01`;
  return [{
    dossierEntiteit: 'se_evaluatie_jaar', dossierId: jaar, link: '/contingenten/evaluatie', organisatieNaam: 'Alle maatwerkbedrijven', departement: 'WSE',
    omschrijving: `Evaluatie invullingsgraad ${jaar}: verminderingen beslissen vóór ze ingaan (art. 61–63)`, vervaldatum: ingang, behandelaarId: null, behandelaar: null,
  }];
};
