import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every .ts/.tsx file under a folder. */
function files(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : files(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

function imports(file: string): string[] {
  const src = fs.readFileSync(file, 'utf8');
  return [...src.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
}

// The layering of docs/architecture.md, checked on every test run (instead of a lint rule).
describe('architecture boundaries', () => {
  it('nothing below the router (core, host, shared, db) imports electron', () => {
    const offenders = ['electron/core', 'electron/host', 'shared', 'db']
      .flatMap(files)
      .filter((f) => imports(f).some((i) => i === 'electron' || i.startsWith('electron/')));
    expect(offenders).toEqual([]);
  });

  it('the renderer imports no Node, database or main-process code (only shared/)', () => {
    const offenders = files('renderer/src').filter((f) =>
      imports(f).some((i) => /^(node:|fs$|path$|better-sqlite3|drizzle-orm|electron$)/.test(i) || /\/(electron|db)\//.test(i)),
    );
    expect(offenders).toEqual([]);
  });

  it('shared/ is pure: no I/O modules, no database', () => {
    const offenders = files('shared').filter((f) =>
      imports(f).some((i) => /^(node:|fs$|path$|child_process|better-sqlite3|drizzle-orm)/.test(i) || /\/(electron|db)\//.test(i)),
    );
    expect(offenders).toEqual([]);
  });
});
