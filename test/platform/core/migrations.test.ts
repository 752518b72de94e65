import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqlite, type Sqlite } from '../../../db/open';
import { applyMigrations, DatabaseTooNewError, MIGRATIONS_DIR, schemaVersion } from '../../../db/migrate';
import { seedReferenceData } from '../../../db/seed/reference';
import { createApp } from '../../../electron/core/app';
import { laad } from '../../fixtures/dump';

const dirs: string[] = [];
function tempDb(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wzt-mig-'));
  dirs.push(dir);
  return path.join(dir, 'db.sqlite');
}
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_DIR, 'meta/_journal.json'), 'utf8')) as { entries: unknown[] };

describe('migrations', () => {
  it('migrate an empty database to the current schema, with WAL, foreign keys and busy timeout', () => {
    const db = openSqlite(tempDb());
    const r = applyMigrations(db);
    expect(r.schemaVersion).toBe(journal.entries.length);
    expect(schemaVersion(db)).toBe(journal.entries.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('are idempotent: a second run applies nothing', () => {
    const db = openSqlite(tempDb());
    applyMigrations(db);
    expect(applyMigrations(db).applied).toEqual([]);
    db.close();
  });

  it('refuse a database with a newer schema than the code, with a Dutch message, and leave it untouched', () => {
    const file = tempDb();
    const db = openSqlite(file);
    applyMigrations(db);
    db.prepare('INSERT INTO schema_migratie (volgnummer, hash, toegepast_op) VALUES (?, ?, ?)').run(999, 'toekomst', '2030-01-01');
    db.close();
    expect(() => createApp({ dbFile: file, log: () => {} })).toThrow(DatabaseTooNewError);
    try {
      createApp({ dbFile: file, log: () => {} });
    } catch (e) {
      expect((e as Error).message).toMatch(/nieuwste versie van de toepassing/);
    }
    const again = openSqlite(file);
    expect((again.prepare('SELECT count(*) AS n FROM schema_migratie').get() as { n: number }).n).toBe(journal.entries.length + 1);
    again.close();
  });

  it('reference data seeding is idempotent and keeps officers’ edits', () => {
    const db = openSqlite(tempDb());
    applyMigrations(db);
    const first = seedReferenceData(db);
    expect(first.parameters).toBeGreaterThan(40);
    expect(db.prepare('SELECT count(*) AS n FROM werk_zorg_regio').get()).toEqual({ n: 17 });
    expect(db.prepare('SELECT count(*) AS n FROM referentieregio').get()).toEqual({ n: 15 });
    db.prepare("UPDATE provincie SET naam = 'Provincie Antwerpen' WHERE code = 'ANT'").run();
    expect(seedReferenceData(db)).toEqual({ rijen: 0, parameters: 0 });
    expect(db.prepare("SELECT naam FROM provincie WHERE code = 'ANT'").get()).toEqual({ naam: 'Provincie Antwerpen' });
    // onderwijsinstelling and PAAZ were eligible for AMA WVG until 31/12/2023 (BVR art. 74)
    expect(db.prepare("SELECT ama_wvg_erkenbaar_tot AS tot FROM organisatie_type WHERE code = 'PAAZ'").get()).toEqual({ tot: '2023-12-31' });
    db.close();
  });
});

// ---------------------------------------------------------------------------------------------
// Every landed schema version keeps a fixture: a database as the code of that version wrote it
// (test/fixtures/scenario.ts, `npm run fixture:schema`). Each is upgraded to the current schema here.

const FIXTURES = path.resolve(import.meta.dirname ?? '.', '../../fixtures');
const fixtures = fs
  .readdirSync(FIXTURES)
  .map((f) => /^schema-(\d+)\.sql\.gz$/.exec(f))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => ({ versie: Number(m[1]), bestand: path.join(FIXTURES, m[0]) }))
  .sort((a, b) => a.versie - b.versie);

function fixtureDb(bestand: string): { file: string; db: ReturnType<typeof openSqlite> } {
  const file = tempDb();
  const db = openSqlite(file);
  laad(db, fs.readFileSync(bestand));
  return { file, db };
}

/** The fixture of schema `versie` (each landed version has one). */
function fixtureVan(versie: number): string {
  const f = fixtures.find((x) => x.versie === versie);
  expect(f, `test/fixtures/schema-${versie}.sql.gz`).toBeDefined();
  return f!.bestand;
}

/** Tables a migration renamed (their rows must all be there under the new name). */
const HERNOEMD: Record<string, string> = { subsidie_run: 'betaalrun', subsidie_betaling: 'betaalrun_betaling' };

const tellingen = (db: ReturnType<typeof openSqlite>) =>
  Object.fromEntries(
    (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migratie'").all() as { name: string }[]).map(({ name }) => [
      name,
      (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n,
    ]),
  );

describe('schema fixtures: databases of every earlier version upgrade without losing a row', () => {
  it('there is a fixture for the schema before the current one', () => {
    expect(fixtures.map((f) => f.versie)).toContain(journal.entries.length - 1);
  });

  for (const f of fixtures) {
    it(`schema ${f.versie} → ${journal.entries.length}: integrity, references, every row kept, the app reads it`, async () => {
      const { file, db } = fixtureDb(f.bestand);
      expect(schemaVersion(db)).toBe(f.versie);
      const voor = tellingen(db);
      applyMigrations(db);
      expect(schemaVersion(db)).toBe(journal.entries.length);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      const na = tellingen(db);
      for (const [oud, n] of Object.entries(voor)) {
        const tabel = HERNOEMD[oud] ?? oud;
        // Staff may grow (0006 keeps names that matched nobody as inactive staff) and the audit trail records what a
        // migration corrected; nothing else changes in number.
        if (tabel === 'medewerker' || tabel === 'audit_entry') expect(na[tabel], tabel).toBeGreaterThanOrEqual(n);
        else expect(na[tabel], tabel).toBe(n);
      }
      db.close();
      const app = createApp({ dbFile: file, log: () => {}, now: () => new Date('2025-06-10T08:00:00Z') });
      try {
        const lezer = { medewerkerId: null, gebruiker: 'Controle', rol: 'lezer' as const };
        for (const [methode, input] of [
          ['aanvraag.list', {}], ['beslissing.list', {}], ['subsidie.list', {}], ['document.list', {}], ['procedure.list', {}],
          ['bezwaar.list', {}], ['inbox.list', {}], ['erkenning.list', {}], ['overeenkomst.list', {}], ['audit.list', {}], ['medewerker.list', {}],
        ] as const) {
          const env = await app.router(methode, input, lezer);
          expect(env.ok, `${methode}: ${JSON.stringify(env)}`).toBe(true);
        }
      } finally {
        app.close();
      }
    });
  }

  it('0016: every staff member keeps the roles they worked in (audit trail, access log) and a signatory the signing role', () => {
    const bestand = fixtureVan(16);
    const { db } = fixtureDb(bestand);
    const verwacht = new Map<number, Set<string>>();
    const voeg = (id: number, rol: string) => verwacht.set(id, new Set([...(verwacht.get(id) ?? []), rol]));
    for (const r of db.prepare('SELECT DISTINCT medewerker_id AS id, rol FROM audit_entry WHERE medewerker_id IS NOT NULL UNION SELECT DISTINCT medewerker_id, rol FROM toegangslog WHERE medewerker_id IS NOT NULL').all() as { id: number; rol: string }[]) voeg(r.id, r.rol);
    for (const id of db.prepare('SELECT id FROM medewerker WHERE mag_ondertekenen = 1').pluck().all() as number[]) voeg(id, 'ondertekenaar');
    expect(verwacht.size).toBeGreaterThan(2);
    applyMigrations(db);
    const na = new Map<number, Set<string>>();
    for (const r of db.prepare('SELECT medewerker_id AS id, rol FROM medewerker_rol').all() as { id: number; rol: string }[]) na.set(r.id, new Set([...(na.get(r.id) ?? []), r.rol]));
    expect(na).toEqual(verwacht);
    const audits = db.prepare("SELECT count(*) FROM audit_entry WHERE methode = 'migratie 0016'").pluck().get();
    expect(audits).toBe(verwacht.size);
    expect(db.prepare('SELECT count(*) FROM medewerker WHERE subject IS NOT NULL').pluck().get()).toBe(0);
    db.close();
  });

  it('0006: every name becomes the staff id of that person, also the name before a rename; no name stays unresolved', () => {
    const bestand = fixtureVan(6);
    const { db } = fixtureDb(bestand);
    const namen = (sql: string) => db.prepare(sql).pluck().all() as (string | null)[];
    const voor = {
      beslissingDoor: namen('SELECT aangemaakt_door FROM beslissing ORDER BY id'),
      beslissingGoedgekeurd: namen('SELECT goedgekeurd_door FROM beslissing ORDER BY id'),
      aanvraag: namen('SELECT behandelaar FROM aanvraag ORDER BY id'),
      gebeurtenis: namen('SELECT door FROM gebeurtenis ORDER BY id'),
      audit: namen('SELECT gebruiker FROM audit_entry ORDER BY id'),
    };
    const laatsteAudit = db.prepare('SELECT max(id) FROM audit_entry').pluck().get() as number;
    // The scenario renamed Tom Janssens to Tom Janssens-Peeters after he drafted decisions.
    expect(voor.beslissingDoor).toContain('Tom Janssens');
    expect(namen("SELECT naam FROM medewerker WHERE naam LIKE 'Tom%'")).toEqual(['Tom Janssens-Peeters']);
    applyMigrations(db);
    const naam = (id: number | null) => (id === null ? 'systeem' : (db.prepare('SELECT naam FROM medewerker WHERE id = ?').pluck().get(id) as string));
    const ids = (sql: string) => db.prepare(sql).pluck().all() as (number | null)[];
    const tom = db.prepare("SELECT id FROM medewerker WHERE naam = 'Tom Janssens-Peeters'").pluck().get() as number;
    const verwacht = (oud: (string | null)[]) => oud.map((n) => (n === 'Tom Janssens' ? 'Tom Janssens-Peeters' : n));
    expect(ids('SELECT aangemaakt_door_id FROM beslissing ORDER BY id').map(naam)).toEqual(verwacht(voor.beslissingDoor));
    expect(ids('SELECT goedgekeurd_door_id FROM beslissing ORDER BY id').map((i) => (i === null ? null : naam(i)))).toEqual(verwacht(voor.beslissingGoedgekeurd));
    expect(ids('SELECT behandelaar_id FROM aanvraag ORDER BY id').map(naam)).toEqual(verwacht(voor.aanvraag));
    expect(ids('SELECT door_id FROM gebeurtenis ORDER BY id').map(naam)).toEqual(verwacht(voor.gebeurtenis));
    expect(ids(`SELECT medewerker_id FROM audit_entry WHERE id <= ${laatsteAudit} ORDER BY id`).map(naam)).toEqual(verwacht(voor.audit));
    expect(ids('SELECT aangemaakt_door_id FROM beslissing')).toContain(tom);
    // The audit trail keeps the name as it was at the time.
    expect(namen(`SELECT gebruiker FROM audit_entry WHERE id <= ${laatsteAudit} ORDER BY id`)).toEqual(voor.audit);
    // Nobody was invented: every name recorded belonged to a staff member (current or renamed).
    expect(db.prepare('SELECT count(*) FROM medewerker').pluck().get()).toBe(5);
    expect(db.prepare('SELECT max(versie) FROM medewerker').pluck().get()).toBe(1);
    db.close();
  });
});

describe('0009: reference data corrected against the seeds (December 2026)', () => {
  it('the AMA SE amount of € 2.812,20 applies from 1 April 2022; the Vereniging van OCMW’s is its own type; an officer’s change is kept', async () => {
    const f = fixtures.find((x) => x.versie === 9)!;
    const { file, db } = fixtureDb(f.bestand);
    const periodes = () => db.prepare("SELECT geldig_van AS van, geldig_tot AS tot, waarde_getal AS cent FROM parameter WHERE code = 'AMA_SE_SUBSIDIE_PER_DEELNEMER_JAAR' ORDER BY geldig_van").all();
    expect(periodes()).toEqual([{ van: '2021-04-01', tot: '2022-03-31', cent: 265_000 }, { van: '2024-01-01', tot: null, cent: 281_220 }]);
    applyMigrations(db);
    expect(periodes()).toEqual([{ van: '2021-04-01', tot: '2022-03-31', cent: 265_000 }, { van: '2022-04-01', tot: null, cent: 281_220 }]);
    expect(db.prepare("SELECT naam FROM organisatie_type WHERE code = 'OCMW'").pluck().get()).toBe('OCMW');
    db.close();
    const app = createApp({ dbFile: file, log: () => {} });
    try {
      expect(app.ctx.sqlite.prepare("SELECT naam FROM organisatie_type WHERE code = 'VERENIGING_OCMW'").pluck().get()).toBe('Vereniging van OCMW’s'.replace('’', "'"));
    } finally {
      app.close();
    }
    // A database where an officer had changed the amount's period keeps it.
    const ander = fixtureDb(f.bestand).db;
    ander.prepare("UPDATE parameter SET geldig_van = '2023-01-01' WHERE code = 'AMA_SE_SUBSIDIE_PER_DEELNEMER_JAAR' AND waarde_getal = 281220").run();
    applyMigrations(ander);
    expect(ander.prepare("SELECT geldig_van FROM parameter WHERE code = 'AMA_SE_SUBSIDIE_PER_DEELNEMER_JAAR' AND waarde_getal = 281220").pluck().get()).toBe('2023-01-01');
    ander.close();
  });
});

describe('0020: a year and a month of the year have their own unit', () => {
  it('the three seeded codes become jaartal and kalendermaand, with one audit entry; values are kept', () => {
    const bestand = fixtureVan(20);
    const { db } = fixtureDb(bestand);
    const rij = (code: string) => db.prepare('SELECT eenheid, waarde_getal AS waarde FROM parameter WHERE code = ?').get(code);
    expect(rij('AMA_SE_EERSTE_EVALUATIEJAAR')).toEqual({ eenheid: 'aantal', waarde: 2024 });
    applyMigrations(db, MIGRATIONS_DIR);
    expect(rij('AMA_SE_EERSTE_EVALUATIEJAAR')).toEqual({ eenheid: 'jaartal', waarde: 2024 });
    expect(rij('AMA_SE_AFREKENING_MAAND')).toEqual({ eenheid: 'kalendermaand', waarde: 3 });
    expect(rij('AMA_SE_VERMINDERING_INGANGSMAAND')).toEqual({ eenheid: 'kalendermaand', waarde: 7 });
    expect(db.prepare("SELECT count(*) FROM audit_entry WHERE methode = 'migratie.0020'").pluck().get()).toBe(1);
    db.close();
  });
});

describe('0021: the legal basis of a registered letter\'s deemed receipt names the rule, not a handbook file', () => {
  it('the seeded text is replaced, with one audit entry naming both; a basis an administrator wrote is kept', () => {
    const bestand = fixtureVan(21);
    const basis = (db: Sqlite) => db.prepare("SELECT wettelijke_basis FROM parameter WHERE code = 'AANGETEKEND_GEACHT_ONTVANGEN'").pluck().get();
    const { db } = fixtureDb(bestand);
    expect(basis(db)).toBe('Gangbare Vlaamse regeling (RULES.md: termijnberekening)');
    applyMigrations(db, MIGRATIONS_DIR);
    expect(basis(db)).toBe('Gangbare regeling, naar het voorbeeld van art. 53bis Gerechtelijk Wetboek (derde werkdag na de afgifte bij de post)');
    const a = db.prepare("SELECT oud, nieuw FROM audit_entry WHERE methode = 'migratie.0021'").all() as { oud: string; nieuw: string }[];
    expect(a).toHaveLength(1);
    expect(JSON.parse(a[0].oud)).toEqual({ wettelijkeBasis: 'Gangbare Vlaamse regeling (RULES.md: termijnberekening)' });
    db.close();

    const ander = fixtureDb(bestand).db;
    ander.prepare("UPDATE parameter SET wettelijke_basis = 'Omzendbrief 2025/3' WHERE code = 'AANGETEKEND_GEACHT_ONTVANGEN'").run();
    applyMigrations(ander, MIGRATIONS_DIR);
    expect(basis(ander)).toBe('Omzendbrief 2025/3');
    expect(ander.prepare("SELECT count(*) FROM audit_entry WHERE methode = 'migratie.0021'").pluck().get()).toBe(0);
    ander.close();
  });
});

describe('0022: the letters list filtered by kind reads an index', () => {
  it('a store of schema 22 gets document_brieftype_idx; its letters are kept', () => {
    const bestand = fixtureVan(22);
    const { db } = fixtureDb(bestand);
    const index = () => db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'document_brieftype_idx'").pluck().get();
    const brieven = db.prepare('SELECT count(*) FROM document').pluck().get();
    expect(index()).toBe(0);
    applyMigrations(db, MIGRATIONS_DIR);
    expect(index()).toBe(1);
    expect(db.prepare('SELECT count(*) FROM document').pluck().get()).toBe(brieven);
    db.close();
  });
});

describe('0013: the agreement rules back to 2018 (issue 12: agreements of the earlier rules are imported for the report)', () => {
  it('moves the seeded period of 1 July 2023 to 1 January 2018, and keeps a period an officer added before it', () => {
    const bestand = fixtureVan(13);
    const { db } = fixtureDb(bestand);
    const van = (code: string) => db.prepare('SELECT geldig_van FROM parameter WHERE code = ? ORDER BY geldig_van').pluck().all(code);
    expect(van('DEELNEMER_MINIMUMLEEFTIJD')).toEqual(['2023-07-01']);
    // An officer's own earlier period of the evaluation interval stays as it is.
    db.prepare("INSERT INTO parameter (code, omschrijving, eenheid, waarde_getal, geldig_van, geldig_tot, wettelijke_basis, bron_status) VALUES ('AMA_WVG_EVALUATIE_INTERVAL', 'x', 'maanden', 6, '2020-01-01', '2023-06-30', 'x', 'assumed')").run();
    applyMigrations(db, MIGRATIONS_DIR);
    expect(van('DEELNEMER_MINIMUMLEEFTIJD')).toEqual(['2018-01-01']);
    expect(van('AMA_WVG_MODELOVEREENKOMST_VANAF')).toEqual(['2018-01-01']);
    expect(van('AMA_WVG_EVALUATIE_INTERVAL')).toEqual(['2020-01-01', '2023-07-01']);
    expect(van('WETTELIJKE_PENSIOENLEEFTIJD')[0]).toBe('2000-01-01');
    db.close();
  });
});
