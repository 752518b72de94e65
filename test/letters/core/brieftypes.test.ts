/**
 * Every letter type the core issues has a Dutch name in the renderer (renderer/src/components/labels.ts): the letters
 * list showed "Voorschotnota ama se" and "Gegrondheidsbeslissing swv", made from the type's code.
 */
import { describe, expect, it } from 'vitest';
import { BRIEFTYPE_LABELS, briefTypeLabel } from '../../../renderer/src/components/labels';
import { literalenInBron } from '../../helpers/bron';

describe('letter types: named in Dutch', () => {
  it('every letter type of the core has a name', () => {
    // `briefType: '…'` literals and the `…_TYPE = '…'` / `…BRIEFTYPE = '…'` constants.
    const typen = new Set(literalenInBron('electron/core', /briefType: '([a-z-]+)'|_(?:BRIEF)?TYPE = '([a-z-]+)'/g));
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
