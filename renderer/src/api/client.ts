import type { MethodName, Input, Output } from '../../../shared/api/contract';
import type { ApiFout, Envelope, FoutDetail, Foutcode } from '../../../shared/api/errors';
import type { PushEvent } from './window';

export type { PushEvent } from './window';

/** Error codes of the API plus one for "the host could not be reached". */
export type ClientFoutcode = Foutcode | 'NETWERK';

/** An error envelope (or a transport failure) as a thrown error with the Dutch message of the core. */
export class ApiClientError extends Error {
  constructor(
    readonly code: ClientFoutcode,
    message: string,
    readonly details: FoutDetail[] = [],
  ) {
    super(message);
    this.name = 'ApiClientError';
  }
}

type Transport = (method: string, input: unknown, signal?: AbortSignal) => Promise<Envelope<unknown>>;

const NETWERK_MELDING = 'De toepassing is niet bereikbaar. Controleer of ze nog draait en probeer opnieuw.';

/**
 * The team server protects its cookie session with a CSRF token bound to the session (GET /api/csrf); the development
 * host has none (it answers that route with an error envelope). Fetched once per page.
 */
let csrfToken: Promise<string | null> | null = null;
/** The token once known (null: this host has none); undefined while it has not been fetched. */
let csrfBekend: string | null | undefined;
function csrf(): Promise<string | null> {
  csrfToken ??= fetch('/api/csrf', { headers: { accept: 'application/json' } })
    .then(async (r) => (r.ok ? ((await r.json()) as { token?: unknown }).token : null))
    .then((t) => (csrfBekend = typeof t === 'string' ? t : null))
    .catch(() => {
      csrfToken = null;
      return null;
    });
  return csrfToken;
}

const httpTransport: Transport = async (method, input, signal) => {
  let res: Response;
  try {
    // With the token known the request leaves at once, not after the caller's task: a register asks for its first
    // page while React builds the screen, and awaiting first held that request until the grid was built (issue 13).
    const token = csrfBekend !== undefined ? csrfBekend : await csrf();
    res = await fetch(`/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { 'x-csrf-token': token } : {}) },
      body: JSON.stringify(input ?? {}),
      signal,
    });
  } catch (err) {
    if ((err as Error)?.name === 'TimeoutError') throw new ApiClientError('NETWERK', 'De toepassing antwoordde niet op tijd. Probeer opnieuw.');
    throw new ApiClientError('NETWERK', NETWERK_MELDING);
  }
  if (res.status === 401) {
    // The session ended (expired, signed out elsewhere): to the sign-in, which brings the officer back here.
    window.location.assign('/auth/aanmelden');
  }
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    throw new ApiClientError(
      res.status >= 500 || res.status === 0 ? 'INTERN' : 'NETWERK',
      `Onverwacht antwoord van de toepassing (HTTP ${res.status}).`,
    );
  }
  if (!isEnvelope(body)) throw new ApiClientError('INTERN', `Onverwacht antwoord van de toepassing (HTTP ${res.status}).`);
  return body;
};

function isEnvelope(v: unknown): v is Envelope<unknown> {
  return typeof v === 'object' && v !== null && typeof (v as { ok?: unknown }).ok === 'boolean';
}

/** Chosen once: the Electron bridge when the preload exposed it, HTTP otherwise. */
function chooseTransport(): Transport {
  const bridge = typeof window !== 'undefined' ? window.api : undefined;
  if (bridge && typeof bridge.call === 'function') {
    return async (method, input) => {
      try {
        return await bridge.call(method, input);
      } catch {
        throw new ApiClientError('NETWERK', NETWERK_MELDING);
      }
    };
  }
  return httpTransport;
}

const transport = chooseTransport();

export const isElectron = (): boolean => typeof window !== 'undefined' && typeof window.api?.call === 'function';

/**
 * A read that has not answered after this long is given up (and retried once by the query client) instead of showing
 * "Laden..." forever; writes are never cut off (an import or a batch may take long, and must not run twice).
 */
export const LEESTIJD_MS = 15_000;

/** Call one API method; resolves with its value or throws ApiClientError with the Dutch message. */
export async function call<K extends MethodName>(method: K, input: Input<K>, opts: { signal?: AbortSignal } = {}): Promise<Output<K>> {
  const env = await transport(method, input, opts.signal);
  if (env.ok) return env.value as Output<K>;
  throw toClientError(env.error);
}

function toClientError(e: ApiFout | undefined): ApiClientError {
  if (!e || typeof e.message !== 'string') return new ApiClientError('INTERN', 'Er liep iets mis in de toepassing.');
  return new ApiClientError(e.code, e.message, Array.isArray(e.details) ? e.details : []);
}

/** Dutch text of any error for display; never a stack trace. */
export function foutmelding(err: unknown): string {
  if (err instanceof ApiClientError) return err.message;
  return 'Er liep iets mis in de toepassing. Probeer opnieuw of meld dit aan de beheerder.';
}

// ---------------------------------------------------------------- push events

type Listener = (e: PushEvent) => void;
const listeners = new Set<Listener>();
let source: { close: () => void } | null = null;

function openSource(): { close: () => void } | null {
  const bridge = window.api;
  if (bridge && typeof bridge.on === 'function') {
    const off = bridge.on('push', (e) => listeners.forEach((l) => l(e)));
    return { close: () => off() };
  }
  if (typeof EventSource === 'undefined') return null;
  const es = new EventSource('/api/events');
  es.onmessage = (m) => {
    try {
      const e = JSON.parse(m.data as string) as PushEvent;
      if (e && typeof e.type === 'string') listeners.forEach((l) => l(e));
    } catch {
      /* not an event */
    }
  };
  // A host without /api/events answers 404: EventSource then closes for good (no retry storm).
  return { close: () => es.close() };
}

/** Listen to push events from the core; returns the unsubscribe function. */
export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  if (!source) source = openSource();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && source) {
      source.close();
      source = null;
    }
  };
}
