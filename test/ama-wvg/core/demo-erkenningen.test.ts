import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_NOW, type TestApp } from '../../helpers/app';
import { seedDemo, type DemoSummary } from '../../../db/seed/demo';
import { checkInsz } from '../../../shared/kernel/insz';
import { addDays } from '../../../shared/kernel/dates';

let t: TestApp;
let s: DemoSummary;
beforeAll(() => {
  t = createTestApp({ bereikbareMedewerkers: true });
  s = seedDemo(t.ctx.sqlite, { scale: 1, now: TEST_NOW });
});
afterAll(() => t.close());

const all = <T>(sql: string, ...params: unknown[]) => t.ctx.sqlite.prepare(sql).all(...params) as T[];
const one = <T>(sql: string, ...params: unknown[]) => t.ctx.sqlite.prepare(sql).get(...params) as T;
const tel = (sql: string, ...params: unknown[]) => (t.ctx.sqlite.prepare(sql).pluck().get(...params) as number);

describe('demo recognitions at scale 1: the promised volumes', () => {
  it('142 active (every begeleider one), 15 ending within 6 months of which 4 with a renewal application', async () => {
    expect(tel("SELECT count(*) FROM erkenning WHERE status = 'actief'")).toBe(142);
    const perBegeleider = all<{ n: number }>(
      `SELECT (SELECT count(*) FROM erkenning e WHERE e.organisatie_id = o.id AND e.status = 'actief') AS n FROM organisatie o WHERE o.id IN (${s.rollen.amaWvgBegeleiders.join(',')})`,
    );
    expect(perBegeleider.every((r) => r.n === 1)).toBe(true);
    const binnen6 = await t.call('erkenning.list', { vervaltBinnenMaanden: 6 });
    expect(binnen6).toHaveLength(15);
    expect(binnen6.filter((r) => r.hernieuwingAanvraagId !== null)).toHaveLength(4);
    expect(binnen6.every((r) => r.oorsprong === 'overgang' && r.geldigTot >= '2026-11-22' && r.geldigTot <= '2027-05-22')).toBe(true);
    expect(await t.call('hernieuwing.kandidaten', {})).toHaveLength(11);
    expect(s.erkenningen).toMatchObject({ actief: 142, vervaltBinnen6Maanden: 15, metHernieuwingsaanvraag: 4 });
  });

  it('60 expired: 20 replaced by their renewal, 38 without renewal, 2 onderwijsinstelling/PAAZ ended 31/12/2023 (art. 74)', () => {
    expect(tel("SELECT count(*) FROM erkenning WHERE status = 'verlopen'")).toBe(60);
    expect(tel("SELECT count(*) FROM erkenning WHERE status = 'verlopen' AND einde_reden = 'vervangen'")).toBe(20);
    const art74 = all<{ type: string; tot: string; reden: string; oorsprong: string; toelichting: string }>(
      `SELECT o.type_code AS type, e.geldig_tot AS tot, e.einde_reden AS reden, e.oorsprong,
              (SELECT h.toelichting FROM erkenning_historiek h WHERE h.erkenning_id = e.id ORDER BY h.id DESC LIMIT 1) AS toelichting
         FROM erkenning e JOIN organisatie o ON o.id = e.organisatie_id WHERE o.type_code IN ('PAAZ', 'ONDERWIJSINSTELLING') ORDER BY o.type_code`,
    );
    expect(art74.map((r) => [r.type, r.tot, r.reden, r.oorsprong])).toEqual([
      ['ONDERWIJSINSTELLING', '2023-12-31', 'verlopen', 'overgang'],
      ['PAAZ', '2023-12-31', 'verlopen', 'overgang'],
    ]);
    for (const r of art74) expect(r.toelichting).toMatch(/^Van rechtswege beëindigd op 31\/12\/2023 \(BVR art\. 74\)/);
  });

  it('10 revoked (opgeheven) with their end reason and a history line', () => {
    const rows = all<{ reden: string; tot: string; h: string; hs: string; hd: string }>(
      `SELECT e.einde_reden AS reden, e.geldig_tot AS tot, h.toelichting AS h, h.status AS hs, h.datum AS hd FROM erkenning e
         JOIN erkenning_historiek h ON h.erkenning_id = e.id AND h.id = (SELECT max(id) FROM erkenning_historiek WHERE erkenning_id = e.id)
        WHERE e.status = 'opgeheven'`,
    );
    expect(rows).toHaveLength(10);
    for (const r of rows) {
      expect(r.reden).toBe('opgeheven');
      expect(r).toMatchObject({ hs: 'opgeheven', hd: r.tot });
      expect(r.h).toMatch(/^Opgeheven met ingang van \d\d\/\d\d\/\d{4} \(BVR art\. 49, §4\): .+Voornemen betekend op/);
      expect(r.tot < '2026-11-22').toBe(true);
    }
  });

  it('20 running applications: 10 ingediend, 10 ontvankelijk, one with an open request for information; staff with valid INSZ', async () => {
    const lopend = await t.call('aanvraag.list', {});
    const running = lopend.filter((a) => a.status === 'ingediend' || a.status === 'ontvankelijk');
    expect(running).toHaveLength(20);
    expect(running.filter((a) => a.status === 'ingediend')).toHaveLength(10);
    expect(running.filter((a) => a.hernieuwing)).toHaveLength(4);
    const open = all<{ id: number }>("SELECT entiteit_id AS id FROM opschorting WHERE entiteit = 'aanvraag' AND tot IS NULL");
    expect(open).toHaveLength(1);
    const metOpschorting = await t.call('aanvraag.get', { id: open[0].id });
    expect(metOpschorting.termijnen.find((x) => x.soort === 'antwoord-aanvullende-info')).toBeTruthy();
    expect(metOpschorting.tijdlijn.map((g) => g.soort)).toEqual(['ontvangen', 'opschorting']);
    // All checks pass, except the missing insurance declaration that the open request asks for.
    for (const a of running) {
      const g = await t.call('aanvraag.get', { id: a.id });
      const niet = g.controles.filter((c) => !c.ok).map((c) => c.code);
      expect(niet).toEqual(g.id === open[0].id ? ['verzekering'] : []);
      if (g.status === 'ontvankelijk') expect(g.beslissingen.map((b) => [b.type, b.status])).toEqual([['ontvankelijk', 'uitgegeven']]);
    }
    // One is past its admissibility deadline (for the inbox).
    expect(running.some((a) => a.volgendeTermijn! < '2026-11-22')).toBe(true);
    const insz = all<{ insz: string }>('SELECT insz FROM aanvraag_personeel');
    expect(insz.length).toBe(s.erkenningen.personeel);
    for (const p of insz) expect(checkInsz(p.insz)).toMatchObject({ ok: true, insz: p.insz });
    expect(new Set(insz.map((p) => p.insz)).size).toBe(insz.length);
  });

  it('≈ 200 organisations hold or held a recognition; only types that may be recognised (or could until 31/12/2023)', () => {
    expect(s.erkenningen.houders).toBe(tel('SELECT count(DISTINCT organisatie_id) FROM erkenning'));
    expect(s.erkenningen.houders).toBeGreaterThanOrEqual(190);
    const fout = all(
      `SELECT e.id FROM erkenning e JOIN organisatie o ON o.id = e.organisatie_id JOIN organisatie_type t ON t.code = o.type_code
        WHERE t.ama_wvg_erkenbaar = 0 OR (t.ama_wvg_erkenbaar_tot IS NOT NULL AND (e.geldig_van > t.ama_wvg_erkenbaar_tot OR e.geldig_tot > t.ama_wvg_erkenbaar_tot))`,
    );
    expect(fout).toEqual([]);
    expect(tel("SELECT count(*) FROM erkenning e JOIN organisatie o ON o.id = e.organisatie_id WHERE o.status <> 'actief'")).toBe(0);
  });
});

describe('demo recognitions: invariants', () => {
  it('no two recognitions of one organisation overlap', () => {
    const overlap = all(
      `SELECT a.id, b.id FROM erkenning a JOIN erkenning b ON a.organisatie_id = b.organisatie_id AND a.id < b.id
        WHERE a.geldig_van <= b.geldig_tot AND b.geldig_van <= a.geldig_tot`,
    );
    expect(overlap).toEqual([]);
  });

  it('a renewal starts the day after the previous one ends; the previous one ended as "vervangen"', () => {
    const rows = all<{ van: string; vorigeTot: string; vorigeStatus: string; vorigeReden: string; zelfdeOrg: number; aanvraagVan: number | null; vorige: number }>(
      `SELECT n.geldig_van AS van, v.geldig_tot AS vorigeTot, v.status AS vorigeStatus, v.einde_reden AS vorigeReden,
              n.organisatie_id = v.organisatie_id AS zelfdeOrg, a.hernieuwing_van_id AS aanvraagVan, v.id AS vorige
         FROM erkenning n JOIN erkenning v ON v.id = n.vorige_erkenning_id LEFT JOIN aanvraag a ON a.id = n.aanvraag_id`,
    );
    expect(rows).toHaveLength(20);
    for (const r of rows) {
      expect(r.van).toBe(addDays(r.vorigeTot, 1));
      expect(r).toMatchObject({ vorigeStatus: 'verlopen', vorigeReden: 'vervangen', zelfdeOrg: 1, aanvraagVan: r.vorige });
    }
  });

  it('statuses agree with today, and the start-up job finds nothing to expire', async () => {
    expect(all("SELECT id FROM erkenning WHERE status = 'actief' AND (geldig_van > '2026-11-22' OR geldig_tot < '2026-11-22')")).toEqual([]);
    expect(all("SELECT id FROM erkenning WHERE status = 'verlopen' AND geldig_tot >= '2026-11-22'")).toEqual([]);
    expect(all("SELECT id FROM erkenning WHERE (status = 'actief') <> (einde_reden IS NULL)")).toEqual([]);
    expect(await t.call('erkenning.verwerkVervaldagen', {}, 'beheerder')).toEqual({ verlopen: 0 });
  });

  it('a recognition after an application points to the granted application and its issued decision', async () => {
    const rows = all<{ id: number; status: string; besl: number; bstatus: string; recht: number; ontv: number }>(
      `SELECT e.id, a.status, e.beslissing_id AS besl, b.status AS bstatus, b.recht_id AS recht, a.ontvankelijkheid_beslissing_id AS ontv
         FROM erkenning e JOIN aanvraag a ON a.id = e.aanvraag_id JOIN beslissing b ON b.id = e.beslissing_id WHERE e.oorsprong = 'aanvraag'`,
    );
    expect(rows.length).toBe(tel("SELECT count(*) FROM erkenning WHERE oorsprong = 'aanvraag'"));
    for (const r of rows) expect(r).toMatchObject({ status: 'toegekend', bstatus: 'uitgegeven', recht: r.id, ontv: expect.any(Number) });
    const e = await t.call('erkenning.get', { id: rows[0].id });
    expect(e.beslissingen.map((b) => b.type)).toEqual(['erkenning']);
    expect(e.erkenningsnummer).toMatch(/^AMA-WVG-20\d\d-\d{4}$/);
    expect(all("SELECT id FROM erkenning WHERE oorsprong = 'overgang' AND erkenningsnummer NOT LIKE 'WVG/%'")).toEqual([]);
  });

  it('is recorded in the single audit entry of the batch', () => {
    const a = one<{ nieuw: string; reden: string }>("SELECT nieuw, reden FROM audit_entry WHERE methode = 'seed.demo'");
    expect(JSON.parse(a.nieuw).erkenningen).toMatchObject({ erkenningen: 212, actief: 142, lopendeAanvragen: 20 });
    expect(a.reden).toContain('212 erkenningen (142 actief)');
    expect(tel("SELECT count(*) FROM audit_entry WHERE entiteit IN ('erkenning', 'aanvraag', 'beslissing')")).toBe(0);
  });

  it('the reminder batch works on the demo data (11 letters)', async () => {
    const r = await t.call('hernieuwing.herinneringen', {});
    expect(r.documenten).toHaveLength(11);
    expect(r.overgeslagen).toEqual([]);
    expect(await t.call('hernieuwing.kandidaten', {})).toEqual([]);
  }, 60_000);
});

describe('demo recognitions: reproducible and scalable', () => {
  it('two fresh databases give the same recognitions, applications and staff', () => {
    const other = createTestApp();
    try {
      seedDemo(other.ctx.sqlite, { scale: 1, now: TEST_NOW });
      for (const q of [
        'SELECT erkenningsnummer, organisatie_id, geldig_van, geldig_tot, status, einde_reden, oorsprong, vorige_erkenning_id FROM erkenning ORDER BY id',
        'SELECT organisatie_id, ontvangen_op, status, hernieuwing_van_id FROM aanvraag ORDER BY id',
        'SELECT naam, insz, bachelor_richting, ervaring_jaren FROM aanvraag_personeel ORDER BY id',
      ]) {
        expect(other.ctx.sqlite.prepare(q).all()).toEqual(all(q));
      }
    } finally {
      other.close();
    }
  });

  it('scale 2 doubles the volumes; a forced second batch continues the numbers', () => {
    const other = createTestApp();
    try {
      const s2 = seedDemo(other.ctx.sqlite, { scale: 2, now: TEST_NOW });
      expect(s2.erkenningen).toMatchObject({ actief: 284, vervaltBinnen6Maanden: 30, verlopen: 120, opgeheven: 20, lopendeAanvragen: 40, openOpschortingen: 2 });
      const s3 = seedDemo(other.ctx.sqlite, { scale: 1, now: TEST_NOW, force: true });
      expect(s3.erkenningen.erkenningen).toBe(212);
      expect(other.ctx.sqlite.prepare('SELECT count(*) FROM erkenning').pluck().get()).toBe(3 * 212);
    } finally {
      other.close();
    }
  });
});
