/**
 * `npx tsx bench/durability.ts` — the cost of a commit with synchronous = NORMAL (our setting, WAL)
 * against FULL: 2,000 small write transactions like an officer's (one row + its audit entry), on a
 * file in the same folder as the real database would be. Prints ms per commit and the ratio
 * (docs/operations.md, "Duurzaamheid").
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSqlite } from '../db/open';

const N = Number(process.argv[2] ?? 2000);

function meet(synchronous: 'NORMAL' | 'FULL'): number {
  const dir = fs.mkdtempSync(path.join(process.env.BENCH_DIR ?? os.tmpdir(), 'wzt-sync-'));
  const db = openSqlite(path.join(dir, 'd.sqlite'));
  db.pragma(`synchronous = ${synchronous}`);
  db.exec('CREATE TABLE rij (id INTEGER PRIMARY KEY, tekst TEXT); CREATE TABLE audit (id INTEGER PRIMARY KEY, tijdstip TEXT, nieuw TEXT)');
  const rij = db.prepare('INSERT INTO rij (tekst) VALUES (?)');
  const audit = db.prepare('INSERT INTO audit (tijdstip, nieuw) VALUES (?, ?)');
  const tx = db.transaction((i: number) => {
    rij.run(`rij ${i}`);
    audit.run(new Date().toISOString(), JSON.stringify({ i }));
  });
  const start = process.hrtime.bigint();
  for (let i = 0; i < N; i++) tx(i);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return ms / N;
}

meet('NORMAL'); // warm-up
const normal = Math.min(meet('NORMAL'), meet('NORMAL'), meet('NORMAL'));
const full = Math.min(meet('FULL'), meet('FULL'), meet('FULL'));
console.log(`synchronous=NORMAL: ${normal.toFixed(3)} ms per commit (${Math.round(1000 / normal)} commits/s)`);
console.log(`synchronous=FULL:   ${full.toFixed(3)} ms per commit (${Math.round(1000 / full)} commits/s)`);
console.log(`FULL / NORMAL: ${(full / normal).toFixed(1)}×`);
