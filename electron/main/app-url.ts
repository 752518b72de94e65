import { APP_INDEX_URL, APP_ORIGIN } from './protocol';

/**
 * Where the application page comes from: the built renderer through the privileged `app://wzt` scheme
 * (production; protocol.ts) or the Vite dev server.
 */
export type AppEntry = { kind: 'app'; rendererDir: string } | { kind: 'dev'; url: string };

/** Is `url` the application's own page (any path, hash or query on its origin) — the only page allowed to navigate to or call the API? */
export function createAppUrlCheck(entry: AppEntry): (url: string) => boolean {
  // Compared by scheme and host: Node's URL gives a custom scheme the origin "null" (Chromium does not).
  const eigen = new URL(entry.kind === 'dev' ? entry.url : APP_ORIGIN);
  return (url) => {
    try {
      const u = new URL(url);
      return u.protocol === eigen.protocol && u.host === eigen.host && u.username === '' && u.password === '';
    } catch {
      return false;
    }
  };
}

/** The URL the window loads for an entry (for checks and logging). */
export function entryUrl(entry: AppEntry): string {
  return entry.kind === 'dev' ? entry.url : APP_INDEX_URL;
}
