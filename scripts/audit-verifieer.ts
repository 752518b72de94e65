/**
 * `npm run audit:verifieer -- <databank.sqlite>` — check the audit trail's hash chain of a database file
 * without starting the app (read-only; also on a backup). Exit code 0 when intact, 1 when an entry was
 * changed, removed or inserted (the first one is named), 2 on a usage error.
 */
import fs from 'node:fs';
import { openSqlite } from '../db/open';
import { verifieerAuditketen } from '../electron/core/platform/auditketen';

const bestand = process.argv[2];
if (!bestand || !fs.existsSync(bestand)) {
  console.error('Gebruik: npm run audit:verifieer -- <databank.sqlite>');
  process.exit(2);
}
const db = openSqlite(bestand, { readonly: true });
try {
  const r = verifieerAuditketen(db);
  if (r.ok) {
    console.log(`Audittrail in orde: ${r.aantalRegels} regels (${r.aantalGewist} gewist door de bewaartermijn), kop van de keten ${r.kopHash ?? '—'}.`);
  } else {
    const f = r.eersteFout!;
    console.error(`Audittrail NIET in orde vanaf regel ${f.id} (${f.tijdstip}, ${f.methode}): ${f.melding}`);
    process.exitCode = 1;
  }
} finally {
  db.close();
}
