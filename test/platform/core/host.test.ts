import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, organisatieInput, type TestApp } from '../../helpers/app';
import { startHttpHost, type HttpHost } from '../../../electron/host/server';
import { DEFAULT_CSP, readMetaCsp } from '../../../electron/host/csp';
import { parseCliArgs } from '../../../electron/host/cli';

const META_CSP = "default-src 'self'; script-src 'self'; object-src 'none'";
const INDEX_HTML = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${META_CSP}" /><title>WZT Backoffice</title></head><body><div id="root"></div></body></html>`;

/** A raw request (fetch cannot set Host or Sec-Fetch-* headers). */
function raw(
  url: string,
  opts: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: u.hostname, port: u.port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

describe('HTTP host', () => {
  let t: TestApp;
  let host: HttpHost;
  let lezerHost: HttpHost;
  let staticDir: string;

  const post = (base: string, method: string, input: unknown, headers: Record<string, string> = {}) =>
    fetch(`${base}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(input),
    });

  beforeAll(async () => {
    t = createTestApp();
    staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wzt-static-'));
    fs.writeFileSync(path.join(staticDir, 'index.html'), INDEX_HTML);
    fs.mkdirSync(path.join(staticDir, 'assets'));
    fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log("wzt");');
    fs.writeFileSync(path.join(staticDir, 'assets', 'app.css'), 'body{margin:0}');
    fs.writeFileSync(path.join(os.tmpdir(), 'wzt-geheim.txt'), 'geheim');
    host = await startHttpHost({ app: t, caller: t.caller('zorg-dossierbeheerder'), port: 0, staticDir });
    lezerHost = await startHttpHost({ app: t, caller: { medewerkerId: null, gebruiker: 'Lies Lezer', rol: 'lezer' }, port: 0 });
  });

  afterAll(async () => {
    await host?.close();
    await lezerHost?.close();
    t?.close();
    fs.rmSync(staticDir, { recursive: true, force: true });
  });

  it('binds to 127.0.0.1 only and refuses any other host', async () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(host.port).toBeGreaterThan(0);
    await expect(startHttpHost({ app: t, caller: { medewerkerId: null, gebruiker: 'x', rol: 'lezer' }, port: 0, host: '0.0.0.0' })).rejects.toThrow(/127\.0\.0\.1/);
    await expect(startHttpHost({ app: t, caller: { medewerkerId: null, gebruiker: 'x', rol: 'lezer' }, port: 0, host: 'localhost' })).rejects.toThrow(/127\.0\.0\.1/);
  });

  it('GET /api/health → ok, schema version and package version', async () => {
    const res = await fetch(`${host.url}/api/health`);
    expect(res.status).toBe(200);
    const pkg = JSON.parse(fs.readFileSync(path.resolve('package.json'), 'utf8')) as { version: string };
    expect(await res.json()).toEqual({ ok: true, schemaVersion: expect.any(Number), version: pkg.version });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('GET /api/methods → every method with roles and its input as JSON Schema', async () => {
    const res = await fetch(`${host.url}/api/methods`);
    expect(res.status).toBe(200);
    const { methods } = (await res.json()) as {
      methods: { method: string; roles: string[]; omschrijving: string; mutates: boolean; input: Record<string, unknown> }[];
    };
    const create = methods.find((m) => m.method === 'organisatie.create');
    expect(create).toBeDefined();
    expect(create!.mutates).toBe(true);
    expect(create!.roles).toContain('zorg-dossierbeheerder');
    expect(create!.omschrijving).toBeTruthy();
    expect(create!.input).toMatchObject({ type: 'object', properties: { kbo: { type: 'string' }, naam: { type: 'string' } } });
    expect(create!.input.required).toContain('kbo');
    for (const m of methods) expect(m.input, m.method).toBeTypeOf('object');
  });

  it('POST organisatie.create → 200 with the envelope', async () => {
    const res = await post(host.url, 'organisatie.create', organisatieInput());
    expect(res.status).toBe(200);
    const env = (await res.json()) as { ok: boolean; value: { id: number; kbo: string } };
    expect(env.ok).toBe(true);
    expect(env.value.id).toBeGreaterThan(0);
    expect(env.value.kbo).toBe('0417.497.106');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('invalid KBO → 400 VALIDATIE with details on veld kbo', async () => {
    const res = await post(host.url, 'organisatie.create', organisatieInput({ kbo: '0417.497.107' }));
    expect(res.status).toBe(400);
    const env = (await res.json()) as { ok: false; error: { code: string; message: string; details: { veld: string; melding: string }[] } };
    expect(env.ok).toBe(false);
    expect(env.error.code).toBe('VALIDATIE');
    expect(env.error.details.map((d) => d.veld)).toContain('kbo');
  });

  it('duplicate KBO → 409 CONFLICT', async () => {
    const res = await post(host.url, 'organisatie.create', organisatieInput({ naam: 'vzw Dubbel' }));
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('a role that may not write → 403 VERBODEN', async () => {
    const res = await post(lezerHost.url, 'organisatie.create', organisatieInput({ kbo: '0403.170.701' }));
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'VERBODEN' } });
    // reading is allowed
    const list = await post(lezerHost.url, 'organisatie.list', {});
    expect(list.status).toBe(200);
  });

  it('unknown method and unknown API paths → 404 envelope', async () => {
    const res = await post(host.url, 'organisatie.wis', {});
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'NIET_GEVONDEN' } });
    for (const p of ['/api/bestaat/niet', '/api', '/api/organisatie.list']) {
      const r = await fetch(`${host.url}${p}`); // GET
      expect(r.status, p).toBe(404);
      expect(await r.json(), p).toMatchObject({ ok: false, error: { code: 'NIET_GEVONDEN' } });
    }
  });

  it('bad JSON → 400 VALIDATIE in Dutch; a non-JSON body is refused', async () => {
    const res = await fetch(`${host.url}/api/organisatie.create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"naam": ',
    });
    expect(res.status).toBe(400);
    const env = (await res.json()) as { error: { code: string; message: string } };
    expect(env.error.code).toBe('VALIDATIE');
    expect(env.error.message).toMatch(/geen geldige JSON/);
    const form = await fetch(`${host.url}/api/organisatie.list`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'a=1',
    });
    expect(form.status).toBe(400);
    // An empty body with a form content type, an empty JSON body, JSON null: none of them runs the method (issue 14).
    const voor = t.count('audit_entry');
    for (const [type, body] of [['application/x-www-form-urlencoded', ''], ['application/json', ''], ['application/json', 'null'], ['application/json', '[]']]) {
      const r = await fetch(`${host.url}/api/hernieuwing.herinneringen`, { method: 'POST', headers: { 'content-type': type }, body });
      expect(r.status, `${type} ${JSON.stringify(body)}`).toBe(400);
      expect(((await r.json()) as { error: { code: string } }).error.code).toBe('VALIDATIE');
    }
    expect(t.count('audit_entry')).toBe(voor);
  });

  it('a body above the limit is refused', async () => {
    const small = await startHttpHost({ app: t, caller: { medewerkerId: null, gebruiker: 'x', rol: 'lezer' }, port: 0, maxBodyBytes: 1024 });
    try {
      const res = await post(small.url, 'organisatie.list', { q: 'x'.repeat(5000) });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'VALIDATIE', message: expect.stringMatching(/te groot/) } });
    } finally {
      await small.close();
    }
  });

  it('refuses a foreign Origin, a cross-site fetch and a foreign Host header (CSRF, DNS rebinding)', async () => {
    const body = JSON.stringify(organisatieInput({ kbo: '0403.170.701', naam: 'vzw Vals' }));
    const foreign = await raw(host.url, {
      method: 'POST',
      path: '/api/organisatie.create',
      headers: { 'content-type': 'application/json', origin: 'http://evil.example', host: `127.0.0.1:${host.port}` },
      body,
    });
    expect(foreign.status).toBe(403);
    expect(JSON.parse(foreign.body)).toMatchObject({ ok: false, error: { code: 'VERBODEN' } });

    const otherPort = await raw(host.url, {
      method: 'POST',
      path: '/api/organisatie.create',
      headers: { 'content-type': 'application/json', origin: `http://127.0.0.1:${host.port + 1}` },
      body,
    });
    expect(otherPort.status).toBe(403);

    const crossSite = await raw(host.url, { path: '/api/health', headers: { 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.status).toBe(403);

    const rebind = await raw(host.url, { path: '/api/health', headers: { host: `evil.example:${host.port}` } });
    expect(rebind.status).toBe(403);

    // nothing was written
    expect(t.count("organisatie WHERE naam = 'vzw Vals'")).toBe(0);

    // the own origin (127.0.0.1 or localhost) is fine
    const own = await raw(host.url, { path: '/api/health', headers: { origin: host.url, 'sec-fetch-site': 'same-origin' } });
    expect(own.status).toBe(200);
    const viaLocalhost = await raw(host.url, {
      path: '/api/health',
      headers: { host: `localhost:${host.port}`, origin: `http://localhost:${host.port}` },
    });
    expect(viaLocalhost.status).toBe(200);
  });

  it('GET /api/events streams push events as server-sent events', async () => {
    const controller = new AbortController();
    const res = await fetch(`${host.url}/api/events`, { signal: controller.signal });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    // wait for the greeting, then emit
    while (!text.includes('verbonden')) text += decoder.decode((await reader.read()).value);
    t.ctx.emit({ type: 'taak.voortgang', gedaan: 3, totaal: 10 });
    while (!text.includes('taak.voortgang')) text += decoder.decode((await reader.read()).value);
    const line = text.split('\n').find((l) => l.startsWith('data: '))!;
    expect(JSON.parse(line.slice(6))).toEqual({ type: 'taak.voortgang', gedaan: 3, totaal: 10 });
    controller.abort();
  });

  it('serves static files with content type, CSP (identical to the meta tag) and nosniff', async () => {
    const res = await fetch(`${host.url}/assets/app.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('wzt');
    const css = await fetch(`${host.url}/assets/app.css`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');

    const index = await fetch(`${host.url}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toBe(META_CSP);
    expect(readMetaCsp(await index.text())).toBe(index.headers.get('content-security-policy'));
    expect(index.headers.get('x-frame-options')).toBe('DENY');
  });

  it('falls back to index.html for client-side routes, 404 for missing assets', async () => {
    const route = await fetch(`${host.url}/organisaties/12`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('WZT Backoffice');
    expect(route.headers.get('content-security-policy')).toBe(META_CSP);
    const missing = await fetch(`${host.url}/assets/bestaat-niet.js`);
    expect(missing.status).toBe(404);
  });

  it('no directory traversal', async () => {
    for (const p of ['/../wzt-geheim.txt', '/%2e%2e/wzt-geheim.txt', '/assets/..%2f..%2fwzt-geheim.txt', '/..%5cwzt-geheim.txt']) {
      const res = await raw(host.url, { path: p });
      expect(res.body, p).not.toContain('geheim');
      expect(res.status, p).not.toBe(500);
    }
  });

  it('falls back to the default CSP without a meta tag', () => {
    expect(readMetaCsp('<html><head></head></html>')).toBeNull();
    expect(DEFAULT_CSP).toContain("script-src 'self'");
    expect(DEFAULT_CSP).not.toMatch(/unsafe-eval/);
  });
});

describe('npm run serve: arguments', () => {
  it('defaults and validation with Dutch messages', () => {
    const opts = parseCliArgs([], { USER: 'an' });
    expect(opts).toMatchObject({ port: 4500, caller: { gebruiker: 'an', rol: 'zorg-dossierbeheerder' }, build: true });
    expect(opts !== 'help' && opts.dbFile).toBe(path.resolve('wzt-data.sqlite'));
    expect(parseCliArgs(['--port', '0', '--db', '/tmp/x.sqlite', '--user', 'An Peeters', '--role', 'lezer', '--no-build'], {})).toMatchObject({
      port: 0,
      dbFile: '/tmp/x.sqlite',
      caller: { gebruiker: 'An Peeters', rol: 'lezer' },
      build: false,
    });
    expect(() => parseCliArgs(['--role', 'admin'], {})).toThrow(/Onbekende rol "admin".*zorg-dossierbeheerder/);
    expect(() => parseCliArgs(['--port', 'abc'], {})).toThrow(/Ongeldige poort/);
    expect(parseCliArgs(['--help'], {})).toBe('help');
  });
});
