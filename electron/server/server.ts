import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import type { App } from '../core/app';
import { aanmeldenMetIdentiteit, callerVoor } from '../core/platform/medewerker';
import type { Caller, PushEvent } from '../core/platform/context';
import { FOUTCODES, foutEnvelope, type Envelope } from '../../shared/api/errors';
import { schemaVersion } from '../../db/migrate';
import { cspForStaticDir } from '../host/csp';
import { PACKAGE_VERSION } from '../host/server';
import type { TeamConfig } from './config';
import type { Identiteitsprovider } from './oidc';
import { sessieOpslag, type Sessie } from './sessies';

/**
 * The team server: one Node process owns the SQLite store and serves the same core and renderer over HTTPS to the
 * officers of a department, signed in at the identity provider (OpenID Connect). Built on Fastify with its official
 * plugins: helmet (security headers), cookie, csrf-protection (cookie sessions), rate-limit (sign-in), static.
 *
 *   GET  /auth/aanmelden   → the identity provider (authorization code + PKCE)
 *   GET  /auth/terug       ← the provider's callback: session cookie, then the app
 *   GET  /auth/afmelden    ends the session (and at the provider)
 *   GET  /api/health       { ok, schemaVersion, version } (no session needed: monitoring)
 *   GET  /api/csrf         { token } for the `x-csrf-token` header of every POST
 *   POST /api/<method>     the router's envelope, as the signed-in staff member with their roles from the store
 *   GET  /api/events       server-sent events (progress, and `gewijzigd` when someone changed a dossier)
 *   GET  /*                the renderer (no session: to the sign-in)
 *
 * Every request names this server's host (Host) and, when it says where it comes from, this origin (Origin).
 */
export interface TeamServerOpties {
  app: Pick<App, 'router' | 'subscribe' | 'ctx'>;
  config: TeamConfig;
  idp: Identiteitsprovider;
  /** The built renderer (out/renderer); without it only the API is served. */
  staticDir?: string;
  /** Clock of the session expiry (tests). */
  nu?: () => number;
}

export interface TeamServer {
  url: string;
  port: number;
  fastify: FastifyInstance;
  close(): Promise<void>;
}

const SESSIE_COOKIE = '__Host-wzt-sessie';
const LOGIN_COOKIE = '__Host-wzt-aanmelding';
const LOGIN_GELDIG_MS = 10 * 60_000;
const SSE_HEARTBEAT_MS = 25_000;
const MAX_BODY = 20 * 1024 * 1024;
const API_METHOD = /^[A-Za-z][A-Za-z0-9_-]*(?:\.[A-Za-z][A-Za-z0-9_-]*)+$/;

const fout = foutEnvelope;

export async function startTeamServer(opts: TeamServerOpties): Promise<TeamServer> {
  const { app, config, idp } = opts;
  const publiek = new URL(config.publiekeUrl);
  const sessies = sessieOpslag({ inactiefMs: config.sessie.inactiefMinuten * 60_000, maximumMs: config.sessie.maximumUren * 3_600_000, nu: opts.nu });
  // Sign-ins under way: state → PKCE verifier, bound to the browser by a cookie with the state.
  const aanmeldingen = new Map<string, { verifier: string; sinds: number }>();
  const staticDir = opts.staticDir && fs.existsSync(path.join(opts.staticDir, 'index.html')) ? path.resolve(opts.staticDir) : undefined;
  const csp = cspForStaticDir(staticDir);

  const fastify = Fastify({
    https: { key: fs.readFileSync(config.tls.sleutel), cert: fs.readFileSync(config.tls.certificaat) },
    bodyLimit: MAX_BODY,
    trustProxy: false,
    logger: false,
  });

  await fastify.register(fastifyHelmet, {
    // The CSP follows the built renderer's index.html (the same as its meta tag): set on the pages below.
    contentSecurityPolicy: false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
  });
  await fastify.register(fastifyCookie, { secret: crypto.randomBytes(32).toString('hex') });
  await fastify.register(fastifyCsrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: '__Host-wzt-csrf',
    cookieOpts: { path: '/', secure: true, httpOnly: true, sameSite: 'strict', signed: true },
    // The token is bound to the session: a token of another session (or none) is refused.
    getUserInfo: (req: FastifyRequest) => sessieToken(req) ?? '',
    csrfOpts: { hmacKey: crypto.randomBytes(32).toString('hex') },
    getToken: (req: FastifyRequest) => req.headers['x-csrf-token'] as string | undefined,
  });
  await fastify.register(fastifyRateLimit, { global: false });

  const cookieOpts = { path: '/', secure: true, httpOnly: true, sameSite: 'lax' as const };
  const sessieToken = (req: FastifyRequest): string | undefined => req.cookies[SESSIE_COOKIE];

  /** The signed-in caller: their session, their record still active, their roles as they are now. */
  function huidigeCaller(req: FastifyRequest): { sessie: Sessie; caller: Caller } | null {
    const sessie = sessies.zoek(sessieToken(req));
    if (!sessie) return null;
    const rij = app.ctx.sqlite.prepare('SELECT naam, actief FROM medewerker WHERE id = ? AND subject = ?').get(sessie.medewerkerId, sessie.subject) as
      | { naam: string; actief: number }
      | undefined;
    if (!rij || !rij.actief) {
      sessies.beeindigVoor(sessie.medewerkerId);
      return null;
    }
    return { sessie, caller: callerVoor(app.ctx.sqlite, sessie.medewerkerId, rij.naam) };
  }

  // Host and Origin: a request for another host name (DNS rebinding) or from another site is refused.
  fastify.addHook('onRequest', async (req, reply) => {
    if (req.headers.host !== publiek.host) {
      return reply.code(421).type('text/plain; charset=utf-8').send(`Deze server antwoordt alleen op ${publiek.host}.`);
    }
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== publiek.origin) {
      return reply.code(403).send(fout('VERBODEN', 'Verzoek van een andere website geweigerd.'));
    }
  });

  // ------------------------------------------------------------------------------------------ sign-in
  const aanmeldLimiet = { rateLimit: { max: config.sessie.aanmeldPogingenPerMinuut, timeWindow: '1 minute' } };

  fastify.get('/auth/aanmelden', { config: aanmeldLimiet }, async (_req, reply) => {
    const nu = Date.now();
    for (const [k, v] of aanmeldingen) if (nu - v.sinds > LOGIN_GELDIG_MS) aanmeldingen.delete(k);
    if (aanmeldingen.size > 10_000) return reply.code(503).type('text/html; charset=utf-8').send(pagina('Even geduld', 'Te veel aanmeldingen tegelijk. Probeer over een minuut opnieuw.'));
    const v = await idp.begin();
    aanmeldingen.set(v.state, { verifier: v.verifier, sinds: nu });
    reply.setCookie(LOGIN_COOKIE, v.state, { ...cookieOpts, maxAge: LOGIN_GELDIG_MS / 1000 });
    return reply.redirect(v.url, 303);
  });

  fastify.get('/auth/terug', { config: aanmeldLimiet }, async (req, reply) => {
    const url = new URL(req.url, publiek);
    const state = url.searchParams.get('state') ?? '';
    const bewaard = aanmeldingen.get(state);
    aanmeldingen.delete(state);
    reply.clearCookie(LOGIN_COOKIE, cookieOpts);
    if (!bewaard || req.cookies[LOGIN_COOKIE] !== state || Date.now() - bewaard.sinds > LOGIN_GELDIG_MS) {
      return reply.code(400).type('text/html; charset=utf-8').send(pagina('Aanmelding niet gelukt', 'Deze aanmelding is verlopen of werd in een ander venster gestart.', true));
    }
    if (url.searchParams.get('error')) {
      return reply.code(401).type('text/html; charset=utf-8').send(pagina('Aanmelding niet gelukt', 'De identiteitsprovider heeft de aanmelding geweigerd.', true));
    }
    let id: Awaited<ReturnType<Identiteitsprovider['terug']>>;
    try {
      id = await idp.terug(url, { state, verifier: bewaard.verifier });
    } catch (err) {
      app.ctx.log('warn', 'Teamserver: aanmelding geweigerd', err);
      return reply.code(401).type('text/html; charset=utf-8').send(pagina('Aanmelding niet gelukt', 'De aanmelding kon niet bevestigd worden bij de identiteitsprovider.', true));
    }
    const a = aanmeldenMetIdentiteit(app.ctx.sqlite, id);
    if (!a.ok) return reply.code(403).type('text/html; charset=utf-8').send(pagina('Geen toegang', a.reden));
    const token = sessies.maak({ medewerkerId: a.caller.medewerkerId!, subject: id.subject, idToken: id.idToken });
    app.ctx.log('info', `Teamserver: ${a.caller.gebruiker} aangemeld`);
    reply.setCookie(SESSIE_COOKIE, token, cookieOpts);
    return reply.redirect('/', 303);
  });

  fastify.get('/auth/afmelden', async (req, reply) => {
    const s = sessies.beeindig(sessieToken(req));
    reply.clearCookie(SESSIE_COOKIE, cookieOpts);
    const terug = new URL('/auth/afgemeld', publiek).href;
    return reply.redirect((s && idp.afmeldUrl(s.idToken, terug)) || terug, 303);
  });

  fastify.get('/auth/afgemeld', async (_req, reply) =>
    reply.type('text/html; charset=utf-8').send(pagina('Afgemeld', 'Je bent afgemeld bij WZT Backoffice.', true)),
  );

  // ------------------------------------------------------------------------------------------ API
  fastify.get('/api/health', async (_req, reply) => {
    reply.header('Cache-Control', 'no-store');
    return { ok: true, schemaVersion: schemaVersion(app.ctx.sqlite), version: PACKAGE_VERSION };
  });

  const nietAangemeld = (reply: FastifyReply) =>
    reply.code(FOUTCODES.NIET_AANGEMELD).send(fout('NIET_AANGEMELD', 'Je bent niet (meer) aangemeld. Meld je opnieuw aan.'));

  // Who calls, for the API routes: the session first (401), then the CSRF token bound to it (403).
  const callers = new WeakMap<FastifyRequest, Caller>();
  const vereisSessie = async (req: FastifyRequest, reply: FastifyReply) => {
    reply.header('Cache-Control', 'no-store');
    const wie = huidigeCaller(req);
    if (!wie) return nietAangemeld(reply);
    callers.set(req, wie.caller);
  };

  fastify.get('/api/csrf', { preHandler: vereisSessie }, async (req, reply) => {
    return { token: reply.generateCsrf({ userInfo: sessieToken(req) ?? '' }) };
  });

  fastify.post<{ Params: { methode: string } }>('/api/:methode', { preHandler: [vereisSessie, fastify.csrfProtection] }, async (req, reply) => {
    const caller = callers.get(req)!;
    if (!API_METHOD.test(req.params.methode)) return reply.code(404).send(fout('NIET_GEVONDEN', 'Onbekende API-methode.'));
    let envelope: Envelope<unknown>;
    try {
      envelope = await app.router(req.params.methode, req.body, caller);
    } catch (err) {
      app.ctx.log('error', 'Teamserver: onverwachte fout', err);
      envelope = fout('INTERN', 'Er liep iets mis in de toepassing.');
    }
    return reply.code(envelope.ok ? 200 : FOUTCODES[envelope.error.code]).send(envelope);
  });

  const sseClients = new Set<{ res: import('node:http').ServerResponse }>();
  const stopEvents = app.subscribe((e: PushEvent) => {
    const data = `data: ${JSON.stringify(e)}\n\n`;
    for (const c of sseClients) c.res.write(data);
  });
  fastify.get('/api/events', async (req, reply) => {
    const wie = huidigeCaller(req);
    if (!wie) return nietAangemeld(reply);
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive', 'X-Content-Type-Options': 'nosniff' });
    res.write(': verbonden\n\n');
    const client = { res };
    sseClients.add(client);
    const hartslag = setInterval(() => {
      // A signed-out or expired session stops receiving events.
      if (!sessies.zoek(sessieToken(req))) res.end();
      else res.write(': hartslag\n\n');
    }, SSE_HEARTBEAT_MS);
    const weg = () => {
      clearInterval(hartslag);
      sseClients.delete(client);
    };
    req.raw.on('close', weg);
    res.on('close', weg);
  });

  // ------------------------------------------------------------------------------------------ renderer
  if (staticDir) {
    await fastify.register(fastifyStatic, {
      root: staticDir,
      index: false,
      wildcard: true,
      setHeaders: (res, file) => {
        if (file.endsWith('.html')) res.setHeader('Content-Security-Policy', csp);
      },
    });
  }
  const toonApp = async (req: FastifyRequest, reply: FastifyReply) => {
    if (!huidigeCaller(req)) return reply.redirect('/auth/aanmelden', 303);
    if (!staticDir) return reply.code(404).type('text/plain; charset=utf-8').send('De gebruikersinterface is niet gebouwd.');
    reply.header('Content-Security-Policy', csp).header('Cache-Control', 'no-store');
    return reply.sendFile('index.html');
  };
  fastify.get('/', toonApp);
  fastify.get('/index.html', toonApp);
  // Fastify's and its plugins' refusals in the envelope and in Dutch (never a technical message).
  fastify.setErrorHandler((err: Error & { code?: string; statusCode?: number }, req, reply) => {
    const status = err.statusCode ?? 500;
    if (err.code?.startsWith('FST_CSRF')) return reply.code(403).send(fout('VERBODEN', 'Het beveiligingstoken ontbreekt of is verlopen. Herlaad de pagina en probeer opnieuw.'));
    if (status === 429) return reply.code(429).type('text/html; charset=utf-8').send(pagina('Even geduld', 'Te veel aanmeldpogingen na elkaar. Probeer over een minuut opnieuw.'));
    if (status === 415) return reply.code(415).send(fout('VALIDATIE', 'Stuur de invoer als JSON (Content-Type: application/json).'));
    if (status === 413) return reply.code(413).send(fout('VALIDATIE', 'De invoer is te groot.'));
    if (status >= 400 && status < 500) return reply.code(400).send(fout('VALIDATIE', 'De invoer moet een JSON-object zijn.'));
    app.ctx.log('error', `Teamserver: onverwachte fout bij ${req.method} ${req.url.split('?')[0]}`, err);
    return reply.code(500).send(fout('INTERN', 'Er liep iets mis in de toepassing.'));
  });
  fastify.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/')) return reply.code(404).send(fout('NIET_GEVONDEN', 'Onbekende API-methode.'));
    return reply.code(404).type('text/plain; charset=utf-8').send('Niet gevonden.');
  });

  await fastify.listen({ host: config.luister.adres, port: config.luister.poort });
  const port = (fastify.server.address() as { port: number }).port;
  return {
    url: config.publiekeUrl,
    port,
    fastify,
    async close() {
      stopEvents();
      for (const c of sseClients) c.res.end();
      await fastify.close();
    },
  };
}

/** A small page in the app's language for the sign-in steps (no script: the CSP of helmet's defaults applies). */
function pagina(titel: string, tekst: string, opnieuw = false): string {
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  return `<!doctype html><html lang="nl-BE"><head><meta charset="utf-8"><title>${esc(titel)} — WZT Backoffice</title>
<style>body{font-family:system-ui,sans-serif;margin:4rem auto;max-width:36rem;color:#1a1a1a}a{color:#0b57a4}</style></head>
<body><main><h1>${esc(titel)}</h1><p>${esc(tekst)}</p>${opnieuw ? '<p><a href="/auth/aanmelden">Opnieuw aanmelden</a></p>' : ''}</main></body></html>`;
}
