/**
 * Builds the development host and the team server as plain JavaScript (issue 13: no on-the-fly transpiling when a
 * host starts): out/host/cli.mjs and out/server/cli.mjs (each with its letter render worker pdf-worker.mjs), ES modules for Node 20, the project's own TypeScript and
 * the small pure-JS packages bundled, the rest imported from node_modules (EXTERN). Skipped when the output is newer than every
 * source file. The Electron main is built by electron-vite (`npm run build`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Each host has the letter render worker next to it (electron/core/letters/renderpool.ts looks for it there).
const ENTRIES = {
  'host/cli': 'electron/host/cli.ts',
  'host/pdf-worker': 'electron/core/letters/pdfWorker.ts',
  'server/cli': 'electron/server/cli.ts',
  'server/pdf-worker': 'electron/core/letters/pdfWorker.ts',
};
const BRONNEN = ['electron/core', 'electron/host', 'electron/server', 'shared', 'db'];
const EXTERN = [
  'better-sqlite3', 'pdfmake', 'pdfmake/*', 'exceljs', 'pdf-lib', 'vega', 'vega-lite', 'pino', 'rotating-file-stream',
  'fastify', '@fastify/*', 'openid-client', 'date-holidays', 'drizzle-orm/migrator',
];

function nieuwste(dir) {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, nieuwste(p));
    else if (/\.(ts|json|sql)$/.test(e.name)) t = Math.max(t, fs.statSync(p).mtimeMs);
  }
  return t;
}

const uit = Object.keys(ENTRIES).map((k) => path.join(ROOT, 'out', `${k}.mjs`));
const bronTijd = Math.max(...BRONNEN.map((b) => nieuwste(path.join(ROOT, b))), fs.statSync(path.join(ROOT, 'package.json')).mtimeMs);
if (!process.argv.includes('--altijd') && uit.every((f) => fs.existsSync(f) && fs.statSync(f).mtimeMs > bronTijd)) process.exit(0);

await build({
  absWorkingDir: ROOT,
  entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([k, v]) => [k, v])),
  outdir: 'out',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // The project and the small pure-JS packages are bundled (ESM resolution of zod's and drizzle's hundreds of files
  // cost more than half the start); native, file-reading or rarely used packages stay imports from node_modules.
  external: EXTERN,
  banner: { js: "import { createRequire as __wztCreateRequire } from 'node:module'; const require = __wztCreateRequire(import.meta.url);" },
  sourcemap: 'linked',
  logLevel: 'warning',
});
