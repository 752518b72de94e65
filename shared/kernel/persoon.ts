/**
 * How a participant (a natural person) appears where the full identity is not needed: masked INSZ in
 * reports, initials, and initials with birth year in statements. One place for every scheme.
 */

/** `85.07.30-033.28` → `85.07.30-***.**` (lists and reports show no more than the birth date part). */
export function maskeerInsz(insz: string | null): string {
  if (!insz) return '';
  const d = insz.replace(/\D/g, '');
  if (d.length !== 11) return '***';
  return `${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4, 6)}-***.**`;
}

/** `Sofie`, `Van den Broeck` → `S.V.` */
export function initialen(voornaam: string | null, achternaam: string | null): string {
  const eerste = (s: string | null) => (s ?? '').trim().charAt(0).toLocaleUpperCase('nl-BE');
  const v = eerste(voornaam);
  const a = eerste(achternaam);
  return `${v ? `${v}.` : ''}${a ? `${a}.` : ''}` || '—';
}

/**
 * The minimum needed to recognise a participant in a statement: initials and birth year, e.g.
 * "J.P. (°1985)". Anonymised participants: "geanonimiseerd (°1985)".
 */
export function deelnemerLabel(d: { voornaam: string | null; achternaam: string | null; geboortejaar: number | null }): string {
  const init = (s: string | null) =>
    (s ?? '')
      .split(/[\s-]+/)
      .filter((w) => w && w[0] === w[0].toUpperCase() && /\p{L}/u.test(w[0]))
      .map((w) => `${w[0]}.`)
      .join('');
  const ini = `${init(d.voornaam)}${init(d.achternaam)}`;
  const jaar = d.geboortejaar ? ` (°${d.geboortejaar})` : '';
  return `${ini || 'geanonimiseerd'}${jaar}`;
}
