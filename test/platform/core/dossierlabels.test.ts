/**
 * Every kind of dossier the core names — the rights of its procedures, the dossiers of its decisions and the rows of
 * its deadline inbox — has a Dutch name in the renderer (renderer/src/components/dossier/labels.ts), so that no screen
 * shows a table's name ("se_bewijs 65") where an officer expects "Bewijsstukken"; and every dossier link leads to a
 * screen of the app.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchPath } from 'react-router';
import { createTestApp } from '../../helpers/app';
import { literalenInBron } from '../../helpers/bron';
import { registries } from '../../../electron/core/module';
import { DOSSIER_SOORTEN, dossierKort, dossierLabel, dossierLink } from '../../../renderer/src/components/dossier/labels';

describe('dossier kinds: named in Dutch on every screen', () => {
  it('every right, decision dossier and deadline row of the core has a name and a short name', () => {
    const t = createTestApp();
    try {
      const r = registries(t.ctx);
      const soorten = new Set([...r.rechten.keys(), ...r.beslissingenPerDossier.keys(), ...literalenInBron('electron/core', /dossierEntiteit: '([a-z_]+)'/g)]);
      // The scan finds what it should (a kind of each source), so an empty set cannot pass.
      expect([...soorten]).toEqual(expect.arrayContaining(['erkenning', 'se_contingent', 'subsidie_betaling', 'swv_aanvraag', 'se_aanvraag', 'se_bewijs', 'se_afrekening']));
      expect([...soorten].filter((s) => !DOSSIER_SOORTEN.includes(s))).toEqual([]);
    } finally {
      t.close();
    }
  });

  it('every dossier link leads to a screen of the app (a route of renderer/src/app/routes.tsx)', () => {
    const bron = fs.readFileSync(path.join(process.cwd(), 'renderer/src/app/routes.tsx'), 'utf8');
    const paden = [...bron.matchAll(/<Route path="([^"]+)"/g)].map((m) => m[1]).filter((p) => p !== '*');
    expect(paden.length).toBeGreaterThan(20);
    const links = DOSSIER_SOORTEN.map((s) => [s, dossierLink(s, 7)] as const).filter((x): x is readonly [string, string] => x[1] !== null);
    expect(links.map(([s]) => s)).toEqual(expect.arrayContaining(['erkenning', 'mandaat', 'se_contingent', 'procedure']));
    for (const [soort, link] of links) {
      const pad = link.split('?')[0];
      expect(paden.some((p) => matchPath(p, pad)), `${soort}: ${link}`).toBe(true);
    }
  });

  it('short names carry the number where it is the dossier\'s own; an unknown kind is a "Dossier", never the table name', () => {
    expect(dossierKort('se_afrekening', 2025)).toBe('Jaarafrekening 2025');
    expect(dossierKort('se_bewijs', 65)).toBe('Bewijsstukken');
    expect(dossierKort('aanvraag', 12)).toBe('Aanvraag 12');
    expect(dossierKort('iets_nieuws', 3)).toBe('Dossier 3');
    expect(dossierLabel('iets_nieuws')).toBe('Dossier');
    expect(dossierLink('se_bewijs', 65)).toBe('/contingenten/deelnames?organisatieId=65');
  });
});
