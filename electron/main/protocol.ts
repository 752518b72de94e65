import fs from 'node:fs/promises';
import path from 'node:path';
import type { Protocol } from 'electron';

/**
 * The built renderer is served through a custom privileged scheme, `app://wzt/…`, instead of
 * `file://` (Electron security checklist): the page gets a real, fixed origin (`app://wzt`), so the CSP's
 * 'self', the navigation checks and the IPC sender check match that origin and not "any file on disk",
 * and only files inside the renderer folder can ever be served (no traversal, no other files).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'wzt';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** The privileges of the scheme; registered before the app is ready (`protocol.registerSchemesAsPrivileged`). */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: true },
} as const;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/**
 * The file for a request URL, or null when it is not ours: another host or scheme, a path that leaves
 * the renderer folder (also encoded), or a hidden file. `/` is the index page.
 */
export function resolveAppFile(rendererDir: string, url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  let pad: string;
  try {
    pad = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (pad.includes('\0') || pad.split('/').some((deel) => deel.startsWith('.'))) return null;
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, `.${pad === '/' ? '/index.html' : pad}`);
  return file.startsWith(root + path.sep) ? file : null;
}

export function contentTypeOf(file: string): string {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Answer `app://wzt/…` requests from the renderer folder; the HTML page carries the CSP as a header too. */
export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string, csp: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(rendererDir, request.url);
    if (!file) return new Response('Niet gevonden', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    try {
      const inhoud = await fs.readFile(file);
      const type = contentTypeOf(file);
      const headers: Record<string, string> = { 'content-type': type, 'x-content-type-options': 'nosniff' };
      if (type.startsWith('text/html')) headers['content-security-policy'] = csp;
      return new Response(inhoud, { status: 200, headers });
    } catch {
      return new Response('Niet gevonden', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    }
  });
}
