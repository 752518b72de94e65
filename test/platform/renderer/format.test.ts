/**
 * How the screens read a typed date (date fields, the grids' date filters): the Belgian order, whatever the browser's
 * language, and nothing that is no date. Expected values written by hand.
 */
import { describe, expect, it } from 'vitest';
import { leesDatum } from '../../../renderer/src/components/format';

describe('leesDatum', () => {
  it('reads dd/mm/jjjj, d/m/jjjj, with - or ., and JJJJ-MM-DD', () => {
    expect(leesDatum('04/12/2026')).toBe('2026-12-04');
    expect(leesDatum('4/12/2026')).toBe('2026-12-04');
    expect(leesDatum(' 4-12-2026 ')).toBe('2026-12-04');
    expect(leesDatum('4.12.2026')).toBe('2026-12-04');
    expect(leesDatum('2026-12-04')).toBe('2026-12-04');
  });

  it('reads eight digits as ddmmjjjj (typed on the number pad)', () => {
    expect(leesDatum('04122026')).toBe('2026-12-04');
    expect(leesDatum('29022024')).toBe('2024-02-29');
    // Not a date in the Belgian order: refused, not read the other way round (20261204 would be 2026-12-04 as JJJJMMDD).
    expect(leesDatum('20261204')).toBeNull();
    expect(leesDatum('29022026')).toBeNull();
  });

  it('gives null for what is no date (yet)', () => {
    for (const t of ['', '0412', '041226', '0412202', '31/02/2026', '04/12/26', '12/2026', 'morgen']) expect(leesDatum(t), t).toBeNull();
  });
});
