/**
 * Databases of the schema versions before the first fixture (1–5), built by applying the landed
 * migrations up to that version and filling them with the SQL that version's code wrote — an approved
 * subsidy run with its payments included — then upgraded to the current schema and compared figure by
 * figure. Schema 6 onwards have full fixtures (migrations.test.ts).
 *
 * Found by a fault trial (issue 14): migration 0003 added `te_betalen_cent` with default 0 and did not
 * backfill it, so a run approved at schema 3 exported 0 payments and € 0. Migration 0014 repairs it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqlite, type Sqlite } from '../../../db/open';
import { applyMigrations, MIGRATIONS_DIR, schemaVersion } from '../../../db/migrate';
import { createApp } from '../../../electron/core/app';
import { verifieerAuditketen } from '../../../electron/core/platform/auditketen';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_DIR, 'meta/_journal.json'), 'utf8')) as { entries: { idx: number; tag: string }[] };

/** A database file at schema `versie`: the first `versie` landed migrations, exactly as they are. */
function databaseOpSchema(versie: number): { file: string; db: Sqlite } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wzt-oud-'));
  dirs.push(dir);
  const map = path.join(dir, 'migrations');
  fs.mkdirSync(path.join(map, 'meta'), { recursive: true });
  const entries = journal.entries.slice(0, versie);
  for (const e of entries) fs.copyFileSync(path.join(MIGRATIONS_DIR, `${e.tag}.sql`), path.join(map, `${e.tag}.sql`));
  fs.writeFileSync(path.join(map, 'meta/_journal.json'), JSON.stringify({ ...journal, entries }));
  const file = path.join(dir, 'oud.sqlite');
  const db = openSqlite(file);
  applyMigrations(db, map);
  expect(schemaVersion(db)).toBe(versie);
  db.exec(`
    INSERT INTO provincie (code, naam) VALUES ('OVL', 'Oost-Vlaanderen');
    INSERT INTO referentieregio (code, naam, provincie_code) VALUES ('GENT', 'Regio Gent', 'OVL');
    INSERT INTO werk_zorg_regio (code, naam, referentieregio_code, objectief_2024) VALUES ('GENT', 'Regio Gent', 'GENT', 248);
    INSERT INTO organisatie_type (code, naam, ama_wvg_erkenbaar) VALUES ('CAW', 'Centrum voor algemeen welzijnswerk', 1);
    INSERT INTO medewerker (naam, functie, departement) VALUES ('Katrien Van den Broeck', 'Dossierbeheerder', 'ZORG'), ('Geert Vermeersch', 'Afdelingshoofd', 'ZORG');
  `);
  const org = db.prepare(
    `INSERT INTO organisatie (naam, kbo, type_code, straat, postcode, gemeente, regio_code, iban, aangemaakt_op, gewijzigd_op)
     VALUES (?, ?, 'CAW', 'Kerkstraat 1', '9000', 'Gent', 'GENT', 'BE68 5390 0754 7034', '2023-09-01T08:00:00Z', '2023-09-01T08:00:00Z')`,
  );
  for (let i = 0; i < BEGELEIDERS; i++) org.run(`CAW ${i + 1}`, `0${String(417_497_000 + i * 7).padStart(9, '0')}`);
  return { file, db };
}

const BEGELEIDERS = 130;
/** Per begeleider i: due 7,000 + 37·i euro, of which an earlier run paid 1,000 euro for the first ten (a re-run). */
const verschuldigd = (i: number) => 700_000 + 3_700 * i;
const eerder = (i: number) => (i < 10 ? 100_000 : 0);

/** An approved half-year run as the code of schema 3 (migration 0002) stored it. */
function goedgekeurdeRunOpSchema3(db: Sqlite): void {
  const totaal = Array.from({ length: BEGELEIDERS }, (_, i) => verschuldigd(i)).reduce((a, b) => a + b, 0);
  const run = db
    .prepare(
      `INSERT INTO subsidie_run (regeling, periode, volgnummer, status, berekening, totaal_cent, aangemaakt_door, aangemaakt_op, goedgekeurd_door, goedgekeurd_op)
       VALUES ('AMA_WVG', '2023-H2', 1, 'goedgekeurd', '{"bedragPerJaarCent":106120}', ?, 'Katrien Van den Broeck', '2024-01-15T09:00:00Z', 'Geert Vermeersch', '2024-01-16T09:00:00Z')`,
    )
    .run(totaal).lastInsertRowid;
  const bet = db.prepare(
    'INSERT INTO subsidie_betaling (run_id, organisatie_id, verschuldigd_cent, eerder_betaald_cent, saldo_cent, referentie) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (let i = 0; i < BEGELEIDERS; i++) bet.run(run, i + 1, verschuldigd(i), eerder(i), verschuldigd(i) - eerder(i), `AMA-WVG 2023-H2 ${i + 1}`);
}

// Computed by hand: Σ(700,000 + 3,700·i) for i = 0…129 = 130·700,000 + 3,700·(129·130/2) = 91,000,000 + 31,024,500 = 122,024,500;
// minus 10 × 100,000 paid earlier = 121,024,500 cent to pay.
const TE_BETALEN_CENT = 121_024_500;

describe('databases at schema 1–5 (before the first fixture) upgrade to the current schema with every figure', () => {
  for (const versie of [1, 2, 3, 4, 5]) {
    it(`schema ${versie} → ${journal.entries.length}: integrity, references, the organisations, and (from schema 3) the approved run's amounts`, async () => {
      const { file, db } = databaseOpSchema(versie);
      if (versie === 3) goedgekeurdeRunOpSchema3(db);
      applyMigrations(db);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(db.prepare('SELECT count(*) FROM organisatie').pluck().get()).toBe(BEGELEIDERS);
      db.close();

      const app = createApp({ dbFile: file, log: () => {}, now: () => new Date('2026-12-03T09:00:00Z') });
      try {
        expect(verifieerAuditketen(app.ctx.sqlite)).toMatchObject({ ok: true });
        if (versie !== 3) return;
        const lezer = { medewerkerId: null, gebruiker: 'Controle', rol: 'lezer' as const };
        const runs = await app.router('betaalrun.list', {}, lezer);
        expect(runs.ok, JSON.stringify(runs)).toBe(true);
        const [run] = (runs as { value: { id: number; status: string; teBetalenTotaalCent: number; saldoTotaalCent: number; totaalCent: number }[] }).value;
        expect(run).toMatchObject({ status: 'goedgekeurd', totaalCent: 122_024_500, saldoTotaalCent: TE_BETALEN_CENT, teBetalenTotaalCent: TE_BETALEN_CENT });
        const rij = app.ctx.sqlite.prepare('SELECT bruto_cent AS bruto, verschuldigd_cent AS v, te_betalen_cent AS t FROM betaalrun_betaling WHERE organisatie_id = 1').get();
        expect(rij).toEqual({ bruto: 700_000, v: 700_000, t: 600_000 });
        // The correction is in the audit trail, with the totals before and after.
        const [audit] = app.ctx.sqlite.prepare("SELECT methode, actie, oud, nieuw FROM audit_entry WHERE entiteit = 'betaalrun'").all() as { oud: string; nieuw: string }[];
        expect(audit).toMatchObject({ methode: 'migratie 0014', actie: 'hersteld' });
        expect(JSON.parse(audit.oud)).toEqual({ teBetalenTotaalCent: 0, brutoTotaalCent: 0 });
        expect(JSON.parse(audit.nieuw)).toEqual({ teBetalenTotaalCent: TE_BETALEN_CENT, brutoTotaalCent: 122_024_500, aantalBetalingen: BEGELEIDERS });
      } finally {
        app.close();
      }
    });
  }

  it('a run computed since schema 4 is left as it was (the repair recognises only untouched defaults)', () => {
    const { db } = databaseOpSchema(14); // just before migration 0014 and its repair
    db.prepare(
      `INSERT INTO betaalrun (regeling, departement, periode, volgnummer, status, berekening, totaal_cent, aangemaakt_door_id, aangemaakt_op)
       VALUES ('AMA_WVG', 'ZORG', '2025-H1', 1, 'goedgekeurd', '{}', 500, 1, '2025-08-01T00:00:00Z')`,
    ).run();
    // A payment fully offset against an earlier recovery: 0 to pay is right and must stay 0.
    db.prepare(
      `INSERT INTO betaalrun_betaling (run_id, organisatie_id, aantal_lijnen, dagen, bruto_cent, vermindering_cent, verschuldigd_cent, eerder_betaald_cent, saldo_cent,
         verrekend_cent, te_betalen_cent, referentie, berekening) VALUES (1, 1, 1, 10, 500, 0, 500, 0, 500, 500, 0, 'x', '{"factor":1}')`,
    ).run();
    applyMigrations(db);
    expect(db.prepare('SELECT te_betalen_cent FROM betaalrun_betaling').pluck().get()).toBe(0);
    db.close();
  });
});

describe('0015: the province from the postcode; Brussels organisations without a werk- en zorgregio; the 2024 objectives per region', () => {
  it('derives the province of every organisation, drops the region of one in Brussels (audited) and moves the 2024 objectives', () => {
    const { db } = databaseOpSchema(15);
    db.prepare("UPDATE organisatie SET postcode = '1000', gemeente = 'Brussel' WHERE id = 2").run();
    db.prepare("UPDATE organisatie SET postcode = '4000', gemeente = 'Luik' WHERE id = 3").run();
    applyMigrations(db);
    const org = (id: number) => db.prepare('SELECT regio_code AS regio, provincie_code AS provincie FROM organisatie WHERE id = ?').get(id);
    expect(org(1)).toEqual({ regio: 'GENT', provincie: 'OVL' });
    expect(org(2)).toEqual({ regio: null, provincie: 'BRU' });
    expect(org(3)).toEqual({ regio: 'GENT', provincie: null }); // Wallonia: no province (the app refuses such a postcode from now on)
    expect(db.prepare("SELECT entiteit_id AS id, oud, nieuw FROM audit_entry WHERE methode = 'migratie 0015'").all()).toEqual([
      { id: '2', oud: JSON.stringify({ regioCode: 'GENT' }), nieuw: JSON.stringify({ regioCode: null, provincieCode: 'BRU' }) },
    ]);
    expect(db.prepare('SELECT regio_code AS r, jaar, objectief FROM regio_objectief').all()).toEqual([{ r: 'GENT', jaar: 2024, objectief: 248 }]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
