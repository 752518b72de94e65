/**
 * The composition of a samenwerkingsverband Zorg and its werkingsgebied (BVR art. 7, 12–13). Pure.
 *
 * - Partners are welzijns- en zorgvoorzieningen of three categories (1: CAW, OCMW or DMW ziekenfonds;
 *   2: VAPH-voorziening; 3: CGG, PZ, revalidatiecentrum or IBW), the category following from the
 *   organisation type. The seeds say one of each, but the 15 mandated partnerships count 48 organisations:
 *   at least one per category, the maximum a setting (RULES.md [assumed]).
 * - The werkingsgebied is one werk- en zorgregio or several **adjacent** ones (art. 7): the regions must
 *   form one connected whole on the adjacency of the reference data.
 */
export const SWV_CATEGORIEEN: Record<1 | 2 | 3, string> = {
  1: 'een CAW, OCMW of dienst maatschappelijk werk van een ziekenfonds',
  2: 'een voorziening erkend of vergund door het VAPH',
  3: 'een CGG, psychiatrisch ziekenhuis, revalidatiecentrum of initiatief van beschut wonen',
};

export interface PartnerFeit {
  naam: string;
  /** From the organisation type; null when the type belongs to no category. */
  categorie: number | null;
}

/** The composition's shortcomings, in Dutch (empty: in order). `maxPerCategorie` 0 or null: no maximum. */
export function controleerSamenstelling(partners: PartnerFeit[], maxPerCategorie: number | null): string[] {
  const fouten: string[] = [];
  for (const p of partners) {
    if (p.categorie === null) fouten.push(`${p.naam} is geen welzijns- of zorgvoorziening van categorie 1, 2 of 3 (BVR art. 7) en kan geen partner zijn.`);
  }
  for (const c of [1, 2, 3] as const) {
    const n = partners.filter((p) => p.categorie === c).length;
    if (n === 0) fouten.push(`Er is geen partner van categorie ${c}: ${SWV_CATEGORIEEN[c]} (BVR art. 7).`);
    if (maxPerCategorie && n > maxPerCategorie) fouten.push(`Categorie ${c} telt ${n} partners; het maximum is ${maxPerCategorie}.`);
  }
  return fouten;
}

/** Whether the regions form one connected whole on the adjacency pairs. */
export function isAaneengesloten(regios: string[], aangrenzend: readonly (readonly [string, string])[]): boolean {
  if (regios.length <= 1) return true;
  const set = new Set(regios);
  const buren = new Map<string, string[]>();
  for (const [a, b] of aangrenzend) {
    if (!set.has(a) || !set.has(b)) continue;
    buren.set(a, [...(buren.get(a) ?? []), b]);
    buren.set(b, [...(buren.get(b) ?? []), a]);
  }
  const gezien = new Set([regios[0]]);
  const stapel = [regios[0]];
  while (stapel.length) for (const n of buren.get(stapel.pop()!) ?? []) if (!gezien.has(n)) (gezien.add(n), stapel.push(n));
  return gezien.size === set.size;
}

/** The werkingsgebied's shortcoming in Dutch, or null. */
export function controleerWerkingsgebied(regios: string[], aangrenzend: readonly (readonly [string, string])[], naam: (code: string) => string = (c) => c): string | null {
  if (!regios.length) return 'Kies minstens één werk- en zorgregio als werkingsgebied.';
  if (new Set(regios).size !== regios.length) return 'Een werk- en zorgregio staat twee keer in het werkingsgebied.';
  if (!isAaneengesloten(regios, aangrenzend)) {
    return `Het werkingsgebied (${regios.map(naam).join(', ')}) is niet aaneengesloten: een werkingsgebied bestaat uit één regio of uit aangrenzende regio's (BVR art. 7).`;
  }
  return null;
}
