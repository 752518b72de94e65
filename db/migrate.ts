import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type { Sqlite } from './open';

/**
 * Where drizzle-kit writes the migrations (committed, forward-only, never edited once landed): `db/migrations` of the
 * project, found from this module's place — beside it in the sources, or a few folders up from a built host
 * (out/host/cli.mjs).
 */
export const MIGRATIONS_DIR = ((): string => {
  const hier = path.dirname(fileURLToPath(import.meta.url));
  for (let dir = hier, i = 0; i < 5; i++, dir = path.dirname(dir)) {
    for (const kandidaat of [path.join(dir, 'migrations'), path.join(dir, 'db', 'migrations')]) {
      if (fs.existsSync(path.join(kandidaat, 'meta', '_journal.json'))) return kandidaat;
    }
  }
  return path.join(hier, 'migrations');
})();

export class DatabaseTooNewError extends Error {
  constructor(
    readonly databaseVersion: number,
    readonly codeVersion: number,
  ) {
    super(
      `De database heeft schemaversie ${databaseVersion}, maar deze versie van WZT Backoffice kent er maar ${codeVersion}. ` +
        'Installeer de nieuwste versie van de toepassing; de database is niet gewijzigd.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

export interface MigrationResult {
  schemaVersion: number;
  applied: string[];
}

/**
 * The one way to bring a database up to date, used by the app, the HTTP host, the CLI and the tests.
 * Each migration runs in its own transaction with foreign keys off (drizzle rebuilds tables for some
 * changes) and a foreign_key_check before commit, so a failed migration leaves the previous version.
 */
export function applyMigrations(db: Sqlite, migrationsFolder = MIGRATIONS_DIR): MigrationResult {
  const migrations = readMigrationFiles({ migrationsFolder });
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migratie (
    volgnummer INTEGER PRIMARY KEY,
    hash TEXT NOT NULL,
    toegepast_op TEXT NOT NULL
  )`);
  const done = db.prepare('SELECT volgnummer, hash FROM schema_migratie ORDER BY volgnummer').all() as {
    volgnummer: number;
    hash: string;
  }[];
  if (done.length > migrations.length) throw new DatabaseTooNewError(done.length, migrations.length);
  done.forEach((row, i) => {
    if (row.hash !== migrations[i].hash) {
      throw new Error(
        `Migratie ${i} in de database verschilt van die in de toepassing: een geland migratiebestand is gewijzigd.`,
      );
    }
  });

  const applied: string[] = [];
  const insert = db.prepare('INSERT INTO schema_migratie (volgnummer, hash, toegepast_op) VALUES (?, ?, ?)');
  for (let i = done.length; i < migrations.length; i++) {
    const m = migrations[i];
    db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        for (const stmt of m.sql) if (stmt.trim()) db.exec(stmt);
        const violations = db.pragma('foreign_key_check') as unknown[];
        if (violations.length > 0) throw new Error(`Migratie ${i} schendt ${violations.length} verwijzing(en).`);
        insert.run(i, m.hash, new Date().toISOString());
      })();
    } finally {
      db.pragma('foreign_keys = ON');
    }
    applied.push(String(i));
  }
  db.pragma(`user_version = ${migrations.length}`);
  return { schemaVersion: migrations.length, applied };
}

export function schemaVersion(db: Sqlite): number {
  return db.pragma('user_version', { simple: true }) as number;
}
