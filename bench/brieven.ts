/**
 * Letter batches on both cores (issue 13): the renewal reminders batch (`hernieuwing.herinneringen`) of
 * 200 letters on the demo data, with the render pool at 1 worker and at 2 workers, alternately, each on
 * a fresh copy of the same store with the same clock. Reported: the letters part and the whole batch
 * (with the print bundle, which pdf-lib makes on the main thread), the ratio 1 ÷ 2 workers, and whether
 * every run stored the same bytes (sha-256 of each letter and of the bundle) and sent the same
 * progress events. The goal: ≥ 1.7× on 2 workers, identical bytes, identical progress.
 *
 * Each worker count has its own pool for the whole bench, as a host keeps its pool between batches: the
 * first batch of each (workers starting and compiling pdfmake, each thread for itself) is reported apart,
 * the ratio is of the batches after it. Step 12 of `npm run bench`; alone: `npx tsx bench/brieven.mts [--aantal 200] [--runs 5]`.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { aanmelden, createApp } from '../electron/core/app';
import { gebruikRenderPool, maakRenderPool, type RenderPool } from '../electron/core/letters/renderpool';
import { seedDemo } from '../db/seed/demo';
import { getal, ms, stats, table } from './lib';

const NU = new Date('2026-11-20T09:00:00.000Z');
const DOSSIERBEHEERDER = { gebruiker: 'Katrien Van den Broeck', rol: 'zorg-dossierbeheerder' } as const;

export interface BrievenMeting {
  aantal: number;
  runs: number;
  /** Median ms per worker count: the letters, the whole batch. */
  brieven: Record<'1' | '2', number>;
  totaal: Record<'1' | '2', number>;
  ratioBrieven: number;
  ratioTotaal: number;
  /** The first batch of the process (workers started and compiled in it), letters' ms. */
  koud: Record<'1' | '2', number>;
  ratioKoud: number;
  brievenPerS: Record<'1' | '2', number>;
  zelfdeBytes: boolean;
  zelfdeVoortgang: boolean;
}

export async function benchBrieven(opts: { aantal?: number; runs?: number; log?: (s: string) => void } = {}): Promise<BrievenMeting> {
  const aantal = opts.aantal ?? 200;
  const runs = opts.runs ?? 5;
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

    const tijden = { 1: { brieven: [] as number[], totaal: [] as number[] }, 2: { brieven: [] as number[], totaal: [] as number[] } };
    const koud = { 1: 0, 2: 0 };
    const afdrukken = new Set<string>();
    const voortgangen = new Set<string>();
    const pools: Record<1 | 2, RenderPool> = { 1: maakRenderPool(1), 2: maakRenderPool(2) };
    const vorige = gebruikRenderPool(pools[1]);

    /** One batch on a fresh copy of the store; returns the letters' and the whole batch's ms. */
    const reeks = async (workers: 1 | 2, naam: string) => {
      const bestand = path.join(dir, `${naam}.sqlite`);
      fs.copyFileSync(basis, bestand);
      const a = createApp({ dbFile: bestand, now: () => NU, log: () => {} });
      try {
        gebruikRenderPool(pools[workers]);
        const caller = aanmelden(a.ctx.sqlite, DOSSIERBEHEERDER, NU);
        const voortgang: string[] = [];
        const stop = a.subscribe((e) => {
          if (e.type === 'job.voortgang') voortgang.push(`${e.status} ${e.gedaan}/${e.totaal} ${e.bericht}`);
        });
        const env = await a.router('hernieuwing.herinneringen', { erkenningIds: ids, jobId: 'bench-brieven' }, caller);
        stop();
        if (!env.ok) throw new Error(`${env.error.code}: ${env.error.message}`);
        const v = env.value as { documenten: unknown[]; overgeslagen: unknown[]; ms: { brieven: number; totaal: number } };
        if (v.documenten.length !== aantal) throw new Error(`${v.documenten.length} brieven in plaats van ${aantal} (${JSON.stringify(v.overgeslagen.slice(0, 2))}).`);
        const rijen = a.ctx.sqlite.prepare('SELECT kenmerk, sha256 FROM document ORDER BY id').all() as { kenmerk: string; sha256: string }[];
        afdrukken.add(createHash('sha256').update(JSON.stringify(rijen)).digest('hex'));
        voortgangen.add(voortgang.join('\n'));
        return v.ms;
      } finally {
        a.close();
        fs.rmSync(bestand, { force: true });
      }
    };

    try {
      // The first batch of a process starts its workers and warms them (each thread compiles pdfmake for itself).
      for (const workers of [1, 2] as const) {
        koud[workers] = (await reeks(workers, `koud-${workers}`)).brieven;
        log(`   eerste reeks, ${workers} worker${workers > 1 ? 's' : ''} (koud): brieven ${ms(koud[workers])}`);
      }
      for (let r = 0; r < runs; r++) {
        for (const workers of r % 2 ? ([2, 1] as const) : ([1, 2] as const)) {
          const t = await reeks(workers, `run-${r}-${workers}`);
          tijden[workers].brieven.push(t.brieven);
          tijden[workers].totaal.push(t.totaal);
          log(`   run ${r + 1}, ${workers} worker${workers > 1 ? 's' : ''}: brieven ${ms(t.brieven)}, met bundel ${ms(t.totaal)}`);
        }
      }
    } finally {
      if (vorige) gebruikRenderPool(vorige);
      await Promise.all([pools[1].sluit(), pools[2].sluit()]);
    }
    const m = (w: 1 | 2, k: 'brieven' | 'totaal') => stats(tijden[w][k]).medianMs;
    return {
      aantal,
      runs,
      brieven: { 1: m(1, 'brieven'), 2: m(2, 'brieven') },
      totaal: { 1: m(1, 'totaal'), 2: m(2, 'totaal') },
      ratioBrieven: m(1, 'brieven') / m(2, 'brieven'),
      ratioTotaal: m(1, 'totaal') / m(2, 'totaal'),
      koud: { 1: koud[1], 2: koud[2] },
      ratioKoud: koud[1] / koud[2],
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
      ['eerste reeks van het proces (brieven, koude workers)', ms(b.koud[1]), ms(b.koud[2]), `${getal(b.ratioKoud, 2)}×`],
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
