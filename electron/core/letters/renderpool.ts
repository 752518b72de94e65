/**
 * Letter batches render on every core (issue 13): a small pool of worker threads, each running the
 * same `renderPdf` as the main thread (pdfWorker.ts), so the bytes are identical. The main thread keeps
 * reading, checking and storing (SQLite stays on one connection); the workers only turn a document
 * definition — plain data, see `paginaVoet` and `TABEL_LAYOUTS` in pdf.ts — into PDF bytes.
 *
 * Workers start on the first batch, are not kept alive for the process (unref'd when idle) and stop
 * after a minute without work, so a host that printed one batch does not keep ~60 MB per worker.
 * Where the worker file cannot be started (a packaging that lacks it), the pool renders on the main
 * thread and says so in the log once: slower, never wrong.
 *
 * Where the worker is: next to the running bundle as `pdf-worker.mjs` (the Node hosts, scripts/build-host.mjs)
 * or `pdf-worker.js` (the Electron main, electron.vite.config.ts); from the sources (tests, bench) the
 * TypeScript file itself through tsx.
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RenderAntwoord, RenderVraag } from './pdfWorker';
import { renderPdf, type DocDefinition } from './pdf';
import { nodeRequire } from '../platform/nodeRequire';

export interface RenderPool {
  /** Number of worker threads (0: renders on the main thread). */
  readonly grootte: number;
  render(doc: DocDefinition): Promise<Buffer>;
  /** Stop the workers (waiting renders are refused). */
  sluit(): Promise<void>;
}

/** After this long without work the workers stop (a next batch starts them again, ≈ 0.1 s). */
const STOP_NA_MS = 60_000;

interface Taak {
  id: number;
  doc: DocDefinition;
  klaar: (bytes: Buffer) => void;
  mislukt: (err: Error) => void;
}

/**
 * Renders sent to one worker ahead: while the main thread is busy (storing a letter waits for the disk),
 * a worker that finishes takes the next definition from its own queue instead of waiting for the main
 * thread to hand it one.
 */
const PER_WORKER = 2;

interface Draad {
  worker: Worker;
  /** The renders sent to it, in order (it answers in the same order). */
  taken: Taak[];
  gestart: boolean;
}

function ditBestand(): string {
  return typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
}

/** The built worker next to a bundle: `out/host/cli.mjs` → `out/host/pdf-worker.mjs`, `out/main/index.js` → `out/main/pdf-worker.js`. */
export function gebouwdeWorker(bundel: string): string {
  return path.join(path.dirname(bundel), `pdf-worker${path.extname(bundel)}`);
}

/**
 * A young generation of 64 MB instead of V8's 48 (semi-spaces of 32 MB instead of 16): pdfmake allocates a few MB
 * per letter that die with it, and with the default the workers' scavenges and their helper threads took ≈ 9 % more
 * CPU over a batch — CPU the other worker and the main thread need on a 2-core machine (docs/performance.md). The
 * process's RSS after a batch of 200 did not grow.
 */
const GEHEUGEN = { maxYoungGenerationSizeMb: 64 };

/** Start a worker: the built file next to the bundle, or from the sources the TypeScript file through tsx. */
function startWorker(): Worker {
  const hier = ditBestand();
  if (!hier.endsWith('.ts')) return new Worker(gebouwdeWorker(hier), { resourceLimits: GEHEUGEN });
  const code = `require(${JSON.stringify(nodeRequire.resolve('tsx/cjs/api'))}).register(); require(${JSON.stringify(path.join(path.dirname(hier), 'pdfWorker.ts'))});`;
  return new Worker(code, { eval: true, resourceLimits: GEHEUGEN });
}

/**
 * `aantal` worker threads (default: one per core, at most 4); `log` hears a fallback to the main thread;
 * `start` makes a worker (tests give one that cannot start).
 */
export function maakRenderPool(aantal = standaardAantal(), log: (bericht: string, err?: unknown) => void = () => {}, start: () => Worker = startWorker): RenderPool {
  const draden: Draad[] = [];
  const wachtrij: Taak[] = [];
  let volgendId = 1;
  let opHoofdDraad = aantal <= 0;
  let stopTimer: NodeJS.Timeout | null = null;

  const naarHoofdDraad = (reden: unknown) => {
    if (opHoofdDraad) return;
    opHoofdDraad = true;
    log('Brieven worden op de hoofddraad opgemaakt: de werkdraad kon niet starten.', reden);
    for (const d of draden.splice(0)) {
      wachtrij.unshift(...d.taken.splice(0));
      void d.worker.terminate();
    }
    for (const t of wachtrij.splice(0)) renderPdf(t.doc).then(t.klaar, t.mislukt);
  };

  const plan = () => {
    if (opHoofdDraad) return;
    while (wachtrij.length) {
      // The least busy started worker that can take one more.
      const vrij = draden.filter((d) => d.gestart && d.taken.length < PER_WORKER).sort((a, b) => a.taken.length - b.taken.length)[0];
      if (!vrij) break;
      const taak = wachtrij.shift()!;
      vrij.taken.push(taak);
      vrij.worker.ref();
      vrij.worker.postMessage({ id: taak.id, doc: taak.doc } satisfies RenderVraag);
    }
    if (draden.every((d) => !d.taken.length) && !wachtrij.length) {
      for (const d of draden) d.worker.unref();
      stopTimer ??= setTimeout(() => void stopAlle(), STOP_NA_MS).unref();
    }
  };

  const nieuweDraad = () => {
    let worker: Worker;
    try {
      worker = start();
    } catch (err) {
      naarHoofdDraad(err);
      return;
    }
    const d: Draad = { worker, taken: [], gestart: false };
    draden.push(d);
    worker.on('message', (m: RenderAntwoord) => {
      if ('klaar' in m) {
        d.gestart = true;
      } else {
        const t = d.taken[0]?.id === m.id ? d.taken.shift() : undefined;
        if (t) {
          if ('bytes' in m) t.klaar(Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength));
          else t.mislukt(new Error(`Opmaak van de brief mislukt in de werkdraad: ${m.fout}`, { cause: m.stapel }));
        }
      }
      plan();
    });
    worker.on('error', (err) => {
      // Before it ever answered: the worker file is missing or cannot load — render here instead.
      if (!d.gestart) return naarHoofdDraad(err);
      for (const t of d.taken.splice(0)) t.mislukt(err);
    });
    worker.on('exit', () => {
      const i = draden.indexOf(d);
      if (i >= 0) draden.splice(i, 1);
      wachtrij.unshift(...d.taken.splice(0));
      if (wachtrij.length && !opHoofdDraad) {
        nieuweDraad();
        plan();
      }
    });
  };

  const stopAlle = async () => {
    stopTimer = null;
    await Promise.all(draden.splice(0).map((d) => d.worker.terminate()));
  };

  return {
    get grootte() {
      return opHoofdDraad ? 0 : aantal;
    },
    render(doc) {
      if (opHoofdDraad) return renderPdf(doc);
      if (stopTimer) {
        clearTimeout(stopTimer);
        stopTimer = null;
      }
      return new Promise<Buffer>((klaar, mislukt) => {
        wachtrij.push({ id: volgendId++, doc, klaar, mislukt });
        while (draden.length < aantal && !opHoofdDraad) nieuweDraad();
        plan();
      });
    },
    async sluit() {
      if (stopTimer) clearTimeout(stopTimer);
      for (const t of wachtrij.splice(0)) t.mislukt(new Error('De opmaak van brieven werd gestopt.'));
      for (const d of draden) for (const t of d.taken.splice(0)) t.mislukt(new Error('De opmaak van brieven werd gestopt.'));
      await stopAlle();
    },
  };
}

/** One worker per core, at most 4; `WZT_BRIEF_WORKERS` overrides (0: on the main thread). */
export function standaardAantal(): number {
  const env = Number(process.env.WZT_BRIEF_WORKERS);
  if (process.env.WZT_BRIEF_WORKERS !== undefined && Number.isInteger(env) && env >= 0) return env;
  return Math.max(1, Math.min(4, os.availableParallelism()));
}

let gedeeld: RenderPool | null = null;

/** The process's pool for letter batches. */
export function renderPool(log?: (bericht: string, err?: unknown) => void): RenderPool {
  gedeeld ??= maakRenderPool(standaardAantal(), log);
  return gedeeld;
}

/** Use `pool` for the process's letter batches from now on (the bench switches between 1 and 2 workers); returns the previous one. */
export function gebruikRenderPool(pool: RenderPool): RenderPool | null {
  const vorige = gedeeld;
  gedeeld = pool;
  return vorige;
}
