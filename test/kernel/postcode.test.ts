import { describe, expect, it } from 'vitest';
import { provincieVanPostcode } from '../../shared/kernel/postcode';

describe('province of a Belgian postcode (bpost ranges)', () => {
  it('maps the Flemish provinces and Brussels, and gives null for Wallonia or nonsense', () => {
    const gevallen: [string, string | null][] = [
      ['1000', 'BRU'], ['1080', 'BRU'], ['1210', 'BRU'], ['1299', 'BRU'],
      ['1300', null], ['1348', null], ['1499', null],
      ['1500', 'VBR'], ['1800', 'VBR'], ['3000', 'VBR'], ['3499', 'VBR'],
      ['2000', 'ANT'], ['2800', 'ANT'], ['3500', 'LIM'], ['3790', 'LIM'],
      ['4000', null], ['5000', null], ['6700', null], ['7500', null],
      ['8000', 'WVL'], ['8500', 'WVL'], ['9000', 'OVL'], ['9999', 'OVL'],
      ['0999', null], ['12345', null], ['abcd', null],
    ];
    for (const [pc, prov] of gevallen) expect(provincieVanPostcode(pc), pc).toBe(prov);
  });
});
