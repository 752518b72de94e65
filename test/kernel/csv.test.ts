import { describe, expect, it } from 'vitest';
import { csvTekst, csvVeld } from '../../shared/kernel/csv';

describe('CSV for Belgian Excel', () => {
  it('quotes a field only when it holds a separator, a quote or a line break; empty for nothing', () => {
    expect(csvVeld('vzw De Brug')).toBe('vzw De Brug');
    expect(csvVeld('Gent; Brugge')).toBe('"Gent; Brugge"');
    expect(csvVeld('de "Brug"')).toBe('"de ""Brug"""');
    expect(csvVeld('lijn 1\nlijn 2')).toBe('"lijn 1\nlijn 2"');
    expect(csvVeld(null)).toBe('');
    expect(csvVeld(undefined)).toBe('');
    expect(csvVeld(1061)).toBe('1061');
  });

  it('starts with the byte order mark, separates with ; and ends every line with CRLF', () => {
    expect(csvTekst([['a', 'b'], ['1;2', null]])).toBe('\uFEFFa;b\r\n"1;2";\r\n');
  });
});
