#!/usr/bin/env node
/**
 * Electron-ABI copy of better-sqlite3, for `npm start` and packaging.
 *
 * better-sqlite3 is a native module: one build serves one runtime. The build in
 * node_modules/better-sqlite3/build is for Node — the tests, the HTTP host and the CLI scripts need it,
 * so this script NEVER touches it (no `electron-rebuild` in place). Instead it makes a separate copy:
 *
 *   .electron-native/better-sqlite3/build/Release/better_sqlite3.node   (Electron ABI)
 *
 * which the main process passes to better-sqlite3 as `nativeBinding` (electron/main/native.ts);
 * electron-builder ships it as `resources/native/better_sqlite3.node` (electron-builder.yml).
 *
 * Steps:
 *   1. the Electron binary must be there (downloaded by `npm install`; retried here once). Without it
 *      the script prints "Electron kon niet gedownload worden: …" and exits 1 — tests and the browser
 *      mode (`npm run serve`) do not need Electron;
 *   2. up to date (same Electron, better-sqlite3, platform, arch)? nothing to do;
 *   3. copy node_modules/better-sqlite3 (without build/) to .electron-native/better-sqlite3;
 *   4. there: `prebuild-install --runtime electron --target <electron version>` (prebuilt binary from
 *      the better-sqlite3 GitHub release), else `node-gyp rebuild --runtime=electron --target=…
 *      --dist-url=https://electronjs.org/headers` (needs a C++ toolchain). npm's `nodedir` setting is
 *      removed from the environment for these steps (it would make node-gyp build for Node again);
 *   5. check that Electron (as Node, ELECTRON_RUN_AS_NODE) can open an in-memory database with it.
 *
 * Usage: `node scripts/electron-native.cjs [--force]` (run by `npm start`). Needs internet the first time.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..');
const OUT_DIR = path.join(ROOT, '.electron-native');
const TARGET = path.join(OUT_DIR, 'better-sqlite3');
const BINDING = path.join(TARGET, 'build', 'Release', 'better_sqlite3.node');
const STAMP = path.join(OUT_DIR, 'stamp.json');
const force = process.argv.includes('--force');

const log = (msg) => console.log(`[electron-native] ${msg}`);
function fail(msg, hint) {
  console.error(`[electron-native] ${msg}`);
  if (hint) console.error(`[electron-native] ${hint}`);
  process.exit(1);
}

/** The environment for native builds: without npm's nodedir (which points node-gyp at Node's headers). */
function buildEnv(extra) {
  const env = { ...process.env, ...extra };
  for (const key of Object.keys(env)) {
    if (/^npm_config_(nodedir|node_gyp|target|runtime|disturl|dist_url|arch)$/i.test(key) || key === 'NODEDIR') delete env[key];
  }
  return Object.assign(env, extra);
}

function electronBinary() {
  try {
    const p = require('electron'); // under Node: the path of the Electron executable
    return typeof p === 'string' && fs.existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

// 1. Electron binary --------------------------------------------------------------------------------
let electronPkg;
try {
  electronPkg = require('electron/package.json');
} catch {
  fail('Electron kon niet gedownload worden: het pakket "electron" is niet geïnstalleerd.', 'Voer eerst "npm install" uit.');
}
let electronPath = electronBinary();
if (!electronPath) {
  let why = 'ELECTRON_SKIP_BINARY_DOWNLOAD is gezet';
  if (!process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    log(`Electron ${electronPkg.version} ontbreekt; downloaden …`);
    const installScript = require.resolve('electron/install.js');
    const r = spawnSync(process.execPath, [installScript], {
      cwd: path.dirname(installScript),
      encoding: 'utf8',
      timeout: 300_000,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    why = (r.stderr || r.stdout || (r.error && r.error.message) || 'onbekende fout').split('\n').find((l) => l.trim()) || 'onbekende fout';
    electronPath = electronBinary();
  }
  if (!electronPath) {
    fail(
      `Electron kon niet gedownload worden: ${why.trim()}`,
      'De desktoptoepassing heeft de Electron-binary nodig (internettoegang tot github.com bij "npm install"). ' +
        'Tests ("npm test") en de browsermodus ("npm run serve") werken zonder.',
    );
  }
}
const electronVersion = electronPkg.version;

// 2. Up to date? -------------------------------------------------------------------------------------
const bsqlPkg = require('better-sqlite3/package.json');
const SOURCE = path.dirname(require.resolve('better-sqlite3/package.json'));
const wanted = { electron: electronVersion, betterSqlite3: bsqlPkg.version, platform: process.platform, arch: process.arch };
if (!force && fs.existsSync(BINDING) && fs.existsSync(STAMP)) {
  try {
    const stamp = JSON.parse(fs.readFileSync(STAMP, 'utf8'));
    if (Object.keys(wanted).every((k) => stamp[k] === wanted[k])) {
      log(`better-sqlite3 ${bsqlPkg.version} voor Electron ${electronVersion} is up-to-date.`);
      process.exit(0);
    }
  } catch {
    // rebuild
  }
}

// 3. Copy without the Node build -----------------------------------------------------------------------
log(`better-sqlite3 ${bsqlPkg.version} bouwen voor Electron ${electronVersion} (${process.platform}-${process.arch}) in .electron-native/ …`);
fs.rmSync(TARGET, { recursive: true, force: true });
fs.mkdirSync(OUT_DIR, { recursive: true });
fs.cpSync(SOURCE, TARGET, {
  recursive: true,
  filter: (src) => {
    const rel = path.relative(SOURCE, src);
    return !(rel === 'build' || rel.startsWith(`build${path.sep}`) || rel === 'node_modules' || rel.startsWith(`node_modules${path.sep}`));
  },
});

// 4. Prebuilt binary, else compile -----------------------------------------------------------------------
const common = { cwd: TARGET, stdio: 'inherit', timeout: 900_000 };
let built = false;
let prebuildBin = null;
try {
  prebuildBin = require.resolve('prebuild-install/bin.js', { paths: [SOURCE, ROOT] });
} catch {
  prebuildBin = null;
}
if (prebuildBin) {
  const r = spawnSync(
    process.execPath,
    [prebuildBin, '--runtime', 'electron', '--target', electronVersion, '--arch', process.arch, '--platform', process.platform, '--verbose'],
    { ...common, env: buildEnv({}) },
  );
  built = r.status === 0 && fs.existsSync(BINDING);
  if (!built) log('Geen kant-en-klare binary gevonden; compileren met node-gyp …');
}
if (!built) {
  const npmNodeGyp = path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  const gypArgs = [
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${electronVersion}`,
    `--arch=${process.arch}`,
    '--dist-url=https://electronjs.org/headers',
  ];
  const r = fs.existsSync(npmNodeGyp)
    ? spawnSync(process.execPath, [npmNodeGyp, ...gypArgs], { ...common, env: buildEnv({}) })
    : spawnSync('npx', ['--yes', 'node-gyp', ...gypArgs], { ...common, env: buildEnv({}), shell: process.platform === 'win32' });
  built = r.status === 0 && fs.existsSync(BINDING);
}
if (!built) {
  fail(
    'De databankmodule better-sqlite3 kon niet voor Electron gebouwd worden (zie de meldingen hierboven).',
    'Nodig: internettoegang (GitHub-release van better-sqlite3 of de Electron-headers) en, om te compileren, Python en een C++-compiler.',
  );
}

// 5. Check with Electron itself -----------------------------------------------------------------------------
const probe = `const D=require(${JSON.stringify(TARGET)});const db=new D(':memory:',{nativeBinding:${JSON.stringify(BINDING)}});` +
  `if(db.prepare('select 1 as x').get().x!==1)process.exit(3);db.close();`;
const check = spawnSync(electronPath, ['-e', probe], {
  env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  encoding: 'utf8',
  timeout: 60_000,
});
if (check.status !== 0) {
  fail(
    `De gebouwde module laadt niet in Electron ${electronVersion}: ${(check.stderr || check.error?.message || '').trim().split('\n')[0]}`,
    'Probeer opnieuw met: node scripts/electron-native.cjs --force',
  );
}
fs.writeFileSync(STAMP, `${JSON.stringify({ ...wanted, gebouwd: new Date().toISOString() }, null, 2)}\n`);
log(`Klaar: ${path.relative(ROOT, BINDING)}`);
