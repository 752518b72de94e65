/**
 * One process of the letter-batch bench (bench/brieven.ts): a render pool of `--workers` workers, as a host
 * has, and `--reeksen` batches of the reminders in a row, each on a fresh copy of `--basis`; one JSON line per
 * batch on stdout (`ReeksUitslag`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { gebruikRenderPool, maakRenderPool } from '../electron/core/letters/renderpool';
import { eenReeks } from './brieven';
import { getalOptie, optie } from './lib';

async function main(): Promise<void> {
  const basis = optie('--basis');
  const idsBestand = optie('--ids');
  const dir = optie('--dir');
  if (!basis || !idsBestand || !dir) throw new Error('Gebruik: brieven-kind.ts --basis FILE --ids FILE --dir DIR --workers N --reeksen N');
  const workers = getalOptie('--workers', 1);
  const reeksen = getalOptie('--reeksen', 3);
  const ids = JSON.parse(fs.readFileSync(idsBestand, 'utf8')) as number[];
  const pool = maakRenderPool(workers);
  gebruikRenderPool(pool);
  try {
    for (let r = 0; r < reeksen; r++) {
      const uitslag = await eenReeks(basis, ids, path.join(dir, `kind-${process.pid}-${r}.sqlite`));
      process.stdout.write(`${JSON.stringify(uitslag)}\n`);
    }
  } finally {
    await pool.sluit();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
