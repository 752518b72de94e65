import { openSqlite, ormFor, type Sqlite } from '../../db/open';
import { applyMigrations, MIGRATIONS_DIR } from '../../db/migrate';
import { seedReferenceData } from '../../db/seed/reference';
import type { AppContext, Caller, PushEvent } from './platform/context';
import { createCallContext, createRouter, type Router } from './platform/router';
import { handlers } from './handlers';
import { insertAudit } from './platform/audit';

export interface CreateAppOptions {
  dbFile: string;
  migrationsFolder?: string;
  now?: () => Date;
  version?: string;
  log?: AppContext['log'];
  nativeBinding?: string;
}

export interface App {
  ctx: AppContext;
  router: Router;
  /** Subscribe to push events (batch progress); returns the unsubscribe function. */
  subscribe: (listener: (e: PushEvent) => void) => () => void;
  close: () => void;
}

const defaultLog: AppContext['log'] = (level, message, extra) => {
  const line = `[${new Date().toISOString()}] ${level.toUpperCase()} ${message}`;
  if (level === 'error') console.error(line, extra ?? '');
  else console.log(line, extra ?? '');
};

/**
 * Open (or create) the store, migrate it, load reference data and wire the router. Used by the
 * Electron main process, the HTTP host, the CLI scripts and the tests alike.
 */
export function createApp(opts: CreateAppOptions): App {
  const sqlite = openSqlite(opts.dbFile, { nativeBinding: opts.nativeBinding });
  try {
    applyMigrations(sqlite, opts.migrationsFolder ?? MIGRATIONS_DIR);
    seedReferenceData(sqlite, (opts.now ?? (() => new Date()))());
  } catch (err) {
    sqlite.close();
    throw err;
  }
  const listeners = new Set<(e: PushEvent) => void>();
  const ctx: AppContext = {
    sqlite,
    orm: ormFor(sqlite),
    now: opts.now ?? (() => new Date()),
    log: opts.log ?? defaultLog,
    emit: (e) => listeners.forEach((l) => l(e)),
    version: opts.version ?? '0.0.0',
  };
  runStartupJobs(ctx);
  return {
    ctx,
    router: createRouter(ctx, handlers),
    subscribe: (l) => (listeners.add(l), () => listeners.delete(l)),
    close: () => sqlite.close(),
  };
}

/**
 * The signed-in user appears in letters as contact person: make sure a medewerker record exists
 * (department from the role; an administrator completes function, e-mail and phone).
 */
export function ensureMedewerker(sqlite: Sqlite, caller: Caller, now = new Date()): void {
  if (sqlite.prepare('SELECT 1 FROM medewerker WHERE naam = ?').get(caller.gebruiker)) return;
  const departement = caller.rol === 'wse-dossierbeheerder' ? 'WSE' : 'ZORG';
  const dienst = departement === 'WSE' ? 'Afdeling Sociale Economie' : 'Afdeling Werk en Zorg';
  sqlite.transaction(() => {
    const { lastInsertRowid } = sqlite
      .prepare(
        `INSERT INTO medewerker (naam, functie, departement, dienst, email, telefoon, mag_ondertekenen, actief)
         VALUES (?, ?, ?, ?, '', '', ?, 1)`,
      )
      .run(caller.gebruiker, caller.rol === 'ondertekenaar' ? 'Afdelingshoofd' : 'Dossierbeheerder', departement, dienst,
        caller.rol === 'ondertekenaar' ? 1 : 0);
    insertAudit(sqlite, { gebruiker: 'systeem', rol: 'beheerder' }, 'sessie.aanmelden', now.toISOString(), {
      entiteit: 'medewerker', entiteitId: Number(lastInsertRowid), actie: 'aangemaakt',
      nieuw: { naam: caller.gebruiker, departement }, reden: 'Eerste aanmelding van deze gebruiker',
    });
  })();
}

/**
 * Daily housekeeping at start-up, as the system user (audited like any write): recognitions whose
 * last day has passed become verlopen, and participants' personal data past the retention period
 * (art. 41) is anonymised. A failing job is logged and does not keep the app from starting; each
 * job runs in its own transaction, so a failure leaves nothing half done.
 */
function runStartupJobs(ctx: AppContext): void {
  const systeem: Caller = { gebruiker: 'systeem', rol: 'beheerder' };
  const job = (methode: string, fn: () => void) => {
    try {
      fn();
    } catch (err) {
      ctx.log('error', `Opstarttaak ${methode} mislukt`, err);
    }
  };
  const run = <K extends 'erkenning.verwerkVervaldagen' | 'retentie.voerUit'>(methode: K, input: Parameters<(typeof handlers)[K]>[0]) =>
    handlers[methode](input as never, createCallContext(ctx, systeem, methode)) as ReturnType<(typeof handlers)[K]>;
  job('erkenning.verwerkVervaldagen', () => void run('erkenning.verwerkVervaldagen', {}));
  // Retention: a dry run first, so a start-up with nothing to purge leaves no audit entry.
  job('retentie.voerUit', () => {
    const proef = run('retentie.voerUit', { proef: true }) as { aantalDeelnemers: number };
    if (proef.aantalDeelnemers > 0) run('retentie.voerUit', {});
  });
}
