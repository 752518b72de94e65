import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, TEST_NOW, type TestApp } from '../../helpers/app';
import { createRouter, type Handlers } from '../../../electron/core/platform/router';
import { handlers } from '../../../electron/core/app';
import { contract } from '../../../shared/api/contract';
import { ROLLEN } from '../../../shared/api/roles';

let t: TestApp;
beforeEach(() => (t = createTestApp()));
afterEach(() => t.close());
const zorg = { medewerkerId: null, gebruiker: 'An', rol: 'zorg-dossierbeheerder' as const };

describe('router', () => {
  it('every contract method declares roles from the known set and has a handler', () => {
    for (const [name, def] of Object.entries(contract)) {
      expect(def.roles.length, name).toBeGreaterThan(0);
      for (const r of def.roles) expect(ROLLEN).toContain(r);
      expect(typeof (handlers as Record<string, unknown>)[name], name).toBe('function');
      expect(name).toMatch(/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]+$/);
    }
  });

  it('answers { ok: true, value } on success', async () => {
    const env = await t.router('sessie.get', {}, zorg);
    expect(env).toEqual({ ok: true, value: { medewerkerId: null, gebruiker: 'An', rol: 'zorg-dossierbeheerder', rollen: ['zorg-dossierbeheerder'], modus: 'ontwikkeling', versie: '0.0.0-test', schemaVersie: expect.any(Number), vandaag: '2026-11-22' } });
  });

  it('unknown method → NIET_GEVONDEN; unknown role → VERBODEN', async () => {
    expect(await t.router('organisatie.wis', {}, zorg)).toMatchObject({ ok: false, error: { code: 'NIET_GEVONDEN' } });
    expect(await t.router('sessie.get', {}, { medewerkerId: null, gebruiker: 'X', rol: 'hacker' as never })).toMatchObject({ ok: false, error: { code: 'VERBODEN' } });
  });

  it('checks the role before validating the input (a forbidden call learns nothing about the schema)', async () => {
    const env = await t.router('parameter.set', { code: 'x' }, zorg);
    expect(env).toMatchObject({ ok: false, error: { code: 'VERBODEN' } });
  });

  it('zod errors become VALIDATIE with Dutch messages and field paths (also zod defaults via the nl locale)', async () => {
    const env = await t.router('organisatie.get', { id: 'abc' }, zorg);
    expect(env.ok).toBe(false);
    if (!env.ok) {
      expect(env.error.code).toBe('VALIDATIE');
      expect(env.error.details?.[0].veld).toBe('id');
      expect(env.error.message).not.toMatch(/expected|invalid/i);
    }
  });

  it('an unexpected error is logged and answered as INTERN without stack or internals', async () => {
    const logged: { bericht: string; e: unknown }[] = [];
    const broken = { ...handlers, 'sessie.get': () => { throw new Error('SQLITE secret path /home/x'); } } as Handlers;
    const router = createRouter({ ...t.ctx, log: (_l, bericht, e) => logged.push({ bericht, e }) }, broken);
    const env = await router('sessie.get', {}, zorg);
    expect(env).toEqual({ ok: false, error: { code: 'INTERN', message: expect.stringMatching(/niet bewaard.*foutcode F-[0-9A-F]{8}\./), foutcode: expect.stringMatching(/^F-[0-9A-F]{8}$/) } });
    expect(JSON.stringify(env)).not.toMatch(/secret|stack/);
    // The officer quotes the code; the log line with the cause carries the same code.
    expect(logged).toHaveLength(1);
    expect(logged[0].bericht).toContain((env as { error: { foutcode: string } }).error.foutcode);
  });

  it('a write transaction without an audit entry is rolled back (every write is audited)', async () => {
    const sneaky = {
      ...handlers,
      'medewerker.list': (_i, call) => {
        call.tx(() => call.app.sqlite.prepare("INSERT INTO provincie (code, naam) VALUES ('XX', 'Nergens')").run());
        return [];
      },
    } as Handlers;
    const router = createRouter({ ...t.ctx, log: () => {} }, sneaky);
    const env = await router('medewerker.list', {}, zorg);
    expect(env).toMatchObject({ ok: false, error: { code: 'INTERN' } });
    expect(t.ctx.sqlite.prepare("SELECT count(*) AS n FROM provincie WHERE code = 'XX'").get()).toEqual({ n: 0 });
  });

  it('an error thrown after the audit entry rolls back the write and the audit entry together', async () => {
    const before = t.count('audit_entry');
    const failing = {
      ...handlers,
      'medewerker.list': (_i, call) => {
        call.tx((audit) => {
          call.app.sqlite.prepare("INSERT INTO provincie (code, naam) VALUES ('YY', 'Nergens')").run();
          audit({ entiteit: 'provincie', entiteitId: 'YY', actie: 'aangemaakt' });
          throw new Error('crash halfweg');
        });
        return [];
      },
    } as Handlers;
    const env = await createRouter({ ...t.ctx, log: () => {} }, failing)('medewerker.list', {}, zorg);
    expect(env.ok).toBe(false);
    expect(t.count('audit_entry')).toBe(before);
    expect(t.ctx.sqlite.prepare("SELECT count(*) AS n FROM provincie WHERE code = 'YY'").get()).toEqual({ n: 0 });
  });

  it('uses the pinned clock for audit time', async () => {
    await t.call('medewerker.save', { naam: 'Els', functie: 'Afdelingshoofd', departement: 'ZORG', dienst: 'Werk en Zorg', email: 'els@vlaanderen.be', telefoon: '02 553 00 00', magOndertekenen: true }, 'beheerder');
    const [a] = await t.call('audit.list', { entiteit: 'medewerker' });
    expect(a.tijdstip).toBe(TEST_NOW.toISOString());
  });
});

describe('the router enforces `mutates`', () => {
  it('a method not marked as writing that writes fails (tests run strict); an access-log entry is allowed', async () => {
    const heimelijk = { ...handlers, 'sessie.get': ((_i: unknown, call: { app: { sqlite: { prepare: (s: string) => { run: () => void } } } }) => {
      call.app.sqlite.prepare("UPDATE medewerker SET functie = 'x' WHERE id = 1").run();
      return {};
    }) } as unknown as Handlers;
    const router = createRouter({ ...t.ctx, strikt: true, log: () => {} }, heimelijk);
    expect(await router('sessie.get', {}, t.caller('lezer'))).toMatchObject({ ok: false, error: { code: 'INTERN' } });
    const lezen = { ...handlers, 'sessie.get': ((_i: unknown, call: { toegang: (e: object) => void }) => {
      call.toegang({ entiteit: 'deelnemer', entiteitId: 1, wat: 'test' });
      return {};
    }) } as unknown as Handlers;
    expect(await createRouter({ ...t.ctx, strikt: true }, lezen)('sessie.get', {}, t.caller('lezer'))).toMatchObject({ ok: true });
  });
});

describe('the log file', () => {
  it('writes JSON lines with the correlation id to a rotating file beside the database', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const os = await import('node:os');
    const { bestandsLog } = await import('../../../electron/core/platform/log');
    const map = fs.mkdtempSync(path.join(os.tmpdir(), 'wzt-log-'));
    const { log, sluit } = bestandsLog(map);
    log('error', 'Interne fout in sessie.get [F-0000ABCD]', new Error('oorzaak'));
    log('info', 'Gestart');
    await new Promise((r) => setTimeout(r, 50));
    sluit();
    await new Promise((r) => setTimeout(r, 50));
    const regels = fs.readFileSync(path.join(map, 'wzt-backoffice.log'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(regels[0]).toMatchObject({ msg: 'Interne fout in sessie.get [F-0000ABCD]', err: { message: 'oorzaak' } });
    expect(regels[1]).toMatchObject({ msg: 'Gestart' });
    fs.rmSync(map, { recursive: true, force: true });
  });
});
