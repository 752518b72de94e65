import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkInsz, inszFor } from '../../shared/kernel/insz';

// INSZ (rijksregisternummer): mod-97 check; births from 2000 computed over "2" + nine digits (GLOSSARY; issue #3).
describe('INSZ', () => {
  it('accepts a valid pre-2000 number and derives the birth date', () => {
    expect(checkInsz('85.07.30-033.28')).toEqual({ ok: true, insz: '85.07.30-033.28', geboortedatum: '1985-07-30', geslacht: 'M' });
  });
  it('accepts a 2000+ number only with the "2" prefix rule and dates it in the 2000s', () => {
    const nr = inszFor('2004-02-29', 124);
    const r = checkInsz(nr);
    expect(r).toMatchObject({ ok: true, geboortedatum: '2004-02-29', geslacht: 'V' });
    // The same digits with the pre-2000 check are invalid for this person.
    const first9 = nr.replace(/\D/g, '').slice(0, 9);
    const oldCheck = String(97 - (Number(first9) % 97)).padStart(2, '0');
    const asOld = checkInsz(first9 + oldCheck);
    if (asOld.ok) expect(asOld.geboortedatum).toBe('1904-02-29');
  });
  it('refuses a wrong check, a wrong length and an impossible date', () => {
    expect(checkInsz('85.07.30-033.29').ok).toBe(false);
    expect(checkInsz('8507300332').ok).toBe(false);
    const bad = '850230033';
    expect(checkInsz(bad + String(97 - (Number(bad) % 97)).padStart(2, '0'))).toMatchObject({ ok: false, melding: expect.stringMatching(/geboortedatum/) });
  });
  it('property: generated numbers are valid and give back their birth date', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1930-01-01'), max: new Date('2025-12-31'), noInvalidDate: true }), fc.integer({ min: 1, max: 997 }), (d, seq) => {
        const iso = d.toISOString().slice(0, 10);
        expect(checkInsz(inszFor(iso, seq))).toMatchObject({ ok: true, geboortedatum: iso });
      }),
    );
  });
});
