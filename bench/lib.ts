import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Timing helpers for the benchmarks: warm-up, then N measured runs, median and p95. */

export interface Stats {
  runs: number;
  medianMs: number;
  /** Nearest-rank p95: with 15 runs this is the slowest run. */
  p95Ms: number;
  minMs: number;
  maxMs: number;
  meanMs: number;
}

export function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const n = s.length;
  const median = n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  const p95 = s[Math.min(n - 1, Math.ceil(0.95 * n) - 1)];
  const r = (x: number) => Math.round(x * 100) / 100;
  return {
    runs: n,
    medianMs: r(median),
    p95Ms: r(p95),
    minMs: r(s[0]),
    maxMs: r(s[n - 1]),
    meanMs: r(s.reduce((a, b) => a + b, 0) / n),
  };
}

export type Task = () => unknown | Promise<unknown>;

/** What a task returns when it times only part of itself (e.g. a click to the first row, not the preparing navigation). */
export interface Gemeten {
  gemetenMs: number;
}
const isGemeten = (x: unknown): x is Gemeten => typeof x === 'object' && x !== null && typeof (x as Gemeten).gemetenMs === 'number';

/**
 * Measure several variants of the same work interleaved (round-robin, rotating the order each
 * round), so that drift of a noisy machine (other processes, thermal, GC) hits all variants alike
 * and their ratio stays meaningful. A task is timed whole, unless it returns {@link Gemeten}: then the
 * part it timed itself counts.
 */
export async function interleaved<K extends string>(
  tasks: Record<K, Task>,
  opts: { runs: number; warmup: number },
): Promise<Record<K, Stats>> {
  const keys = Object.keys(tasks) as K[];
  for (let w = 0; w < opts.warmup; w++) for (const k of keys) await tasks[k]();
  const samples = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  for (let i = 0; i < opts.runs; i++) {
    for (let j = 0; j < keys.length; j++) {
      const k = keys[(i + j) % keys.length];
      const t0 = performance.now();
      const uit = await tasks[k]();
      samples[k].push(isGemeten(uit) ? uit.gemetenMs : performance.now() - t0);
    }
  }
  return Object.fromEntries(keys.map((k) => [k, stats(samples[k])])) as Record<K, Stats>;
}

export const ratio = (a: Stats, b: Stats) => Math.round((a.medianMs / b.medianMs) * 100) / 100;

const nf = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 1 });
export const getal = (n: number, digits = 1) =>
  new Intl.NumberFormat('nl-BE', { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(n);
export const ms = (x: number) => `${nf.format(x)} ms`;

/** A plain-text table (monospace), columns right-aligned except the first. */
export function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const w = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ');
  return [line(cells[0]), w.map((x) => '-'.repeat(x)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export interface RegelingMeting {
  sql: Stats;
  berekenRun: Stats;
  berekenVoorstel: Stats;
  ratioBerekenRunSql: number;
  ratioVoorstelSql: number;
}

/**
 * The three ways of a payment-run benchmark (hand-written SQL, the scheme's computation without writes,
 * the API method through the router), measured interleaved like `interleaved`; the rows the API run
 * stored are removed after each run, untimed, so every run starts from the same database.
 */
export async function meetRegeling(
  w: { sql: () => unknown; berekenRun: () => unknown; berekenVoorstel: () => Promise<{ id: number }>; opruimen: (runId: number) => void },
  opts: { runs: number; warmup: number },
): Promise<RegelingMeting> {
  const timed = async (f: () => unknown) => {
    const t = performance.now();
    await f();
    return performance.now() - t;
  };
  const taken = {
    sql: () => timed(w.sql),
    berekenRun: () => timed(w.berekenRun),
    berekenVoorstel: async () => {
      let id = 0;
      const dt = await timed(async () => (id = (await w.berekenVoorstel()).id));
      w.opruimen(id);
      return dt;
    },
  };
  const keys = Object.keys(taken) as (keyof typeof taken)[];
  for (let i = 0; i < opts.warmup; i++) for (const k of keys) await taken[k]();
  const samples = { sql: [] as number[], berekenRun: [] as number[], berekenVoorstel: [] as number[] };
  for (let i = 0; i < opts.runs; i++) {
    for (let j = 0; j < keys.length; j++) {
      const k = keys[(i + j) % keys.length];
      samples[k].push(await taken[k]());
    }
  }
  const st = { sql: stats(samples.sql), berekenRun: stats(samples.berekenRun), berekenVoorstel: stats(samples.berekenVoorstel) };
  return { ...st, ratioBerekenRunSql: ratio(st.berekenRun, st.sql), ratioVoorstelSql: ratio(st.berekenVoorstel, st.sql) };
}

/** The three-way table of a payment-run benchmark. */
export function regelingTabel(r: RegelingMeting, labels: { sql: string; methode: string }): string {
  const mp = (s: Stats) => `${getal(s.medianMs)} / ${getal(s.p95Ms)}`;
  return table(
    ['variant', 'mediaan / p95 (ms)', '÷ SQL'],
    [
      [labels.sql, mp(r.sql), '1×'],
      ['berekenRun (JS, zonder opslag)', mp(r.berekenRun), `${getal(r.ratioBerekenRunSql, 2)}×`],
      [`${labels.methode} (router, opslag)`, mp(r.berekenVoorstel), `${getal(r.ratioVoorstelSql, 2)}×`],
    ],
  );
}

/** A command-line option's value (`--runs 5` → "5"), or undefined when it is not given. */
export function optie(naam: string): string | undefined {
  const i = process.argv.indexOf(naam);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** A numeric command-line option, or `standaard` when it is absent or not a number. */
export function getalOptie(naam: string, standaard: number): number {
  const n = Number(optie(naam));
  return optie(naam) !== undefined && Number.isFinite(n) ? n : standaard;
}

/**
 * Run a benchmark module on its own (`npx tsx bench/<naam>.ts [--runs N] [--warmup N]`) when it is the
 * entry script: print its summary and write bench/results/<naam>-latest.json.
 */
export function alsHoofdscript<R extends object>(
  moduleUrl: string,
  naam: string,
  run: (opts: { runs: number; warmup: number }) => Promise<R>,
  samenvatting: (r: R) => string,
): void {
  if (!process.argv[1] || path.resolve(process.argv[1]) !== fileURLToPath(moduleUrl)) return;
  run({ runs: getalOptie('--runs', 15), warmup: getalOptie('--warmup', 3) })
    .then((r) => {
      console.log(samenvatting(r));
      const out = path.join(path.dirname(fileURLToPath(moduleUrl)), 'results', `${naam}-latest.json`);
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, `${JSON.stringify({ datum: new Date().toISOString(), ...r }, null, 2)}\n`);
      console.log(`Geschreven: ${path.relative(process.cwd(), out)}`);
    })
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
