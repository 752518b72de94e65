/**
 * `npm run bench` — performance figures with synthetic demo data (db/seed/demo), in one run:
 *
 *  1. the demo seed itself at scale 1, 10 and 170 (≈ 300, 3,000, 51,000 organisations);
 *  2. `organisatie.list` (all rows) through the HTTP host vs the raw SQL + JSON.stringify, and
 *     through the router in-process, at the three scales; and with a search term;
 *  3. one letter (ontvangstmelding) through the pipeline vs bare pdfmake with the same definition;
 *  4. the AMA WVG subsidy run, 5. the compensation of the samenwerkingsverbanden Zorg and 6. the AMA SE settlement
 *     and evaluation at 10× volume, each against one hand-written SQL computing the same amounts
 *     (bench/subsidie.ts, bench/compensatie.ts, bench/afrekening.ts); 7. the yearly report (bench/rapport.ts);
 *  8. the agreements register in Chromium (bench/grid.ts); 9. the host's start; 10. its memory; 11. growth at 1×–30×;
 *  12. a batch of 200 letters on 1 and 2 render workers (bench/brieven.ts).
 *
 * Options: --runs N (measured runs, default 15), --letter-runs N (default 25), --warmup N (default 3), --quick (5 runs, no
 * scale 170), --save (also write bench/results/<date>.json next to latest.json; <date>-2.json … when it exists).
 * See docs/performance.md for what the numbers mean.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { aanmelden, createApp, type App } from '../electron/core/app';
import type { Caller } from '../electron/core/platform/context';
import { createCallContext } from '../electron/core/platform/router';
import { ORGANISATIE_LIST_SQL } from '../electron/core/modules/organisatie/organisatie';
import { startHttpHost, type HttpHost } from '../electron/host/server';
import { buildBrief, renderPdf, resolveBrief, robotoDir, type DocDefinition } from '../electron/core/letters';
import { contract } from '../shared/api/contract';
import { seedDemo, type DemoSummary } from '../db/seed/demo';
import { getal, getalOptie, interleaved, ms, ratio, table, type Stats } from './lib';
import { benchSubsidie, subsidieTabel } from './subsidie';
import { benchCompensatie, compensatieTabel } from './compensatie';
import { afrekeningTabel, benchAfrekening } from './afrekening';
import { benchRapport } from './rapport';
import { benchGrid, gridDoelen, gridTabel, type GridMeting } from './grid';
import { benchHoststart, hoststartDoelen, hoststartTabel } from './hoststart';
import { benchGeheugen, geheugenDoelen, geheugenTekst } from './geheugen';
import { benchGroei, groeiDoelen, groeiTabel } from './groei';
import { benchBrieven, brievenDoelen, brievenTabel } from './brieven';

// A full collection before each phase, so garbage of the previous phase is not billed to the next.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const here = path.dirname(fileURLToPath(import.meta.url));
const flag = (name: string) => process.argv.includes(name);
const QUICK = flag('--quick');
const RUNS = getalOptie('--runs', QUICK ? 5 : 15);
/** Letters are cheap and noisy: more runs. */
const LETTER_RUNS = getalOptie('--letter-runs', QUICK ? 5 : 25);
const WARMUP = getalOptie('--warmup', QUICK ? 1 : 3);
const SCALES = QUICK ? [1, 10] : [1, 10, 170];
const ZOEKTERM = 'Lokeren';

/** The demo dossierbeheerder Zorg (a medewerker created by the demo seed). */
const DOSSIERBEHEERDER = { gebruiker: 'Katrien Van den Broeck', rol: 'zorg-dossierbeheerder' } as const;

interface Dataset {
  scale: number;
  app: App;
  seed: DemoSummary;
  seedWallMs: number;
  caller: Caller;
}

const log = (s = '') => console.log(s);

async function main(): Promise<void> {
  const started = performance.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wzt-bench-'));
  const datasets: Dataset[] = [];
  const hosts: HttpHost[] = [];
  try {
    const loadVoor = os.loadavg().map(round);
    log(`WZT Backoffice benchmark — ${os.cpus().length} cores, Node ${process.version}, ${RUNS} runs na ${WARMUP} opwarmrondes`);
    log(`Belasting van de machine bij de start (load average 1/5/15 min): ${loadVoor.join(' / ')}`);

    // 1. Seed (the realistic scale first, then the letter on it before the big data sets exist) --
    const seedScale = (scale: number) => {
      gc();
      const app = createApp({ dbFile: path.join(dir, `bench-${scale}.sqlite`), log: () => {} });
      const t0 = performance.now();
      const seed = seedDemo(app.ctx.sqlite, { scale });
      const seedWallMs = performance.now() - t0;
      datasets.push({ scale, app, seed, seedWallMs, caller: aanmelden(app.ctx.sqlite, DOSSIERBEHEERDER) });
      log(`   schaal ${scale}: ${getal(seed.organisaties, 0)} organisaties in ${ms(seedWallMs)}`);
    };
    log('\n1. Demogegevens laden');
    seedScale(SCALES[0]);

    // 2. Letter (on the realistic scale-1 data) ---------------------------------------------------
    log('\n2. Eén brief (ontvangstmelding): pijplijn tegen kale pdfmake');
    gc();
    const brief = await benchLetter(datasets[0]);

    log('\n1. Demogegevens laden (vervolg)');
    for (const scale of SCALES.slice(1)) seedScale(scale);
    const seedRows = datasets.map((d) => {
      const rijen = d.seed.organisaties + d.seed.contactpersonen;
      return {
        scale: d.scale,
        organisaties: d.seed.organisaties,
        contactpersonen: d.seed.contactpersonen,
        genererenMs: round(d.seed.ms.genereren),
        invoegenMs: round(d.seed.ms.invoegen),
        totaalMs: round(d.seedWallMs),
        organisatiesPerS: Math.round(d.seed.organisaties / (d.seedWallMs / 1000)),
        rijenPerSInvoegen: Math.round(rijen / (d.seed.ms.invoegen / 1000)),
      };
    });

    // 3. organisatie.list -----------------------------------------------------------------------
    log('\n3. organisatie.list');
    const lijst = [];
    const zoeken = [];
    for (const d of datasets) {
      const host = await startHttpHost({ app: d.app, caller: d.caller, port: 0 });
      hosts.push(host);
      gc();
      const r = await benchList(d, host);
      lijst.push(r.lijst);
      zoeken.push(r.zoeken);
      log(`   schaal ${d.scale}: ${getal(r.lijst.rijen, 0)} rijen, HTTP ${ms(r.lijst.http.medianMs)} tegen ruw ${ms(r.lijst.raw.medianMs)}`);
    }

    // 4. Subsidy run AMA WVG at 10× volume (bench/subsidie.ts) ----------------------------------
    log('\n4. Subsidierun AMA WVG 2026-H1 (≈ 40.000 overeenkomsten): SQL-aggregaat tegen berekenRun en berekenVoorstel');
    gc();
    const subsidie = await benchSubsidie({ runs: QUICK ? 3 : Math.min(RUNS, 10), warmup: QUICK ? 1 : 2, log, dir });

    // 5. Compensation of the samenwerkingsverbanden Zorg at 10× volume (bench/compensatie.ts) ----------
    log('\n5. Compensatierun samenwerkingsverbanden Zorg 2026-H1 (≈ 15.000 trajecten): SQL tegen berekenRun en berekenVoorstel');
    gc();
    const compensatie = await benchCompensatie({ runs: QUICK ? 3 : Math.min(RUNS, 10), warmup: QUICK ? 1 : 2, log, dir });

    // 6. AMA SE settlement and evaluation at 10× volume (bench/afrekening.ts) ----------
    log('\n6. Jaarafrekening en evaluatie AMA SE (demo schaal 10: 860 maatwerkbedrijven): SQL tegen berekenRun en de API');
    gc();
    const afrekening = await benchAfrekening({ runs: QUICK ? 3 : Math.min(RUNS, 10), warmup: QUICK ? 1 : 2, log, dir });

    // 7. The yearly report at 10× volume (bench/rapport.ts) ----------
    log('\n7. Jaarverslag (demo schaal 10): SQL per tabel tegen rapport.jaarverslag');
    gc();
    const rapport = await benchRapport({ runs: QUICK ? 3 : Math.min(RUNS, 10), warmup: QUICK ? 1 : 2, log });

    // 8. The agreements register in Chromium at 10× and 30× (bench/grid.mts) ----------
    log('\n8. Register van de overeenkomsten in Chromium (schaal 10 en 30): openen, laden, sorteren, filteren tegen kale AG Grid');
    const grid: GridMeting[] = [];
    for (const schaal of QUICK ? [10] : [10, 30]) {
      gc();
      grid.push(await benchGrid(schaal, QUICK ? 3 : Math.min(RUNS, 15)));
    }

    // 9. The host's start on a store at 10× (bench/hoststart.ts) ----------
    log('\n9. Start van de host (schaal 10): processtart tot het eerste antwoord, gebouwd tegen tsx');
    gc();
    const hoststart = await benchHoststart({ schaal: 10, runs: QUICK ? 3 : 5, log });

    // 10. The host's memory after every register at 30× (bench/geheugen.ts) ----------
    log('\n10. Geheugen van de host na het openen van elk register (schaal ' + (QUICK ? 10 : 30) + ')');
    gc();
    const geheugen = await benchGeheugen({ schaal: QUICK ? 10 : 30, log });

    // 11. Every big list and run at 1×, 3×, 10×, 30× (bench/groei.ts) ----------
    log('\n11. Groei: elke grote lijst en run op schaal 1, 3, 10 en 30, µs per rij');
    gc();
    const groei = await benchGroei({ runs: QUICK ? 5 : 15, schalen: QUICK ? [1, 3, 10] : [1, 3, 10, 30], log });

    // 12. A batch of 200 letters on 1 and 2 render workers (bench/brieven.ts) ----------
    log('\n12. Briefreeks: 200 herinneringen met 1 en met 2 workers (zelfde bytes, zelfde voortgang)');
    gc();
    const brieven = await benchBrieven({ aantal: 200, runs: QUICK ? 2 : 4, log });

    const duurS = round((performance.now() - started) / 1000);
    const result = {
      datum: new Date().toISOString(),
      machine: { ...machine(), loadavgStart: loadVoor, loadavgEinde: os.loadavg().map(round) },
      instellingen: { runs: RUNS, briefRuns: LETTER_RUNS, warmup: WARMUP, scales: SCALES, zoekterm: ZOEKTERM },
      duurS,
      seed: seedRows,
      lijst,
      zoeken,
      brief,
      subsidie,
      compensatie,
      afrekening,
      rapport,
      grid,
      hoststart,
      geheugen,
      groei,
      brieven,
    };

    // Report -------------------------------------------------------------------------------------
    log('\n=== Resultaten (mediaan / p95 in ms; verhouding = mediaan ÷ mediaan) ===\n');
    log('Demogegevens laden (seedDemo: genereren + invoegen in één transactie)');
    log(table(
      ['schaal', 'organisaties', 'contactpers.', 'genereren', 'invoegen', 'totaal', 'org/s', 'rijen/s (invoegen)'],
      seedRows.map((s) => [s.scale, getal(s.organisaties, 0), getal(s.contactpersonen, 0), ms(s.genererenMs), ms(s.invoegenMs),
        ms(s.totaalMs), getal(s.organisatiesPerS, 0), getal(s.rijenPerSInvoegen, 0)]),
    ));
    log('\norganisatie.list, alle rijen');
    log(table(
      ['schaal', 'rijen', 'JSON', 'enkel SQL', 'ruw SQL+stringify', 'router', 'HTTP', 'router÷ruw', 'HTTP÷ruw'],
      lijst.map((l) => [l.scale, getal(l.rijen, 0), kb(l.bytes), mp(l.query), mp(l.raw), mp(l.router), mp(l.http), `${getal(l.ratioRouterRaw, 2)}×`,
        `${getal(l.ratioHttpRaw, 2)}×`]),
    ));
    log(`\norganisatie.list met zoekterm "${ZOEKTERM}"`);
    log(table(
      ['schaal', 'rijen', 'ruw SQL+stringify', 'HTTP', 'HTTP÷ruw'],
      zoeken.map((z) => [z.scale, getal(z.rijen, 0), mp(z.raw), mp(z.http), `${getal(z.ratioHttpRaw, 2)}×`]),
    ));
    log(`\nBrief (ontvangstmelding, ${brief.paginas} blz., ${kb(brief.bytes)})`);
    log(table(
      ['variant', 'mediaan / p95', '÷ kale pdfmake'],
      [
        ['kale pdfmake (createPdf().getBuffer())', mp(brief.bare), '1×'],
        ['renderPdf (pijplijn, zelfde definitie)', mp(brief.renderPdf), `${getal(brief.ratioRenderPdfBare, 2)}×`],
        ['brief.voorbeeld via router', mp(brief.voorbeeld), `${getal(brief.ratioVoorbeeldBare, 2)}×`],
        ['brief.uitgeven via router (+ opslag)', mp(brief.uitgeven), `${getal(brief.ratioUitgevenBare, 2)}×`],
      ],
    ));
    log(`\nSubsidierun 2026-H1 (${getal(subsidie.overeenkomsten, 0)} overeenkomsten, ${getal(subsidie.lijnen, 0)} deelnemerlijnen, ${getal(subsidie.begeleiders, 0)} begeleiders)`);
    log(subsidieTabel(subsidie));
    log(`\nCompensatierun 2026-H1 (${getal(compensatie.lijnen, 0)} trajecten, ${getal(compensatie.aanspreekpunten, 0)} aanspreekpunten)`);
    log(compensatieTabel(compensatie));
    log(`\nJaarafrekening en evaluatie AMA SE (${getal(afrekening.maatwerkbedrijven, 0)} maatwerkbedrijven, ${getal(afrekening.deelnames, 0)} begeleidingsovereenkomsten)`);
    log(afrekeningTabel(afrekening));
    log(`\nJaarverslag: SQL ${getal(rapport.sql.medianMs)} ms, rapport.jaarverslag ${getal(rapport.jaarverslag.medianMs)} ms (${getal(rapport.ratio, 2)}×)`);
    log('\nRegister van de overeenkomsten (mediaan)');
    log(gridTabel(grid));
    log('\nStart van de host (schaal 10)');
    log(hoststartTabel(hoststart));
    log(`\nGeheugen van de host: ${geheugenTekst(geheugen)}`);
    log('\nBriefreeks (200 herinneringen, mediaan)');
    log(brievenTabel(brieven));
    log('\nGroei (mediaan in ms, µs per rij van het register; stap = groei van de tijd ÷ groei van de rijen)');
    log(groeiTabel(groei));

    // The goals of issue 13 that this run measures: a miss is printed and makes the run fail.
    const gemist = [
      ...gridDoelen(grid),
      ...hoststartDoelen(hoststart),
      ...geheugenDoelen(geheugen),
      ...groeiDoelen(groei),
      ...brievenDoelen(brieven),
      ...[['subsidierun AMA WVG', subsidie.ratioVoorstelSql], ['compensatierun', compensatie.ratioVoorstelSql], ['jaarafrekening AMA SE', afrekening.ratioVoorstelSql]]
        .filter(([, r]) => Number(r) > 2)
        .map(([naam, r]) => `${naam}: ${getal(Number(r), 2)}× de SQL (doel ≤ 2×)`),
    ];
    log(gemist.length ? `\nDoelen van issue 13 NIET gehaald:\n- ${gemist.join('\n- ')}` : '\nAlle gemeten doelen van issue 13 gehaald.');
    process.exitCode = gemist.length ? 1 : 0;
    log(`\nDuur: ${getal(duurS)} s; load average bij start ${loadVoor.join(' / ')}, op het einde ${result.machine.loadavgEinde.join(' / ')}` +
      ' (boven ~0,5 per core zijn de cijfers door andere processen beïnvloed).');

    const resultsDir = path.join(here, 'results');
    fs.mkdirSync(resultsDir, { recursive: true });
    const json = `${JSON.stringify(result, null, 2)}\n`;
    fs.writeFileSync(path.join(resultsDir, 'latest.json'), json);
    log(`Geschreven: bench/results/latest.json`);
    if (flag('--save')) {
      // A second run on the same day gets its own file (<date>-2.json, …): a saved run is a record, never overwritten.
      const dag = result.datum.slice(0, 10);
      let file = `${dag}.json`;
      for (let n = 2; fs.existsSync(path.join(resultsDir, file)); n++) file = `${dag}-${n}.json`;
      fs.writeFileSync(path.join(resultsDir, file), json, { flag: 'wx' });
      log(`Geschreven: bench/results/${file}`);
    }
  } finally {
    for (const h of hosts) await h.close();
    for (const d of datasets) d.app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function benchList(d: Dataset, host: HttpHost) {
  const db = d.app.ctx.sqlite;
  // The raw baseline: the same SQL and order as the handler, prepared once, then JSON.stringify.
  const rawAll = db.prepare(`${ORGANISATIE_LIST_SQL} ORDER BY o.naam`);
  const zoekSql = `${ORGANISATIE_LIST_SQL}
    WHERE (o.naam LIKE ? ESCAPE '\\' OR o.gemeente LIKE ? ESCAPE '\\' OR replace(o.kbo, '.', '') LIKE ?) ORDER BY o.naam`;
  const rawZoek = db.prepare(zoekSql);
  const like = `%${ZOEKTERM}%`;
  const post = (body: unknown) => postJson(host, '/api/organisatie.list', body);

  const check = JSON.parse(await post({})) as { ok: boolean; value: unknown[] };
  if (!check.ok || check.value.length !== d.seed.organisaties) throw new Error('organisatie.list via HTTP gaf niet alle rijen.');
  const bytes = Buffer.byteLength(JSON.stringify(rawAll.all()));

  const all = await interleaved(
    {
      query: () => rawAll.all(),
      raw: () => JSON.stringify(rawAll.all()),
      router: () => d.app.router('organisatie.list', {}, d.caller),
      http: () => post({}),
    },
    { runs: RUNS, warmup: WARMUP },
  );
  const zoekRijen = (rawZoek.all(like, like, `%${ZOEKTERM}%`) as unknown[]).length;
  const zoek = await interleaved(
    {
      raw: () => JSON.stringify(rawZoek.all(like, like, `%${ZOEKTERM}%`)),
      http: () => post({ zoek: ZOEKTERM }),
    },
    { runs: RUNS, warmup: WARMUP },
  );
  return {
    lijst: {
      scale: d.scale,
      rijen: d.seed.organisaties,
      bytes,
      query: all.query,
      raw: all.raw,
      router: all.router,
      http: all.http,
      ratioRouterRaw: ratio(all.router, all.raw),
      ratioHttpRaw: ratio(all.http, all.raw),
    },
    zoeken: { scale: d.scale, term: ZOEKTERM, rijen: zoekRijen, raw: zoek.raw, http: zoek.http, ratioHttpRaw: ratio(zoek.http, zoek.raw) },
  };
}

/**
 * POST JSON and read the whole body as text. A new connection per request (no keep-alive): the
 * client and the server share one event loop here, and the long synchronous variants measured in
 * between can outlast the server's keep-alive timeout, which then resets a reused socket. On
 * 127.0.0.1 the extra TCP handshake costs well under a millisecond.
 */
function postJson(host: HttpHost, pad: string, body: unknown): Promise<string> {
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        path: pad,
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data), connection: 'close' },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode !== 200) reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 200)}`));
          else resolve(text);
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

interface PdfMakeBare {
  addFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (p: string) => boolean): void;
  createPdf(doc: DocDefinition): { getBuffer(): Promise<Uint8Array> };
}

async function benchLetter(d: Dataset) {
  const organisatieId = d.seed.rollen.amaWvgBegeleiders[0];
  const vandaag = new Date().toISOString().slice(0, 10);
  const input = contract['brief.voorbeeld'].input.parse({
    briefType: 'ontvangstmelding',
    organisatieId,
    aanvraagSoort: 'erkenning-ama-wvg',
    ontvangenOp: vandaag,
  });
  const call = createCallContext(d.app.ctx, d.caller, 'brief.uitgeven');
  const { gegevens, departement } = resolveBrief(call, input);
  const kenmerk = `${departement}/${vandaag.slice(0, 4)}/000001`;
  // pdfmake mutates the definition it renders: a fresh one per run (built outside the timing).
  const def = () => buildBrief(gegevens, kenmerk);

  // Bare pdfmake 0.3, set up as its README says (pdfmake is a process-wide singleton; the
  // pipeline's renderPdf registers the same fonts and policies on it).
  const req = createRequire(import.meta.url);
  const pdfmake = req('pdfmake') as PdfMakeBare;
  const dirFonts = robotoDir();
  pdfmake.addFonts({
    Roboto: {
      normal: path.join(dirFonts, 'Roboto-Regular.ttf'),
      bold: path.join(dirFonts, 'Roboto-Medium.ttf'),
      italics: path.join(dirFonts, 'Roboto-Italic.ttf'),
      bolditalics: path.join(dirFonts, 'Roboto-MediumItalic.ttf'),
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((p) => path.resolve(p).startsWith(dirFonts + path.sep));

  let pending: DocDefinition = def();
  const next = () => {
    const d0 = pending;
    pending = def();
    return d0;
  };
  const sample = await renderPdf(def());
  const paginas = (sample.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

  const voorbeeldInput = { briefType: 'ontvangstmelding', organisatieId, aanvraagSoort: 'erkenning-ama-wvg', ontvangenOp: vandaag };
  const viaRouter = async (method: 'brief.voorbeeld' | 'brief.uitgeven') => {
    const env = await d.app.router(method, voorbeeldInput, d.caller);
    if (!env.ok) throw new Error(`${method}: ${env.error.message}`);
  };
  const r = await interleaved(
    {
      bare: () => pdfmake.createPdf(next()).getBuffer(),
      renderPdf: () => renderPdf(next()),
      voorbeeld: () => viaRouter('brief.voorbeeld'),
      uitgeven: () => viaRouter('brief.uitgeven'),
    },
    { runs: LETTER_RUNS, warmup: WARMUP },
  );
  log(`   kale pdfmake ${ms(r.bare.medianMs)}, pijplijn (uitgeven) ${ms(r.uitgeven.medianMs)}`);
  return {
    briefType: 'ontvangstmelding',
    bytes: sample.length,
    paginas,
    bare: r.bare,
    renderPdf: r.renderPdf,
    voorbeeld: r.voorbeeld,
    uitgeven: r.uitgeven,
    ratioRenderPdfBare: ratio(r.renderPdf, r.bare),
    ratioVoorbeeldBare: ratio(r.voorbeeld, r.bare),
    ratioUitgevenBare: ratio(r.uitgeven, r.bare),
  };
}

function machine() {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpu: cpus[0]?.model ?? 'onbekend',
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    arch: os.arch(),
    geheugenGB: Math.round(os.totalmem() / 1024 ** 3),
  };
}

const round = (x: number) => Math.round(x * 10) / 10;
const kb = (b: number) => `${getal(b / 1024, 0)} KB`;
const mp = (s: Stats) => `${getal(s.medianMs)} / ${getal(s.p95Ms)}`;

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
