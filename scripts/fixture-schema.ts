/**
 * `npm run fixture:schema` — write the schema fixture of the current code: a database at the current schema
 * version holding the scenario of test/fixtures/scenario.ts, as test/fixtures/schema-<N>.sql.gz. Run it
 * once when a migration lands (before the next one), commit the file, and never change it afterwards:
 * test/platform/core/migrations.test.ts upgrades every fixture to the current schema.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { aanmelden, createApp } from '../electron/core/app';
import { schemaVersion } from '../db/migrate';
import { bouwScenario } from '../test/fixtures/scenario';
import { dumpGz } from '../test/fixtures/dump';

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wzt-fixture-'));
  let nu = new Date('2023-09-01T08:00:00Z');
  const app = createApp({ dbFile: path.join(dir, 'fixture.sqlite'), now: () => nu, log: () => {}, version: 'fixture' });
  try {
    await bouwScenario(app, { zet: (d) => (nu = new Date(`${d}T08:00:00Z`)) }, (wie) => aanmelden(app.ctx.sqlite, wie, nu));
    const versie = schemaVersion(app.ctx.sqlite);
    const doel = path.resolve(import.meta.dirname ?? '.', `../test/fixtures/schema-${versie}.sql.gz`);
    if (fs.existsSync(doel) && !process.argv.includes('--force')) {
      console.error(`${path.relative(process.cwd(), doel)} bestaat al: een fixture van een gelande schemaversie wordt niet overschreven (--force om toch te doen).`);
      process.exit(2);
    }
    fs.writeFileSync(doel, dumpGz(app.ctx.sqlite));
    console.log(`Fixture geschreven: ${path.relative(process.cwd(), doel)} (schemaversie ${versie}, ${fs.statSync(doel).size} bytes)`);
  } finally {
    app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
