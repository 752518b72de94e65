import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { App } from '../core/app';
import type { Caller, PushEvent } from '../core/platform/context';
import { contract } from '../../shared/api/contract';
import { FOUTCODES, foutEnvelope, type ApiFout, type Envelope } from '../../shared/api/errors';
import { schemaVersion } from '../../db/migrate';
import { cspForStaticDir } from './csp';

/**
 * The HTTP host: the same router as the Electron shell, served over plain `node:http` on 127.0.0.1.
 * Used by the browser mode (`npm run serve`) and the end-to-end tests.
 *
 *   POST /api/<method>   JSON body = input → the router's envelope, HTTP status from FOUTCODES
 *   GET  /api/health     { ok, schemaVersion, version }
 *   GET  /api/methods    every method with roles, omschrijving, mutates and its input as JSON Schema
 *   GET  /api/csrf       { token: null } (this host has no cookie session; the team server's token protects its own)
 *   GET  /api/events     server-sent events: one `data: <PushEvent JSON>` message per push event
 *   GET  /*              the built renderer (index.html fallback for client-side routes)
 *
 * Security: bound to 127.0.0.1 only; the `Host` header must name this host (DNS rebinding) and a
 * present `Origin` must be this very origin (CSRF); API writes must be `application/json` (a
 * cross-origin page cannot send that without a CORS preflight, which is never answered); every
 * response carries `X-Content-Type-Options: nosniff`, pages the same CSP as the renderer's meta tag.
 */

export interface HttpHostOptions {
  app: Pick<App, 'router' | 'subscribe' | 'ctx'>;
  caller: Caller;
  /** 0 picks a free port. */
  port: number;
  /** The built renderer (`out/renderer`); without it only the API is served. */
  staticDir?: string;
  /** Only `127.0.0.1` is accepted. */
  host?: string;
  /** Maximum request body in bytes (default 20 MB: PDFs and imports travel as base64). */
  maxBodyBytes?: number;
}

export interface HttpHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

const DEFAULT_MAX_BODY = 20 * 1024 * 1024;
const SSE_HEARTBEAT_MS = 25_000;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

const API_METHOD = /^\/api\/([A-Za-z][A-Za-z0-9_-]*(?:\.[A-Za-z][A-Za-z0-9_-]*)+)$/;

/** The version in package.json (reported by /api/health). */
export const PACKAGE_VERSION: string = (() => {
  try {
    const here = path.dirname(fileURLToPath(import.meta.url));
    const pkg = JSON.parse(fs.readFileSync(path.resolve(here, '../../package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
})();

export interface MethodInfo {
  method: string;
  omschrijving: string;
  roles: readonly string[];
  mutates: boolean;
  input: unknown;
}

let methodsCache: MethodInfo[] | null = null;

/** Every API method with its roles and its input as JSON Schema (input side of transforms). */
export function describeMethods(): MethodInfo[] {
  methodsCache ??= Object.entries(contract)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, def]) => {
      let input: unknown;
      try {
        input = z.toJSONSchema(def.input, { io: 'input', unrepresentable: 'any' });
      } catch (err) {
        input = { description: `Niet als JSON Schema uit te drukken: ${(err as Error).message}` };
      }
      return { method: name, omschrijving: def.omschrijving, roles: def.roles, mutates: def.mutates, input };
    });
  return methodsCache;
}

export async function startHttpHost(opts: HttpHostOptions): Promise<HttpHost> {
  const bindHost = opts.host ?? '127.0.0.1';
  if (bindHost !== '127.0.0.1') {
    throw new Error(`De HTTP-host luistert alleen op 127.0.0.1, niet op "${bindHost}".`);
  }
  const { app, caller } = opts;
  const maxBody = opts.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const staticDir = opts.staticDir ? path.resolve(opts.staticDir) : undefined;
  let port = opts.port;

  // The CSP follows the built index.html (re-read when it is rebuilt while the host runs).
  let cspCache: { mtimeMs: number; csp: string } | null = null;
  const csp = (): string => {
    const mtimeMs = staticDir ? (safeStat(path.join(staticDir, 'index.html'))?.mtimeMs ?? -1) : -1;
    if (!cspCache || cspCache.mtimeMs !== mtimeMs) cspCache = { mtimeMs, csp: cspForStaticDir(staticDir) };
    return cspCache.csp;
  };

  const sseClients = new Set<http.ServerResponse>();

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      app.ctx.log('error', 'HTTP-host: onverwachte fout', err);
      if (!res.headersSent) {
        sendEnvelope(res, { ok: false, error: { code: 'INTERN', message: 'Er liep iets mis in de toepassing.' } });
      } else {
        res.destroy();
      }
    });
  });
  server.headersTimeout = 30_000;
  server.requestTimeout = 120_000;

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');

    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    } catch {
      sendEnvelope(res, fout('VALIDATIE', 'Ongeldig adres.'));
      return;
    }
    const isApi = pathname === '/api' || pathname.startsWith('/api/');

    const refusal = checkSameOrigin(req, port, isApi);
    if (refusal) {
      req.resume();
      sendEnvelope(res, fout('VERBODEN', refusal));
      return;
    }

    if (isApi) {
      await handleApi(req, res, pathname);
      return;
    }
    serveStatic(req, res, pathname);
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    if (req.method === 'GET' && pathname === '/api/health') {
      sendJson(res, 200, { ok: true, schemaVersion: schemaVersion(app.ctx.sqlite), version: PACKAGE_VERSION });
      return;
    }
    if (req.method === 'GET' && pathname === '/api/methods') {
      sendJson(res, 200, { methods: describeMethods() });
      return;
    }
    if (req.method === 'GET' && pathname === '/api/csrf') {
      // The renderer asks every host; this one needs no token (no cookie session: Origin/Host checks and the JSON
      // content type keep other sites out). The team server answers with a token bound to the session.
      sendJson(res, 200, { token: null });
      return;
    }
    if (req.method === 'GET' && pathname === '/api/events') {
      openEventStream(req, res);
      return;
    }
    const match = API_METHOD.exec(pathname);
    if (req.method === 'POST' && match) {
      const body = await readJsonBody(req, maxBody);
      if (!body.ok) {
        sendEnvelope(res, body);
        return;
      }
      let envelope: Envelope<unknown>;
      try {
        envelope = await app.router(match[1], body.value, caller);
      } catch (err) {
        app.ctx.log('error', `HTTP-host: router faalde voor ${match[1]}`, err);
        envelope = fout('INTERN', 'Er liep iets mis in de toepassing. De wijziging is niet bewaard.');
      }
      sendEnvelope(res, envelope);
      return;
    }
    // Drain an unread body so the connection stays usable.
    req.resume();
    sendEnvelope(
      res,
      fout('NIET_GEVONDEN', match ? `Roep ${match[1]} aan met POST.` : `Het API-adres ${req.method} ${pathname} bestaat niet.`),
    );
  }

  function openEventStream(req: http.IncomingMessage, res: http.ServerResponse): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.write('retry: 2000\n: verbonden\n\n');
    sseClients.add(res);
    const unsubscribe = app.subscribe((event: PushEvent) => {
      res.write(`data: ${JSON.stringify(event)}\n\n`);
    });
    const heartbeat = setInterval(() => res.write(': hartslag\n\n'), SSE_HEARTBEAT_MS);
    heartbeat.unref();
    const stop = () => {
      clearInterval(heartbeat);
      unsubscribe();
      sseClients.delete(res);
    };
    req.on('close', stop);
    res.on('close', stop);
  }

  function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      req.resume();
      res.setHeader('Allow', 'GET, HEAD');
      sendText(res, 405, 'Methode niet toegestaan.');
      return;
    }
    if (!staticDir) {
      sendText(res, 404, 'Deze host serveert geen gebruikersinterface (geen staticDir). Bouw de renderer: npm run build:renderer.');
      return;
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      sendText(res, 400, 'Ongeldig adres.');
      return;
    }
    if (decoded.includes('\0') || decoded.includes('\\')) {
      sendText(res, 400, 'Ongeldig adres.');
      return;
    }
    const target = path.resolve(staticDir, `.${path.posix.normalize(decoded)}`);
    if (target !== staticDir && !target.startsWith(staticDir + path.sep)) {
      sendText(res, 404, 'Niet gevonden.');
      return;
    }
    const stat = safeStat(target);
    if (stat?.isFile()) {
      sendFile(req, res, target, stat);
      return;
    }
    // Browsers ask for /favicon.ico on their own; without one, answer "nothing" instead of a 404.
    if (decoded === '/favicon.ico') {
      res.writeHead(204, { 'Cache-Control': 'public, max-age=86400' });
      res.end();
      return;
    }
    // Client-side routes (no file extension) get the app page; missing assets a real 404.
    const last = decoded.split('/').pop() ?? '';
    if (last.includes('.')) {
      sendText(res, 404, 'Niet gevonden.');
      return;
    }
    const index = path.join(staticDir, 'index.html');
    const indexStat = safeStat(index);
    if (!indexStat?.isFile()) {
      sendText(res, 404, 'De gebruikersinterface is nog niet gebouwd (npm run build:renderer).');
      return;
    }
    sendFile(req, res, index, indexStat);
  }

  function sendFile(req: http.IncomingMessage, res: http.ServerResponse, file: string, stat: fs.Stats): void {
    const ext = path.extname(file).toLowerCase();
    const type = CONTENT_TYPES[ext] ?? 'application/octet-stream';
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Length', stat.size);
    res.setHeader('Content-Security-Policy', csp());
    res.setHeader(
      'Cache-Control',
      ext === '.html' ? 'no-cache' : file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
    res.statusCode = 200;
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = fs.createReadStream(file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, bindHost, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as { port: number }).port;
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of sseClients) res.end();
        sseClients.clear();
        server.close(() => resolve());
        server.closeIdleConnections();
        // Streams (SSE) and slow clients: do not let them keep the process alive.
        setTimeout(() => server.closeAllConnections(), 200).unref();
      }),
  };
}

/**
 * CSRF and DNS-rebinding protection: the Host header must be this host (127.0.0.1 or localhost with
 * our port); an Origin header, when present, must be exactly this origin; for the API a browser's
 * `Sec-Fetch-Site` other than same-origin/none is refused too (a link from another site may still
 * open the app page itself). Returns a Dutch refusal or null.
 */
export function checkSameOrigin(req: http.IncomingMessage, port: number, isApi = true): string | null {
  const host = (req.headers.host ?? '').toLowerCase();
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!allowedHosts.includes(host)) {
    return 'Verzoek geweigerd: onbekende host. Open de toepassing via http://127.0.0.1.';
  }
  const origin = req.headers.origin;
  if (origin !== undefined && origin.toLowerCase() !== `http://${host}`) {
    return 'Verzoek van een andere website geweigerd.';
  }
  const site = req.headers['sec-fetch-site'];
  if (isApi && (site === 'cross-site' || site === 'same-site')) {
    return 'Verzoek van een andere website geweigerd.';
  }
  return null;
}

type BodyResult = { ok: true; value: unknown } | { ok: false; error: ApiFout };

function readJsonBody(req: http.IncomingMessage, max: number): Promise<BodyResult> {
  return new Promise((resolve) => {
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > max) {
      req.resume();
      resolve(fout('VALIDATIE', `De invoer is te groot (maximum ${Math.round(max / 1024 / 1024)} MB).`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (r: BodyResult) => {
      if (!done) {
        done = true;
        resolve(r);
      }
    };
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > max) {
        finish(fout('VALIDATIE', `De invoer is te groot (maximum ${Math.round(max / 1024 / 1024)} MB).`));
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', () => finish(fout('VALIDATIE', 'De invoer kon niet gelezen worden.')));
    req.on('end', () => {
      // Only a JSON body counts as a call: a form post or an empty body (a forged cross-site request,
      // a stray curl) runs nothing, whatever the method.
      if (type !== 'application/json') {
        finish(fout('VALIDATIE', 'Verstuur de invoer als JSON (Content-Type: application/json).', [{ veld: '(invoer)', melding: 'Geen JSON.' }]));
        return;
      }
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() === '') {
        finish(fout('VALIDATIE', 'De invoer ontbreekt: verstuur een JSON-object, bv. {}.', [{ veld: '(invoer)', melding: 'Leeg.' }]));
        return;
      }
      try {
        finish({ ok: true, value: JSON.parse(text) });
      } catch {
        finish(fout('VALIDATIE', 'De invoer is geen geldige JSON.', [{ veld: '(invoer)', melding: 'Geen geldige JSON.' }]));
      }
    });
  });
}

const fout = foutEnvelope;

function sendEnvelope(res: http.ServerResponse, envelope: Envelope<unknown>): void {
  const status = envelope.ok ? 200 : (FOUTCODES[envelope.error.code] ?? 500);
  sendJson(res, status, envelope);
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

function sendText(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function safeStat(file: string): fs.Stats | null {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
}
