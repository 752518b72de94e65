/**
 * Backup and restore of the store, in the app (issue 14).
 *
 * - A backup is an online copy through SQLite's backup API (consistent while officers keep working,
 *   unlike copying the file, which can miss what is still in the WAL), written under a temporary name
 *   and renamed when complete, with a manifest beside it: when, what kind, schema version, size, the
 *   file's sha256 and the head of the audit hash chain (so a rewritten chain can be detected later).
 * - Daily: a host calls `dagelijkseBackupNodig` at start and every hour; the newest `aantal` backups are
 *   kept (setting), older ones removed.
 * - Restore checks the file first (integrity_check, foreign keys, a schema this version knows with the
 *   same migrations), makes a backup of the current state ("voor-herstel"), copies the backup into the
 *   live database through the backup API, migrates it if it is older, and records the restore in the
 *   audit trail of the restored database.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { applyMigrations, MIGRATIONS_DIR } from '../../../db/migrate';
import { AppError } from '../../../shared/api/errors';
import type { BackupRij, BackupSoort } from '../../../shared/platform/backup.contract';
import type { CallContext } from './context';
import type { Handlers } from './router';
import { verifieerAuditketen, verzegelAuditketen } from './auditketen';

const NAAM = /^wzt-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-(op-vraag|dagelijks|voor-herstel)\.sqlite$/;

function instellingen(call: CallContext) {
  const b = call.app.backup;
  if (!b) throw new AppError('VALIDATIE', 'Backups zijn niet ingesteld voor deze databank (een databank in het geheugen).');
  return b;
}

const sha256 = (bestand: string) => createHash('sha256').update(fs.readFileSync(bestand)).digest('hex');

/** Make a backup now; returns its row. Audited (the entry is written after the copy, so it is not in it). */
export async function maakBackup(call: CallContext, soort: BackupSoort): Promise<BackupRij> {
  const { map } = instellingen(call);
  fs.mkdirSync(map, { recursive: true });
  // The name carries the time to the millisecond; two backups in the same millisecond get the next free one.
  let ms = call.app.now().getTime();
  const naamVan = (t: number) => `wzt-${new Date(t).toISOString().replace(/:/g, '-').replace('.', '-')}-${soort}.sqlite`;
  while (fs.existsSync(path.join(map, naamVan(ms)))) ms++;
  const tijdstip = new Date(ms).toISOString();
  const naam = naamVan(ms);
  const doel = path.join(map, naam);
  const tijdelijk = `${doel}.deel`;
  await call.app.sqlite.backup(tijdelijk);
  const kopie = new Database(tijdelijk, { readonly: true });
  let schemaversie: number;
  let keten: ReturnType<typeof verifieerAuditketen>;
  try {
    schemaversie = kopie.pragma('user_version', { simple: true }) as number;
    keten = verifieerAuditketen(kopie);
  } finally {
    kopie.close();
  }
  fs.renameSync(tijdelijk, doel);
  const rij: BackupRij = {
    bestand: naam,
    tijdstip,
    soort,
    grootte: fs.statSync(doel).size,
    schemaversie,
    sha256: sha256(doel),
    auditKopHash: keten.kopHash,
    aantalAuditregels: keten.aantalRegels,
  };
  fs.writeFileSync(`${doel}.json`, JSON.stringify(rij, null, 2));
  const verwijderd = ruimOp(call);
  call.tx((audit) =>
    audit({ entiteit: 'backup', entiteitId: naam, actie: 'aangemaakt', nieuw: { soort, grootte: rij.grootte, schemaversie, sha256: rij.sha256, verwijderd } }),
  );
  return rij;
}

/** The backups in the folder, newest first (files without a readable manifest are described from the file). */
export function lijstBackups(call: CallContext): BackupRij[] {
  const { map } = instellingen(call);
  if (!fs.existsSync(map)) return [];
  return fs
    .readdirSync(map)
    .filter((f) => NAAM.test(f))
    .map((f): BackupRij => {
      const vol = path.join(map, f);
      try {
        return { ...(JSON.parse(fs.readFileSync(`${vol}.json`, 'utf8')) as BackupRij), bestand: f, grootte: fs.statSync(vol).size };
      } catch {
        const m = NAAM.exec(f)!;
        const tijdstip = m[1].replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/, 'T$1:$2:$3.$4Z');
        return { bestand: f, tijdstip, soort: m[2] as BackupSoort, grootte: fs.statSync(vol).size, schemaversie: null, sha256: null, auditKopHash: null, aantalAuditregels: null };
      }
    })
    .sort((a, b) => b.tijdstip.localeCompare(a.tijdstip));
}

/** Keep the newest `aantal` backups (a "voor-herstel" copy counts like any other); returns the removed names. */
function ruimOp(call: CallContext): string[] {
  const { map, aantal } = instellingen(call);
  const weg = lijstBackups(call).slice(aantal);
  for (const b of weg) {
    fs.rmSync(path.join(map, b.bestand), { force: true });
    fs.rmSync(path.join(map, `${b.bestand}.json`), { force: true });
  }
  return weg.map((b) => b.bestand);
}

/** True when the newest daily backup is older than 24 hours (or there is none). */
export function dagelijkseBackupNodig(call: CallContext): boolean {
  if (!call.app.backup) return false;
  const laatste = lijstBackups(call).find((b) => b.soort === 'dagelijks');
  return !laatste || call.app.now().getTime() - Date.parse(laatste.tijdstip) >= 24 * 3600 * 1000;
}

/**
 * Check a backup file before it replaces the store: readable, integrity ok, no broken references, and a
 * schema this version knows (every migration it applied is one of ours, unchanged).
 */
export function controleerBackup(bestand: string, migratieMap: string): { schemaversie: number } {
  let db: Database.Database;
  try {
    db = new Database(bestand, { readonly: true, fileMustExist: true });
  } catch {
    throw AppError.validatie('bestand', 'Dit bestand is geen leesbare databank.');
  }
  try {
    let integriteit: unknown;
    try {
      integriteit = db.pragma('integrity_check', { simple: true });
    } catch {
      throw AppError.validatie('bestand', 'Dit bestand is geen leesbare databank.');
    }
    if (integriteit !== 'ok') throw AppError.validatie('bestand', `De backup is beschadigd (integrity_check: ${String(integriteit)}).`);
    if ((db.pragma('foreign_key_check') as unknown[]).length) throw AppError.validatie('bestand', 'De backup bevat verwijzingen naar ontbrekende rijen.');
    const ons = readMigrationFiles({ migrationsFolder: migratieMap });
    let gedaan: { volgnummer: number; hash: string }[];
    try {
      gedaan = db.prepare('SELECT volgnummer, hash FROM schema_migratie ORDER BY volgnummer').all() as typeof gedaan;
    } catch {
      throw AppError.validatie('bestand', 'Dit bestand is geen databank van WZT Backoffice.');
    }
    if (gedaan.length > ons.length) {
      throw AppError.validatie('bestand', `De backup heeft schemaversie ${gedaan.length}; deze versie van de toepassing kent er maar ${ons.length}.`);
    }
    gedaan.forEach((m, i) => {
      if (m.hash !== ons[i].hash) throw AppError.validatie('bestand', `De backup is gemaakt met migraties die deze toepassing niet kent (migratie ${i}).`);
    });
    return { schemaversie: gedaan.length };
  } finally {
    db.close();
  }
}

/** Replace the store by a backup (see the module comment); returns the backup made of the state before. */
export async function herstelBackup(call: CallContext, bestand: string): Promise<{ hersteld: BackupRij; voorHerstel: BackupRij }> {
  const { map } = instellingen(call);
  const live = call.app.dbBestand;
  if (!live) throw new AppError('VALIDATIE', 'Herstellen kan alleen voor een databank op schijf.');
  const rij = lijstBackups(call).find((b) => b.bestand === bestand);
  if (!rij) throw AppError.validatie('bestand', 'Deze backup bestaat niet (meer).');
  const bron = path.join(map, bestand);
  if (rij.sha256 && sha256(bron) !== rij.sha256) throw AppError.validatie('bestand', 'De backup werd gewijzigd na het maken (de sha256 klopt niet meer).');
  const migratieMap = call.app.migratieMap ?? MIGRATIONS_DIR;
  const { schemaversie } = controleerBackup(bron, migratieMap);

  const voorHerstel = await maakBackup(call, 'voor-herstel');
  const db = new Database(bron, { readonly: true });
  try {
    await db.backup(live);
  } finally {
    db.close();
  }
  // The live connection reads the restored pages from here on; bring an older backup up to date.
  const sqlite = call.app.sqlite;
  const migratie = applyMigrations(sqlite, migratieMap);
  verzegelAuditketen(sqlite);
  call.tx((audit) =>
    audit({
      entiteit: 'backup',
      entiteitId: bestand,
      actie: 'hersteld',
      nieuw: { backupVan: rij.tijdstip, schemaversie, gemigreerdNaar: migratie.schemaVersion, voorHerstel: voorHerstel.bestand },
      reden: `Databank hersteld uit de backup van ${rij.tijdstip}; de toestand ervoor staat in ${voorHerstel.bestand}`,
    }),
  );
  return { hersteld: rij, voorHerstel };
}

export const backupHandlers: Pick<Handlers, 'backup.lijst' | 'backup.maak' | 'backup.herstel'> = {
  'backup.lijst': (_input, call) => ({ backups: call.app.backup ? lijstBackups(call) : [], map: call.app.backup?.map ?? null, aantalBewaard: call.app.backup?.aantal ?? 0 }),
  'backup.maak': (_input, call) => maakBackup(call, 'op-vraag'),
  'backup.herstel': (input, call) => herstelBackup(call, input.bestand),
};
