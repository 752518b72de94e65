/**
 * Issue 13: the host's memory after every register at 30× alone (also step 10 of `npm run bench`; bench/geheugen.ts).
 *
 *   npx tsx bench/geheugen.mts [--schaal 30]
 */
import { benchGeheugen, geheugenDoelen, geheugenTekst } from './geheugen';
import { getalOptie } from './lib';

const schaal = getalOptie('--schaal', 30);
const m = await benchGeheugen({ schaal });
console.log(geheugenTekst(m));
const gemist = geheugenDoelen(m);
console.log(gemist.length ? `NIET gehaald: ${gemist.join('; ')}` : 'Doel gehaald.');
process.exitCode = gemist.length ? 1 : 0;
