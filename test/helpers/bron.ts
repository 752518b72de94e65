import fs from 'node:fs';
import path from 'node:path';

/**
 * The values a pattern captures in the TypeScript sources under `dir` (relative to the project root): tests that check
 * every letter type, audited entity or dossier kind the core names has its Dutch name on the screens. The first
 * capturing group that matched is the value.
 */
export function literalenInBron(dir: string, patroon: RegExp): string[] {
  const map = path.isAbsolute(dir) ? dir : path.join(process.cwd(), dir);
  return fs.readdirSync(map, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(map, e.name);
    if (e.isDirectory()) return literalenInBron(p, patroon);
    if (!p.endsWith('.ts')) return [];
    return [...fs.readFileSync(p, 'utf8').matchAll(patroon)].map((m) => m.slice(1).find((g) => g !== undefined)!);
  });
}
