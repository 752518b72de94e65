import type { Statement } from 'better-sqlite3';
import type { Sqlite } from '../../db/open';
import type { Caller } from './context';

export interface AuditInput {
  entiteit: string;
  entiteitId: string | number;
  actie: 'aangemaakt' | 'gewijzigd' | 'verwijderd' | string;
  oud?: Record<string, unknown> | null;
  nieuw?: Record<string, unknown> | null;
  reden?: string | null;
}

const statements = new WeakMap<Sqlite, Statement<unknown[]>>();

export function insertAudit(db: Sqlite, caller: Caller, methode: string, tijdstip: string, e: AuditInput): void {
  let stmt = statements.get(db);
  if (!stmt) {
    stmt = db.prepare<unknown[]>(
      `INSERT INTO audit_entry (tijdstip, gebruiker, rol, methode, entiteit, entiteit_id, actie, oud, nieuw, reden)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    statements.set(db, stmt);
  }
  stmt.run(
    tijdstip,
    caller.gebruiker,
    caller.rol,
    methode,
    e.entiteit,
    String(e.entiteitId),
    e.actie,
    e.oud ? JSON.stringify(e.oud) : null,
    e.nieuw ? JSON.stringify(e.nieuw) : null,
    e.reden ?? null,
  );
}

/** The fields whose value differs, as {oud, nieuw}; keys missing on one side count as null. */
export function diff(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): { oud: Record<string, unknown>; nieuw: Record<string, unknown> } | null {
  const oud: Record<string, unknown> = {};
  const nieuw: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = before[key] ?? null;
    const b = after[key] ?? null;
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      oud[key] = a;
      nieuw[key] = b;
    }
  }
  return Object.keys(nieuw).length ? { oud, nieuw } : null;
}
