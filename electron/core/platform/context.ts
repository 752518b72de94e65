import type { Orm, Sqlite } from '../../../db/open';
import type { Rol } from '../../../shared/api/roles';
import type { MethodName } from '../../../shared/api/contract';
import type { AuditInput } from './audit';

/** What the application core needs from its host; nothing here knows about Electron or HTTP. */
export interface AppContext {
  sqlite: Sqlite;
  orm: Orm;
  /** The clock, pinned in tests. */
  now: () => Date;
  log: (level: 'info' | 'warn' | 'error', message: string, extra?: unknown) => void;
  /** Push events to connected renderers (progress of batch jobs). */
  emit: (event: PushEvent) => void;
  version: string;
  /** How callers are identified by the host (sessie.get tells the screens; default `ontwikkeling`). */
  modus?: 'desktop' | 'team' | 'ontwikkeling';
  /**
   * Refuse a method not marked `mutates` that writes (tests): the router compares SQLite's change count
   * before and after the call. Off in the hosts, where calls interleave.
   */
  strikt?: boolean;
  /** The migrations this app applies (a restored older backup is brought up to date with them). */
  migratieMap?: string;
  /** The database file (null/undefined in memory): restore writes into it. */
  dbBestand?: string;
  /** Where backups go and how many are kept (platform/backup.ts); absent: no backups (in-memory stores). */
  backup?: { map: string; aantal: number };
}

export interface PushEvent {
  type: string;
  [key: string]: unknown;
}

/**
 * Who calls: the staff member by id (every `*_door_id` column, four eyes and the audit trail use it),
 * their display name at the time of the call, and their roles. `rollen` are the roles a beheerder gave
 * them (medewerker_rol; absent: just `rol`); `rol` is the role this call acts in — the router sets it to
 * the first held role the method allows, and the audit trail records it. `medewerkerId` null is the
 * system (start-up jobs), which acts as a beheerder.
 */
export interface Caller {
  medewerkerId: number | null;
  gebruiker: string;
  rol: Rol;
  rollen?: readonly Rol[];
}

/** Whether the caller holds this role (any of their roles, not only the one the call acts in). */
export function heeftRol(caller: Caller, rol: Rol): boolean {
  return (caller.rollen ?? [caller.rol]).includes(rol);
}

/** The system user of start-up jobs. */
export const SYSTEEM: Caller = { medewerkerId: null, gebruiker: 'systeem', rol: 'beheerder' };

/** One API call: the app, who calls, which method, and the transaction helper that audits. */
export interface CallContext {
  app: AppContext;
  caller: Caller;
  methode: MethodName;
  /** Today's date in Brussels as `YYYY-MM-DD`. */
  today: () => string;
  /** ISO timestamp of now. */
  nowIso: () => string;
  /**
   * Run `fn` in one SQLite transaction. `audit` records an audit entry in the same transaction;
   * a transaction that writes no audit entry is rolled back (every write is audited).
   */
  tx: <T>(fn: (audit: (entry: AuditInput) => void) => T) => T;
  /** Log that personal data was shown (access log; allowed in a method that does not write). */
  toegang: (e: { entiteit: string; entiteitId: string | number; wat: string }) => void;
}
