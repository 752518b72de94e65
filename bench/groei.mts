/**
 * Issue 13: every big list and run at 1×, 3×, 10× and 30× alone (also step 11 of `npm run bench`; bench/groei.ts).
 *
 *   npx tsx bench/groei.mts [--runs 15] [--schalen 1,3,10,30]
 */
import { benchGroei, groeiDoelen, groeiTabel, GROEI_SCHALEN } from './groei';
import { getalOptie, optie } from './lib';

const schalen = optie('--schalen')?.split(',').map(Number) ?? [...GROEI_SCHALEN];
const r = await benchGroei({ runs: getalOptie('--runs', 15), schalen });
console.log(groeiTabel(r));
const gemist = groeiDoelen(r);
console.log(gemist.length ? `Boven lineair:\n- ${gemist.join('\n- ')}` : 'Geen stap boven lineair.');
process.exitCode = gemist.length ? 1 : 0;
