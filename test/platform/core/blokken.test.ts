import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/app';
import { voegToeInBlokken } from '../../../electron/core/platform/blokken';

/** Rows written in blocks land exactly as one statement per row would write them: all, in order, with their values. */
let t: TestApp;
beforeAll(() => {
  t = createTestApp();
  t.ctx.sqlite.exec('CREATE TABLE proef (id INTEGER PRIMARY KEY, a INTEGER NOT NULL, b TEXT)');
});
afterAll(() => t.close());

describe('voegToeInBlokken', () => {
  it('writes every row in order: whole blocks, the remainder, and none', () => {
    const db = t.ctx.sqlite;
    const rijen = (n: number, van = 0) => Array.from({ length: n }, (_, i) => [van + i, (van + i) % 3 ? `r${van + i}` : null] as const);
    expect(voegToeInBlokken(db, 'proef', ['a', 'b'], rijen(250), 100)).toBe(250);
    expect(voegToeInBlokken(db, 'proef', ['a', 'b'], rijen(7, 250), 100)).toBe(7);
    expect(voegToeInBlokken(db, 'proef', ['a', 'b'], [], 100)).toBe(0);
    const gelezen = db.prepare('SELECT a, b FROM proef ORDER BY id').raw().all();
    expect(gelezen).toEqual(rijen(257).map((r) => [...r]));
  });

  it('a row that breaks a constraint fails the block (the caller’s transaction then rolls back)', () => {
    const db = t.ctx.sqlite;
    const voor = t.count('proef');
    expect(() => db.transaction(() => voegToeInBlokken(db, 'proef', ['a', 'b'], [[1, 'x'], [null, 'fout']], 100))()).toThrow(/NOT NULL/);
    expect(t.count('proef')).toBe(voor);
  });
});
