/**
 * Letter batches on both cores (issue 13): the renewal reminders batch (`hernieuwing.herinneringen`) of
 * 200 letters on the demo data, with the render pool at 1 worker and at 2 workers, alternately, each on
 * a fresh copy of the same store with the same clock. Reported: the letters part and the whole batch
 * (with the print bundle, which pdf-lib makes on the main thread), the ratio 1 ÷ 2 workers, and whether
 * every run stored the same bytes (sha-256 of each letter and of the bundle) and sent the same
 * progress events. The goal: ≥ 1.7× on 2 workers, identical bytes, identical progress.
 *
 * Each worker count runs in processes of its own (bench/brieven-kind.ts), one at a time, as a host has one
 * pool: with both pools in one process, the idle pool's workers collected their garbage (V8's memory
 * reducer, after a batch) while the other pool rendered — ≈ 1.5 s more CPU in every 2-worker batch, which
 * made two workers look slower and one faster than either is in a host (docs/performance.md). A process
 * keeps its pool between its batches as a host does: its first batch (workers starting and compiling
 * pdfmake, each thread for itself) is reported apart, the ratio is of the batches after it.
 * Step 12 of `npm run bench`; alone: `npx tsx bench/brieven.mts [--aantal 200] [--runs 4]`.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { aanmelden, createApp } from '../electron/core/app';
import { seedDemo } from '../db/seed/demo';
import { getal, ms, stats, table } from './lib';

const NU = new Date('2026-11-20T09:00:00.000Z');
const DOSSIERBEHEERDER = { gebruiker: 'Katrien Van den Broeck', rol: 'zorg-dossierbeheerder' } as const;
/** Processes per worker count; each runs one cold batch and then its share of the measured ones. */
const PROCESSEN = 2;

export interface BrievenMeting {
  aantal: number;
  /** Measured batches per worker count (after each process's first). */
  runs: number;
  /** Median ms per worker count: the letters, the whole batch. */
  brieven: Record<'1' | '2', number>;
  totaal: Record<'1' | '2', number>;
  ratioBrieven: number;
  ratioTotaal: number;
  /** The first batch of a process (workers started and compiled in it), letters' ms, median over the processes. */
  koud: Record<'1' | '2', number>;
  ratioKoud: number;
  brievenPerS: Record<'1' | '2', number>;
  zelfdeBytes: boolean;
  zelfdeVoortgang: boolean;
}

/** What one batch in a child process reports (one JSON line on its stdout). */
export interface ReeksUitslag {
  brieven: number;
  totaal: number;
  /** sha-256 over every stored document's kenmerk and sha-256, in id order. */
  afdruk: string;
  /** sha-256 over the batch's progress events. */
  voortgang: string;
}

/** One batch on a fresh copy of the store `basis` (the child process's work). */
export async function eenReeks(basis: string, ids: number[], bestand: string): Promise<ReeksUitslag> {
  fs.copyFileSync(basis, bestand);
  const a = createApp({ dbFile: bestand, now: () => NU, log: () => {} });
  try {
    const caller = aanmelden(a.ctx.sqlite, DOSSIERBEHEERDER, NU);
    const voortgang: string[] = [];
    const stop = a.subscribe((e) => {
      if (e.type === 'job.voortgang') voortgang.push(`${e.status} ${e.gedaan}/${e.totaal} ${e.bericht}`);
    });
    const env = await a.router('hernieuwing.herinneringen', { erkenningIds: ids, jobId: 'bench-brieven' }, caller);
    stop();
    if (!env.ok) throw new Error(`${env.error.code}: ${env.error.message}`);
    const v = env.value as { documenten: unknown[]; overgeslagen: unknown[]; ms: { brieven: number; totaal: number } };
    if (v.documenten.length !== ids.length) throw new Error(`${v.documenten.length} brieven in plaats van ${ids.length} (${JSON.stringify(v.overgeslagen.slice(0, 2))}).`);
    const rijen = a.ctx.sqlite.prepare('SELECT kenmerk, sha256 FROM document ORDER BY id').all() as { kenmerk: string; sha256: string }[];
    const hash = (x: string) => createHash('sha256').update(x).digest('hex');
    return { brieven: v.ms.brieven, totaal: v.ms.totaal, afdruk: hash(JSON.stringify(rijen)), voortgang: hash(voortgang.join('\n')) };
  } finally {
    a.close();
    fs.rmSync(bestand, { force: true });
  }
}

/** Run `reeksen` batches in a child process with a pool of `workers`; its uitslagen in order. */
function kindProces(workers: 1 | 2, args: { basis: string; idsBestand: string; dir: string; reeksen: number }): Promise<ReeksUitslag[]> {
  const kind = path.join(path.dirname(fileURLToPath(import.meta.url)), 'brieven-kind.ts');
  return new Promise((klaar, mislukt) => {
    const p = spawn(
      process.execPath,
      ['--import', 'tsx', kind, '--basis', args.basis, '--ids', args.idsBestand, '--dir', args.dir, '--workers', String(workers), '--reeksen', String(args.reeksen)],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let uit = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => (uit += d));
    p.on('error', mislukt);
    p.on('exit', (code) => {
      if (code !== 0) return mislukt(new Error(`bench/brieven-kind.ts (${workers} workers) stopte met code ${code}.`));
      klaar(uit.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as ReeksUitslag));
    });
  });
}

export async function benchBrieven(opts: { aantal?: number; runs?: number; log?: (s: string) => void } = {}): Promise<BrievenMeting> {
  const aantal = opts.aantal ?? 200;
  const perProces = Math.max(1, Math.ceil((opts.runs ?? 4) / PROCESSEN));
  const log = opts.log ?? (() => {});
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wzt-brieven-'));
  try {
    const basis = path.join(dir, 'basis.sqlite');
    const app = createApp({ dbFile: basis, now: () => NU, log: () => {} });
    seedDemo(app.ctx.sqlite, { scale: 10 });
    // One active recognition per organisation that is not being renewed (what a batch would remind).
    const ids = app.ctx.sqlite
      .prepare(
        `SELECT min(e.id) FROM erkenning e
          WHERE e.status = 'actief' AND NOT EXISTS (SELECT 1 FROM aanvraag a WHERE a.hernieuwing_van_id = e.id)
            AND NOT EXISTS (SELECT 1 FROM erkenning n WHERE n.vorige_erkenning_id = e.id)
          GROUP BY e.organisatie_id ORDER BY 1 LIMIT ?`,
      )
      .pluck()
      .all(aantal) as number[];
    app.ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    app.close();
    if (ids.length < aantal) throw new Error(`Slechts ${ids.length} erkenningen voor ${aantal} brieven.`);
    const idsBestand = path.join(dir, 'ids.json');
    fs.writeFileSync(idsBestand, JSON.stringify(ids));

    const tijden = { 1: { brieven: [] as number[], totaal: [] as number[], koud: [] as number[] }, 2: { brieven: [] as number[], totaal: [] as number[], koud: [] as number[] } };
    const afdrukken = new Set<string>();
    const voortgangen = new Set<string>();
    for (let p = 0; p < PROCESSEN; p++) {
      for (const workers of p % 2 ? ([2, 1] as const) : ([1, 2] as const)) {
        const uitslagen = await kindProces(workers, { basis, idsBestand, dir, reeksen: 1 + perProces });
        uitslagen.forEach((u, i) => {
          afdrukken.add(u.afdruk);
          voortgangen.add(u.voortgang);
          if (i === 0) tijden[workers].koud.push(u.brieven);
          else {
            tijden[workers].brieven.push(u.brieven);
            tijden[workers].totaal.push(u.totaal);
          }
        });
        const w = `${workers} worker${workers > 1 ? 's' : ''}`;
        log(`   proces ${p + 1}, ${w}: eerste reeks ${ms(uitslagen[0].brieven)}; daarna brieven ${uitslagen.slice(1).map((u) => ms(u.brieven)).join(', ')}`);
      }
    }
    const m = (w: 1 | 2, k: 'brieven' | 'totaal' | 'koud') => stats(tijden[w][k]).medianMs;
    return {
      aantal,
      runs: tijden[1].brieven.length,
      brieven: { 1: m(1, 'brieven'), 2: m(2, 'brieven') },
      totaal: { 1: m(1, 'totaal'), 2: m(2, 'totaal') },
      ratioBrieven: m(1, 'brieven') / m(2, 'brieven'),
      ratioTotaal: m(1, 'totaal') / m(2, 'totaal'),
      koud: { 1: m(1, 'koud'), 2: m(2, 'koud') },
      ratioKoud: m(1, 'koud') / m(2, 'koud'),
      brievenPerS: { 1: Math.round(aantal / (m(1, 'brieven') / 1000)), 2: Math.round(aantal / (m(2, 'brieven') / 1000)) },
      zelfdeBytes: afdrukken.size === 1,
      zelfdeVoortgang: voortgangen.size === 1,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function brievenTabel(b: BrievenMeting): string {
  return table(
    ['', '1 worker', '2 workers', '1 ÷ 2'],
    [
      [`${b.aantal} herinneringen (brieven)`, ms(b.brieven[1]), ms(b.brieven[2]), `${getal(b.ratioBrieven, 2)}×`],
      ['met de afdrukbundel (hele reeks)', ms(b.totaal[1]), ms(b.totaal[2]), `${getal(b.ratioTotaal, 2)}×`],
      ['eerste reeks van een proces (brieven, koude workers)', ms(b.koud[1]), ms(b.koud[2]), `${getal(b.ratioKoud, 2)}×`],
      ['brieven per seconde', getal(b.brievenPerS[1], 0), getal(b.brievenPerS[2], 0), ''],
    ],
  ) + `\nZelfde bytes in elke run: ${b.zelfdeBytes ? 'ja' : 'NEE'}; zelfde voortgang: ${b.zelfdeVoortgang ? 'ja' : 'NEE'}.`;
}

/** The goal of issue 13: ≥ 1.7× on 2 workers for the letters, with the same bytes and progress. */
export function brievenDoelen(b: BrievenMeting): string[] {
  const gemist: string[] = [];
  if (b.ratioBrieven < 1.7) gemist.push(`briefreeks: 2 workers ${getal(b.ratioBrieven, 2)}× sneller dan 1 (doel ≥ 1,7×)`);
  if (!b.zelfdeBytes) gemist.push('briefreeks: niet dezelfde bytes met 1 en 2 workers');
  if (!b.zelfdeVoortgang) gemist.push('briefreeks: niet dezelfde voortgang met 1 en 2 workers');
  return gemist;
}
