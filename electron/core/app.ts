import path from 'node:path';
import { openSqlite, ormFor } from '../../db/open';
import { applyMigrations, MIGRATIONS_DIR } from '../../db/migrate';
import { seedReferenceData } from '../../db/seed/reference';
import { verzegelAuditketen } from './platform/auditketen';
import { dagelijkseBackupNodig, maakBackup } from './platform/backup';
import { SYSTEEM, type AppContext, type PushEvent } from './platform/context';
import { createCallContext, createRouter, type Handlers, type Router } from './platform/router';
import { bestandsLog } from './platform/log';
import { bouwRegistries, zetRegistries, type Module, type Registries } from './module';
import { platformModule } from './platform';
import { brievenModule } from './letters';
import { beslissingModule } from './engines/beslissing';
import { inboxModule } from './engines/inbox';
import { procedureModule } from './engines/procedure';
import { betaalrunModule } from './engines/betaalrun';
import { organisatieModule } from './modules/organisatie';
import { amaWvgModule } from './modules/ama-wvg';
import { swvZorgModule } from './modules/swv-zorg';
import { amaSeModule } from './modules/ama-se';
import { rapportModule } from './modules/rapport';
import { zetFeestdagenBron } from '../../shared/kernel/holidays';
import { feestdagenVolgensBibliotheek } from './platform/feestdagen';

// Deadlines in years outside the generated holiday table (2000–2100) ask the library, loaded on first use.
zetFeestdagenBron(feestdagenVolgensBibliotheek);

export { aanmelden, aanmeldenMetIdentiteit, callerVoor, desktopAanmelding, ensureMedewerker, zorgVoorEersteBeheerder } from './platform/medewerker';

/**
 * The composition of the core, in one visible list: the platform, the letter store, the engines and the
 * dossier modules. Each contributes its handlers and what it plugs into the engines (module.ts).
 */
/** Backups kept by default (a setting of the host: CreateAppOptions.backup). */
export const BACKUPS_BEWAARD = 14;

const MODULES = [
  platformModule,
  brievenModule,
  beslissingModule,
  inboxModule,
  procedureModule,
  betaalrunModule,
  organisatieModule,
  amaWvgModule,
  swvZorgModule,
  amaSeModule,
  rapportModule,
] as const;

/** Every method of the contract mapped to its handler; the type makes a missing one a compile error. */
export const handlers: Handlers = {
  ...platformModule.handlers,
  ...brievenModule.handlers,
  ...beslissingModule.handlers,
  ...inboxModule.handlers,
  ...procedureModule.handlers,
  ...betaalrunModule.handlers,
  ...organisatieModule.handlers,
  ...amaWvgModule.handlers,
  ...swvZorgModule.handlers,
  ...amaSeModule.handlers,
  ...rapportModule.handlers,
};

export interface CreateAppOptions {
  dbFile: string;
  migrationsFolder?: string;
  now?: () => Date;
  version?: string;
  log?: AppContext['log'];
  /** Write the log to a rotating file in this folder (hosts: beside the database or in the user data folder). */
  logMap?: string;
  nativeBinding?: string;
  /** Refuse writes by methods not marked `mutates` (tests; see AppContext.strikt). */
  strikt?: boolean;
  /**
   * Backups: folder and number kept. Default: a `backups` folder beside the database, 14 kept; `false`
   * for none. Hosts pass their own (the Electron app: the user data folder).
   */
  backup?: { map: string; aantal: number } | false;
  /** Make the daily backup (at start when due, then checked every hour): the hosts, not the tests. */
  dagelijkseBackup?: boolean;
  /**
   * Run the start-up jobs (expiry, retention) only when the host calls `voerOpstartTakenUit()` — after it listens, so
   * a large store does not delay the first answer (issue 13). Default: at once (tests, scripts).
   */
  opstartTakenUitstellen?: boolean;
  /** How the host identifies callers (AppContext.modus). */
  modus?: AppContext['modus'];
  /** Extra contributions (tests: a participation register of a scheme that has no module yet). */
  extraModules?: readonly Module[];
}

export interface App {
  ctx: AppContext;
  router: Router;
  /** Subscribe to push events (batch progress); returns the unsubscribe function. */
  subscribe: (listener: (e: PushEvent) => void) => () => void;
  /** The start-up jobs, when `opstartTakenUitstellen` left them to the host (runs once; later calls do nothing). */
  voerOpstartTakenUit: () => void;
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
    // Entries written by migrations and seeds join the audit hash chain before anything else is written.
    verzegelAuditketen(sqlite);
  } catch (err) {
    sqlite.close();
    throw err;
  }
  const listeners = new Set<(e: PushEvent) => void>();
  const bestand = !opts.log && opts.logMap ? bestandsLog(opts.logMap) : null;
  const ctx: AppContext = {
    sqlite,
    orm: ormFor(sqlite),
    now: opts.now ?? (() => new Date()),
    log: opts.log ?? bestand?.log ?? defaultLog,
    emit: (e) => listeners.forEach((l) => l(e)),
    version: opts.version ?? '0.0.0',
    modus: opts.modus,
    strikt: opts.strikt,
    migratieMap: opts.migrationsFolder ?? MIGRATIONS_DIR,
    dbBestand: opts.dbFile === ':memory:' ? undefined : path.resolve(opts.dbFile),
    backup:
      opts.backup === false || opts.dbFile === ':memory:'
        ? undefined
        : (opts.backup ?? { map: path.join(path.dirname(path.resolve(opts.dbFile)), 'backups'), aantal: BACKUPS_BEWAARD }),
  };
  const registries = bouwRegistries([...MODULES, ...(opts.extraModules ?? [])]);
  zetRegistries(ctx, registries);
  let takenGedaan = false;
  const voerOpstartTakenUit = () => {
    if (takenGedaan) return;
    takenGedaan = true;
    runStartupJobs(ctx, registries.opstartTaken);
  };
  if (!opts.opstartTakenUitstellen) voerOpstartTakenUit();
  const stopBackups = opts.dagelijkseBackup ? planDagelijkseBackup(ctx) : () => {};
  return {
    ctx,
    router: createRouter(ctx, handlers),
    subscribe: (l) => (listeners.add(l), () => listeners.delete(l)),
    voerOpstartTakenUit,
    close: () => {
      stopBackups();
      sqlite.close();
      bestand?.sluit();
    },
  };
}

/**
 * The daily backup as the system user: checked a few seconds after start (the host listens first) and
 * every hour; made when the newest daily one is 24 hours old. A failure is logged and retried next hour.
 */
function planDagelijkseBackup(ctx: AppContext): () => void {
  let bezig = false;
  const controleer = () => {
    const call = createCallContext(ctx, SYSTEEM, 'backup.maak');
    if (bezig || !dagelijkseBackupNodig(call)) return;
    bezig = true;
    maakBackup(call, 'dagelijks')
      .catch((err) => ctx.log('error', 'Dagelijkse backup mislukt', err))
      .finally(() => (bezig = false));
  };
  const eerste = setTimeout(controleer, 5_000);
  const elkUur = setInterval(controleer, 3600_000);
  eerste.unref();
  elkUur.unref();
  return () => {
    clearTimeout(eerste);
    clearInterval(elkUur);
  };
}

/**
 * Daily housekeeping at start-up, as the system user (audited like any write): recognitions whose
 * last day has passed become verlopen, and participants' personal data past the retention period
 * (art. 41) is anonymised — whatever the modules contribute as `opstartTaken`. A failing job is logged and does not keep the app from starting; each
 * job runs in its own transaction, so a failure leaves nothing half done.
 */
function runStartupJobs(ctx: AppContext, taken: Registries['opstartTaken']): void {
  for (const taak of taken) {
    try {
      taak.voerUit(createCallContext(ctx, SYSTEEM, taak.methode));
    } catch (err) {
      ctx.log('error', `Opstarttaak ${taak.methode} mislukt`, err);
    }
  }
}
