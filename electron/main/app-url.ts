import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Where the application page comes from: the built `index.html` (production) or the Vite dev server. */
export type AppEntry = { kind: 'file'; file: string } | { kind: 'dev'; url: string };

/** Is `url` the application's own page (any hash/query) — the only page allowed to navigate to or call the API? */
export function createAppUrlCheck(entry: AppEntry): (url: string) => boolean {
  if (entry.kind === 'dev') {
    const origin = new URL(entry.url).origin;
    return (url) => {
      try {
        const u = new URL(url);
        return (u.protocol === 'http:' || u.protocol === 'https:') && u.origin === origin;
      } catch {
        return false;
      }
    };
  }
  const norm = (p: string) => {
    const n = path.normalize(p);
    return process.platform === 'win32' || process.platform === 'darwin' ? n.toLowerCase() : n;
  };
  const own = norm(path.resolve(entry.file));
  return (url) => {
    try {
      const u = new URL(url);
      if (u.protocol !== 'file:' || (u.host !== '' && u.host !== 'localhost')) return false;
      u.hash = '';
      u.search = '';
      u.host = '';
      return norm(fileURLToPath(u)) === own;
    } catch {
      return false;
    }
  };
}

/** The URL the window loads for an entry (for checks and logging). */
export function entryUrl(entry: AppEntry): string {
  if (entry.kind === 'dev') return entry.url;
  return pathToFileURL(path.resolve(entry.file)).href;
}
