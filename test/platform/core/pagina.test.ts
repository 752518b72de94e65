import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_NOW, type TestApp } from '../../helpers/app';
import { seedDemo } from '../../../db/seed/demo';
import type { OvereenkomstRij } from '../../../shared/ama-wvg/overeenkomst.contract';

/**
 * Server-paged registers (issue 13): the pages of a sorted, filtered register put together are exactly the
 * rows a plain reading of the whole register gives, with the same counts; bad column ids and filters are
 * refused in Dutch. Expected rows come from `overeenkomst.list` (the unpaged read) sorted here.
 */
let t: TestApp;
let alle: OvereenkomstRij[];
beforeAll(async () => {
  t = createTestApp({ bereikbareMedewerkers: true });
  seedDemo(t.ctx.sqlite, { scale: 1, now: TEST_NOW });
  alle = await t.call('overeenkomst.list', {});
});
afterAll(() => t.close());

async function allePaginas(input: Record<string, unknown>, aantal = 500): Promise<{ ids: number[]; totaal: number; alle: number }> {
  const ids: number[] = [];
  let p = await t.call('overeenkomst.pagina', { ...input, start: 0, aantal } as never);
  const totaal = p.totaal;
  while (p.rijen.length) {
    ids.push(...p.rijen.map((r) => r.id));
    if (ids.length >= totaal) break;
    p = await t.call('overeenkomst.pagina', { ...input, start: ids.length, aantal } as never);
  }
  return { ids, totaal, alle: p.alle };
}

const volgens = (rijen: OvereenkomstRij[], sleutel: (r: OvereenkomstRij) => string | number | null, richting: 1 | -1) =>
  [...rijen]
    .sort((a, b) => {
      const x = sleutel(a);
      const y = sleutel(b);
      // SQLite: NULL first ascending; text without case; the id breaks ties in the same direction.
      const c = x === y ? 0 : x === null ? -1 : y === null ? 1 : typeof x === 'string' ? (x.toLowerCase() < String(y).toLowerCase() ? -1 : x.toLowerCase() > String(y).toLowerCase() ? 1 : 0) : (x as number) < (y as number) ? -1 : 1;
      return (c || a.id - b.id) * richting;
    })
    .map((r) => r.id);

describe('overeenkomst.pagina: the register page by page', () => {
  it('the default order (newest start first) over all pages is the whole register, without gaps or doubles', async () => {
    const r = await allePaginas({});
    expect(alle.length).toBeGreaterThan(3000);
    expect(r.totaal).toBe(alle.length);
    expect(r.alle).toBe(alle.length);
    expect(r.ids).toEqual(volgens(alle, (x) => x.startdatum, -1));
  });

  it('sorts on the begeleider (text without case) and on the last evaluation (NULL first)', async () => {
    expect((await allePaginas({ sortering: [{ colId: 'organisatieNaam', sort: 'asc' }] })).ids).toEqual(volgens(alle, (x) => x.organisatieNaam, 1));
    expect((await allePaginas({ sortering: [{ colId: 'laatsteEvaluatie', sort: 'desc' }] })).ids).toEqual(volgens(alle, (x) => x.laatsteEvaluatie, -1));
  });

  it('column filters (text, date range, blank, OR of two conditions) and the counts with and without them', async () => {
    const bakkerij = await allePaginas({ filters: { werkpostNaam: { filterType: 'text', type: 'contains', filter: 'bak' } } });
    const verwacht = alle.filter((r) => r.werkpostNaam.toLowerCase().includes('bak'));
    expect(verwacht.length).toBeGreaterThan(0);
    expect(bakkerij.totaal).toBe(verwacht.length);
    expect(bakkerij.alle).toBe(alle.length);
    expect(new Set(bakkerij.ids)).toEqual(new Set(verwacht.map((r) => r.id)));

    // AG Grid's date range excludes both ends.
    const in2025 = await allePaginas({ filters: { startdatum: { filterType: 'date', type: 'inRange', dateFrom: '2025-01-01 00:00:00', dateTo: '2025-12-31 00:00:00' } } });
    expect(in2025.totaal).toBe(alle.filter((r) => r.startdatum > '2025-01-01' && r.startdatum < '2025-12-31').length);

    const zonderEinde = await allePaginas({ filters: { einddatum: { filterType: 'date', type: 'blank' } } });
    expect(zonderEinde.totaal).toBe(alle.filter((r) => r.einddatum === null).length);

    const of = await allePaginas({
      filters: { eindeReden: { filterType: 'text', operator: 'OR', conditions: [{ filterType: 'text', type: 'equals', filter: 'pensioen' }, { filterType: 'text', type: 'equals', filter: 'andere' }] } },
    });
    expect(of.totaal).toBe(alle.filter((r) => r.eindeReden === 'pensioen' || r.eindeReden === 'andere').length);
  });

  it('quick search: every word in one of the shown columns; % and _ are plain characters; the participant is not searchable', async () => {
    const rij = alle.find((r) => r.werkpostNaam.includes(' '))!;
    const [w1] = rij.werkpostNaam.split(' ');
    const org = rij.organisatieNaam.split(' ').at(-1)!;
    const r = await allePaginas({ zoek: `${w1} ${org}` });
    const low = (s: string) => s.toLowerCase();
    const past = (x: OvereenkomstRij, w: string) => [String(x.id), x.organisatieNaam, x.erkenningsnummer, x.werkpostNaam].some((v) => low(v).includes(low(w)));
    expect(r.totaal).toBe(alle.filter((x) => past(x, w1) && past(x, org)).length);
    expect(r.ids).toContain(rij.id);
    expect((await t.call('overeenkomst.pagina', { start: 0, aantal: 10, zoek: '%' })).totaal).toBe(0);
    expect((await t.call('overeenkomst.pagina', { start: 0, aantal: 10, zoek: '_' })).totaal).toBe(0);
    const d = t.ctx.sqlite.prepare('SELECT d.achternaam FROM deelnemer d JOIN overeenkomst o ON o.deelnemer_id = d.id LIMIT 1').pluck().get() as string;
    const naam = await t.call('overeenkomst.pagina', { start: 0, aantal: 10, zoek: d });
    expect(naam.rijen.every((x) => past(x, d))).toBe(true);
  });

  it('the method’s own filters (begeleider, running on a date) combine with the grid’s', async () => {
    const org = alle[0].organisatieId;
    const r = await allePaginas({ organisatieId: org, actiefOp: '2026-01-01' });
    const verwacht = (await t.call('overeenkomst.list', { organisatieId: org, actiefOp: '2026-01-01' })).map((x) => x.id);
    expect(new Set(r.ids)).toEqual(new Set(verwacht));
    expect(r.alle).toBe(verwacht.length);
  });

  it('the begeleider list above the register: every organisation with a recognition, once, by name', async () => {
    const b = await t.call('overeenkomst.begeleiders', {});
    const erkend = new Map((await t.call('erkenning.list', {})).map((e) => [e.organisatieId, e.organisatieNaam]));
    expect(b.map((x) => x.organisatieId).sort((x, y) => x - y)).toEqual([...erkend.keys()].sort((x, y) => x - y));
    for (const x of b) expect(x.naam).toBe(erkend.get(x.organisatieId));
    const namen = b.map((x) => x.naam.toLowerCase());
    expect(namen).toEqual([...namen].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
  });

  it('the list rows hide the participant as in the unpaged list', async () => {
    const p = await t.call('overeenkomst.pagina', { start: 0, aantal: 3 });
    const uitLijst = new Map(alle.map((r) => [r.id, r]));
    for (const r of p.rijen) expect(r).toEqual(uitLijst.get(r.id));
    expect(p.rijen[0].deelnemerInszGemaskeerd).toMatch(/\*\*\*/);
  });

  it('refuses an unknown column, a filter of the wrong kind and a too large page, in Dutch, naming the field', async () => {
    const a = await t.fail('overeenkomst.pagina', { start: 0, aantal: 10, sortering: [{ colId: 'deelnemerInszGemaskeerd', sort: 'asc' }] });
    expect(a.code).toBe('VALIDATIE');
    expect(a.details?.[0]).toMatchObject({ veld: 'sortering' });
    expect(a.message + JSON.stringify(a.details)).toContain('deelnemerInszGemaskeerd');
    const b = await t.fail('overeenkomst.pagina', { start: 0, aantal: 10, filters: { werkpostNaam: { filterType: 'number', type: 'equals', filter: 3 } } });
    expect(b.details?.[0]).toMatchObject({ veld: 'filters.werkpostNaam' });
    const c = await t.fail('overeenkomst.pagina', { start: 0, aantal: 100_000 });
    expect(c.details?.[0].veld).toBe('aantal');
  });
});

describe('the other paged registers give the rows of their unpaged lists, in their default order', () => {
  async function paginas(methode: string, input: Record<string, unknown>): Promise<{ ids: number[]; totaal: number }> {
    const ids: number[] = [];
    let totaal = 0;
    for (;;) {
      const p = (await t.call(methode as 'overeenkomst.pagina', { ...input, start: ids.length, aantal: 1000 } as never)) as unknown as { rijen: { id: number }[]; totaal: number };
      totaal = p.totaal;
      ids.push(...p.rijen.map((r) => r.id));
      if (!p.rijen.length || ids.length >= totaal) return { ids, totaal };
    }
  }

  it('organisations (by name), also filtered on status and searched on an enterprise number without dots', async () => {
    const lijst = await t.call('organisatie.list', {});
    expect((await paginas('organisatie.pagina', {})).ids).toEqual(volgensNaam(lijst));
    const o = lijst[5];
    const zoek = await t.call('organisatie.pagina', { start: 0, aantal: 10, zoek: o.kbo.replace(/\./g, '') });
    expect(zoek.rijen.map((r) => r.id)).toEqual([o.id]);
    expect(zoek.alle).toBe(lijst.length);
    const actief = await t.call('organisatie.pagina', { start: 0, aantal: 1, status: 'actief' });
    expect(actief.totaal).toBe(lijst.filter((r) => r.status === 'actief').length);
  });

  it('audit trail (newest first), letters, trajectories and AMA SE participations', async () => {
    const audit = await t.call('audit.list', { limit: 50_000 });
    expect((await paginas('audit.pagina', {})).ids).toEqual(audit.map((r) => r.id));
    const docs = await t.call('document.list', {});
    expect((await paginas('document.pagina', {})).ids).toEqual(docs.map((r) => r.id));
    const trajecten = await t.call('traject.list', {});
    expect(trajecten.length).toBeGreaterThan(100);
    expect((await paginas('traject.pagina', {})).ids).toEqual(trajecten.map((r) => r.id));
    const se = await t.call('seOvereenkomst.list', {}, 'wse-dossierbeheerder');
    const p = await paginas('seOvereenkomst.pagina', {});
    expect(p.totaal).toBe(se.length);
    expect(new Set(p.ids)).toEqual(new Set(se.map((r) => r.id)));
    // A page's row is the list's row: masked INSZ, initial of the first name, the same signals.
    const eerste = (await t.call('seOvereenkomst.pagina', { start: 0, aantal: 1 })).rijen[0];
    expect(eerste).toEqual(se.find((r) => r.id === eerste.id));
  });
});

describe('document.pagina: one kind of letter (the letters list\'s "Soort brief")', () => {
  it('only letters of that kind, newest first, counted in the database; read along the kind\'s index', async () => {
    const db = t.ctx.sqlite;
    // Three acknowledgements of receipt through the API; one of them made another kind, so the filter leaves letters out.
    const org = db.prepare('SELECT min(id) FROM organisatie').pluck().get() as number;
    const brief = () => t.call('brief.uitgeven', { briefType: 'ontvangstmelding', organisatieId: org, aanvraagSoort: 'erkenning-ama-wvg', ontvangenOp: '2026-11-02', kanaalAanvraag: 'e-loket' } as never);
    const [, tweede] = [await brief(), await brief(), await brief()];
    db.prepare("UPDATE document SET brief_type = 'voornemen' WHERE id = ?").run(tweede.id);
    const per = db.prepare('SELECT brief_type AS soort, count(*) AS n FROM document GROUP BY brief_type ORDER BY n DESC').all() as { soort: string; n: number }[];
    expect(per.length).toBeGreaterThan(1);
    const { soort, n } = per[0];
    const p = await t.call('document.pagina', { start: 0, aantal: 500, briefType: soort });
    expect(p.totaal).toBe(n);
    expect(p.rijen.map((r) => r.briefType)).toEqual(Array(n).fill(soort));
    const ids = db.prepare('SELECT id FROM document WHERE brief_type = ? ORDER BY aangemaakt_op DESC, id DESC').pluck().all(soort);
    expect(p.rijen.map((r) => r.id)).toEqual(ids);
    expect((await t.call('document.pagina', { start: 0, aantal: 5, briefType: 'geen-bestaande-soort' })).totaal).toBe(0);

    const gezien: string[] = [];
    const prepare = db.prepare.bind(db);
    db.prepare = ((sql: string) => (gezien.push(sql), prepare(sql))) as typeof db.prepare;
    try {
      await t.call('document.pagina', { start: 0, aantal: 100, briefType: soort });
    } finally {
      db.prepare = prepare;
    }
    const sql = gezien.find((x) => x.includes('LIMIT ? OFFSET ?'))!;
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(soort, 100, 0) as { detail: string }[]).map((r) => r.detail).join('\n');
    expect(plan).toContain('document_brieftype_idx');
    expect(plan).not.toContain('TEMP B-TREE');
  });
});

function volgensNaam(rijen: { id: number; naam: string }[]): number[] {
  return [...rijen].sort((a, b) => (a.naam.toLowerCase() < b.naam.toLowerCase() ? -1 : a.naam.toLowerCase() > b.naam.toLowerCase() ? 1 : a.id - b.id)).map((r) => r.id);
}

describe('the first page of a register reads the rows it shows (migration 0018)', () => {
  /** The SQL of the page query a call issues, captured at prepare. */
  async function paginaPlan(methode: string): Promise<string> {
    const db = t.ctx.sqlite;
    const gezien: string[] = [];
    const prepare = db.prepare.bind(db);
    db.prepare = ((sql: string) => (gezien.push(sql), prepare(sql))) as typeof db.prepare;
    try {
      await t.call(methode as 'overeenkomst.pagina', { start: 0, aantal: 100 } as never);
    } finally {
      db.prepare = prepare;
    }
    const sql = gezien.find((s) => s.includes('LIMIT ? OFFSET ?'))!;
    return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(100, 0) as { detail: string }[]).map((r) => r.detail).join('\n');
  }

  it.each([
    ['overeenkomst.pagina', 'overeenkomst_start_idx'],
    ['organisatie.pagina', 'organisatie_naam_nocase_idx'],
    ['traject.pagina', 'traject_aanmelding_idx'],
    ['audit.pagina', 'audit_tijdstip_idx'],
    ['document.pagina', 'document_aangemaakt_idx'],
  ])('%s walks %s in order, without sorting the register', async (methode, index) => {
    const plan = await paginaPlan(methode);
    expect(plan).toContain(index);
    expect(plan).not.toContain('TEMP B-TREE');
  });
});
