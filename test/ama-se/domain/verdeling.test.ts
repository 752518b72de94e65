/** The default allocation proposal of a call (BVR art. 60–63; [assumed] default, adjustable by the officer). Hand-computed. */
import { describe, expect, it } from 'vitest';
import { verdeel, type VerdelingAanvraag } from '../../../shared/ama-se/verdeling';

const a = (id: number, gevraagd: number, prioriteit: number | null = null, ontvangenOp = '2026-01-10', mag = true): VerdelingAanvraag => ({ id, gevraagd, prioriteit, ontvangenOp, mag });

describe('allocation proposal of a call', () => {
  it('enough places: everybody gets what they asked', () => {
    expect([...verdeel(30, [a(1, 10), a(2, 15)])]).toEqual([[1, 10], [2, 15]]);
  });
  it('too few: in proportion, whole places by largest remainder (20 places for 10 + 20 + 5 asked → 5.71, 11.43, 2.86 → 6, 11, 3)', () => {
    expect(Object.fromEntries(verdeel(20, [a(1, 10), a(2, 20), a(3, 5)]))).toEqual({ 1: 6, 2: 11, 3: 3 });
  });
  it('higher priority first: priority 80 gets its 12, the rest (8) is shared by the priority-50 group (6 and 6 asked → 4 and 4)', () => {
    expect(Object.fromEntries(verdeel(20, [a(1, 12, 80), a(2, 6, 50), a(3, 6, 50), a(4, 3, 10)]))).toEqual({ 1: 12, 2: 4, 3: 4, 4: 0 });
  });
  it('an equal remainder goes to the earlier application (3 places for 2 × 2 asked → 2 to the first received, 1 to the other)', () => {
    expect(Object.fromEntries(verdeel(3, [a(1, 2, null, '2026-01-12'), a(2, 2, null, '2026-01-11')]))).toEqual({ 1: 1, 2: 2 });
  });
  it('an application that may not receive aid gets nothing (art. 67)', () => {
    expect(Object.fromEntries(verdeel(10, [a(1, 5, null, '2026-01-10', false), a(2, 4)]))).toEqual({ 1: 0, 2: 4 });
  });
});
