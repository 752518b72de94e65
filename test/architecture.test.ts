/**
 * The layering of docs/architecture.md, checked on every test run (instead of a lint rule):
 *
 *   shared/kernel  <  shared/{api,platform,letters,engines}  <  shared/<module>
 *   electron/core/platform  <  letters  <  engines  <  modules/<module>  <  app.ts (the composition)
 *
 * A layer imports only layers below it; a module reaches another module only through that module's
 * public entry (`modules/<naam>/index.ts`); `module.ts` (the composition contract) may be used by all.
 * Runtime import cycles are refused everywhere (type-only imports vanish at compile time and are allowed
 * to point up: an engine's registry type names the kinds modules contribute).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const MODULES = ['organisatie', 'ama-wvg', 'swv-zorg', 'ama-se', 'rapport'];

/** Every .ts/.tsx file under a folder, relative to the root with forward slashes. */
function files(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  if (!fs.existsSync(abs)) return [];
  return fs.readdirSync(abs, { withFileTypes: true }).flatMap((e) => {
    const p = `${dir}/${e.name}`;
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : files(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

interface Import {
  spec: string;
  /** Resolved file (relative to the root) for relative imports, else null. */
  target: string | null;
  typeOnly: boolean;
}

const cache = new Map<string, Import[]>();
function importsOf(file: string): Import[] {
  const hit = cache.get(file);
  if (hit) return hit;
  const src = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const out: Import[] = [];
  const re = /(?:^|\n)\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const m of src.matchAll(re)) {
    const spec = m[4] ?? m[5] ?? m[6];
    const clause = m[3] ?? '';
    const named = clause.match(/^\{([^}]*)\}$/);
    const allTypes = !!named && named[1].split(',').map((x) => x.trim()).filter(Boolean).every((x) => x.startsWith('type '));
    const typeOnly = !!m[2] || (allTypes && m[1] === 'import');
    out.push({ spec, target: spec.startsWith('.') ? resolve(file, spec) : null, typeOnly });
  }
  cache.set(file, out);
  return out;
}

function resolve(from: string, spec: string): string | null {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  for (const c of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (fs.existsSync(path.join(ROOT, c)) && fs.statSync(path.join(ROOT, c)).isFile()) return c;
  }
  return null;
}

/** Offending `file → import` pairs of the files under `dirs` whose runtime-or-type import breaks `ok`. */
function violations(dirs: string[], ok: (file: string, target: string) => boolean, opts: { types?: boolean } = {}): string[] {
  return dirs
    .flatMap(files)
    .flatMap((f) => importsOf(f).filter((i) => i.target && (opts.types || !i.typeOnly) && !ok(f, i.target)).map((i) => `${f} → ${i.target}`));
}

const under = (f: string, dir: string) => f === dir || f.startsWith(`${dir}/`);
const moduleOf = (f: string, root: string) => {
  const rest = f.slice(root.length + 1);
  const naam = rest.split('/')[0];
  return MODULES.includes(naam) ? naam : null;
};

describe('architecture boundaries', () => {
  it('nothing below the router (core, host, shared, db) imports electron', () => {
    const offenders = ['electron/core', 'electron/host', 'shared', 'db']
      .flatMap(files)
      .filter((f) => importsOf(f).some((i) => i.spec === 'electron' || i.spec.startsWith('electron/')));
    expect(offenders).toEqual([]);
  });

  it('the renderer imports no Node, database or main-process code (only shared/)', () => {
    const offenders = files('renderer/src').filter((f) =>
      importsOf(f).some((i) => /^(node:|fs$|path$|better-sqlite3|drizzle-orm|electron$)/.test(i.spec) || /\/(electron|db)\//.test(i.spec)),
    );
    expect(offenders).toEqual([]);
  });

  it('shared/ is pure: no I/O modules, no database', () => {
    const offenders = files('shared').filter((f) =>
      importsOf(f).some((i) => /^(node:|fs$|path$|child_process|better-sqlite3|drizzle-orm)/.test(i.spec) || /\/(electron|db)\//.test(i.spec)),
    );
    expect(offenders).toEqual([]);
  });

  it('shared/kernel imports only itself; shared/{api,platform,letters,engines} import no module', () => {
    expect(violations(['shared/kernel'], (_f, t) => under(t, 'shared/kernel'), { types: true })).toEqual([]);
    const zonderModules = (f: string, t: string) => (f === 'shared/api/contract.ts' ? true : moduleOf(t, 'shared') === null);
    expect(violations(['shared/api', 'shared/platform', 'shared/letters', 'shared/engines'], zonderModules, { types: true })).toEqual([]);
  });

  it('a shared module imports no other module', () => {
    const ok = (f: string, t: string) => {
      const van = moduleOf(f, 'shared');
      const naar = moduleOf(t, 'shared');
      return naar === null || naar === van;
    };
    expect(violations(MODULES.map((m) => `shared/${m}`), ok, { types: true })).toEqual([]);
  });

  it('the platform imports no letters, engines or modules; letters import no engine or module; engines import no module', () => {
    const core = 'electron/core';
    const isModule = (t: string) => under(t, `${core}/modules`);
    const isEngine = (t: string) => under(t, `${core}/engines`);
    const isLetters = (t: string) => under(t, `${core}/letters`);
    const isApp = (t: string) => t === `${core}/app.ts`;
    expect(violations([`${core}/platform`], (_f, t) => !isModule(t) && !isEngine(t) && !isLetters(t) && !isApp(t), { types: true })).toEqual([]);
    expect(violations([`${core}/letters`], (_f, t) => !isModule(t) && !isEngine(t) && !isApp(t), { types: true })).toEqual([]);
    expect(violations([`${core}/engines`], (_f, t) => !isModule(t) && !isApp(t), { types: true })).toEqual([]);
  });

  it('modules reach each other only through their public entry (modules/<naam>/index.ts); only app.ts composes them', () => {
    const root = 'electron/core/modules';
    const ok = (f: string, t: string) => {
      const naar = moduleOf(t, root);
      if (!under(t, root) || naar === moduleOf(f, root)) return true;
      return t === `${root}/${naar}/index.ts`;
    };
    expect(violations([root], ok, { types: true })).toEqual([]);
    const composers = files('electron/core')
      .filter((f) => !under(f, root))
      .filter((f) => importsOf(f).some((i) => i.target && under(i.target, root)));
    expect(composers).toEqual(['electron/core/app.ts']);
  });

  it('no runtime import cycles in the core, shared and db', () => {
    const nodes = ['electron', 'shared', 'db'].flatMap(files);
    const edges = new Map(nodes.map((f) => [f, importsOf(f).filter((i) => i.target && !i.typeOnly).map((i) => i.target!)]));
    // Tarjan's strongly connected components.
    let index = 0;
    const idx = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const cycles: string[][] = [];
    const visit = (v: string) => {
      idx.set(v, index);
      low.set(v, index++);
      stack.push(v);
      onStack.add(v);
      for (const w of edges.get(v) ?? []) {
        if (!idx.has(w)) {
          visit(w);
          low.set(v, Math.min(low.get(v)!, low.get(w)!));
        } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
      }
      if (low.get(v) === idx.get(v)) {
        const scc: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          scc.push(w);
        } while (w !== v);
        if (scc.length > 1) cycles.push(scc.sort());
      }
    };
    for (const v of nodes) if (!idx.has(v)) visit(v);
    expect(cycles).toEqual([]);
  });

  it('every module has its place in shared, the core, the schema, the renderer and the tests', () => {
    for (const m of MODULES) {
      expect(fs.existsSync(path.join(ROOT, `electron/core/modules/${m}/index.ts`)), `electron/core/modules/${m}/index.ts`).toBe(true);
      expect(fs.existsSync(path.join(ROOT, `shared/${m}/contract.ts`)), `shared/${m}/contract.ts`).toBe(true);
    }
  });
});
