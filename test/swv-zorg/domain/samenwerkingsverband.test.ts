/** Composition and werkingsgebied of a samenwerkingsverband Zorg (BVR art. 7; RULES.md: ≥ 1 per category, maximum a setting). */
import { describe, expect, it } from 'vitest';
import { controleerSamenstelling, controleerWerkingsgebied, isAaneengesloten } from '../../../shared/swv-zorg/samenwerkingsverband';
import reference from '../../../db/seed/reference-data.json';

const aangrenzend = reference.adjacency as [string, string][];

describe('composition (art. 7)', () => {
  it('at least one partner of each of the three categories; several per category allowed', () => {
    expect(controleerSamenstelling([{ naam: 'CAW', categorie: 1 }, { naam: 'VAPH', categorie: 2 }, { naam: 'CGG', categorie: 3 }, { naam: 'PZ', categorie: 3 }], null)).toEqual([]);
    expect(controleerSamenstelling([{ naam: 'CAW', categorie: 1 }, { naam: 'CGG', categorie: 3 }], null)).toEqual([expect.stringMatching(/geen partner van categorie 2.*VAPH/)]);
  });
  it('an organisation of another type cannot be a partner; the maximum per category is a setting', () => {
    const f = controleerSamenstelling([{ naam: 'Maatwerkbedrijf X', categorie: null }, { naam: 'CAW', categorie: 1 }, { naam: 'VAPH', categorie: 2 }, { naam: 'CGG', categorie: 3 }, { naam: 'PZ', categorie: 3 }], 1);
    expect(f).toEqual([expect.stringMatching(/Maatwerkbedrijf X is geen welzijns- of zorgvoorziening/), expect.stringMatching(/Categorie 3 telt 2 partners; het maximum is 1/)]);
  });
});

describe('werkingsgebied: one region or adjacent regions (art. 7)', () => {
  it('adjacent regions and a chain of adjacent regions are one whole', () => {
    expect(isAaneengesloten(['KEMPEN'], aangrenzend)).toBe(true);
    expect(isAaneengesloten(['ANTWERPEN', 'KEMPEN'], aangrenzend)).toBe(true);
    expect(isAaneengesloten(['OOST_LIMBURG', 'ZUIDWEST_LIMBURG'], aangrenzend)).toBe(true);
    // Waasland – Gent – Vlaamse Ardennen: Waasland and Vlaamse Ardennen do not touch, Gent links them.
    expect(isAaneengesloten(['WAASLAND', 'GENT', 'VLAAMSE_ARDENNEN'], aangrenzend)).toBe(true);
  });
  it('regions that do not touch are refused with a Dutch message', () => {
    expect(isAaneengesloten(['GENT', 'KEMPEN'], aangrenzend)).toBe(false);
    expect(controleerWerkingsgebied(['GENT', 'KEMPEN'], aangrenzend)).toMatch(/niet aaneengesloten.*art\. 7/);
    expect(controleerWerkingsgebied([], aangrenzend)).toMatch(/minstens één/);
  });
});
