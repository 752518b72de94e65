import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/app';
import { eenmaalBereid } from '../../../db/open';

/** Statements kept per connection: the same one for the same SQL and form, never shared across forms or connections. */
let a: TestApp;
let b: TestApp;
beforeAll(() => {
  a = createTestApp();
  b = createTestApp();
  for (const t of [a, b]) t.ctx.sqlite.exec("CREATE TABLE proef (id INTEGER PRIMARY KEY, naam TEXT NOT NULL); INSERT INTO proef (naam) VALUES ('een'), ('twee')");
});
afterAll(() => {
  a.close();
  b.close();
});

describe('eenmaalBereid', () => {
  const SQL = 'SELECT id, naam FROM proef WHERE id = ?';

  it('gives the same statement for the same SQL on one connection, a new one on another', () => {
    const eerste = eenmaalBereid(a.ctx.sqlite, SQL);
    expect(eenmaalBereid(a.ctx.sqlite, SQL)).toBe(eerste);
    expect(eenmaalBereid(b.ctx.sqlite, SQL)).not.toBe(eerste);
    expect(eerste.get(2)).toEqual({ id: 2, naam: 'twee' });
  });

  it('keeps the rows form and the first-column form of one query apart', () => {
    const waarde = eenmaalBereid(a.ctx.sqlite, SQL, 'waarde');
    expect(waarde).not.toBe(eenmaalBereid(a.ctx.sqlite, SQL));
    expect(waarde.get(1)).toBe(1);
    // Asking for the rows form after the first-column one still gives rows.
    expect(eenmaalBereid(a.ctx.sqlite, SQL).get(1)).toEqual({ id: 1, naam: 'een' });
  });

  it('reads what was written after it was prepared', () => {
    const st = eenmaalBereid(a.ctx.sqlite, 'SELECT count(*) AS n FROM proef');
    expect(st.get()).toEqual({ n: 2 });
    a.ctx.sqlite.prepare("INSERT INTO proef (naam) VALUES ('drie')").run();
    expect(st.get()).toEqual({ n: 3 });
  });
});
