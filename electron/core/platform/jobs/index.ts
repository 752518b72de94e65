/**
 * A small job runner for long calls (batches of letters, imports): the call itself awaits the whole
 * job and returns its result, and meanwhile the job pushes its progress to every connected renderer
 * through `app.emit` — the Electron host sends push events over IPC, the HTTP host as server-sent
 * events on /api/events:
 *
 *   { type: 'job.voortgang', jobId, soort, status: 'bezig' | 'klaar' | 'mislukt', gedaan, totaal, bericht }
 *
 * The first event has gedaan 0, the last one status 'klaar' (or 'mislukt' with the Dutch error).
 * Progress events in between are throttled (at most one per `intervalMs`, default 100 ms) so a job of
 * thousands of steps does not flood the channel; the first, last and status changes always go out.
 * The client may choose the job id (so it can match events to its own call before the answer comes);
 * two running jobs never share an id. `lopendeJobs(app)` lists what runs now (e.g. for a renderer that
 * reconnects).
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../../shared/api/errors';
import type { AppContext, PushEvent } from '../context';

export type JobStatus = 'bezig' | 'klaar' | 'mislukt';

export interface JobVoortgang extends PushEvent {
  type: 'job.voortgang';
  jobId: string;
  /** What kind of job, e.g. 'herinnering-hernieuwing'. */
  soort: string;
  status: JobStatus;
  gedaan: number;
  totaal: number;
  /** Dutch, for the progress bar. */
  bericht: string;
}

export interface Job {
  readonly id: string;
  readonly soort: string;
  /** Set or change the number of steps (e.g. once the selection is known). */
  totaal(n: number): void;
  /** Report progress: `gedaan` steps of `totaal` are done. */
  voortgang(gedaan: number, bericht: string): void;
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
}

const lopend = new WeakMap<AppContext, Map<string, JobVoortgang>>();

function registry(app: AppContext): Map<string, JobVoortgang> {
  let m = lopend.get(app);
  if (!m) lopend.set(app, (m = new Map()));
  return m;
}

/** The jobs running now on this app, with their last progress. */
export function lopendeJobs(app: AppContext): JobVoortgang[] {
  return [...registry(app).values()].map((j) => ({ ...j }));
}

/** Run `fn` as a job with progress events; resolves with its result (or rejects with its error). */
export async function runJob<T>(app: AppContext, opts: JobOpties, fn: (job: Job) => Promise<T>): Promise<T> {
  const jobs = registry(app);
  const id = opts.jobId ?? randomUUID();
  if (jobs.has(id)) throw new AppError('CONFLICT', `Er loopt al een taak met id ${id}.`);
  const interval = opts.intervalMs ?? 100;
  const staat: JobVoortgang = { type: 'job.voortgang', jobId: id, soort: opts.soort, status: 'bezig', gedaan: 0, totaal: opts.totaal ?? 0, bericht: opts.bericht ?? 'Gestart' };
  jobs.set(id, staat);
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
  };
  try {
    const resultaat = await fn(job);
    staat.status = 'klaar';
    staat.gedaan = Math.max(staat.gedaan, staat.totaal);
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
