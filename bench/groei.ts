/**
 * Issue 13, "linear growth": every big list and every run at 1×, 3×, 10× and 30× the 2024 volumes, in the core (the
 * router, as the screens call it), with the time per row of the register it reads. A step from one scale to the next
 * grows "above linear" when the time grows by more than the rows do; the bench flags a step above 1.3× linear (the
 * margin for a 2-core machine's noise) that ends at 20 ms or more (shorter timings are fixed costs and noise).
 *
 * All scales are seeded first and then measured round-robin (each run times every scale in turn, the order rotating),
 * so that the machine's drift hits every scale alike, as `interleaved` does for the other benches: measured one scale
 * after the other, a busy minute during one scale showed as a step above linear. The demo has no audit trail and no
 * letters; the bench gives those registers rows in proportion to the scale (`vulLogboeken`, bench/logboeken.ts) so that their pages are
 * judged on a full table. Step 11 of `npm run bench`; alone: `npx tsx bench/groei.mts`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { aanmelden, createApp } from '../electron/core/app';
import { berekenRun } from '../electron/core/modules/ama-wvg/subsidie/regeling';
import { parsePeriode } from '../shared/kernel/periode';
import { seedDemo } from '../db/seed/demo';
import type { Input, MethodName } from '../shared/api/contract';
import type { Rol } from '../shared/api/roles';
import { stats, table } from './lib';
import { vulLogboeken } from './logboeken';

export const GROEI_SCHALEN = [1, 3, 10, 30] as const;
/** A step may grow this much more than the rows before it counts as above linear. */
export const GROEI_MARGE = 1.3;
/**
 * Below this a step is not judged: a list read in 1–2 ms at 1× is dominated by fixed costs and the machine's noise
 * (its µs per row then stays flat from 3× to 30×, which is what linear means).
 */
export const GROEI_DREMPEL_MS = 20;

interface Meetpunt {
  naam: string;
  /** The register the work reads (its size is "rows"). */
  rijenSql: string;
  meet: (call: Aanroep, app: ReturnType<typeof createApp>) => Promise<unknown> | unknown;
}

const pagina = { start: 0, aantal: 100 };
const MEETPUNTEN: Meetpunt[] = [
  { naam: 'overeenkomst.pagina, eerste pagina', rijenSql: 'SELECT count(*) FROM overeenkomst', meet: (c) => c('overeenkomst.pagina', pagina) },
  { naam: 'overeenkomst.pagina, snelzoeken', rijenSql: 'SELECT count(*) FROM overeenkomst', meet: (c) => c('overeenkomst.pagina', { ...pagina, zoek: 'Gent' }) },
  { naam: 'overeenkomst.pagina, gesorteerd op begeleider', rijenSql: 'SELECT count(*) FROM overeenkomst', meet: (c) => c('overeenkomst.pagina', { ...pagina, sortering: [{ colId: 'organisatieNaam', sort: 'asc' }] }) },
  { naam: 'organisatie.pagina, eerste pagina', rijenSql: 'SELECT count(*) FROM organisatie', meet: (c) => c('organisatie.pagina', pagina) },
  { naam: 'organisatie.list (keuzelijsten)', rijenSql: 'SELECT count(*) FROM organisatie', meet: (c) => c('organisatie.list', {}) },
  { naam: 'erkenning.list', rijenSql: 'SELECT count(*) FROM erkenning', meet: (c) => c('erkenning.list', {}) },
  { naam: 'traject.pagina, eerste pagina', rijenSql: 'SELECT count(*) FROM traject', meet: (c) => c('traject.pagina', pagina) },
  { naam: 'seOvereenkomst.pagina, eerste pagina', rijenSql: 'SELECT count(*) FROM se_deelname', meet: (c) => c('seOvereenkomst.pagina', pagina, 'wse-dossierbeheerder') },
  { naam: 'audit.pagina, eerste pagina', rijenSql: 'SELECT count(*) FROM audit_entry', meet: (c) => c('audit.pagina', pagina, 'beheerder') },
  { naam: 'document.pagina, eerste pagina', rijenSql: 'SELECT count(*) FROM document', meet: (c) => c('document.pagina', pagina) },
  { naam: 'subsidierun 2026-H1, berekening (zonder opslag)', rijenSql: 'SELECT count(*) FROM overeenkomst', meet: (_c, app) => berekenRun(app.ctx.sqlite, parsePeriode('2026-H1', 'halfjaar'), '2026-11-22', new Map()) },
  { naam: 'rapport.jaarverslag 2025', rijenSql: 'SELECT (SELECT count(*) FROM overeenkomst) + (SELECT count(*) FROM traject) + (SELECT count(*) FROM se_deelname)', meet: (c) => c('rapport.jaarverslag', { jaar: 2025, peildatum: '2026-11-22' }) },
];

export interface GroeiRij {
  naam: string;
  perSchaal: { schaal: number; rijen: number; medianMs: number; usPerRij: number }[];
  /** Per step (1→3, 3→10, 10→30): growth of the time ÷ growth of the rows. */
  stappen: number[];
}

export async function benchGroei(opts: { runs: number; schalen?: readonly number[]; log?: (s: string) => void }): Promise<GroeiRij[]> {
  const log = opts.log ?? console.log;
  const schalen = opts.schalen ?? GROEI_SCHALEN;
  const map = fs.mkdtempSync(path.join(os.tmpdir(), 'wzt-groei-'));
  const apps: { schaal: number; app: ReturnType<typeof createApp>; call: Aanroep }[] = [];
  try {
    for (const schaal of schalen) {
      log(`Demodata op schaal ${schaal} …`);
      const app = createApp({ dbFile: path.join(map, `demo-${schaal}.sqlite`), log: () => {}, now: () => new Date('2026-11-22T09:00:00Z'), opstartTakenUitstellen: true });
      apps.push({ schaal, app, call: aanroeper(app) });
      seedDemo(app.ctx.sqlite, { scale: schaal, now: new Date('2026-11-22T09:00:00Z') });
      vulLogboeken(app.ctx.sqlite, schaal);
    }
    const uit: GroeiRij[] = [];
    for (const m of MEETPUNTEN) {
      const rijen = apps.map(({ app }) => app.ctx.sqlite.prepare(m.rijenSql).pluck().get() as number);
      for (const a of apps) await m.meet(a.call, a.app); // warm-up per scale
      const tijden = apps.map(() => [] as number[]);
      for (let i = 0; i < opts.runs; i++) {
        for (let j = 0; j < apps.length; j++) {
          const k = (i + j) % apps.length;
          const t0 = performance.now();
          await m.meet(apps[k].call, apps[k].app);
          tijden[k].push(performance.now() - t0);
        }
      }
      const p = apps.map((a, k) => {
        const ms = stats(tijden[k]).medianMs;
        return { schaal: a.schaal, rijen: rijen[k], medianMs: ms, usPerRij: Math.round(((ms * 1000) / Math.max(rijen[k], 1)) * 100) / 100 };
      });
      // A register that stays (nearly) empty in the demo has no growth to judge.
      const stappen = p.slice(1).map((x, i) => (p[i].rijen < 10 ? NaN : Math.round((x.medianMs / p[i].medianMs / (x.rijen / p[i].rijen)) * 100) / 100));
      uit.push({ naam: m.naam, perSchaal: p, stappen });
    }
    return uit;
  } finally {
    for (const { app } of apps) app.close();
    fs.rmSync(map, { recursive: true, force: true });
  }
}

type Aanroep = <K extends MethodName>(m: K, i: Input<K>, rol?: Rol) => Promise<unknown>;

/** The router as a screen calls it, signed in per role (one session per role). */
function aanroeper(app: ReturnType<typeof createApp>): Aanroep {
  const callers = new Map<Rol, ReturnType<typeof aanmelden>>();
  return async (m, i, rol = 'zorg-dossierbeheerder') => {
    const caller = callers.get(rol) ?? callers.set(rol, aanmelden(app.ctx.sqlite, { gebruiker: `Bench ${rol}`, rol })).get(rol)!;
    const env = await app.router(m, i, caller);
    if (!env.ok) throw new Error(`${m}: ${env.error.code} ${env.error.message}`);
    return env.value;
  };
}

export function groeiTabel(r: GroeiRij[]): string {
  const schalen = r[0]?.perSchaal.map((p) => p.schaal) ?? [];
  return table(
    ['lijst of run', ...schalen.map((s) => `${s}× ms (µs/rij)`), ...schalen.slice(1).map((s, i) => `stap ${schalen[i]}→${s}`)],
    r.map((x) => [x.naam, ...x.perSchaal.map((p) => `${p.medianMs.toFixed(1)} (${p.usPerRij})`), ...x.stappen.map((s) => (Number.isNaN(s) ? '–' : `${s}×`))]),
  );
}

/** Steps above linear (beyond the margin), in Dutch. */
export function groeiDoelen(r: GroeiRij[]): string[] {
  return r.flatMap((x) =>
    x.stappen.flatMap((s, i) => (s > GROEI_MARGE && x.perSchaal[i + 1].medianMs >= GROEI_DREMPEL_MS ? [`${x.naam}: van ${x.perSchaal[i].schaal}× naar ${x.perSchaal[i + 1].schaal}× groeit de tijd ${s}× sneller dan de rijen`] : [])),
  );
}
