/**
 * The team server: one Node process that owns the SQLite store and serves the officers of a department over HTTPS,
 * signed in at the identity provider.
 *
 *   npm run server -- --config team.json
 *   npm run server -- --config team.json --importeer ./wzt-data.sqlite   (once: a desktop store becomes the team's)
 *
 * The configuration (docs/operations.md "Team server") names the certificate, the listen address, the database,
 * the identity provider, the first beheerder and the backups; it is checked first, with the problems in Dutch.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createApp, zorgVoorEersteBeheerder, type App } from '../core/app';
import { DatabaseTooNewError } from '../../db/migrate';
import { PACKAGE_VERSION } from '../host/server';
import { ConfigFout, laadConfig } from './config';
import { identiteitsprovider } from './oidc';
import { importeerBureaubladDatabank } from './importeer';
import { startTeamServer } from './server';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RENDERER_OUT = path.join(ROOT, 'out', 'renderer');

const HELP = `Gebruik: npm run server -- --config <team.json> [--importeer <databank>]

  --config <bestand>     de configuratie van de teamserver (zie docs/operations.md)
  --importeer <bestand>  eenmalig: een bureaubladdatabank wordt de databank van de teamserver
                         (alleen in een lege teamdatabank; schema gecontroleerd, ids behouden, geaudit)
  --help                 deze hulp`;

export async function main(argv = process.argv.slice(2)): Promise<void> {
  let values: { config?: string; importeer?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ args: argv, options: { config: { type: 'string' }, importeer: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true }));
  } catch (err) {
    console.error(`Fout: ${(err as Error).message}\n\n${HELP}`);
    process.exit(2);
  }
  if (values.help) return void console.log(HELP);
  if (!values.config) {
    console.error(`Fout: geef het configuratiebestand met --config.\n\n${HELP}`);
    process.exit(2);
  }
  let config;
  try {
    config = laadConfig(values.config);
  } catch (err) {
    console.error(err instanceof ConfigFout ? err.message : `Fout: ${(err as Error).message}`);
    process.exit(2);
  }

  fs.mkdirSync(path.dirname(config.databank), { recursive: true });
  if (values.importeer) {
    try {
      const r = await importeerBureaubladDatabank(path.resolve(values.importeer), config.databank);
      console.log(`Geïmporteerd: ${r.bron} (schema ${r.schemaVoor} → ${r.schemaNa}, ${r.organisaties} organisaties, ${r.auditregels} auditregels).`);
    } catch (err) {
      console.error(`De import is niet gebeurd: ${(err as Error).message}`);
      process.exit(1);
    }
  }

  let app: App;
  try {
    app = createApp({ dbFile: config.databank, version: PACKAGE_VERSION, modus: 'team', logMap: path.dirname(config.databank), backup: config.backup, dagelijkseBackup: true, opstartTakenUitstellen: true });
  } catch (err) {
    console.error(err instanceof DatabaseTooNewError ? err.message : `De databank ${config.databank} kon niet geopend worden: ${(err as Error).message}`);
    process.exit(1);
  }
  zorgVoorEersteBeheerder(app.ctx.sqlite, config.eersteBeheerder);

  let server: Awaited<ReturnType<typeof startTeamServer>>;
  try {
    const idp = await identiteitsprovider(config);
    server = await startTeamServer({ app, config, idp, staticDir: RENDERER_OUT });
  } catch (err) {
    app.close();
    const code = (err as { code?: string }).code;
    console.error(
      code === 'EADDRINUSE'
        ? `Poort ${config.luister.poort} is al in gebruik.`
        : `De teamserver kon niet starten: ${(err as Error).message}${(err as { cause?: Error }).cause ? ` (${(err as { cause?: Error }).cause!.message})` : ''}`,
    );
    process.exit(1);
  }
  setImmediate(() => app.voerOpstartTakenUit());
  console.log(`WZT Backoffice ${PACKAGE_VERSION} — teamserver`);
  console.log(`  databank:  ${config.databank}`);
  console.log(`  luistert:  ${config.luister.adres}:${server.port}`);
  console.log(`  adres:     ${config.publiekeUrl}`);
  console.log(`  aanmelden: ${config.identiteitsprovider.issuer}`);
  if (!fs.existsSync(path.join(RENDERER_OUT, 'index.html'))) console.log('  (de gebruikersinterface is niet gebouwd: npm run build:renderer)');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal} ontvangen: afsluiten …`);
    await server.close();
    app.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

const entry = process.argv[1] ? path.resolve(process.argv[1]) : '';
if (entry === fileURLToPath(import.meta.url) || /electron[\\/]server[\\/]cli\.ts$/.test(entry)) {
  void main();
}
