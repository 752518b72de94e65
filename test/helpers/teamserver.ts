/**
 * A team server as it runs in production, on loopback: a self-signed certificate (openssl), the real OpenID provider
 * of scripts/dev-idp with its test accounts, the core on a fresh database file, and a small HTTP client with a
 * cookie jar that signs in through the provider's form like a browser does.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createApp, zorgVoorEersteBeheerder, type App } from '../../electron/core/app';
import { insertAudit } from '../../electron/core/platform/audit';
import { SYSTEEM } from '../../electron/core/platform/context';
import type { Rol } from '../../shared/api/roles';
import { laadConfig, type TeamConfig } from '../../electron/server/config';
import { identiteitsprovider } from '../../electron/server/oidc';
import { startTeamServer, type TeamServer } from '../../electron/server/server';
import { startTestIdp, type TestIdp } from '../../scripts/dev-idp';

export interface TeamLid {
  naam: string;
  functie: string;
  subject: string;
  rollen: readonly Rol[];
  magOndertekenen?: boolean;
}

/** Staff of the Departement Zorg as a beheerder would have set them up: sign-in identity, roles, e-mail; audited. */
export function zetTeamPersoneel(app: App, leden: readonly TeamLid[]): void {
  const db = app.ctx.sqlite;
  const ins = db.prepare(`INSERT INTO medewerker (naam, functie, departement, dienst, email, telefoon, mag_ondertekenen, delegatie, actief, subject)
                          VALUES (?, ?, 'ZORG', 'Afdeling Werk en Zorg', ?, '02 553 34 00', ?, ?, 1, ?)`);
  const rol = db.prepare('INSERT INTO medewerker_rol (medewerker_id, rol) VALUES (?, ?)');
  db.transaction(() => {
    for (const l of leden) {
      const id = Number(ins.run(l.naam, l.functie, `${l.subject}@vlaanderen.be`, l.magOndertekenen ? 1 : 0, l.magOndertekenen ? 'Voor de minister, bij delegatie' : null, l.subject).lastInsertRowid);
      for (const r of l.rollen) rol.run(id, r);
      insertAudit(db, SYSTEEM, 'test', new Date().toISOString(), { entiteit: 'medewerker', entiteitId: id, actie: 'aangemaakt', nieuw: { naam: l.naam, rollen: l.rollen } });
    }
  })();
}

export function vrijePoort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
}

/** A self-signed certificate for 127.0.0.1 (the tests trust it explicitly). */
export function maakCertificaat(map: string): { certificaat: string; sleutel: string; pem: string } {
  const certificaat = path.join(map, 'cert.pem');
  const sleutel = path.join(map, 'key.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
    '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', sleutel, '-out', certificaat], { stdio: 'ignore' });
  return { certificaat, sleutel, pem: fs.readFileSync(certificaat, 'utf8') };
}

export interface TeamOmgeving {
  map: string;
  config: TeamConfig;
  configBestand: string;
  idp: TestIdp;
  app: App;
  server: TeamServer;
  url: string;
  ca: string;
  browser(): Cookiebrowser;
  close(): Promise<void>;
}

export interface StartOpties {
  /** Reuse a provider (two servers against one provider). */
  idp?: TestIdp;
  staticDir?: string;
  now?: () => Date;
  /** Called on the fresh database before the server starts (demo staff, roles). */
  voorbereiden?: (app: App) => void;
  sessie?: { inactiefMinuten: number; maximumUren: number; aanmeldPogingenPerMinuut?: number };
  nu?: () => number;
}

export async function startTeamOmgeving(opts: StartOpties = {}): Promise<TeamOmgeving> {
  const map = fs.mkdtempSync(path.join(os.tmpdir(), 'wzt-team-'));
  const tls = maakCertificaat(map);
  const poort = await vrijePoort();
  const url = `https://127.0.0.1:${poort}`;
  const idp = opts.idp ?? (await startTestIdp({ redirectBases: [url] }));
  if (opts.idp) {
    // A shared provider must accept this server's callback too: a provider per test run knows every base up front.
  }
  const configBestand = path.join(map, 'team.json');
  fs.writeFileSync(configBestand, JSON.stringify({
    publiekeUrl: url,
    luister: { adres: '127.0.0.1', poort },
    tls: { certificaat: 'cert.pem', sleutel: 'key.pem' },
    databank: 'data/wzt.sqlite',
    identiteitsprovider: { issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret },
    eersteBeheerder: { subject: 'bart', naam: 'Bart Claes' },
    ...(opts.sessie ? { sessie: opts.sessie } : {}),
    backup: { map: 'backups', aantal: 3 },
  }, null, 2));
  const config = laadConfig(configBestand);
  fs.mkdirSync(path.dirname(config.databank), { recursive: true });
  const app = createApp({ dbFile: config.databank, version: '0.0.0-test', modus: 'team', log: () => {}, backup: config.backup, now: opts.now });
  zorgVoorEersteBeheerder(app.ctx.sqlite, config.eersteBeheerder);
  opts.voorbereiden?.(app);
  const server = await startTeamServer({ app, config, idp: await identiteitsprovider(config), staticDir: opts.staticDir, nu: opts.nu });
  return {
    map, config, configBestand, idp, app, server, url, ca: tls.pem,
    browser: () => new Cookiebrowser(url, tls.pem),
    async close() {
      await server.close();
      app.close();
      if (!opts.idp) await idp.close();
      fs.rmSync(map, { recursive: true, force: true });
    },
  };
}

export interface Antwoord {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  json<T = unknown>(): T;
}

/** Just enough of a browser: a cookie jar per host, redirects followed by hand, the server's certificate trusted. */
export class Cookiebrowser {
  readonly jar = new Map<string, Map<string, string>>();
  private csrf: string | null = null;

  constructor(readonly basis: string, private readonly ca: string) {}

  async verzoek(url: string, opts: { method?: string; body?: string; headers?: Record<string, string> } = {}): Promise<Antwoord> {
    const u = new URL(url, this.basis);
    const koekjes = this.jar.get(u.host);
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    if (koekjes?.size) headers.cookie = [...koekjes].map(([k, v]) => `${k}=${v}`).join('; ');
    if (opts.body !== undefined) headers['content-length'] = String(Buffer.byteLength(opts.body));
    const mod = u.protocol === 'https:' ? https : http;
    return new Promise((resolve, reject) => {
      const req = mod.request(u, { method: opts.method ?? 'GET', headers, ...(u.protocol === 'https:' ? { ca: this.ca, servername: u.hostname } : {}) }, (res) => {
        for (const c of res.headers['set-cookie'] ?? []) {
          const [paar, ...attrs] = c.split(';');
          const i = paar.indexOf('=');
          const naam = paar.slice(0, i).trim();
          const waarde = paar.slice(i + 1).trim();
          const jar = this.jar.get(u.host) ?? new Map<string, string>();
          const verlopen = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=Thu, 01 Jan 1970/i.test(a));
          if (verlopen || waarde === '') jar.delete(naam);
          else jar.set(naam, waarde);
          this.jar.set(u.host, jar);
        }
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json: () => JSON.parse(body) }));
      });
      req.on('error', reject);
      if (opts.body !== undefined) req.write(opts.body);
      req.end();
    });
  }

  /** GET and follow redirects (also through the provider) until a page answers. */
  async volg(url: string, opts: { method?: string; body?: string; headers?: Record<string, string> } = {}): Promise<Antwoord & { url: string }> {
    let huidig = new URL(url, this.basis).href;
    let r = await this.verzoek(huidig, opts);
    for (let i = 0; i < 15 && r.status >= 300 && r.status < 400 && r.headers.location; i++) {
      huidig = new URL(r.headers.location, huidig).href;
      r = await this.verzoek(huidig);
    }
    return { ...r, url: huidig };
  }

  /** Sign in through the provider's form; gives the page the server ends on. */
  async aanmelden(login: string, wachtwoord = 'test'): Promise<Antwoord & { url: string }> {
    const form = await this.volg('/auth/aanmelden');
    const actie = /action="([^"]+)"/.exec(form.body)?.[1];
    // Still signed in at the provider (single sign-on): straight back to the app, no form.
    if (!actie && form.url === `${this.basis}/`) return form;
    if (!actie) throw new Error(`Geen aanmeldformulier: ${form.status} ${form.body.slice(0, 200)}`);
    this.csrf = null;
    return this.volg(new URL(actie, form.url).href, {
      method: 'POST',
      body: new URLSearchParams({ login, password: wachtwoord }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  }

  /** Call an API method as the signed-in person (CSRF token fetched once). */
  async api(methode: string, input: unknown): Promise<Antwoord> {
    if (!this.csrf) {
      const t = await this.verzoek('/api/csrf');
      if (t.status !== 200) return t;
      this.csrf = t.json<{ token: string }>().token;
    }
    return this.verzoek(`/api/${methode}`, { method: 'POST', body: JSON.stringify(input), headers: { 'content-type': 'application/json', 'x-csrf-token': this.csrf } });
  }
}
