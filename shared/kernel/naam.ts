/** Comparing names as a person reads them, in the screens and the imports alike. */

/** The text without accents ("Liège" → "Liege", "Ieper" stays). */
export function zonderAccenten(tekst: string): string {
  return tekst.normalize('NFD').replace(/\p{Diacritic}/gu, '');
}

/**
 * The key under which two names count as the same: without accents and case, punctuation and runs of spaces as one
 * space ("Sint-Niklaas" = "sint niklaas", "Werk- en zorgregio Gent" = "werk en zorgregio  gent").
 */
export function naamSleutel(naam: string): string {
  return zonderAccenten(naam).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}
