/**
 * Tamper evidence for the audit trail: every entry carries the hash of its content and a chain hash,
 * sha256(previous chain hash + ':' + content hash). Changing, removing or inserting an entry with raw
 * SQL breaks the chain at that entry; `verifieerAuditketen` names the first broken one.
 *
 * What it does not prove: someone with write access to the file can recompute the whole chain. That is
 * why the head of the chain (kopHash, with the number of entries) is shown in the app and written into
 * every backup's manifest: a chain that no longer contains an earlier head was rewritten.
 *
 * Entries erased by retention (`gewist_op` set) keep their content hash; their content is no longer
 * checked (the values are gone by design), the chain through them still is.
 */
import { createHash } from 'node:crypto';
import { eenmaalBereid, type Sqlite } from '../../../db/open';
import type { AuditKetenRapport } from '../../../shared/platform/audit.contract';

export interface AuditInhoud {
  tijdstip: string;
  medewerker_id: number | null;
  gebruiker: string;
  rol: string;
  methode: string;
  entiteit: string;
  entiteit_id: string;
  actie: string;
  oud: string | null;
  nieuw: string | null;
  reden: string | null;
}

const sha256 = (tekst: string) => createHash('sha256').update(tekst).digest('hex');

/** The content hash: every column that says who did what, in a fixed order. */
export function inhoudHash(r: AuditInhoud): string {
  return sha256(JSON.stringify([r.tijdstip, r.medewerker_id, r.gebruiker, r.rol, r.methode, r.entiteit, r.entiteit_id, r.actie, r.oud, r.nieuw, r.reden]));
}

export function ketenHash(vorige: string | null, inhoud: string): string {
  return sha256(`${vorige ?? ''}:${inhoud}`);
}

/** The chain hash of the last entry, sealing entries written without one first (seeds, migrations). */
export function laatsteKetenHash(db: Sqlite): string | null {
  const laatste = eenmaalBereid(db, 'SELECT keten_hash AS h FROM audit_entry ORDER BY id DESC LIMIT 1').get() as { h: string | null } | undefined;
  if (!laatste) return null;
  if (laatste.h !== null) return laatste.h;
  return verzegelAuditketen(db);
}

/**
 * Give every entry without hashes its content and chain hash, in id order, continuing the chain from
 * the last sealed entry before it. Runs at start (after migrations and seeds) and before an entry is
 * appended after unsealed ones. Returns the head of the chain.
 */
export function verzegelAuditketen(db: Sqlite): string | null {
  return db.transaction(() => {
    const eerste = db.prepare('SELECT min(id) AS id FROM audit_entry WHERE keten_hash IS NULL').pluck().get() as number | null;
    if (eerste === null) {
      return (db.prepare('SELECT keten_hash FROM audit_entry ORDER BY id DESC LIMIT 1').pluck().get() as string | undefined) ?? null;
    }
    let vorige = (db.prepare('SELECT keten_hash FROM audit_entry WHERE id < ? ORDER BY id DESC LIMIT 1').pluck().get(eerste) as string | undefined) ?? null;
    const upd = db.prepare('UPDATE audit_entry SET inhoud_hash = ?, keten_hash = ? WHERE id = ?');
    const rijen = db
      .prepare(
        `SELECT id, tijdstip, medewerker_id, gebruiker, rol, methode, entiteit, entiteit_id, actie, oud, nieuw, reden
           FROM audit_entry WHERE id >= ? ORDER BY id`,
      )
      .all(eerste) as (AuditInhoud & { id: number })[];
    for (const r of rijen) {
      const inhoud = inhoudHash(r);
      vorige = ketenHash(vorige, inhoud);
      upd.run(inhoud, vorige, r.id);
    }
    return vorige;
  }).immediate();
}

/** Walk the whole trail in id order and report the first entry whose content or link does not match. */
export function verifieerAuditketen(db: Sqlite): AuditKetenRapport {
  let vorige: string | null = null;
  let aantalRegels = 0;
  let aantalGewist = 0;
  const iter = db
    .prepare(
      `SELECT id, tijdstip, medewerker_id, gebruiker, rol, methode, entiteit, entiteit_id, actie, oud, nieuw, reden,
              inhoud_hash, keten_hash, gewist_op FROM audit_entry ORDER BY id`,
    )
    .iterate() as IterableIterator<AuditInhoud & { id: number; inhoud_hash: string | null; keten_hash: string | null; gewist_op: string | null }>;
  for (const r of iter) {
    aantalRegels++;
    const fout = (melding: string): AuditKetenRapport => {
      iter.return?.();
      return { ok: false, aantalRegels, aantalGewist, kopHash: null, eersteFout: { id: r.id, tijdstip: r.tijdstip, methode: r.methode, melding } };
    };
    if (r.keten_hash === null || r.inhoud_hash === null) return fout('Deze auditregel is niet verzegeld (zonder hash toegevoegd).');
    if (r.gewist_op !== null) aantalGewist++;
    else if (inhoudHash(r) !== r.inhoud_hash) return fout('De inhoud van deze auditregel werd gewijzigd.');
    if (ketenHash(vorige, r.inhoud_hash) !== r.keten_hash) {
      return fout('De keten is hier verbroken: een voorgaande auditregel werd verwijderd, ingevoegd of gewijzigd.');
    }
    vorige = r.keten_hash;
  }
  return { ok: true, aantalRegels, aantalGewist, kopHash: vorige, eersteFout: null };
}
