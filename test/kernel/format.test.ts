import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDatum, formatDatumLang, formatEuro, formatPercentage, formatTijdstip, parseEuro } from '../../shared/kernel/format';

describe('nl-BE formats', () => {
  it('dates as 22/11/2026 and 22 november 2026', () => {
    expect(formatDatum('2026-11-22')).toBe('22/11/2026');
    expect(formatDatumLang('2027-01-04')).toBe('4 januari 2027');
  });
  it('timestamps in Brussels time as 22/11/2026 10:00 (winter UTC+1, summer UTC+2); a non-timestamp as given', () => {
    expect(formatTijdstip('2026-11-22T09:00:00Z')).toBe('22/11/2026 10:00');
    expect(formatTijdstip('2026-07-01T08:05:00Z')).toBe('01/07/2026 10:05');
    expect(formatTijdstip('2026-12-31T23:30:00Z')).toBe('01/01/2027 00:30');
    expect(formatTijdstip('geen tijdstip')).toBe('geen tijdstip');
  });
  it('money from integer cents as € 1.061,20 (art. 50 amount)', () => {
    expect(formatEuro(106120)).toBe('€ 1.061,20');
    expect(formatEuro(5)).toBe('€ 0,05');
    expect(formatEuro(-120000)).toBe('-€ 1.200,00');
    expect(formatEuro(630920852)).toBe('€ 6.309.208,52');
    expect(() => formatEuro(10.5)).toThrow();
  });
  it('percentages from basis points', () => {
    expect(formatPercentage(8000)).toBe('80 %');
    expect(formatPercentage(6250)).toBe('62,5 %');
  });
  it('parses euro text back to cents', () => {
    expect(parseEuro('1.061,20')).toBe(106120);
    expect(parseEuro('€ 1061,2')).toBe(106120);
    expect(parseEuro('883.27')).toBe(88327);
    expect(parseEuro('abc')).toBeNull();
  });
  it('property: parseEuro(formatEuro(c)) = c', () => {
    fc.assert(fc.property(fc.integer({ min: -1e11, max: 1e11 }), (c) => {
      expect(parseEuro(formatEuro(c))).toBe(c);
    }));
  });
});
