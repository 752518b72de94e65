/**
 * Property-based fuzzing of every API method from its own input schema (issue 14), on a database with a
 * department's history (the latest schema fixture: real ids, dossiers in every state). For each method,
 * inputs that mostly fit the schema (real-looking ids, dates, codes, texts at and past their limits) and
 * arbitrary JSON, as the role that may call it:
 *
 *  - the core never answers INTERN and never throws;
 *  - a refused call changes nothing (SQLite's change counter on the connection);
 *  - a refusal speaks plain Dutch (never zod's technical wording).
 *
 * FUZZ_RUNS inputs per method (200 in `npm test`; `npm run fuzz` does 10,000).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { openSqlite } from '../../../db/open';
import { createApp, type App } from '../../../electron/core/app';
import type { Caller } from '../../../electron/core/platform/context';
import { contract } from '../../../shared/api/contract';
import { laad } from '../../fixtures/dump';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const FIXTURES = path.resolve(import.meta.dirname ?? '.', '../../fixtures');
const laatsteFixture = fs
  .readdirSync(FIXTURES)
  .map((f) => /^schema-(\d+)\.sql\.gz$/.exec(f))
  .filter((m): m is RegExpExecArray => m !== null)
  .sort((a, b) => Number(b[1]) - Number(a[1]))[0][0];

type Def = { type: string; [k: string]: any };
const defVan = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
const checks = (d: Def) => ((d.checks ?? []) as { _zod: { def: Record<string, any> } }[]).map((c) => c._zod.def);

const DATUM = /^\d{4}-\d{2}-\d{2}$/;
const echteDatum = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2031-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const rareTekst = fc.oneof(fc.constant(''), fc.constant(' '), fc.constant('\u0000'), fc.constant("'; DROP TABLE organisatie;--"), fc.string({ unit: 'binary', maxLength: 20 }));

/** An arbitrary for a schema: mostly values the schema could accept, sometimes values just outside it. */
function arbitrary(s: z.ZodType, diepte = 0): fc.Arbitrary<unknown> {
  const d = defVan(s);
  if (diepte > 6) return fc.constant(undefined);
  const verder = (x: z.ZodType) => arbitrary(x, diepte + 1);
  switch (d.type) {
    case 'string': {
      const c = checks(d);
      const max = (c.find((x) => x.check === 'max_length')?.maximum as number | undefined) ?? 50;
      const patronen = c.filter((x) => x.check === 'string_format' && x.pattern instanceof RegExp).map((x) => x.pattern as RegExp);
      const specifiek = patronen.find((p) => p.source !== '^[^\\u0000-\\u001F\\u007F]*$' && p.source !== '^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]*$');
      const passend = specifiek?.source === DATUM.source ? echteDatum : specifiek ? fc.stringMatching(new RegExp(specifiek.source)).filter((v) => v.length <= max) : fc.string({ minLength: 1, maxLength: Math.min(max, 40) });
      // Just past the limit — except for file contents (tens of MB), where a test input that size only costs time.
      const teLang = max <= 100_000 ? [{ weight: 1, arbitrary: fc.constant('x'.repeat(max + 1)) }] : [];
      return fc.oneof({ weight: 6, arbitrary: passend }, { weight: 1, arbitrary: rareTekst }, ...teLang);
    }
    case 'number': {
      const int = checks(d).some((x) => x.check === 'number_format' && /int/.test(String(x.format)));
      return fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 40 }) }, { weight: 1, arbitrary: fc.integer() }, { weight: 1, arbitrary: int ? fc.double({ noNaN: false }) : fc.double() });
    }
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...Object.values(d.entries as Record<string, unknown>)) }, { weight: 1, arbitrary: fc.constant('onbekend') });
    case 'literal':
      return fc.constantFrom(...(d.values as unknown[]));
    case 'object': {
      const velden = Object.fromEntries(Object.entries(d.shape as Record<string, z.ZodType>).map(([k, v]) => [k, verder(v)]));
      return fc.record(velden, { requiredKeys: [] });
    }
    case 'array':
      return fc.array(verder(d.element), { maxLength: 3 });
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return fc.option(verder(d.innerType), { nil: d.type === 'nullable' ? null : undefined, freq: 3 });
    case 'pipe':
      return d.in && defVan(d.in).type !== 'transform' ? verder(d.in) : verder(d.out);
    case 'union':
      return fc.oneof(...(d.options as z.ZodType[]).map(verder));
    case 'intersection':
      return fc.tuple(verder(d.left), verder(d.right)).map(([a, b]) => (typeof a === 'object' && typeof b === 'object' ? { ...(a as object), ...(b as object) } : a));
    case 'record':
      return fc.dictionary(fc.string({ maxLength: 8 }), verder(d.valueType), { maxKeys: 3 });
    case 'tuple':
      return fc.tuple(...(d.items as z.ZodType[]).map(verder));
    case 'lazy':
      return verder(d.getter());
    default:
      return fc.jsonValue();
  }
}

const TECHNISCH = /verwacht .* ontving|Ongeldige invoer|Invalid input|expected .* received/i;

describe(`fuzzing every method from its schema (${RUNS} inputs each)`, () => {
  let app: App;
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wzt-fuzz-'));
    const file = path.join(dir, 'fuzz.sqlite');
    const db = openSqlite(file);
    laad(db, fs.readFileSync(path.join(FIXTURES, laatsteFixture)));
    db.close();
    app = createApp({ dbFile: file, log: () => {}, now: () => new Date('2026-11-22T09:00:00Z'), strikt: true });
  });
  afterAll(() => {
    app?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const wijzigingen = () => app.ctx.sqlite.prepare('SELECT total_changes()').pluck().get() as number;
  const namen = Object.keys(contract) as (keyof typeof contract)[];

  for (const methode of namen) {
    it(methode, async () => {
      const def = contract[methode];
      const rol = def.roles.includes('beheerder') ? 'beheerder' : def.roles[0];
      const medewerkerId = app.ctx.sqlite.prepare("SELECT id FROM medewerker WHERE actief = 1 ORDER BY mag_ondertekenen DESC, id LIMIT 1").pluck().get() as number;
      const caller: Caller = { medewerkerId, gebruiker: 'Fuzz Tester', rol };
      const invoer = fc.oneof({ weight: 5, arbitrary: arbitrary(def.input as z.ZodType) }, { weight: 1, arbitrary: fc.jsonValue() });
      await fc.assert(
        fc.asyncProperty(invoer, async (input) => {
          const voor = wijzigingen();
          let env;
          try {
            env = await app.router(methode, input, caller);
          } catch (err) {
            throw new Error(`${methode} gooide een fout: ${(err as Error).message}`);
          }
          if (env.ok) return;
          expect(env.error.code, `${methode} ${JSON.stringify(input)?.slice(0, 300)} → ${env.error.message}`).not.toBe('INTERN');
          expect(wijzigingen(), `${methode} wijzigde de databank maar weigerde (${env.error.code})`).toBe(voor);
          expect(env.error.message).not.toMatch(TECHNISCH);
        }),
        { numRuns: RUNS },
      );
    }, 120_000 + RUNS * 100);
  }
});
