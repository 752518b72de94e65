/**
 * INSZ / rijksregisternummer: 11 digits YYMMDD SSS CC. The check CC = 97 − (first nine mod 97); for
 * people born from 2000 the check is computed over "2" followed by the nine digits. The birth date
 * follows from YYMMDD and which variant of the check matched; month 00 or day 00 (unknown birth date)
 * and bis-numbers (month + 20 or + 40) are accepted, the birth date is then partial or shifted.
 */
export type InszCheck =
  | { ok: true; insz: string; geboortedatum: string | null; geslacht: 'M' | 'V' }
  | { ok: false; melding: string };

export function checkInsz(input: string): InszCheck {
  const digits = input.replace(/[.\-\s]/g, '');
  if (!/^\d{11}$/.test(digits)) return { ok: false, melding: 'Een rijksregisternummer telt 11 cijfers.' };
  const first9 = digits.slice(0, 9);
  const check = Number(digits.slice(9));
  const before2000 = 97 - (Number(first9) % 97) === check;
  const from2000 = 97 - (Number(`2${first9}`) % 97) === check;
  if (!before2000 && !from2000) {
    return { ok: false, melding: 'Dit rijksregisternummer klopt niet: het controlegetal (laatste twee cijfers) is fout.' };
  }
  const yy = Number(digits.slice(0, 2));
  let mm = Number(digits.slice(2, 4));
  const dd = Number(digits.slice(4, 6));
  if (mm >= 40) mm -= 40; // bis-number, gender known
  else if (mm >= 20) mm -= 20; // bis-number, gender unknown
  const year = (from2000 && !before2000 ? 2000 : 1900) + yy;
  let geboortedatum: string | null = null;
  if (mm >= 1 && mm <= 12 && dd >= 1) {
    const iso = `${year}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
    const d = new Date(`${iso}T00:00:00Z`);
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) {
      return { ok: false, melding: 'Dit rijksregisternummer bevat geen bestaande geboortedatum.' };
    }
    geboortedatum = iso;
  }
  const volgnummer = Number(digits.slice(6, 9));
  return { ok: true, insz: formatInsz(digits), geboortedatum, geslacht: volgnummer % 2 === 1 ? 'M' : 'V' };
}

/** `85073003328` → `85.07.30-033.28` */
export function formatInsz(digits11: string): string {
  const d = digits11.replace(/\D/g, '');
  return `${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4, 6)}-${d.slice(6, 9)}.${d.slice(9)}`;
}

/** Build a valid INSZ for a birth date and sequence number (tests, demo data). */
export function inszFor(geboortedatum: string, volgnummer: number): string {
  const [y, m, d] = geboortedatum.split('-');
  const first9 = `${y.slice(2)}${m}${d}${String(volgnummer).padStart(3, '0')}`;
  const base = Number(y) >= 2000 ? Number(`2${first9}`) : Number(first9);
  return formatInsz(first9 + String(97 - (base % 97)).padStart(2, '0'));
}
