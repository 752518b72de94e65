/**
 * A CSV file as Belgian Excel reads and writes it: `;` between fields, a field in quotes when it holds a `;`, a quote or
 * a line break, CRLF between lines, UTF-8 with a byte order mark (so Excel reads é and € right). One writer for the
 * payment file, the sample import files and the registers' exports.
 */
export function csvVeld(v: unknown): string {
  const t = v === null || v === undefined ? '' : String(v);
  return /[;"\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

/** The whole file's text, byte order mark first; encode it as UTF-8. */
export function csvTekst(regels: Iterable<readonly unknown[]>): string {
  const lijnen: string[] = [];
  for (const r of regels) lijnen.push(r.map(csvVeld).join(';'));
  return `\uFEFF${lijnen.join('\r\n')}\r\n`;
}
