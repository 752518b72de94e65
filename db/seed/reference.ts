import reference from './reference-data.json';
import { PARAMETER_SEEDS } from './parameters';
import type { Statement } from 'better-sqlite3';
import type { Sqlite } from '../open';

/**
 * Load the reference data and the seed parameters. Idempotent: rows that exist are left alone
 * (officers may have edited them), parameter codes that have any period are not seeded again.
 * Returns what it inserted; an audit entry by "systeem" records it in the same transaction.
 */
export function seedReferenceData(db: Sqlite, now = new Date()): { rijen: number; parameters: number } {
  return db.transaction(() => {
    let rijen = 0;
    const run = (stmt: Statement<unknown[]>, ...args: unknown[]) => (rijen += stmt.run(...args).changes);
    const prov = db.prepare('INSERT OR IGNORE INTO provincie (code, naam) VALUES (?, ?)');
    for (const p of reference.provinces) run(prov, p.code, p.name);
    const rr = db.prepare('INSERT OR IGNORE INTO referentieregio (code, naam, provincie_code) VALUES (?, ?, ?)');
    for (const r of reference.referentieregios) run(rr, r.code, r.name, r.province);
    const wz = db.prepare('INSERT OR IGNORE INTO werk_zorg_regio (code, naam, referentieregio_code, objectief_2024) VALUES (?, ?, ?, ?)');
    for (const r of reference.werkEnZorgRegios) run(wz, r.code, r.name, r.referentieregio, r.objectief2024);
    // The 2024 objectives per region (seed 004); later years are set by a beheerder (referentie.zetObjectief).
    const obj = db.prepare('INSERT OR IGNORE INTO regio_objectief (regio_code, jaar, objectief, bron, gewijzigd_op) VALUES (?, 2024, ?, ?, ?)');
    for (const r of reference.werkEnZorgRegios) if (r.objectief2024 !== null) run(obj, r.code, r.objectief2024, 'Jaarrapport werk- en zorgtrajecten 2024 (seed 004)', now.toISOString());
    const adj = db.prepare('INSERT OR IGNORE INTO regio_aangrenzend (regio_a, regio_b) VALUES (?, ?)');
    for (const [a, b] of reference.adjacency) run(adj, a < b ? a : b, a < b ? b : a);
    const cat = new Map<string, number>();
    for (const c of reference.samenwerkingsverbandZorgPartnerCategories) for (const t of c.types) cat.set(t, c.category);
    const eligible = new Set(reference.amaWvgBegeleiderEligibleTypes);
    const ot = db.prepare(
      'INSERT OR IGNORE INTO organisatie_type (code, naam, ama_wvg_erkenbaar, ama_wvg_erkenbaar_tot, swv_zorg_categorie) VALUES (?, ?, ?, ?, ?)',
    );
    for (const t of reference.organisatieTypes) {
      const until = 'amaWvgEligibleUntil' in t ? (t.amaWvgEligibleUntil as string) : null;
      run(ot, t.code, t.name, eligible.has(t.code) || until ? 1 : 0, until, cat.get(t.code) ?? null);
    }

    const known = new Set((db.prepare('SELECT DISTINCT code FROM parameter').all() as { code: string }[]).map((r) => r.code));
    const ins = db.prepare(
      `INSERT INTO parameter (code, omschrijving, eenheid, waarde_getal, waarde_datum, geldig_van, geldig_tot, wettelijke_basis, bron_status, toelichting)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    let parameters = 0;
    for (const p of PARAMETER_SEEDS) {
      if (known.has(p.code)) continue;
      ins.run(p.code, p.omschrijving, p.eenheid, p.waardeGetal ?? null, p.waardeDatum ?? null, p.geldigVan, p.geldigTot ?? null,
        p.wettelijkeBasis, p.bronStatus, p.toelichting ?? null);
      parameters++;
    }
    if (rijen + parameters > 0) {
      db.prepare(
        `INSERT INTO audit_entry (tijdstip, gebruiker, rol, methode, entiteit, entiteit_id, actie, nieuw, reden)
         VALUES (?, 'systeem', 'beheerder', 'seed.referentie', 'referentiedata', 'seed', 'aangemaakt', ?, ?)`,
      ).run(now.toISOString(), JSON.stringify({ rijen, parameters }), 'Referentiegegevens en parameters geladen bij de eerste start');
    }
    return { rijen, parameters };
  })();
}
