/**
 * Belgian enterprise number (ondernemingsnummer, KBO): 10 digits, first digit 0 or 1, the last two
 * digits equal 97 − (first eight mod 97). Accepted with or without dots and spaces (and a leading
 * "BE"), stored and shown as `0xxx.xxx.xxx`.
 */
export type KboCheck = { ok: true; kbo: string } | { ok: false; melding: string };

export function checkKbo(input: string): KboCheck {
  const compact = input.replace(/^\s*BE/i, '').replace(/[.\s]/g, '');
  if (!/^\d+$/.test(compact)) {
    return { ok: false, melding: 'Een ondernemingsnummer bevat enkel cijfers (punten en spaties mogen).' };
  }
  const digits = compact.length === 9 ? `0${compact}` : compact; // old 9-digit numbers get a leading 0
  if (digits.length !== 10) return { ok: false, melding: 'Een ondernemingsnummer telt 10 cijfers.' };
  if (digits[0] !== '0' && digits[0] !== '1') {
    return { ok: false, melding: 'Een ondernemingsnummer begint met 0 of 1.' };
  }
  const base = Number(digits.slice(0, 8));
  const check = Number(digits.slice(8));
  if (97 - (base % 97) !== check) {
    return { ok: false, melding: 'Dit ondernemingsnummer klopt niet: het controlegetal (laatste twee cijfers) is fout.' };
  }
  return { ok: true, kbo: formatKbo(digits) };
}

export function formatKbo(digits10: string): string {
  return `${digits10.slice(0, 4)}.${digits10.slice(4, 7)}.${digits10.slice(7)}`;
}

/** Build a valid number from an 8-digit base (demo data, tests). */
export function kboFromBase(base8: number): string {
  const b = String(base8).padStart(8, '0');
  const check = String(97 - (base8 % 97)).padStart(2, '0');
  return formatKbo(b + check);
}
