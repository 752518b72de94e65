/**
 * Browser mode: the application core and the renderer over HTTP on 127.0.0.1.
 *
 *   npm run serve -- --port 4500 --db ./data.sqlite --user "An Peeters" --role zorg-dossierbeheerder
 *
 * Options (all optional): --port (4500; 0 = any free port), --db (./wzt-data.sqlite; a fresh path is
 * created and migrated), --user ($USER), --role (zorg-dossierbeheerder), --no-build (do not build the
 * renderer when out/renderer/index.html is missing), --help.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createApp, aanmelden, type App } from '../core/app';
import type { Caller } from '../core/platform/context';
import { DatabaseTooNewError } from '../../db/migrate';
import { ROLLEN, type Rol } from '../../shared/api/roles';
import { PACKAGE_VERSION, startHttpHost } from './server';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RENDERER_OUT = path.join(ROOT, 'out', 'renderer');

const HELP = `Gebruik: npm run serve -- [opties]

  --port <nummer>   poort op 127.0.0.1 (standaard 4500; 0 = een vrije poort)
  --db <bestand>    SQLite-databank (standaard ./wzt-data.sqlite; een nieuw pad wordt aangemaakt)
  --user <naam>     aangemelde gebruiker (standaard de gebruikersnaam van het systeem)
  --role <rol>      ${ROLLEN.join(' | ')} (standaard zorg-dossierbeheerder)
  --no-build        de gebruikersinterface niet bouwen als out/renderer ontbreekt
  --help            deze hulp`;

export interface CliOptions {
  port: number;
  dbFile: string;
  caller: Omit<Caller, 'medewerkerId'>;
  build: boolean;
}

/** Parse and validate the command line; throws an Error with a Dutch message on bad input. */
export function parseCliArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): CliOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      db: { type: 'string' },
      user: { type: 'string' },
      role: { type: 'string' },
      'no-build': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return 'help';

  const portText = values.port ?? '4500';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) {
    throw new Error(`Ongeldige poort "${portText}": geef een getal van 0 tot 65535.`);
  }
  const rol = values.role ?? 'zorg-dossierbeheerder';
  if (!(ROLLEN as readonly string[]).includes(rol)) {
    throw new Error(`Onbekende rol "${rol}". Kies een van: ${ROLLEN.join(', ')}.`);
  }
  const gebruiker = (values.user ?? env.USER ?? env.USERNAME ?? safeUserName()).trim();
  if (!gebruiker) throw new Error('Geef de naam van de gebruiker met --user "Voornaam Naam".');
  return {
    port,
    dbFile: path.resolve(values.db ?? './wzt-data.sqlite'),
    caller: { gebruiker, rol: rol as Rol },
    build: !values['no-build'],
  };
}

function safeUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'gebruiker';
  }
}

/** Build the renderer with Vite when out/renderer/index.html is missing. */
function ensureRendererBuilt(): void {
  if (fs.existsSync(path.join(RENDERER_OUT, 'index.html'))) return;
  console.log('De gebruikersinterface is nog niet gebouwd: vite build --config renderer/vite.config.ts …');
  const viteBin = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const args = ['build', '--config', 'renderer/vite.config.ts'];
  const r = fs.existsSync(viteBin)
    ? spawnSync(process.execPath, [viteBin, ...args], { cwd: ROOT, stdio: 'inherit' })
    : spawnSync('npx', ['vite', ...args], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0 || !fs.existsSync(path.join(RENDERER_OUT, 'index.html'))) {
    throw new Error('Het bouwen van de gebruikersinterface is mislukt (zie hierboven).');
  }
}

export async function main(argv = process.argv.slice(2)): Promise<void> {
  let opts: CliOptions | 'help';
  try {
    opts = parseCliArgs(argv);
  } catch (err) {
    console.error(`Fout: ${(err as Error).message}\n\n${HELP}`);
    process.exit(2);
  }
  if (opts === 'help') {
    console.log(HELP);
    return;
  }

  if (opts.build) {
    try {
      ensureRendererBuilt();
    } catch (err) {
      console.error(`Fout: ${(err as Error).message}`);
      process.exit(1);
    }
  }

  let app: App;
  try {
    fs.mkdirSync(path.dirname(opts.dbFile), { recursive: true });
    app = createApp({ dbFile: opts.dbFile, version: PACKAGE_VERSION, logMap: path.dirname(opts.dbFile), dagelijkseBackup: true, opstartTakenUitstellen: true });
  } catch (err) {
    if (err instanceof DatabaseTooNewError) {
      console.error(err.message);
    } else {
      console.error(`De databank ${opts.dbFile} kon niet geopend worden: ${(err as Error).message}`);
    }
    process.exit(1);
  }
  const caller = aanmelden(app.ctx.sqlite, opts.caller);

  let host: Awaited<ReturnType<typeof startHttpHost>>;
  try {
    host = await startHttpHost({
      app,
      caller,
      port: opts.port,
      staticDir: fs.existsSync(path.join(RENDERER_OUT, 'index.html')) ? RENDERER_OUT : undefined,
    });
  } catch (err) {
    app.close();
    const code = (err as { code?: string }).code;
    console.error(
      code === 'EADDRINUSE'
        ? `Poort ${opts.port} is al in gebruik. Kies een andere met --port.`
        : `De HTTP-host kon niet starten: ${(err as Error).message}`,
    );
    process.exit(1);
  }

  // The housekeeping after the host listens: the first page does not wait for it.
  setImmediate(() => app.voerOpstartTakenUit());
  console.log(`WZT Backoffice ${PACKAGE_VERSION} — browsermodus (ONTWIKKELING: naam en rol komen van de opdrachtregel en zijn niet gecontroleerd; voor echte aanmelding: npm run server)`);
  console.log(`  databank:  ${opts.dbFile}`);
  console.log(`  gebruiker: ${opts.caller.gebruiker} (${opts.caller.rol})`);
  console.log(`  open:      ${host.url}`);
  console.log('Stoppen met Ctrl+C.');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal} ontvangen: afsluiten …`);
    await host.close();
    app.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

// Run when executed directly (tsx electron/host/cli.ts), not when imported by a test.
const entry = process.argv[1] ? path.resolve(process.argv[1]) : '';
if (entry === fileURLToPath(import.meta.url) || /electron[\\/]host[\\/]cli\.ts$/.test(entry)) {
  void main();
}
