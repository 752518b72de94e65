/**
 * Money: integer cents and the one rounding rule of the app — a fraction rounded once to the cent, half
 * away from zero, computed exactly (integers, BigInt where needed). Every amount the schemes compute
 * (subsidy lines, compensation, advances, settlement) goes through `afrondenOpCent`.
 */

/**
 * teller / noemer rounded to a whole number of cents, **half away from zero** (2,5 → 3; −2,5 → −3),
 * exact with BigInt. The one rounding rule.
 */
export function afrondenOpCent(teller: bigint | number, noemer: bigint | number): number {
  if (typeof teller === 'number' && typeof noemer === 'number' && Number.isSafeInteger(teller) && Number.isSafeInteger(noemer) && noemer !== 0) {
    // Exact with integer arithmetic while 2·|teller| + |noemer| stays below 2^53 (no BigInt needed).
    const n = Math.abs(noemer);
    const a = 2 * Math.abs(teller) + n;
    if (a <= Number.MAX_SAFE_INTEGER) {
      const q = (a - (a % (2 * n))) / (2 * n); // floor(|t|/n + 1/2)
      return (teller < 0) !== (noemer < 0) ? -q || 0 : q;
    }
  }
  let t = BigInt(teller);
  let n = BigInt(noemer);
  if (n === 0n) throw new RangeError('Deling door nul bij het afronden.');
  if (n < 0n) {
    t = -t;
    n = -n;
  }
  const negatief = t < 0n;
  const a = negatief ? -t : t;
  const q = (2n * a + n) / (2n * n); // floor(a/n + 1/2)
  const r = negatief ? -q : q;
  if (r > BigInt(Number.MAX_SAFE_INTEGER) || r < -BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError('Bedrag te groot om in eurocent voor te stellen.');
  }
  return Number(r);
}

/** The rounding rule as stated in statements of a percentage of a fixed amount (compensation). */
export const AFRONDINGSREGEL_PERCENTAGE =
  'Het bedrag per traject is het percentage van het bedrag per traject, één keer afgerond op de cent, de helft weg van nul. ' +
  'De totalen per samenwerkingsverband zijn sommen van afgeronde bedragen.';
