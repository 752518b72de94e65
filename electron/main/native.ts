import fs from 'node:fs';
import path from 'node:path';

/**
 * better-sqlite3 is a native module built for one runtime. The copy in node_modules is built for Node
 * (the tests need it); Electron loads its own Electron-ABI build through better-sqlite3's
 * `nativeBinding` option:
 * - development (`npm start`): `.electron-native/better-sqlite3/build/Release/better_sqlite3.node`,
 *   made by `scripts/electron-native.cjs`;
 * - packaged app: `<resources>/native/better_sqlite3.node` (electron-builder `extraResources`).
 * Returns undefined when neither exists (then better-sqlite3's own build is used).
 */
export function resolveNativeBinding(opts: { isPackaged: boolean; appPath: string; resourcesPath: string }): string | undefined {
  const candidates = opts.isPackaged
    ? [path.join(opts.resourcesPath, 'native', 'better_sqlite3.node')]
    : [path.join(opts.appPath, '.electron-native', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node')];
  return candidates.find((file) => fs.existsSync(file));
}
