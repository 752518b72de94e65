/**
 * Kenmerken of stored documents: one numbering rule for every series (letters per department and year, print
 * bundles, yearly reports): the next number after the last stored one, with the series' width, never out of order.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kenmerkNa, volgendInReeks, volgendKenmerk } from '../../../electron/core/letters/kenmerk';
import { createTestApp, type TestApp } from '../../helpers/app';

describe('kenmerkNa', () => {
  it('telt op met evenveel cijfers', () => {
    expect(kenmerkNa('ZORG/2026/000123')).toBe('ZORG/2026/000124');
    expect(kenmerkNa('ZORG/2026/000999')).toBe('ZORG/2026/001000');
    expect(kenmerkNa('JAARVERSLAG/2025/009')).toBe('JAARVERSLAG/2025/010');
  });
  it('weigert een reeks die vol is, in plaats van een langer nummer dat verkeerd sorteert', () => {
    expect(() => kenmerkNa('ZORG/2026/999999')).toThrow(/Geen volgnummer meer beschikbaar voor ZORG\/2026\//);
    expect(() => kenmerkNa('JAARVERSLAG/2025/999')).toThrow(/JAARVERSLAG\/2025\//);
  });
});

describe('volgendInReeks', () => {
  let app: TestApp;
  beforeEach(() => (app = createTestApp()));
  afterEach(() => app.close());

  const bewaar = (kenmerk: string) =>
    app.ctx.sqlite
      .prepare(
        `INSERT INTO document (kenmerk, brief_type, template_versie, departement, onderwerp, bestandsnaam, sha256, grootte, inhoud, gegevens, aangemaakt_op)
         VALUES (?, 'test', 1, 'ZORG', 'Test', 'test.pdf', 'x', 1, x'00', '{}', '2026-12-03T09:00:00.000Z')`,
      )
      .run(kenmerk);

  it('begint een lege reeks bij 1 met de breedte van de reeks', () => {
    expect(volgendInReeks(app.ctx.sqlite, 'BUNDEL/ZORG/2026/')).toBe('BUNDEL/ZORG/2026/000001');
    expect(volgendInReeks(app.ctx.sqlite, 'JAARVERSLAG/2025/', 3)).toBe('JAARVERSLAG/2025/001');
  });

  it('neemt het nummer na het laatste van de eigen reeks, niet van een andere reeks of een ander jaar', () => {
    bewaar('ZORG/2026/000007');
    bewaar('ZORG/2026/000012');
    bewaar('ZORG/2027/000100');
    bewaar('BUNDEL/ZORG/2026/000003');
    bewaar('JAARVERSLAG/2025/002');
    expect(volgendKenmerk(app.ctx.sqlite, 'ZORG', 2026)).toBe('ZORG/2026/000013');
    expect(volgendInReeks(app.ctx.sqlite, 'BUNDEL/ZORG/2026/')).toBe('BUNDEL/ZORG/2026/000004');
    expect(volgendInReeks(app.ctx.sqlite, 'JAARVERSLAG/2025/', 3)).toBe('JAARVERSLAG/2025/003');
    expect(volgendInReeks(app.ctx.sqlite, 'JAARVERSLAG/2026/', 3)).toBe('JAARVERSLAG/2026/001');
  });
});
