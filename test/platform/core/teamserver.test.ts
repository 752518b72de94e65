/**
 * The team server (issue 11) against a real OpenID provider on loopback (oidc-provider with test accounts): sign-in
 * with authorization code + PKCE, sessions in Secure HttpOnly cookies, roles from the store, four eyes between
 * persons, CSRF, Host/Origin, a session of one server refused by another, concurrent writes without INTERN.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEEM } from '../../../electron/core/platform/context';
import { ConfigFout, laadConfig } from '../../../electron/server/config';
import { importeerBureaubladDatabank } from '../../../electron/server/importeer';
import { teamRouter } from '../../../electron/main/teamclient';
import { createTestApp, organisatieInput } from '../../helpers/app';
import { startTeamOmgeving, zetTeamPersoneel, type TeamOmgeving } from '../../helpers/teamserver';
import type { App } from '../../../electron/core/app';
import { kboFromBase } from '../../../shared/kernel/kbo';

/** Katrien drafts and also holds the signing role (four eyes between persons); Geert signs. */
const personeel = (app: App) => zetTeamPersoneel(app, [
  { naam: 'Katrien Van den Broeck', functie: 'Dossierbeheerder', subject: 'katrien', rollen: ['zorg-dossierbeheerder', 'ondertekenaar'], magOndertekenen: true },
  { naam: 'Geert Vermeersch', functie: 'Afdelingshoofd', subject: 'geert', rollen: ['ondertekenaar'], magOndertekenen: true },
]);

let t: TeamOmgeving;
beforeAll(async () => {
  t = await startTeamOmgeving({ voorbereiden: personeel });
}, 30_000);
afterAll(async () => t?.close());

const tekst = { feiten: 'Aanvraag volledig ontvangen en nagekeken.', rechtsgronden: 'Alle voorwaarden van art. 46 zijn vervuld.' };

describe('sign-in at the identity provider', () => {
  it('no session: the API answers 401 in Dutch and the app sends the browser to the sign-in', async () => {
    const b = t.browser();
    const r = await b.verzoek('/api/organisatie.list', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(r.status).toBe(401);
    expect(r.json()).toEqual({ ok: false, error: { code: 'NIET_AANGEMELD', message: 'Je bent niet (meer) aangemeld. Meld je opnieuw aan.' } });
    const pagina = await b.verzoek('/');
    expect(pagina.status).toBe(303);
    expect(pagina.headers.location).toBe('/auth/aanmelden');
    const naarIdp = await b.verzoek('/auth/aanmelden');
    const loc = new URL(naarIdp.headers.location!);
    expect(loc.origin).toBe(t.idp.issuer);
    expect(loc.searchParams.get('code_challenge_method')).toBe('S256');
    expect(loc.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(loc.searchParams.get('state')).toBeTruthy();
  });

  it('signs in with the provider\'s form: a Secure HttpOnly SameSite cookie, and sessie.get names the person and their roles', async () => {
    const b = t.browser();
    const eind = await b.aanmelden('katrien');
    expect(eind.url).toBe(`${t.url}/`);
    const sessieCookie = (await (async () => {
      const b2 = t.browser();
      const form = await b2.volg('/auth/aanmelden');
      const actie = /action="([^"]+)"/.exec(form.body)![1];
      const post = await b2.verzoek(new URL(actie, form.url).href, { method: 'POST', body: 'login=geert&password=test', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      let r = post;
      let url = new URL(actie, form.url).href;
      while (r.headers.location && !r.headers['set-cookie']?.some((c) => c.startsWith('__Host-wzt-sessie='))) {
        url = new URL(r.headers.location, url).href;
        r = await b2.verzoek(url);
      }
      return r.headers['set-cookie']!.find((c) => c.startsWith('__Host-wzt-sessie='))!;
    })());
    expect(sessieCookie).toMatch(/; Path=\//);
    expect(sessieCookie).toMatch(/; HttpOnly/);
    expect(sessieCookie).toMatch(/; Secure/);
    expect(sessieCookie).toMatch(/; SameSite=Lax/);
    const s = await b.api('sessie.get', {});
    expect(s.json()).toMatchObject({ ok: true, value: { gebruiker: 'Katrien Van den Broeck', rollen: ['zorg-dossierbeheerder', 'ondertekenaar'], modus: 'team' } });
  });

  it('a wrong password is refused by the provider; no session', async () => {
    const b = t.browser();
    const r = await b.aanmelden('katrien', 'fout');
    expect(r.body).toContain('Onbekende gebruikersnaam of fout wachtwoord.');
    expect((await b.api('sessie.get', {})).status).toBe(401);
  });

  it('a callback with a state this browser did not start is refused', async () => {
    const b = t.browser();
    const r = await b.verzoek('/auth/terug?code=abc&state=verzonnen');
    expect(r.status).toBe(400);
    expect(r.body).toContain('Deze aanmelding is verlopen of werd in een ander venster gestart.');
  });

  it('someone the provider knows but nobody gave a role signs in and sees nothing', async () => {
    const b = t.browser();
    await b.aanmelden('nieuw');
    expect((await b.api('sessie.get', {})).json()).toMatchObject({ ok: true, value: { gebruiker: 'Nele Nieuw', rollen: [] } });
    const r = await b.api('organisatie.list', {});
    expect(r.status).toBe(403);
    expect(r.json()).toMatchObject({ error: { code: 'VERBODEN', message: expect.stringMatching(/nog geen rol/) } });
  });

  it('sign-out ends the session', async () => {
    const b = t.browser();
    await b.aanmelden('geert');
    expect((await b.api('sessie.get', {})).status).toBe(200);
    const uit = await b.verzoek('/auth/afmelden');
    expect(uit.status).toBe(303);
    expect((await b.verzoek('/api/csrf')).status).toBe(401);
  });
});

describe('every request authenticated and authorised', () => {
  it('CSRF: a POST without the token, or with another session\'s token, is refused', async () => {
    const a = t.browser();
    await a.aanmelden('katrien');
    const zonder = await a.verzoek('/api/sessie.get', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(zonder.status).toBe(403);
    expect(zonder.json()).toMatchObject({ ok: false, error: { code: 'VERBODEN', message: expect.stringMatching(/beveiligingstoken/) } });
    const b = t.browser();
    await b.aanmelden('geert');
    const tokenB = (await b.verzoek('/api/csrf')).json<{ token: string }>().token;
    const vreemd = await a.verzoek('/api/sessie.get', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json', 'x-csrf-token': tokenB } });
    expect(vreemd.status).toBe(403);
  });

  it('Host and Origin: another host name or another site is refused', async () => {
    const a = t.browser();
    await a.aanmelden('katrien');
    const host = await a.verzoek('/api/health', { headers: { host: 'evil.example' } });
    expect(host.status).toBe(421);
    const origin = await a.verzoek('/api/health', { headers: { origin: 'https://evil.example' } });
    expect(origin.status).toBe(403);
  });

  it('security headers from helmet; no caching of API answers', async () => {
    const r = await t.browser().verzoek('/api/health');
    expect(r.status).toBe(200);
    expect(r.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['referrer-policy']).toBe('no-referrer');
    expect(r.headers['cache-control']).toBe('no-store');
  });

  it('a session of one server is refused by another', async () => {
    const ander = await startTeamOmgeving({ voorbereiden: personeel });
    try {
      const a = t.browser();
      await a.aanmelden('katrien');
      const cookie = [...a.jar.get(new URL(t.url).host)!].map(([k, v]) => `${k}=${v}`).join('; ');
      const b = ander.browser();
      const r = await b.verzoek('/api/csrf', { headers: { cookie } });
      expect(r.status).toBe(401);
    } finally {
      await ander.close();
    }
  }, 30_000);
});

describe('four eyes between persons, over the team server', () => {
  it('the dossierbeheerder drafts; holding the signing role too she cannot approve her own draft; another signatory does', async () => {
    const katrien = t.browser();
    await katrien.aanmelden('katrien');
    const org = (await katrien.api('organisatie.create', organisatieInput({ kbo: kboFromBase(2_000_001) }))).json<{ ok: true; value: { id: number } }>();
    expect(org.ok).toBe(true);
    const a = (await katrien.api('aanvraag.registreer', {
      organisatieId: org.value.id, soort: 'erkenning-ama-wvg', ontvangenOp: '2026-10-01', kanaal: 'e-loket', verzekeringVerklaard: true,
      personeel: [{ naam: 'Sofie Maes', insz: '85073003328', bachelorRichting: 'sociaal' }],
    })).json<{ ok: boolean; value: { id: number }; error?: unknown }>();
    expect(a.ok, JSON.stringify(a.error)).toBe(true);
    const vandaag = new Date().toISOString().slice(0, 10);
    const ontwerp = (await katrien.api('aanvraag.ontvankelijkheid', { id: a.value.id, ontvankelijk: true, datum: vandaag, ...tekst })).json<{ ok: boolean; value: { id: number }; error?: unknown }>();
    expect(ontwerp.ok, JSON.stringify(ontwerp.error)).toBe(true);
    const zelf = (await katrien.api('beslissing.goedkeuren', { id: ontwerp.value.id })).json();
    expect(zelf).toMatchObject({ ok: false, error: { code: 'VERBODEN', message: expect.stringMatching(/Vier-ogenprincipe/) } });
    const geert = t.browser();
    await geert.aanmelden('geert');
    const ok = (await geert.api('beslissing.goedkeuren', { id: ontwerp.value.id })).json();
    expect(ok).toMatchObject({ ok: true, value: { status: 'uitgegeven' } });
  }, 30_000);
});

describe('concurrency', () => {
  it('4 clients × 200 writes at once: every one answered, none INTERN, all stored and audited', async () => {
    const klanten = await Promise.all(['katrien', 'geert', 'bart', 'katrien'].map(async (login) => {
      const b = t.browser();
      await b.aanmelden(login);
      return b;
    }));
    const voor = t.app.ctx.sqlite.prepare('SELECT count(*) FROM organisatie').pluck().get() as number;
    // Organisations need a dossierbeheerder or beheerder: Geert (signatory) writes parameters he may not — he reads.
    const start = performance.now();
    const resultaten = await Promise.all(klanten.map(async (b, k) => {
      const codes: string[] = [];
      for (let i = 0; i < 200; i++) {
        const kbo = kboFromBase(2_100_000 + k * 1000 + i);
        const r = k === 1
          ? await b.api('organisatie.list', {})
          : await b.api('organisatie.create', organisatieInput({ kbo, naam: `Organisatie ${k}-${i}` }));
        const j = r.json<{ ok: boolean; error?: { code: string; message: string } }>();
        codes.push(j.ok ? 'ok' : `${j.error!.code}: ${j.error!.message}`);
      }
      return codes;
    }));
    const duur = performance.now() - start;
    const alle = resultaten.flat();
    expect(alle.filter((c) => c !== 'ok')).toEqual([]);
    const na = t.app.ctx.sqlite.prepare('SELECT count(*) FROM organisatie').pluck().get() as number;
    expect(na - voor).toBe(600);
    const audits = t.app.ctx.sqlite.prepare("SELECT count(*) FROM audit_entry WHERE entiteit = 'organisatie' AND actie = 'aangemaakt'").pluck().get() as number;
    expect(audits).toBeGreaterThanOrEqual(600);
    console.log(`teamserver: 800 verzoeken (600 schrijfoperaties) van 4 klanten in ${Math.round(duur)} ms — ${Math.round(600 / (duur / 1000))} schrijfoperaties/s`);
  }, 120_000);
});

describe('sessions end', () => {
  it('after the idle time, and sign-in is rate limited', async () => {
    let klok = Date.now();
    const e = await startTeamOmgeving({ voorbereiden: personeel, nu: () => klok, sessie: { inactiefMinuten: 30, maximumUren: 10, aanmeldPogingenPerMinuut: 5 } });
    try {
      const b = e.browser();
      await b.aanmelden('geert');
      expect((await b.api('sessie.get', {})).status).toBe(200);
      klok += 29 * 60_000;
      expect((await b.api('sessie.get', {})).status).toBe(200);
      klok += 31 * 60_000;
      expect((await b.api('sessie.get', {})).status).toBe(401);
      // 5 sign-in starts per minute and address; the 6th is refused with a Dutch page.
      const statussen: number[] = [];
      for (let i = 0; i < 6; i++) statussen.push((await b.verzoek('/auth/aanmelden')).status);
      expect(statussen.slice(0, 4).every((s) => s === 303)).toBe(true);
      expect(statussen[5]).toBe(429);
    } finally {
      await e.close();
    }
  }, 30_000);
});

describe('the desktop as client: the main process calls the team server', () => {
  it('signs in when the server asks (401), once for concurrent calls, and again after a sign-out elsewhere', async () => {
    const b = t.browser();
    let aanmeldingen = 0;
    const router = teamRouter({
      url: t.url,
      fetch: async (u, init) => {
        const r = await b.verzoek(u, { method: init?.method, body: init?.body as string | undefined, headers: init?.headers as Record<string, string> | undefined });
        return new Response(r.body, { status: r.status, headers: { 'content-type': String(r.headers['content-type'] ?? 'text/plain') } });
      },
      aanmelden: async () => {
        aanmeldingen++;
        await b.aanmelden('katrien');
        return true;
      },
    });
    const [a1, a2] = await Promise.all([router('sessie.get', {}, SYSTEEM), router('organisatie.list', {}, SYSTEEM)]);
    expect(a1).toMatchObject({ ok: true, value: { gebruiker: 'Katrien Van den Broeck', modus: 'team' } });
    expect(a2).toMatchObject({ ok: true });
    expect(aanmeldingen).toBe(1);
    await b.verzoek('/auth/afmelden');
    expect(await router('sessie.get', {}, SYSTEEM)).toMatchObject({ ok: true });
    expect(aanmeldingen).toBe(2);
    // What the server refuses arrives as the server's own envelope.
    expect(await router('beslissing.goedkeuren', { id: 999_999 }, SYSTEEM)).toMatchObject({ ok: false, error: { code: 'NIET_GEVONDEN' } });
  }, 30_000);
});

describe('backups on the team server', () => {
  it('the first beheerder (from the configuration) makes a backup on demand and restores it: a round trip', async () => {
    const bart = t.browser();
    await bart.aanmelden('bart');
    expect((await bart.api('sessie.get', {})).json()).toMatchObject({ value: { gebruiker: 'Bart Claes', rollen: ['beheerder'] } });
    const gemaakt = (await bart.api('backup.maak', {})).json<{ ok: boolean; value: { bestand: string } }>();
    expect(gemaakt.ok).toBe(true);
    expect(fs.existsSync(path.join(t.config.backup.map, gemaakt.value.bestand))).toBe(true);
    const voor = t.app.ctx.sqlite.prepare('SELECT count(*) FROM organisatie').pluck().get() as number;
    expect((await bart.api('organisatie.create', organisatieInput({ kbo: kboFromBase(2_000_003), naam: 'Na de backup' }))).json()).toMatchObject({ ok: true });
    const hersteld = (await bart.api('backup.herstel', { bestand: gemaakt.value.bestand })).json();
    expect(hersteld).toMatchObject({ ok: true });
    expect(t.app.ctx.sqlite.prepare('SELECT count(*) FROM organisatie').pluck().get()).toBe(voor);
    // The officers' sessions go on after the restore.
    expect((await bart.api('sessie.get', {})).status).toBe(200);
  }, 60_000);
});

describe('configuration', () => {
  it('checks the file with every problem named in Dutch', () => {
    const map = fs.mkdtempSync(path.join(t.map, 'cfg-'));
    const f = path.join(map, 'team.json');
    fs.writeFileSync(f, JSON.stringify({ publiekeUrl: 'http://wzt.example.be/pad', luister: { poort: 70000 }, tls: { certificaat: 'x.pem' }, databank: 'd.sqlite', identiteitsprovider: { issuer: 'http://idp.example.be', clientId: '', clientSecret: 's' }, eersteBeheerder: { subject: 'a', naam: 'A' }, backup: { map: 'b', aantal: 3 }, poorten: 1 }));
    let melding = '';
    try {
      laadConfig(f);
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigFout);
      melding = (err as Error).message;
    }
    expect(melding).toContain('onbekende instelling "poorten"');
    expect(melding).toContain('luister.poort: van 0 tot 65535.');
    expect(melding).toContain('tls.sleutel: ontbreekt.');
    expect(melding).toContain('identiteitsprovider.clientId: vul de client-id in die de provider gaf.');
    expect(melding).toContain('publiekeUrl: de teamserver werkt alleen over https.');
    expect(melding).toContain('identiteitsprovider.issuer: gebruik https');
    expect(() => laadConfig(path.join(map, 'bestaat-niet.json'))).toThrow(/bestaat niet/);
  });
});

describe('moving to the team server', () => {
  it('imports a desktop store into an empty team store: ids and history kept, migrated, audited; never over dossiers', async () => {
    const bureaublad = createTestApp();
    try {
      const org = await bureaublad.call('organisatie.create', organisatieInput({ kbo: kboFromBase(2_000_002) }));
      bureaublad.ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)');
      const doel = path.join(t.map, 'import', 'wzt.sqlite');
      fs.mkdirSync(path.dirname(doel), { recursive: true });
      const r = await importeerBureaubladDatabank(bureaublad.file, doel);
      expect(r).toMatchObject({ organisaties: 1, schemaNa: r.schemaVoor });
      const { default: Database } = await import('better-sqlite3');
      const db = new Database(doel, { readonly: true });
      expect(db.prepare('SELECT id, naam FROM organisatie').get()).toEqual({ id: org.id, naam: org.naam });
      expect(db.prepare("SELECT actie, reden FROM audit_entry WHERE methode = 'server.importeer'").get()).toEqual({ actie: 'geïmporteerd', reden: 'Bureaubladdatabank overgenomen door de teamserver (ids en historiek behouden)' });
      db.close();
      await expect(importeerBureaubladDatabank(bureaublad.file, doel)).rejects.toThrow(/bevat al dossiers/);
      const geenDb = path.join(t.map, 'geen.sqlite');
      fs.writeFileSync(geenDb, 'geen databank');
      await expect(importeerBureaubladDatabank(geenDb, path.join(t.map, 'x.sqlite'))).rejects.toThrow(/geen leesbare databank|geen databank van WZT/);
    } finally {
      bureaublad.close();
    }
  });
});
