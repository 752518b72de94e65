import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/app';
import { maakBegeleider } from '../../helpers/overeenkomsten';
import { dump } from '../../fixtures/dump';

let t: TestApp;
beforeEach(async () => {
  t = createTestApp();
  await maakBegeleider(t, { naam: 'vzw Voor de backup' });
});
afterEach(() => t.close());

const organisaties = () => t.ctx.sqlite.prepare('SELECT naam FROM organisatie ORDER BY id').pluck().all();

describe('backup and restore in the app (SQLite backup API)', () => {
  it('a backup on demand: a consistent copy with a manifest (size, schema, sha256, audit head), listed newest first, audited', async () => {
    const b = await t.call('backup.maak', {}, 'beheerder');
    expect(b).toMatchObject({ soort: 'op-vraag', schemaversie: expect.any(Number), sha256: expect.stringMatching(/^[0-9a-f]{64}$/), auditKopHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const bestand = path.join(t.ctx.backup!.map, b.bestand);
    expect(fs.statSync(bestand).size).toBe(b.grootte);
    const lijst = await t.call('backup.lijst', {}, 'beheerder');
    expect(lijst.backups.map((x) => x.bestand)).toEqual([b.bestand]);
    expect(await t.call('audit.list', { entiteit: 'backup' }, 'beheerder')).toMatchObject([{ actie: 'aangemaakt', entiteitId: b.bestand }]);
    expect(await t.fail('backup.maak', {}, 'zorg-dossierbeheerder')).toMatchObject({ code: 'VERBODEN' });
  });

  it('round trip: restore gives back exactly the data of the backup; the state before is kept as a backup; the restore is audited', async () => {
    const b = await t.call('backup.maak', {}, 'beheerder');
    const dumpBijBackup = dumpZonder(t);
    await maakBegeleider(t, { naam: 'vzw Na de backup' });
    expect(organisaties()).toEqual(['vzw Voor de backup', 'vzw Na de backup']);

    t.ctx.now = () => new Date('2026-11-22T10:00:00Z');
    const r = await t.call('backup.herstel', { bestand: b.bestand }, 'beheerder');
    expect(organisaties()).toEqual(['vzw Voor de backup']);
    // Identical to the moment of the backup, apart from the audit entries about backup and restore themselves.
    expect(dumpZonder(t)).toEqual(dumpBijBackup);
    expect(r.voorHerstel.soort).toBe('voor-herstel');
    expect((await t.call('audit.list', { entiteit: 'backup' }, 'beheerder')).map((a) => a.actie)).toContain('hersteld');
    expect(await t.call('audit.verifieer', {}, 'beheerder')).toMatchObject({ ok: true });
    // The state before the restore can itself be restored.
    await t.call('backup.herstel', { bestand: r.voorHerstel.bestand }, 'beheerder');
    expect(organisaties()).toEqual(['vzw Voor de backup', 'vzw Na de backup']);
  });

  it('a damaged, foreign or changed file is refused and nothing changes', async () => {
    const b = await t.call('backup.maak', {}, 'beheerder');
    const bestand = path.join(t.ctx.backup!.map, b.bestand);
    const voor = organisaties();
    fs.writeFileSync(bestand, Buffer.from('geen databank'));
    expect(await t.fail('backup.herstel', { bestand: b.bestand }, 'beheerder')).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'bestand' }] });
    expect(await t.fail('backup.herstel', { bestand: '../test.sqlite' }, 'beheerder')).toMatchObject({ code: 'VALIDATIE' });
    expect(await t.fail('backup.herstel', { bestand: 'wzt-2020-01-01T00-00-00-000Z-op-vraag.sqlite' }, 'beheerder')).toMatchObject({ code: 'VALIDATIE' });
    expect(organisaties()).toEqual(voor);
  });

  it('keeps the newest N', async () => {
    t.ctx.backup = { ...t.ctx.backup!, aantal: 2 };
    const namen: string[] = [];
    for (let i = 0; i < 4; i++) {
      t.ctx.now = () => new Date(Date.UTC(2026, 10, 22, 10, i));
      namen.push((await t.call('backup.maak', {}, 'beheerder')).bestand);
    }
    expect((await t.call('backup.lijst', {}, 'beheerder')).backups.map((b) => b.bestand)).toEqual([namen[3], namen[2]]);
    expect(fs.readdirSync(t.ctx.backup!.map).filter((f) => f.endsWith('.sqlite'))).toHaveLength(2);
  });
});

/** The whole database as SQL, without the audit trail and the migrations log (which record the restore itself). */
function dumpZonder(t: TestApp): string {
  return dump(t.ctx.sqlite)
    .split('\n')
    .filter((r) => !/^INSERT INTO "(audit_entry|toegangslog|sqlite_sequence)"|^INSERT INTO sqlite_sequence/.test(r))
    .join('\n');
}
