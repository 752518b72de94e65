/**
 * Every letter type the core issues has a Dutch name in the renderer (renderer/src/components/labels.ts): the letters
 * list showed "Voorschotnota ama se" and "Gegrondheidsbeslissing swv", made from the type's code.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BRIEFTYPE_LABELS, briefTypeLabel } from '../../../renderer/src/components/labels';

/** The letter types in the core's sources: `briefType: '…'` literals and the `…_TYPE = '…'` / `…BRIEFTYPE = '…'` constants. */
function brieftypen(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return brieftypen(p);
    if (!p.endsWith('.ts')) return [];
    const bron = fs.readFileSync(p, 'utf8');
    return [...bron.matchAll(/briefType: '([a-z-]+)'|_(?:BRIEF)?TYPE = '([a-z-]+)'/g)].map((m) => m[1] ?? m[2]);
  });
}

describe('letter types: named in Dutch', () => {
  it('every letter type of the core has a name', () => {
    const typen = new Set(brieftypen(path.join(process.cwd(), 'electron/core')));
    // The scan finds both forms (a literal, a constant), so an empty set cannot pass.
    expect([...typen]).toEqual(expect.arrayContaining(['ontvangstmelding', 'beslissing-opheffing', 'voorschotnota-ama-se', 'verzoek-aanvullende-informatie', 'gegrondheidsbeslissing-swv']));
    expect([...typen].filter((t) => !(t in BRIEFTYPE_LABELS))).toEqual([]);
  });

  it('names read as Dutch: AMA SE in capitals, no code with hyphens', () => {
    expect(briefTypeLabel('voorschotnota-ama-se')).toBe('Voorschotnota AMA SE');
    expect(briefTypeLabel('gegrondheidsbeslissing-swv')).toBe('Beslissing: aanvraag mandaat voldoet');
    for (const naam of Object.values(BRIEFTYPE_LABELS)) expect(naam).not.toMatch(/-|\b(swv|se|ama)\b/);
    expect(briefTypeLabel('iets-nieuws')).toBe('Iets nieuws');
  });
});
