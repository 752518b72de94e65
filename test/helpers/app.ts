import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { aanmelden, createApp, type App } from '../../electron/core/app';
import type { Caller } from '../../electron/core/platform/context';
import type { Module } from '../../electron/core/module';
import type { Input, MethodName, Output } from '../../shared/api/contract';
import type { ApiFout } from '../../shared/api/errors';
import { ROLLEN, type Rol } from '../../shared/api/roles';

/** The pinned clock of every test: Sunday 22 November 2026, 10:00 in Brussels. */
export const TEST_NOW = new Date('2026-11-22T09:00:00Z');

export interface TestApp extends App {
  file: string;
  /** Call the router as a user with a role; throws with the envelope's error when it fails. */
  call<K extends MethodName>(method: K, input: Input<K>, rol?: Rol): Promise<Output<K>>;
  /** Call and return the error (fails the test when the call succeeds). */
  fail<K extends MethodName>(method: K, input: unknown, rol?: Rol): Promise<ApiFout>;
  count(table: string): number;
  /** The signed-in test staff member of a role. */
  caller(rol: Rol): Caller;
}

/** A fresh database file with the real migrations and reference data. */
export function createTestApp(opts: { now?: () => Date; bereikbareMedewerkers?: boolean; extraModules?: readonly Module[] } = {}): TestApp {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wzt-test-'));
  const file = path.join(dir, 'test.sqlite');
  const app = createApp({ dbFile: file, now: opts.now ?? (() => TEST_NOW), version: '0.0.0-test', log: () => {}, extraModules: opts.extraModules, strikt: true });
  // One staff member per role ("Test <rol>"), signed in once: the callers of t.call(…, rol).
  const callers = new Map<Rol, Caller>(ROLLEN.map((rol) => [rol, aanmelden(app.ctx.sqlite, { gebruiker: `Test ${rol}`, rol }, TEST_NOW)]));
  const caller = (rol: Rol): Caller => callers.get(rol)!;
  if (opts.bereikbareMedewerkers) {
    // Letters need a reachable contact person (Bestuursdecreet art. II.20): complete the test staff.
    app.ctx.sqlite
      .prepare("UPDATE medewerker SET email = lower(replace(naam, ' ', '.')) || '@vlaanderen.be', telefoon = '02 553 00 00' WHERE naam LIKE 'Test %'")
      .run();
  }
  return {
    ...app,
    file,
    async call(method, input, rol = 'zorg-dossierbeheerder') {
      const env = await app.router(method, input, caller(rol));
      if (!env.ok) throw Object.assign(new Error(`${env.error.code}: ${env.error.message}`), { fout: env.error });
      return env.value as never;
    },
    async fail(method, input, rol = 'zorg-dossierbeheerder') {
      const env = await app.router(method, input, caller(rol));
      if (env.ok) throw new Error(`${method} slaagde onverwacht`);
      return env.error;
    },
    caller,
    count: (table) => (app.ctx.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
    close() {
      app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A valid organisation input; override what a test is about. */
export function organisatieInput(overrides: Record<string, unknown> = {}) {
  return {
    naam: 'vzw De Brug',
    kbo: '0417.497.106',
    typeCode: 'CAW',
    straat: 'Kerkstraat 1',
    postcode: '9000',
    gemeente: 'Gent',
    regioCode: 'GENT',
    iban: 'BE68 5390 0754 7034',
    email: 'info@debrug.be',
    telefoon: '09 123 45 67',
    contactpersonen: [{ naam: 'An Peeters', functie: 'Directeur', email: 'an@debrug.be', telefoon: '' }],
    ...overrides,
  };
}

/** Change an organisation through the API as a dossierbeheerder (the update input from its current state). */
export async function wijzigOrganisatie(t: TestApp, id: number, wijziging: Record<string, unknown>) {
  const o = await t.call('organisatie.get', { id });
  return t.call('organisatie.update', {
    id: o.id, versie: o.versie, status: o.status, naam: o.naam, kbo: o.kbo, typeCode: o.typeCode, straat: o.straat, postcode: o.postcode, gemeente: o.gemeente,
    regioCode: o.regioCode, iban: o.iban ?? '', email: o.email ?? '', telefoon: o.telefoon ?? '',
    contactpersonen: o.contactpersonen.map((c) => ({ naam: c.naam, functie: c.functie ?? '', email: c.email ?? '', telefoon: c.telefoon ?? '' })),
    ...wijziging,
  } as never);
}

/** A new period of a numeric parameter from `geldigVan`, set by the beheerder (closes the open period the day before). */
export function zetParameter(t: TestApp, code: string, waardeGetal: number, geldigVan: string) {
  return t.call('parameter.set', { code, waardeGetal, geldigVan, wettelijkeBasis: 'Test', bronStatus: 'assumed', reden: 'Test' }, 'beheerder');
}
