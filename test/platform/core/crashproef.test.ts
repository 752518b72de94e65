/**
 * Crash trials (issue 14): a writer process (test/helpers/schrijver.mts) creates organisations and issues
 * letters as fast as it can on one database file and is killed with SIGKILL at a random moment, 20 times
 * in a row on the same file. After every kill the database must be whole: integrity_check and
 * foreign_key_check clean, every organisation and every document with its audit entry, every stored
 * PDF matching its sha256, the audit hash chain intact — and the next writer starts on it.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqlite } from '../../../db/open';
import { verifieerAuditketen } from '../../../electron/core/platform/auditketen';

const ROOT = path.resolve(import.meta.dirname ?? '.', '../../..');
const PROEVEN = Number(process.env.CRASH_PROEVEN ?? 20);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wzt-crash-'));
const bestand = path.join(dir, 'crash.sqlite');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Start a writer, let it commit for a random while after its first commit, then kill -9; resolves with the commits it reported. */
function proef(wachtMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const kind = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'test/helpers/schrijver.mts'), bestand], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let uit = '';
    let fout = '';
    let getimed = false;
    kind.stdout.on('data', (b: Buffer) => {
      uit += b.toString();
      if (!getimed && uit.includes('geschreven')) {
        getimed = true;
        setTimeout(() => kind.kill('SIGKILL'), wachtMs);
      }
    });
    kind.stderr.on('data', (b: Buffer) => (fout += b.toString()));
    kind.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`De schrijver stopte zelf (${code}): ${fout.slice(0, 2000)}`));
      else resolve((uit.match(/geschreven/g) ?? []).length);
    });
  });
}

describe(`crash trials: kill -9 during writes, ${PROEVEN} times on one database`, () => {
  it('leaves a consistent database after every kill', async () => {
    let gemeld = 0;
    for (let i = 0; i < PROEVEN; i++) {
      gemeld += await proef(50 + Math.floor(Math.random() * 400));
      const db = openSqlite(bestand);
      try {
        expect(db.pragma('integrity_check', { simple: true }), `proef ${i + 1}`).toBe('ok');
        expect(db.pragma('foreign_key_check'), `proef ${i + 1}`).toEqual([]);
        const zonderAudit = db
          .prepare(
            `SELECT 'organisatie ' || o.id FROM organisatie o WHERE NOT EXISTS (SELECT 1 FROM audit_entry a WHERE a.entiteit = 'organisatie' AND a.entiteit_id = CAST(o.id AS text) AND a.actie = 'aangemaakt')
             UNION ALL
             SELECT 'document ' || d.id FROM document d WHERE NOT EXISTS (SELECT 1 FROM audit_entry a WHERE a.entiteit = 'document' AND a.entiteit_id = CAST(d.id AS text))`,
          )
          .pluck()
          .all();
        expect(zonderAudit, `proef ${i + 1}: rijen zonder auditregel`).toEqual([]);
        for (const d of db.prepare('SELECT id, sha256, grootte, inhoud FROM document').iterate() as IterableIterator<{ id: number; sha256: string; grootte: number; inhoud: Buffer }>) {
          expect(createHash('sha256').update(d.inhoud).digest('hex'), `document ${d.id}`).toBe(d.sha256);
          expect(d.inhoud.length).toBe(d.grootte);
        }
        expect(verifieerAuditketen(db), `proef ${i + 1}`).toMatchObject({ ok: true });
        // Every commit the writer reported is there (a commit is durable once reported).
        expect(db.prepare("SELECT count(*) FROM organisatie WHERE naam LIKE 'vzw Crashproef %'").pluck().get() as number).toBeGreaterThanOrEqual(gemeld);
      } finally {
        db.close();
      }
    }
    expect(gemeld).toBeGreaterThan(PROEVEN);
  }, 60_000 + PROEVEN * 15_000);
});
