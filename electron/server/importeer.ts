import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { applyMigrations, MIGRATIONS_DIR } from '../../db/migrate';
import { openSqlite } from '../../db/open';
import { insertAudit } from '../core/platform/audit';
import { verzegelAuditketen } from '../core/platform/auditketen';
import { controleerBackup } from '../core/platform/backup';
import { SYSTEEM } from '../core/platform/context';

export interface ImportResultaat {
  bron: string;
  schemaVoor: number;
  schemaNa: number;
  organisaties: number;
  auditregels: number;
}

/**
 * Moving to the team server: a desktop store becomes the team's store, once, before the server starts. The file is
 * checked like a backup (integrity, references, a schema of this version with our migrations), copied through
 * SQLite's backup API (ids, history and audit trail kept as they are), brought up to the current schema, and the
 * import is the first audit entry of its new life. Refused when the team store already holds dossiers: two stores
 * are never merged (their ids would collide).
 */
export async function importeerBureaubladDatabank(bron: string, doel: string, migratieMap = MIGRATIONS_DIR, now = new Date()): Promise<ImportResultaat> {
  if (!fs.existsSync(bron)) throw new Error(`${bron} bestaat niet.`);
  if (path.resolve(bron) === path.resolve(doel)) throw new Error('De bureaubladdatabank en de databank van de teamserver zijn hetzelfde bestand.');
  let schemaVoor: number;
  try {
    schemaVoor = controleerBackup(bron, migratieMap).schemaversie;
  } catch (err) {
    throw new Error(`${bron}: ${(err as Error).message}`);
  }
  if (fs.existsSync(doel)) {
    const db = new Database(doel, { readonly: true });
    try {
      const tel = (t: string) => {
        try {
          return db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number;
        } catch {
          return 0;
        }
      };
      if (tel('organisatie') > 0 || tel('document') > 0) {
        throw new Error(`De databank van de teamserver (${doel}) bevat al dossiers: importeren kan alleen in een lege databank.`);
      }
    } finally {
      db.close();
    }
    for (const f of [doel, `${doel}-wal`, `${doel}-shm`]) fs.rmSync(f, { force: true });
  }
  const sha256 = createHash('sha256').update(fs.readFileSync(bron)).digest('hex');
  const src = new Database(bron, { readonly: true });
  try {
    await src.backup(doel);
  } finally {
    src.close();
  }
  const sqlite = openSqlite(doel);
  try {
    const { schemaVersion: schemaNa } = applyMigrations(sqlite, migratieMap);
    verzegelAuditketen(sqlite);
    sqlite.transaction(() =>
      insertAudit(sqlite, SYSTEEM, 'server.importeer', now.toISOString(), {
        entiteit: 'databank', entiteitId: path.basename(bron), actie: 'geïmporteerd',
        nieuw: { bron: path.resolve(bron), sha256, schemaversie: schemaVoor, gemigreerdNaar: schemaNa },
        reden: 'Bureaubladdatabank overgenomen door de teamserver (ids en historiek behouden)',
      }),
    ).immediate();
    return {
      bron: path.resolve(bron),
      schemaVoor,
      schemaNa,
      organisaties: sqlite.prepare('SELECT count(*) FROM organisatie').pluck().get() as number,
      auditregels: sqlite.prepare('SELECT count(*) FROM audit_entry').pluck().get() as number,
    };
  } finally {
    sqlite.close();
  }
}
