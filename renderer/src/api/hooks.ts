import { useCallback, useEffect, useRef, useState } from 'react';
import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { Input, MethodName, Output } from '../../../shared/api/contract';
import type { JobVoortgang } from '../../../shared/platform/job.contract';
import { ApiClientError, call, LEESTIJD_MS, subscribe, type PushEvent } from './client';
import type { ParameterCode } from '../../../shared/platform/parameter-codes';

export type { JobVoortgang };

type QueryOpts<K extends MethodName> = Omit<
  UseQueryOptions<Output<K>, ApiClientError, Output<K>, readonly [K, Input<K>]>,
  'queryKey' | 'queryFn'
>;

/** Every read goes through TanStack Query; the key is `[method, input]`. */
export function useApi<K extends MethodName>(method: K, input: Input<K>, opts?: QueryOpts<K>) {
  return useQuery<Output<K>, ApiClientError, Output<K>, readonly [K, Input<K>]>({
    queryKey: [method, input] as const,
    queryFn: ({ signal }) => call(method, input, { signal: AbortSignal.any([signal, AbortSignal.timeout(LEESTIJD_MS)]) }),
    ...opts,
  });
}

/**
 * A write. After success the listed read methods are refetched, and always `audit.list`
 * (every write is audited) and `rapport.dashboard` (the overview's figures).
 */
export function useApiMutation<K extends MethodName>(method: K, opts?: { invalidates?: MethodName[] }) {
  const qc = useQueryClient();
  return useMutation<Output<K>, ApiClientError, Input<K>>({
    mutationFn: (input) => call(method, input),
    onSuccess: async () => {
      // The overview's figures count many registers: after any write they are read again when next shown.
      const methods = new Set<MethodName>([...(opts?.invalidates ?? []), 'audit.list', 'rapport.dashboard']);
      await Promise.all([...methods].map((m) => qc.invalidateQueries({ queryKey: [m] })));
    },
  });
}

export const useSessie = () => useApi('sessie.get', {}, { staleTime: Infinity });

export const useReferentie = () => useApi('referentie.get', {}, { staleTime: Infinity });

/**
 * A parameter's number today (the session's date), for a screen that names a legal period or amount: the text follows
 * the parameter a beheerder maintains instead of repeating its value. Undefined while loading or when no period covers today.
 */
export function useParameterGetal(code: ParameterCode): number | undefined {
  const vandaag = useSessie().data?.vandaag ?? '';
  return useApi('parameter.get', { code, datum: vandaag }, { enabled: vandaag !== '', staleTime: 60_000 }).data?.waardeGetal ?? undefined;
}

/** Subscribe to push events while the component is mounted. */
export function usePushEvents(listener: (e: PushEvent) => void): void {
  useEffect(() => subscribe(listener), [listener]);
}

/**
 * Push events that name read methods (`{type, invalidate: ['organisatie.list']}`) refetch them,
 * so a batch job's results appear without reloading.
 */
export function useInvalidateOnPush(): void {
  const qc = useQueryClient();
  const ik = useSessie().data?.medewerkerId;
  useEffect(
    () =>
      subscribe((e) => {
        const list = (e as { invalidate?: unknown }).invalidate;
        if (Array.isArray(list)) {
          for (const m of list) if (typeof m === 'string') void qc.invalidateQueries({ queryKey: [m] });
        }
        if (e.type === 'gewijzigd' && e.door !== ik && Array.isArray(e.entiteiten)) {
          // Another officer changed these dossiers (team server): the open screens that show them refetch.
          const soorten = new Set((e.entiteiten as unknown[]).map((x) => String(x).split(':')[0]));
          void qc.invalidateQueries({ predicate: (q) => toontWijziging(String(q.queryKey[0]), soorten) });
        }
      }),
    [qc, ik],
  );
}


/** A fresh id for a long call, so its `job.voortgang` events can be matched before the answer comes. */
export function nieuwJobId(): string {
  const c = globalThis.crypto;
  return c && typeof c.randomUUID === 'function' ? c.randomUUID().replace(/-/g, '') : `job${Date.now()}${Math.floor(Math.random() * 1e9)}`;
}

/**
 * Run a long call with progress: `run(fn)` makes a job id, follows its `job.voortgang` push events
 * in `voortgang` while `fn(jobId)` runs, and clears it afterwards. `stop()` asks a stoppable job to stop
 * after the step it is doing (what is done stays done).
 */
export function useJob(): {
  voortgang: JobVoortgang | null;
  run: <T>(fn: (jobId: string) => Promise<T>, eerste?: string) => Promise<T>;
  stop: () => void;
} {
  const [voortgang, setVoortgang] = useState<JobVoortgang | null>(null);
  const huidig = useRef<string | null>(null);
  const run = useCallback(async <T,>(fn: (jobId: string) => Promise<T>, eerste = 'Bezig...') => {
    const jobId = nieuwJobId();
    huidig.current = jobId;
    setVoortgang({ type: 'job.voortgang', jobId, soort: '', status: 'bezig', gedaan: 0, totaal: 0, bericht: eerste, stopbaar: false });
    const stop = subscribe((e: PushEvent) => {
      if (e.type !== 'job.voortgang' || e.jobId !== jobId) return;
      setVoortgang(e as unknown as JobVoortgang);
    });
    try {
      return await fn(jobId);
    } finally {
      stop();
      huidig.current = null;
      setVoortgang(null);
    }
  }, []);
  const stop = useCallback(() => {
    if (huidig.current) void call('job.stop', { jobId: huidig.current }).catch(() => undefined);
  }, []);
  return { voortgang, run, stop };
}

/**
 * Whether a read shows dossiers of these kinds: the methods of that kind (`organisatie.get`, `organisatie.list` for
 * `organisatie`), and what summarises every dossier (inbox, signatory's inbox, dashboard, audit trail).
 */
export function toontWijziging(methode: string, soorten: ReadonlySet<string>): boolean {
  const soort = methode.split('.')[0];
  return soorten.has(soort) || soort === 'inbox' || soort === 'audit' || methode === 'rapport.dashboard';
}
