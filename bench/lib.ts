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

/**
 * Measure several variants of the same work interleaved (round-robin, rotating the order each
 * round), so that drift of a noisy machine (other processes, thermal, GC) hits all variants alike
 * and their ratio stays meaningful.
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
      await tasks[k]();
      samples[k].push(performance.now() - t0);
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
