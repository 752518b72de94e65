#!/usr/bin/env node
// Electron's own postinstall is denied in package.json ("allowScripts") because it downloads the
// Electron binary and, where that download is impossible (CI and build machines without internet),
// fails the whole `npm ci`. We run it here instead and only warn when it fails: the core, the tests
// and the browser mode do not need the binary; `npm start` does (see README.md).
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const fs = require('node:fs');

let installScript;
try {
  installScript = require.resolve('electron/install.js');
} catch {
  process.exit(0); // production install without devDependencies
}
if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) process.exit(0);
const r = spawnSync(process.execPath, [installScript], {
  cwd: path.dirname(installScript),
  stdio: ['ignore', 'pipe', 'pipe'],
  timeout: 180_000,
  encoding: 'utf8',
});
if (r.status !== 0) {
  const why = (r.stderr || r.error?.message || '').split('\n').find((l) => l.trim()) ?? 'onbekend';
  console.warn(`[postinstall] Electron-binary niet gedownload (${why.trim()}).`);
  console.warn('[postinstall] Tests en browsermodus werken; voor `npm start` is internet nodig: `node node_modules/electron/install.js`.');
} else if (fs.existsSync(path.join(path.dirname(installScript), 'dist'))) {
  console.log('[postinstall] Electron-binary aanwezig.');
}
