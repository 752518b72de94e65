/** Names compared as a person reads them (the organisation form's place check, the mandate import's regions and names). */
import { describe, expect, it } from 'vitest';
import { naamSleutel, zonderAccenten } from '../../shared/kernel/naam';

describe('naamSleutel', () => {
  it('negeert accenten, hoofdletters, leestekens en dubbele spaties', () => {
    expect(naamSleutel('Sint-Niklaas')).toBe('sint niklaas');
    expect(naamSleutel('  Werk- en zorgregio   Gent ')).toBe('werk en zorgregio gent');
    expect(naamSleutel('Liège')).toBe(naamSleutel('LIEGE'));
    expect(naamSleutel("'s-Gravenwezel")).toBe('s gravenwezel');
  });
  it('houdt verschillende namen verschillend', () => {
    expect(naamSleutel('Gent')).not.toBe(naamSleutel('Genk'));
    expect(naamSleutel('SWV Zorg 1')).not.toBe(naamSleutel('SWV Zorg 11'));
  });
});

describe('zonderAccenten', () => {
  it('laat de rest van de tekst staan', () => {
    expect(zonderAccenten('Comité Één, Zoë')).toBe('Comite Een, Zoe');
  });
});
