import { foutEnvelope, type Envelope } from '../../shared/api/errors';
import type { PushEvent } from '../core/platform/context';
import type { Router } from '../core/platform/router';

/**
 * The desktop app as a client of a team server: the main process makes the HTTPS calls and holds the session (its
 * cookies live in a persistent Electron session partition; the renderer never sees them), the renderer keeps its
 * single `api.call` over IPC and its CSP. No Electron import here, so it runs under plain Node in the tests against
 * a real team server.
 */
export interface TeamClientDeps {
  /** The team server's address, e.g. https://wzt.vlaanderen.be */
  url: string;
  /** fetch with the session's cookie jar (Electron: `session.fetch` of the partition). */
  fetch: (url: string, init?: RequestInit) => Promise<Response>;
  /** Show the identity provider's sign-in and resolve once the session cookie is set (false: the officer gave up). */
  aanmelden: () => Promise<boolean>;
}

const fout = foutEnvelope;
const ONBEREIKBAAR = 'De teamserver is niet bereikbaar. Controleer de netwerkverbinding en probeer opnieuw.';

/** A router that forwards every call to the team server (the caller is the server's business: the session). */
export function teamRouter(deps: TeamClientDeps): Router {
  const basis = new URL(deps.url).origin;
  let csrf: string | null = null;
  let aanmelding: Promise<boolean> | null = null;

  /** One sign-in at a time, however many calls found the session gone. */
  const meldAan = () => {
    aanmelding ??= deps.aanmelden().finally(() => (aanmelding = null));
    return aanmelding;
  };

  async function token(): Promise<string | null> {
    if (csrf) return csrf;
    const r = await deps.fetch(`${basis}/api/csrf`, { headers: { accept: 'application/json' } });
    if (r.status === 401) return null;
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    csrf = ((await r.json()) as { token: string }).token;
    return csrf;
  }

  async function poging(method: string, input: unknown): Promise<Response | 'aanmelden'> {
    const t = await token();
    if (!t) return 'aanmelden';
    const r = await deps.fetch(`${basis}/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'x-csrf-token': t },
      body: JSON.stringify(input ?? {}),
    });
    if (r.status === 401) return 'aanmelden';
    return r;
  }

  return async (method, input) => {
    try {
      let r = await poging(method, input);
      if (r === 'aanmelden' || r.status === 403) {
        // Expired or signed out elsewhere (401), or a token of an earlier session (403): sign in again, once.
        csrf = null;
        if (r === 'aanmelden' && !(await meldAan())) return fout('NIET_AANGEMELD', 'Je bent niet aangemeld bij de teamserver.');
        r = await poging(method, input);
        if (r === 'aanmelden') return fout('NIET_AANGEMELD', 'Je bent niet aangemeld bij de teamserver.');
      }
      const body = (await r.json()) as Envelope<unknown>;
      if (typeof body?.ok !== 'boolean') return fout('INTERN', `Onverwacht antwoord van de teamserver (HTTP ${r.status}).`);
      return body;
    } catch {
      return fout('INTERN', ONBEREIKBAAR);
    }
  };
}

/**
 * The server-sent events of the team server, forwarded like the embedded core's push events; reconnects after a
 * dropped connection (5 s) until `stop()`.
 */
export function teamEvents(deps: Pick<TeamClientDeps, 'url' | 'fetch'>, listener: (e: PushEvent) => void): () => void {
  const basis = new URL(deps.url).origin;
  const afbreken = new AbortController();
  let gestopt = false;
  const lus = async () => {
    while (!gestopt) {
      try {
        const r = await deps.fetch(`${basis}/api/events`, { headers: { accept: 'text/event-stream' }, signal: afbreken.signal });
        if (r.ok && r.body) {
          const decoder = new TextDecoder();
          let buffer = '';
          for await (const chunk of r.body as unknown as AsyncIterable<Uint8Array>) {
            buffer += decoder.decode(chunk, { stream: true });
            let i: number;
            while ((i = buffer.indexOf('\n\n')) >= 0) {
              const bericht = buffer.slice(0, i);
              buffer = buffer.slice(i + 2);
              for (const regel of bericht.split('\n')) {
                if (!regel.startsWith('data: ')) continue;
                try {
                  const e = JSON.parse(regel.slice(6)) as PushEvent;
                  if (e && typeof e.type === 'string') listener(e);
                } catch {
                  /* not an event */
                }
              }
            }
          }
        }
      } catch {
        /* dropped: retry below */
      }
      if (!gestopt) await new Promise((r) => setTimeout(r, 5_000));
    }
  };
  void lus();
  return () => {
    gestopt = true;
    afbreken.abort();
  };
}
