import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqlite } from '../../../db/open';
import { applyMigrations, DatabaseTooNewError, MIGRATIONS_DIR, schemaVersion } from '../../../db/migrate';
import { seedReferenceData } from '../../../db/seed/reference';
import { createApp } from '../../../electron/core/app';

const dirs: string[] = [];
function tempDb(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wzt-mig-'));
  dirs.push(dir);
  return path.join(dir, 'db.sqlite');
}
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_DIR, 'meta/_journal.json'), 'utf8')) as { entries: unknown[] };

describe('migrations', () => {
  it('migrate an empty database to the current schema, with WAL, foreign keys and busy timeout', () => {
    const db = openSqlite(tempDb());
    const r = applyMigrations(db);
    expect(r.schemaVersion).toBe(journal.entries.length);
    expect(schemaVersion(db)).toBe(journal.entries.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('are idempotent: a second run applies nothing', () => {
    const db = openSqlite(tempDb());
    applyMigrations(db);
    expect(applyMigrations(db).applied).toEqual([]);
    db.close();
  });

  it('refuse a database with a newer schema than the code, with a Dutch message, and leave it untouched', () => {
    const file = tempDb();
    const db = openSqlite(file);
    applyMigrations(db);
    db.prepare('INSERT INTO schema_migratie (volgnummer, hash, toegepast_op) VALUES (?, ?, ?)').run(999, 'toekomst', '2030-01-01');
    db.close();
    expect(() => createApp({ dbFile: file, log: () => {} })).toThrow(DatabaseTooNewError);
    try {
      createApp({ dbFile: file, log: () => {} });
    } catch (e) {
      expect((e as Error).message).toMatch(/nieuwste versie van de toepassing/);
    }
    const again = openSqlite(file);
    expect((again.prepare('SELECT count(*) AS n FROM schema_migratie').get() as { n: number }).n).toBe(journal.entries.length + 1);
    again.close();
  });

  it('reference data seeding is idempotent and keeps officers’ edits', () => {
    const db = openSqlite(tempDb());
    applyMigrations(db);
    const first = seedReferenceData(db);
    expect(first.parameters).toBeGreaterThan(40);
    expect(db.prepare('SELECT count(*) AS n FROM werk_zorg_regio').get()).toEqual({ n: 17 });
    expect(db.prepare('SELECT count(*) AS n FROM referentieregio').get()).toEqual({ n: 15 });
    db.prepare("UPDATE provincie SET naam = 'Provincie Antwerpen' WHERE code = 'ANT'").run();
    expect(seedReferenceData(db)).toEqual({ rijen: 0, parameters: 0 });
    expect(db.prepare("SELECT naam FROM provincie WHERE code = 'ANT'").get()).toEqual({ naam: 'Provincie Antwerpen' });
    // onderwijsinstelling and PAAZ were eligible for AMA WVG until 31/12/2023 (BVR art. 74)
    expect(db.prepare("SELECT ama_wvg_erkenbaar_tot AS tot FROM organisatie_type WHERE code = 'PAAZ'").get()).toEqual({ tot: '2023-12-31' });
    db.close();
  });
});
