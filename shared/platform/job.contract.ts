import { z } from 'zod';
import { method } from '../api/define';
import { DOSSIERBEHEERDERS } from '../api/roles';
import { regel } from '../api/common';

/**
 * Long calls (letter batches, imports, payment runs) run as jobs: the call awaits the whole job and
 * returns its result, and meanwhile the job pushes its progress to every connected renderer as
 *
 *   { type: 'job.voortgang', jobId, soort, status, gedaan, totaal, bericht, stopbaar }
 *
 * The first event has gedaan 0, the last one status 'klaar', 'gestopt' or 'mislukt'. A job that can be
 * stopped safely (between two letters, each its own transaction) says so with `stopbaar`; `job.stop`
 * asks it to stop after the step it is doing.
 */
export const JOB_STATUSSEN = ['bezig', 'klaar', 'gestopt', 'mislukt'] as const;
export type JobStatus = (typeof JOB_STATUSSEN)[number];

export interface JobVoortgang {
  type: 'job.voortgang';
  jobId: string;
  /** What kind of job, e.g. 'berekeningsnotas'. */
  soort: string;
  status: JobStatus;
  gedaan: number;
  totaal: number;
  /** Dutch, for the progress bar. */
  bericht: string;
  /** The job stops safely when asked (`job.stop`). */
  stopbaar: boolean;
}

export const jobMethods = {
  'job.stop': method<{ gevraagd: boolean }>()({
    input: z.object({ jobId: regel(100, 'Geef de taak.').trim().min(1) }),
    roles: [...DOSSIERBEHEERDERS, 'ondertekenaar'],
    omschrijving: 'Een lopende taak (reeks brieven) laten stoppen na de stap waarmee ze bezig is; wat klaar is, blijft',
  }),
  'job.lopend': method<JobVoortgang[]>()({
    input: z.object({}),
    roles: [...DOSSIERBEHEERDERS, 'ondertekenaar'],
    omschrijving: 'De taken die nu lopen, met hun laatste voortgang',
  }),
};
