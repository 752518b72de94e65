import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/app';
import { maakBegeleider } from '../../helpers/overeenkomsten';

let t: TestApp;
const ROOT = path.resolve(import.meta.dirname ?? '.', '../../..');

beforeEach(async () => {
  t = createTestApp();
  // A few ordinary audited writes.
  for (const naam of ['vzw Keten A', 'vzw Keten B', 'vzw Keten C']) await maakBegeleider(t, { naam });
});
afterEach(() => t.close());

const sql = (q: string, ...p: unknown[]) => t.ctx.sqlite.prepare(q).run(...p);
const laatste = () => t.ctx.sqlite.prepare('SELECT id FROM audit_entry ORDER BY id DESC LIMIT 1').pluck().get() as number;

describe('tamper-evident audit trail (hash chain; audit.verifieer, npm run audit:verifieer)', () => {
  it('an untouched trail verifies, with its head hash; every entry is sealed when written', async () => {
    const r = await t.call('audit.verifieer', {}, 'beheerder');
    expect(r).toMatchObject({ ok: true, eersteFout: null, aantalGewist: 0 });
    expect(r.aantalRegels).toBe(t.count('audit_entry'));
    expect(r.kopHash).toMatch(/^[0-9a-f]{64}$/);
    expect(t.ctx.sqlite.prepare('SELECT count(*) FROM audit_entry WHERE keten_hash IS NULL OR inhoud_hash IS NULL').pluck().get()).toBe(0);
  });

  it('the unsealed entries are found through a partial index, not by reading the whole trail (start-up, issue 13)', () => {
    const plan = t.ctx.sqlite.prepare('EXPLAIN QUERY PLAN SELECT min(id) AS id FROM audit_entry WHERE keten_hash IS NULL').all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('USING INDEX audit_onverzegeld_idx');
  });

  it('a value changed with raw SQL is found at that entry', async () => {
    const id = laatste() - 1;
    sql("UPDATE audit_entry SET gebruiker = 'Iemand Anders' WHERE id = ?", id);
    expect(await t.call('audit.verifieer', {}, 'beheerder')).toMatchObject({ ok: false, eersteFout: { id, melding: expect.stringMatching(/inhoud .* gewijzigd/) } });
  });

  it('a removed entry is found at the entry after it; a row inserted with a forged hash too', async () => {
    const id = laatste() - 1;
    sql('DELETE FROM audit_entry WHERE id = ?', id);
    expect(await t.call('audit.verifieer', {}, 'beheerder')).toMatchObject({ ok: false, eersteFout: { id: id + 1, melding: expect.stringMatching(/keten is hier verbroken/) } });
  });

  it('marking an entry as erased does not hide a changed link; the CLI reports the same and exits 1', async () => {
    const id = laatste();
    sql("UPDATE audit_entry SET gewist_op = '2026-01-01', inhoud_hash = 'x' WHERE id = ?", id);
    expect(await t.call('audit.verifieer', {}, 'beheerder')).toMatchObject({ ok: false, eersteFout: { id } });
    t.ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const cli = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/audit-verifieer.ts'), t.file], { encoding: 'utf8', cwd: ROOT });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain(`NIET in orde vanaf regel ${id}`);
  });

  it('entries written without a hash (seeds, migrations) are sealed before the next entry; only a beheerder may verify', async () => {
    sql("INSERT INTO audit_entry (tijdstip, gebruiker, rol, methode, entiteit, entiteit_id, actie) VALUES ('2026-11-22T09:00:00Z', 'systeem', 'beheerder', 'seed.test', 'x', '1', 'aangemaakt')");
    await maakBegeleider(t, { naam: 'vzw Na de seed' });
    await t.call('retentie.voerUit', { proef: false }, 'beheerder');
    expect(await t.call('audit.verifieer', {}, 'beheerder')).toMatchObject({ ok: true });
    expect(await t.fail('audit.verifieer', {}, 'lezer')).toMatchObject({ code: 'VERBODEN' });
  });
});
