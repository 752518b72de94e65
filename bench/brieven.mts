/**
 * Issue 13: a batch of 200 letters on 1 and on 2 render workers alone (also step 12 of `npm run bench`; bench/brieven.ts).
 *
 *   npx tsx bench/brieven.mts [--aantal 200] [--runs 4]
 */
import { benchBrieven, brievenDoelen, brievenTabel } from './brieven';
import { getalOptie } from './lib';

const b = await benchBrieven({ aantal: getalOptie('--aantal', 200), runs: getalOptie('--runs', 4), log: console.log });
console.log(brievenTabel(b));
const gemist = brievenDoelen(b);
console.log(gemist.length ? `NIET gehaald:\n- ${gemist.join('\n- ')}` : 'Doel gehaald: ≥ 1,7× op 2 workers, dezelfde bytes en voortgang.');
process.exitCode = gemist.length ? 1 : 0;
