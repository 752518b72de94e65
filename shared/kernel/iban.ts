/**
 * IBAN (ISO 13616): country code, two check digits, BBAN; valid when the rearranged number mod 97
 * equals 1. Belgian IBANs have 16 characters. Stored compact upper case, shown in groups of four.
 */
export type IbanCheck = { ok: true; iban: string } | { ok: false; melding: string };

const LENGTH_BY_COUNTRY: Record<string, number> = {
  BE: 16, NL: 18, LU: 20, FR: 27, DE: 22, ES: 24, IT: 27, AT: 20, IE: 22, PT: 25, GB: 22,
};

export function checkIban(input: string): IbanCheck {
  const iban = input.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/.test(iban)) {
    return { ok: false, melding: 'Een IBAN begint met een landcode en twee controlecijfers, bv. BE68 5390 0754 7034.' };
  }
  const expected = LENGTH_BY_COUNTRY[iban.slice(0, 2)];
  if (expected !== undefined && iban.length !== expected) {
    return { ok: false, melding: `Een IBAN uit ${iban.slice(0, 2)} telt ${expected} tekens.` };
  }
  if (mod97(iban.slice(4) + iban.slice(0, 4)) !== 1) {
    return { ok: false, melding: 'Dit IBAN klopt niet: de controlecijfers zijn fout.' };
  }
  return { ok: true, iban };
}

export function formatIban(iban: string): string {
  return iban.replace(/(.{4})/g, '$1 ').trim();
}

/** Mod 97 over the digit string where letters count as 10..35, computed piecewise (no BigInt needed). */
function mod97(s: string): number {
  let rest = 0;
  for (const ch of s) {
    const v = ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest;
}

/** Build a valid Belgian IBAN from a 12-digit BBAN whose last two digits are the national check (demo data). */
export function belgianIbanFromAccount(first10: number): string {
  const acc10 = String(first10).padStart(10, '0');
  const nat = String(Number(acc10) % 97 || 97).padStart(2, '0');
  const bban = acc10 + nat;
  const check = String(98 - mod97(bban + 'BE00')).padStart(2, '0');
  return `BE${check}${bban}`;
}
