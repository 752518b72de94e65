/**
 * Issue 13: the host's start at 10× volume alone (also step 9 of `npm run bench`; see bench/hoststart.ts).
 *
 *   npx tsx bench/hoststart.mts [--schaal 10] [--runs 5] [--extra-audit 1000000]
 */
import { benchHoststart, hoststartDoelen, hoststartTabel } from './hoststart';
import { getalOptie } from './lib';

const m = await benchHoststart({ schaal: getalOptie('--schaal', 10), runs: getalOptie('--runs', 5), extraAudit: getalOptie('--extra-audit', 0) });
console.log(`  ${m.mb} MB, ${m.auditRijen.toLocaleString('nl-BE')} auditregels\n${hoststartTabel(m)}`);
const gemist = hoststartDoelen(m);
console.log(gemist.length ? `NIET gehaald: ${gemist.join('; ')}` : 'Doel gehaald.');
process.exitCode = gemist.length ? 1 : 0;
