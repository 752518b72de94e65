/**
 * Rows for the two logs the demo leaves (nearly) empty — the audit trail and the letters — for the benches that need
 * them full: the host start on a large audit table (bench/hoststart.ts) and the growth of every register
 * (bench/groei.ts). Bench data only, never in the demo an officer sees.
 */
import type { Sqlite } from '../db/open';

/** Audit entries and letters per scale unit: about one audit entry per agreement (≈ 3,900 per unit), a letter per four. */
const AUDIT_PER_SCHAAL = 4_000;
const DOCUMENTEN_PER_SCHAAL = 1_000;

/**
 * `aantal` more audit entries, copies of the store's own in turn. With `minutenApart` they get timestamps that many
 * minutes apart going back from 22 November 2026; without, each keeps its original's timestamp.
 */
export function kopieerAudit(db: Sqlite, aantal: number, minutenApart?: number): void {
  const tijdstip = minutenApart === undefined ? 'a.tijdstip' : `strftime('%Y-%m-%dT%H:%M:%fZ', '2026-11-22T09:00:00Z', '-' || (n.i * ${Number(minutenApart)}) || ' minutes')`;
  db.prepare(
    `INSERT INTO audit_entry (tijdstip, gebruiker, rol, methode, entiteit, entiteit_id, actie, oud, nieuw, reden, medewerker_id)
     WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?), m(max) AS (SELECT max(id) FROM audit_entry)
     SELECT ${tijdstip}, a.gebruiker, a.rol, a.methode, a.entiteit, a.entiteit_id, a.actie, a.oud, a.nieuw, a.reden, a.medewerker_id
       FROM n, m JOIN audit_entry a ON a.id = 1 + (n.i % m.max)`,
  ).run(aantal);
}

/**
 * Both logs in proportion to the scale: copies of the demo's audit entries ten minutes apart, and letters forty
 * minutes apart with a stand-in content of a few bytes (the register reads the metadata, never the PDF).
 */
export function vulLogboeken(db: Sqlite, schaal: number): void {
  db.transaction(() => {
    kopieerAudit(db, AUDIT_PER_SCHAAL * schaal, 10);
    db.prepare(
      `INSERT INTO document (kenmerk, brief_type, template_versie, departement, onderwerp, organisatie_id, bestandsnaam, sha256, grootte, inhoud, gegevens, aangemaakt_op)
       WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?), o AS (SELECT id, row_number() OVER (ORDER BY id) AS r FROM organisatie),
            t(aantal) AS (SELECT count(*) FROM organisatie)
       SELECT 'GROEI/' || n.i, 'bench', 1, CASE n.i % 2 WHEN 0 THEN 'ZORG' ELSE 'WSE' END, 'Brief ' || n.i, o.id, 'brief-' || n.i || '.pdf',
              printf('%064d', n.i), 5, X'255044462D', '{}', strftime('%Y-%m-%dT%H:%M:%fZ', '2026-11-22T09:00:00Z', '-' || (n.i * 40) || ' minutes')
         FROM n, t JOIN o ON o.r = 1 + (n.i % t.aantal)`,
    ).run(DOCUMENTEN_PER_SCHAAL * schaal);
  })();
}
