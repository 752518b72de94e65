/**
 * `npm run seed:demo -- --db FILE [--scale N] [--force]`
 *
 * Opens (or creates) the database like the application does (migrations + reference data), then
 * loads reproducible demo organisations at the 2024 volumes × N. See db/seed/demo/index.ts.
 */
import path from 'node:path';
import { createApp } from '../../electron/core/app';
import { brusselsDate } from '../../shared/kernel/dates';
import { seedDemo, DemoAlAanwezigError, OngeldigeSchaalError, type DemoSummary } from './demo';
import { seedProcedures } from './demo/procedures';

const HULP = `Gebruik: npm run seed:demo -- --db BESTAND [--scale N] [--force]

  --db BESTAND   de SQLite-database (wordt aangemaakt als ze niet bestaat)
  --scale N      N keer de volumes van 2024 (1 ≈ 300 organisaties, 170 ≈ 51.000); standaard 1
  --force        ook laden als de database al demogegevens bevat (een bijkomende reeks)`;

const getal = (n: number) => new Intl.NumberFormat('nl-BE').format(Math.round(n));

function parseArgs(argv: string[]): { db: string; scale: number; force: boolean } {
  let db = '';
  let scale = 1;
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--db') db = argv[++i] ?? '';
    else if (a.startsWith('--db=')) db = a.slice(5);
    else if (a === '--scale') scale = Number(argv[++i]);
    else if (a.startsWith('--scale=')) scale = Number(a.slice(8));
    else if (a === '--force') force = true;
    else if (a === '--help' || a === '-h') {
      console.log(HULP);
      process.exit(0);
    } else {
      throw new Error(`Onbekende optie "${a}".\n\n${HULP}`);
    }
  }
  if (!db) throw new Error(`Geef de database met --db BESTAND.\n\n${HULP}`);
  return { db: path.resolve(db), scale, force };
}

export function printSummary(s: DemoSummary): void {
  const r = s.perRol;
  console.log('');
  console.log(`Demogegevens geladen (schaal ${s.scale}, reeks ${s.run}, seed ${s.seed}):`);
  console.log(`  organisaties                ${getal(s.organisaties).padStart(8)}  (id ${s.idVan} t.e.m. ${s.idTot})`);
  console.log(`    erkende begeleiders AMA WVG ${getal(r['ama-wvg-begeleider']).padStart(6)}`);
  console.log(`    maatwerkbedrijven (AMA SE)  ${getal(r.maatwerkbedrijf).padStart(6)}`);
  console.log(`    partners swv Zorg           ${getal(r['swv-zorg-partner']).padStart(6)}  in ${getal(s.rollen.samenwerkingsverbanden.length)} samenwerkingsverbanden`);
  console.log(`    andere, actief              ${getal(r.overig).padStart(6)}`);
  console.log(`    stopgezet                   ${getal(s.stopgezet).padStart(6)}`);
  console.log(`  contactpersonen             ${getal(s.contactpersonen).padStart(8)}`);
  const e = s.erkenningen;
  console.log(`  erkenningen AMA WVG         ${getal(e.erkenningen).padStart(8)}  (${getal(e.actief)} actief, waarvan ${getal(e.vervaltBinnen6Maanden)} binnen 6 maanden vervallend; ${getal(e.verlopen)} verlopen; ${getal(e.opgeheven)} opgeheven)`);
  const ovk = s.overeenkomsten;
  console.log(`  overeenkomsten AMA WVG      ${getal(ovk.overeenkomsten).padStart(8)}  (${getal(ovk.deelnemers)} deelnemers; ${getal(ovk.parallel)} met een tweede werkpost; ${getal(ovk.beeindigd)} beëindigd; ${getal(ovk.evaluatieAchterstallig)} evaluatie achterstallig; ${getal(ovk.zonderEindeNaEindeErkenning)} zonder einde na einde erkenning)`);
  console.log(`  aanvragen tot erkenning     ${getal(e.aanvragen).padStart(8)}  (${getal(e.lopendeAanvragen)} lopend)`);
  const z = s.swvZorg;
  console.log(`  samenwerkingsverbanden Zorg ${getal(z.samenwerkingsverbanden).padStart(8)}  (${getal(z.mandaten)} mandaten; ${getal(z.trajecten)} trajecten, ${getal(z.afgerond)} afgerond, ${getal(z.vroegtijdig)} vroegtijdig beëindigd)`);
  console.log(`  medewerkers toegevoegd      ${getal(s.medewerkers).padStart(8)}`);
  const perSec = s.organisaties / (s.ms.invoegen / 1000);
  console.log(
    `  tijd: genereren ${getal(s.ms.genereren)} ms, invoegen ${getal(s.ms.invoegen)} ms ` +
      `(${getal(perSec)} organisaties/s), totaal ${getal(s.ms.totaal)} ms`,
  );
  console.log('  audit: één auditregel (systeem, seed.demo) voor de hele reeks.');
}

async function main(): Promise<void> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error((err as Error).message);
    process.exit(2);
  }
  console.log(`Database openen: ${args.db}`);
  const app = createApp({ dbFile: args.db, log: () => {} });
  try {
    const summary = seedDemo(app.ctx.sqlite, {
      scale: args.scale,
      force: args.force,
      onProgress: (fase, gedaan, totaal) =>
        console.log(gedaan === 0 ? `  ${fase} (${getal(totaal)})…` : `  ${fase}: ${getal(gedaan)} / ${getal(totaal)}`),
    });
    printSummary(summary);
    console.log('  Procedures en subsidievoorstel via de API (als de demomedewerkers)…');
    const p = await seedProcedures(app, { vandaag: brusselsDate(new Date()), organisatieVan: summary.idVan, organisatieTot: summary.idTot });
    console.log(`  procedures opheffing          ${getal(p.procedures).padStart(6)}  (met ${getal(p.bezwaren)} bezwaar); subsidievoorstel ${p.subsidieVoorstel ?? 'geen'}; compensatie ${p.compensatie.join(', ') || 'geen'}`);
    for (const f of p.fouten) console.log(`  niet gelukt: ${f}`);
  } catch (err) {
    if (err instanceof DemoAlAanwezigError || err instanceof OngeldigeSchaalError) {
      console.error(err.message);
      process.exitCode = 1;
    } else {
      throw err;
    }
  } finally {
    app.close();
  }
}

void main();
