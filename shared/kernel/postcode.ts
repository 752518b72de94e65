/**
 * The province of a Belgian postcode (bpost's ranges): the report counts organisations by the province of
 * their establishment address (issue 12; seed 004), with `BRU` for the Brussels-Capital Region — an
 * organisation there belongs to no werk- en zorgregio. Wallonia's postcodes give null: the werk- en
 * zorgtrajecten are for organisations in Flanders and Brussels.
 */
export type ProvincieCode = 'BRU' | 'VBR' | 'ANT' | 'LIM' | 'WVL' | 'OVL';

const BEREIKEN: [van: number, tot: number, provincie: ProvincieCode | null][] = [
  [1000, 1299, 'BRU'],
  [1300, 1499, null], // Waals-Brabant
  [1500, 1999, 'VBR'],
  [2000, 2999, 'ANT'],
  [3000, 3499, 'VBR'],
  [3500, 3999, 'LIM'],
  [4000, 7999, null], // Luik, Namen, Henegouwen, Luxemburg
  [8000, 8999, 'WVL'],
  [9000, 9999, 'OVL'],
];

/** A Belgian postcode: four digits, 1000 to 9999 (the one pattern of the contracts, the imports and the forms). */
export const BELGISCHE_POSTCODE = /^[1-9]\d{3}$/;

export function provincieVanPostcode(postcode: string): ProvincieCode | null {
  if (!BELGISCHE_POSTCODE.test(postcode.trim())) return null;
  const n = Number(postcode.trim());
  return BEREIKEN.find(([van, tot]) => n >= van && n <= tot)?.[2] ?? null;
}

/** The same ranges as a SQL expression on a column (migrations, reports). */
export function provincieVanPostcodeSql(kolom: string): string {
  const takken = BEREIKEN.filter(([, , p]) => p).map(([van, tot, p]) => `WHEN CAST(${kolom} AS integer) BETWEEN ${van} AND ${tot} THEN '${p}'`);
  return `CASE ${takken.join(' ')} END`;
}
