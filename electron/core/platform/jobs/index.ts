/**
 * The one job mechanism for long calls (letter batches, imports, payment runs); the event shape and
 * the API are in shared/platform/job.contract.ts. Progress events between the first and the last are
 * throttled (at most one per `intervalMs`, default 100 ms) so a job of thousands of steps does not
 * flood the channel; the first, last and status changes always go out. The client may choose the job id
 * (so it can match events to its own call before the answer comes); two running jobs never share an id.
 *
 * A job started with `stopbaar: true` checks `job.gestopt()` between its steps; `job.stop` (by the
 * person who started it, or a beheerder) asks it to stop after the current step.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../../shared/api/errors';
import type { JobStatus, JobVoortgang } from '../../../../shared/platform/job.contract';
import type { Handlers } from '../router';
import { heeftRol, type AppContext, type CallContext } from '../context';

export type { JobStatus, JobVoortgang };

export interface Job {
  readonly id: string;
  readonly soort: string;
  /** Set or change the number of steps (e.g. once the selection is known). */
  totaal(n: number): void;
  /** Report progress: `gedaan` steps of `totaal` are done. */
  voortgang(gedaan: number, bericht: string): void;
  /** Whether someone asked this job to stop (check between steps of a stoppable job). */
  gestopt(): boolean;
}

export interface JobOpties {
  soort: string;
  /** Chosen by the client, or generated. */
  jobId?: string;
  totaal?: number;
  /** Minimum time between two progress events (default 100 ms; 0: every step). */
  intervalMs?: number;
  /** First message, e.g. "Herinneringen voorbereiden". */
  bericht?: string;
  /** The job can stop safely between its steps. */
  stopbaar?: boolean;
  /** Who started it (may stop it). */
  medewerkerId?: number | null;
}

interface LopendeJob {
  staat: JobVoortgang;
  stop: boolean;
  medewerkerId: number | null;
}

const lopend = new WeakMap<AppContext, Map<string, LopendeJob>>();

function registry(app: AppContext): Map<string, LopendeJob> {
  let m = lopend.get(app);
  if (!m) lopend.set(app, (m = new Map()));
  return m;
}

/** The jobs running now on this app, with their last progress. */
export function lopendeJobs(app: AppContext): JobVoortgang[] {
  return [...registry(app).values()].map((j) => ({ ...j.staat }));
}

/** Run `fn` as a job with progress events; resolves with its result (or rejects with its error). */
export async function runJob<T>(app: AppContext, opts: JobOpties, fn: (job: Job) => Promise<T>): Promise<T> {
  const jobs = registry(app);
  const id = opts.jobId ?? randomUUID();
  if (jobs.has(id)) throw new AppError('CONFLICT', `Er loopt al een taak met id ${id}.`);
  const interval = opts.intervalMs ?? 100;
  const staat: JobVoortgang = {
    type: 'job.voortgang', jobId: id, soort: opts.soort, status: 'bezig', gedaan: 0, totaal: opts.totaal ?? 0, bericht: opts.bericht ?? 'Gestart', stopbaar: opts.stopbaar === true,
  };
  const lopende: LopendeJob = { staat, stop: false, medewerkerId: opts.medewerkerId ?? null };
  jobs.set(id, lopende);
  let laatst = 0;
  const stuur = () => {
    laatst = performance.now();
    try {
      app.emit({ ...staat });
    } catch (err) {
      app.log('warn', `Voortgang van taak ${id} kon niet verstuurd worden`, err);
    }
  };
  stuur();
  const job: Job = {
    id,
    soort: opts.soort,
    totaal(n) {
      staat.totaal = n;
    },
    voortgang(gedaan, bericht) {
      staat.gedaan = gedaan;
      staat.bericht = bericht;
      if (interval <= 0 || gedaan >= staat.totaal || performance.now() - laatst >= interval) stuur();
    },
    gestopt: () => lopende.stop,
  };
  try {
    const resultaat = await fn(job);
    staat.status = lopende.stop && staat.gedaan < staat.totaal ? 'gestopt' : 'klaar';
    if (staat.status === 'gestopt') staat.bericht = `Gestopt na ${staat.gedaan} van ${staat.totaal}; de rest kan later volgen.`;
    else staat.gedaan = Math.max(staat.gedaan, staat.totaal);
    stuur();
    return resultaat;
  } catch (err) {
    staat.status = 'mislukt';
    staat.bericht = err instanceof AppError ? err.message : 'De taak is onderbroken door een fout in de toepassing.';
    stuur();
    throw err;
  } finally {
    jobs.delete(id);
  }
}

export const jobHandlers: Pick<Handlers, 'job.stop' | 'job.lopend'> = {
  'job.stop': (input, call: CallContext) => {
    const j = registry(call.app).get(input.jobId);
    if (!j) throw AppError.nietGevonden(`Taak ${input.jobId}`);
    if (!j.staat.stopbaar) throw new AppError('CONFLICT', 'Deze taak kan niet halverwege stoppen: ze maakt alles in één keer of niets.');
    if (!heeftRol(call.caller, 'beheerder') && j.medewerkerId !== call.caller.medewerkerId) {
      throw new AppError('VERBODEN', 'Enkel wie de taak startte (of een beheerder) kan ze stoppen.');
    }
    j.stop = true;
    return { gevraagd: true };
  },
  'job.lopend': (_input, call) => lopendeJobs(call.app),
};
