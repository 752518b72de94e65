import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, TEST_NOW, type TestApp } from '../../helpers/app';
import { seedDemo, DemoAlAanwezigError, OngeldigeSchaalError, type DemoSummary } from '../../../db/seed/demo';
import { checkKbo } from '../../../shared/kernel/kbo';
import { checkIban } from '../../../shared/kernel/iban';
import reference from '../../../db/seed/reference-data.json';

const KF = reference.keyFigures2024;

let t: TestApp;
let s: DemoSummary;
beforeEach(() => {
  t = createTestApp();
  s = seedDemo(t.ctx.sqlite, { scale: 1, now: TEST_NOW });
});
afterEach(() => t.close());

const all = <T>(sql: string, ...params: unknown[]) => t.ctx.sqlite.prepare(sql).all(...params) as T[];
const one = <T>(sql: string, ...params: unknown[]) => t.ctx.sqlite.prepare(sql).get(...params) as T;

describe('seedDemo at scale 1: the 2024 key-figure volumes', () => {
  it('≈ 300 organisations: 142 begeleiders AMA WVG, 86 maatwerkbedrijven, 48 swv partners, ~3 % ceased', () => {
    expect(t.count('organisatie')).toBe(300);
    expect(s.organisaties).toBe(300);
    expect(s.perRol).toEqual({
      'ama-wvg-begeleider': KF.amaWvgRecognisedBegeleiders,
      maatwerkbedrijf: KF.amaSeMaatwerkbedrijven,
      'swv-zorg-partner': KF.samenwerkingsverbandZorgOrganisations,
      overig: 15,
      stopgezet: 9,
    });
    expect(one<{ n: number }>("SELECT count(*) AS n FROM organisatie WHERE type_code = 'MAATWERKBEDRIJF'").n).toBe(86);
    const stop = all<{ stopgezet_op: string | null }>("SELECT stopgezet_op FROM organisatie WHERE status = 'stopgezet'");
    expect(stop).toHaveLength(9); // 3 %
    for (const r of stop) expect(r.stopgezet_op! < '2026-11-22').toBe(true);
    expect(one<{ n: number }>("SELECT count(*) AS n FROM organisatie WHERE status = 'actief' AND stopgezet_op IS NOT NULL").n).toBe(0);
  });

  it('the 142 begeleiders are active organisations of a type eligible for AMA WVG today (BVR art. 46)', () => {
    expect(s.rollen.amaWvgBegeleiders).toHaveLength(142);
    const rows = all<{ type_code: string; status: string; ama_wvg_erkenbaar: number; ama_wvg_erkenbaar_tot: string | null }>(
      `SELECT o.type_code, o.status, t.ama_wvg_erkenbaar, t.ama_wvg_erkenbaar_tot FROM organisatie o
         JOIN organisatie_type t ON t.code = o.type_code WHERE o.id IN (${s.rollen.amaWvgBegeleiders.join(',')})`,
    );
    expect(rows).toHaveLength(142);
    for (const r of rows) {
      expect(reference.amaWvgBegeleiderEligibleTypes).toContain(r.type_code);
      expect(r).toMatchObject({ status: 'actief', ama_wvg_erkenbaar: 1, ama_wvg_erkenbaar_tot: null });
    }
    // Maatwerkbedrijven are AMA SE here; the groups are disjoint.
    expect(rows.some((r) => r.type_code === 'MAATWERKBEDRIJF')).toBe(false);
    expect(new Set([...s.rollen.amaWvgBegeleiders, ...s.rollen.maatwerkbedrijven]).size).toBe(142 + 86);
  });

  it('15 samenwerkingsverbanden Zorg, one per referentieregio, a partner of each category in that region (48 in all)', () => {
    const swv = s.rollen.samenwerkingsverbanden;
    expect(swv).toHaveLength(KF.samenwerkingsverbandenZorg);
    expect(new Set(swv.map((x) => x.referentieregio)).size).toBe(15);
    expect(swv.reduce((n, x) => n + x.partners.length, 0)).toBe(48);
    for (const x of swv) {
      expect(new Set(x.partners.map((p) => p.categorie))).toEqual(new Set([1, 2, 3]));
      for (const p of x.partners) {
        const r = one<{ cat: number; rr: string; status: string }>(
          `SELECT t.swv_zorg_categorie AS cat, w.referentieregio_code AS rr, o.status FROM organisatie o
             JOIN organisatie_type t ON t.code = o.type_code JOIN werk_zorg_regio w ON w.code = o.regio_code WHERE o.id = ?`,
          p.id,
        );
        expect(r).toEqual({ cat: p.categorie, rr: x.referentieregio, status: 'actief' });
      }
    }
  });

  it('every organisation has an address in a real region, 1–3 contact persons with name, function and e-mail', () => {
    const perOrg = all<{ n: number }>(
      'SELECT count(c.id) AS n FROM organisatie o LEFT JOIN contactpersoon c ON c.organisatie_id = o.id GROUP BY o.id',
    );
    expect(perOrg).toHaveLength(300);
    for (const r of perOrg) expect([1, 2, 3]).toContain(r.n);
    expect(t.count('contactpersoon')).toBe(s.contactpersonen);
    const bad = all(
      `SELECT id FROM contactpersoon WHERE naam = '' OR functie IS NULL OR email NOT LIKE '%_@_%.be'`,
    );
    expect(bad).toEqual([]);
    const addr = all<{ postcode: string; straat: string }>('SELECT postcode, straat FROM organisatie');
    for (const a of addr) {
      expect(a.postcode).toMatch(/^[1-9]\d{3}$/);
      expect(a.straat).toMatch(/\d/);
    }
    // All 17 werk- en zorgregio's are represented.
    expect(one<{ n: number }>('SELECT count(DISTINCT regio_code) AS n FROM organisatie').n).toBe(17);
  });

  it('all KBO numbers are valid, formatted and unique; all IBANs are valid Belgian IBANs', () => {
    const rows = all<{ kbo: string; iban: string | null }>('SELECT kbo, iban FROM organisatie');
    expect(new Set(rows.map((r) => r.kbo)).size).toBe(rows.length);
    for (const r of rows) {
      expect(checkKbo(r.kbo)).toEqual({ ok: true, kbo: r.kbo });
      if (r.iban !== null) {
        expect(checkIban(r.iban)).toEqual({ ok: true, iban: r.iban });
        expect(r.iban).toMatch(/^BE\d{14}$/);
      }
    }
    expect(rows.filter((r) => r.iban !== null).length).toBeGreaterThan(250);
  });

  it('adds the six demo medewerkers: a dossierbeheerder and a signatory with a delegation per department, a beheerder and a reader — each with roles and a sign-in identity', () => {
    expect(s.medewerkers).toBe(6);
    const mw = all<{ departement: string; mag_ondertekenen: number; delegatie: string | null; subject: string; rollen: string }>(
      `SELECT departement, mag_ondertekenen, delegatie, subject, (SELECT group_concat(rol) FROM medewerker_rol r WHERE r.medewerker_id = m.id) AS rollen
         FROM medewerker m WHERE email LIKE '%@vlaanderen.be' ORDER BY departement, mag_ondertekenen, subject`,
    );
    expect(mw).toEqual([
      { departement: 'WSE', mag_ondertekenen: 0, delegatie: null, subject: 'lea', rollen: 'lezer' },
      { departement: 'WSE', mag_ondertekenen: 0, delegatie: null, subject: 'sofie', rollen: 'wse-dossierbeheerder' },
      { departement: 'WSE', mag_ondertekenen: 1, delegatie: 'Voor de leidend ambtenaar', subject: 'marc', rollen: 'ondertekenaar' },
      { departement: 'ZORG', mag_ondertekenen: 0, delegatie: null, subject: 'bart', rollen: 'beheerder' },
      { departement: 'ZORG', mag_ondertekenen: 0, delegatie: null, subject: 'katrien', rollen: 'zorg-dossierbeheerder' },
      { departement: 'ZORG', mag_ondertekenen: 1, delegatie: 'Voor de minister, bij delegatie', subject: 'geert', rollen: 'ondertekenaar' },
    ]);
  });

  it('the data goes through the API like any other: organisatie.list and organisatie.get', async () => {
    const list = await t.call('organisatie.list', {});
    expect(list).toHaveLength(300);
    const o = await t.call('organisatie.get', { id: s.rollen.maatwerkbedrijven[0] });
    expect(o.typeCode).toBe('MAATWERKBEDRIJF');
    expect(o.contactpersonen.length).toBeGreaterThanOrEqual(1);
  });
});

describe('audit', () => {
  it('writes ONE audit entry for the whole batch (systeem, seed.demo) with the counts, none per organisation', async () => {
    const rows = all<{ gebruiker: string; methode: string; entiteit: string; reden: string; nieuw: string; tijdstip: string }>(
      "SELECT * FROM audit_entry WHERE methode = 'seed.demo'",
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ gebruiker: 'systeem', methode: 'seed.demo', entiteit: 'demogegevens', tijdstip: TEST_NOW.toISOString() });
    expect(rows[0].reden).toContain('300 organisaties');
    expect(rows[0].reden).toContain(`${s.contactpersonen} contactpersonen`);
    expect(JSON.parse(rows[0].nieuw)).toMatchObject({ schaal: 1, organisaties: 300, idVan: s.idVan, idTot: s.idTot });
    expect(one<{ n: number }>("SELECT count(*) AS n FROM audit_entry WHERE entiteit = 'organisatie'").n).toBe(0);
  });
});

describe('reproducible', () => {
  it('two fresh databases, same scale → the same names, KBO numbers, IBANs and addresses', () => {
    const other = createTestApp();
    try {
      const s2 = seedDemo(other.ctx.sqlite, { scale: 1, now: TEST_NOW });
      expect(s2.seed).toBe(s.seed);
      const q = 'SELECT naam, kbo, iban, straat, gemeente, type_code FROM organisatie ORDER BY id';
      expect(other.ctx.sqlite.prepare(q).all()).toEqual(all(q));
      const c = 'SELECT organisatie_id, naam, email, telefoon FROM contactpersoon ORDER BY id';
      expect(other.ctx.sqlite.prepare(c).all()).toEqual(all(c));
    } finally {
      other.close();
    }
  });

  it('scale N gives N times the volumes', () => {
    const other = createTestApp();
    try {
      const s3 = seedDemo(other.ctx.sqlite, { scale: 3, now: TEST_NOW });
      expect(s3.organisaties).toBe(900);
      expect(s3.perRol['ama-wvg-begeleider']).toBe(3 * 142);
      expect(s3.perType.MAATWERKBEDRIJF).toBe(3 * 86);
      expect(s3.rollen.samenwerkingsverbanden).toHaveLength(45);
      expect(s3.perRol['swv-zorg-partner']).toBe(3 * 48);
    } finally {
      other.close();
    }
  });
});

describe('refusing to seed twice', () => {
  it('a second run without force throws a Dutch message and changes nothing', () => {
    const before = { o: t.count('organisatie'), c: t.count('contactpersoon'), a: t.count('audit_entry'), m: t.count('medewerker') };
    expect(() => seedDemo(t.ctx.sqlite, { scale: 1, now: TEST_NOW })).toThrow(DemoAlAanwezigError);
    expect(() => seedDemo(t.ctx.sqlite, { scale: 1, now: TEST_NOW })).toThrow(/bevat al demogegevens.*--force/);
    expect({ o: t.count('organisatie'), c: t.count('contactpersoon'), a: t.count('audit_entry'), m: t.count('medewerker') }).toEqual(before);
  });

  it('with force: a second, different batch with new unique KBO numbers, a second audit entry, no duplicate medewerkers', () => {
    const s2 = seedDemo(t.ctx.sqlite, { scale: 1, now: TEST_NOW, force: true });
    expect(s2.run).toBe(2);
    expect(s2.seed).not.toBe(s.seed);
    expect(s2.medewerkers).toBe(0);
    expect(t.count('organisatie')).toBe(600);
    expect(one<{ n: number }>('SELECT count(DISTINCT kbo) AS n FROM organisatie').n).toBe(600);
    expect(one<{ n: number }>("SELECT count(*) AS n FROM audit_entry WHERE methode = 'seed.demo'").n).toBe(2);
  });

  it('rejects a scale that is not a whole number from 1', () => {
    const other = createTestApp();
    try {
      for (const scale of [0, -1, 1.5, Number.NaN]) {
        expect(() => seedDemo(other.ctx.sqlite, { scale })).toThrow(OngeldigeSchaalError);
      }
      expect(other.count('organisatie')).toBe(0);
    } finally {
      other.close();
    }
  });
});

describe('npm run seed:demo (CLI)', () => {
  it('creates the database, seeds, and refuses a second run with exit code 1', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wzt-demo-cli-'));
    const db = path.join(dir, 'demo.sqlite');
    const tsx = path.resolve('node_modules/.bin/tsx');
    try {
      const out = execFileSync(tsx, ['db/seed/demo-cli.ts', '--db', db], { encoding: 'utf8' });
      expect(out).toContain('Demogegevens geladen (schaal 1');
      expect(out).toMatch(/maatwerkbedrijven \(AMA SE\)\s+86/);
      const again = spawnSync(tsx, ['db/seed/demo-cli.ts', '--db', db], { encoding: 'utf8' });
      expect(again.status).toBe(1);
      expect(again.stderr).toContain('Deze database bevat al demogegevens');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
