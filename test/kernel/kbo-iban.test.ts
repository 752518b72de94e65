import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkKbo, kboFromBase } from '../../shared/kernel/kbo';
import { checkIban, belgianIbanFromAccount, formatIban } from '../../shared/kernel/iban';

// KBO: ondernemingsnummer, 10 digits, first 0 or 1, last two = 97 − (first eight mod 97) (issue #2, KBO-wet).
describe('ondernemingsnummer (KBO)', () => {
  it('accepts a valid number with or without dots/spaces and formats it 0xxx.xxx.xxx', () => {
    expect(checkKbo('0417497106')).toEqual({ ok: true, kbo: '0417.497.106' });
    expect(checkKbo('0417.497.106')).toEqual({ ok: true, kbo: '0417.497.106' });
    expect(checkKbo(' 0417 497 106 ')).toEqual({ ok: true, kbo: '0417.497.106' });
    expect(checkKbo('BE 0417.497.106')).toEqual({ ok: true, kbo: '0417.497.106' });
  });
  it('refuses a wrong check number with a Dutch message', () => {
    const r = checkKbo('0417.497.107');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.melding).toMatch(/controlegetal/);
  });
  it('refuses a first digit other than 0 or 1', () => {
    // 2xxx with a correct mod-97 check is still refused
    const base = 20404290;
    const check = String(97 - (base % 97)).padStart(2, '0');
    const r = checkKbo(`${base}${check}`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.melding).toMatch(/begint met 0 of 1/);
  });
  it('refuses letters and wrong length', () => {
    expect(checkKbo('0417.497.10A').ok).toBe(false);
    expect(checkKbo('04174971').ok).toBe(false);
  });
  it('property: every generated number is valid, and changing one digit of the base makes it invalid', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 19_999_999 }), fc.integer({ min: 0, max: 7 }), fc.integer({ min: 1, max: 9 }), (base, pos, delta) => {
        const kbo = kboFromBase(base);
        expect(checkKbo(kbo).ok).toBe(true);
        const digits = kbo.replace(/\./g, '').split('');
        digits[pos] = String((Number(digits[pos]) + delta) % 10);
        const mutated = digits.join('');
        // a different base with the same check digits is only valid if both bases are equal mod 97
        const sameMod = Number(mutated.slice(0, 8)) % 97 === base % 97;
        expect(checkKbo(mutated).ok).toBe(sameMod && /^[01]/.test(mutated));
      }),
    );
  });
});

// IBAN: ISO 13616 mod-97 check (payments need a valid account, issue #2).
describe('IBAN', () => {
  it('accepts valid IBANs with spaces and lower case, stores compact upper case', () => {
    expect(checkIban('BE68 5390 0754 7034')).toEqual({ ok: true, iban: 'BE68539007547034' });
    expect(checkIban('be68539007547034')).toEqual({ ok: true, iban: 'BE68539007547034' });
    expect(checkIban('NL91ABNA0417164300')).toEqual({ ok: true, iban: 'NL91ABNA0417164300' });
  });
  it('refuses a wrong check and a wrong Belgian length', () => {
    expect(checkIban('BE69 5390 0754 7034').ok).toBe(false);
    const r = checkIban('BE68 5390 0754 703');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.melding).toMatch(/16 tekens/);
  });
  it('formats in groups of four', () => {
    expect(formatIban('BE68539007547034')).toBe('BE68 5390 0754 7034');
  });
  it('property: generated Belgian IBANs are valid', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 9_999_999_999 }), (n) => {
      expect(checkIban(belgianIbanFromAccount(n)).ok).toBe(true);
    }));
  });
});
