import { openSqlite, ormFor } from '../../db/open';
import { applyMigrations, MIGRATIONS_DIR } from '../../db/migrate';
import { seedReferenceData } from '../../db/seed/reference';
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

export { aanmelden, ensureMedewerker } from './platform/medewerker';

/**
 * The composition of the core, in one visible list: the platform, the letter store, the engines and the
 * dossier modules. Each contributes its handlers and what it plugs into the engines (module.ts).
 */
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
  /** Extra contributions (tests: a participation register of a scheme that has no module yet). */
  extraModules?: readonly Module[];
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
  const bestand = !opts.log && opts.logMap ? bestandsLog(opts.logMap) : null;
  const ctx: AppContext = {
    sqlite,
    orm: ormFor(sqlite),
    now: opts.now ?? (() => new Date()),
    log: opts.log ?? bestand?.log ?? defaultLog,
    emit: (e) => listeners.forEach((l) => l(e)),
    version: opts.version ?? '0.0.0',
    strikt: opts.strikt,
  };
  const registries = bouwRegistries([...MODULES, ...(opts.extraModules ?? [])]);
  zetRegistries(ctx, registries);
  runStartupJobs(ctx, registries.opstartTaken);
  return {
    ctx,
    router: createRouter(ctx, handlers),
    subscribe: (l) => (listeners.add(l), () => listeners.delete(l)),
    close: () => {
      sqlite.close();
      bestand?.sluit();
    },
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
