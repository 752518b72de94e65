/**
 * Letter batches on the worker threads (issue 13): the pool gives the bytes the main thread gives, and
 * a batch through `geefReeksUit` stores the same letters with gapless kenmerken in order — also when a
 * letter in the middle fails, another letter takes a number meanwhile, or the batch is stopped.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { createTestApp, organisatieInput, type TestApp } from '../../helpers/app';
import { alinea, bedragenTabel, buildLetter, type LetterParts } from '../../../electron/core/letters/houseStyle';
import { buildBrief, renderPdf, type LetterGegevens } from '../../../electron/core/letters';
import { bereidBriefVoor } from '../../../electron/core/letters/handlers';
import { gebouwdeWorker, maakRenderPool } from '../../../electron/core/letters/renderpool';
import { geefReeksUit, reeksMelding, type ReeksUitkomst } from '../../../electron/core/letters/store';
import type { CallContext } from '../../../electron/core/platform/context';
import { createCallContext } from '../../../electron/core/platform/router';
import { pdfTekst } from '../../helpers/pdf';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** A letter of several pages with both named amount tables and the page footer. */
function brief(n: number, kenmerk: string | null): ReturnType<typeof buildLetter> {
  const rijen = Array.from({ length: 25 + n * 7 }, (_, i) => ({ omschrijving: `Periode ${i + 1}`, detail: `${i} dagen × € 12,34`, bedragCent: i * 1234 }));
  const p: LetterParts = {
    departement: n % 2 ? 'WSE' : 'ZORG',
    adres: { naam: `vzw Nummer ${n}`, kbo: '0417.497.106', straat: 'Kerkstraat 1', postcode: '9000', gemeente: 'Gent', tav: 'An Peeters, Directeur' },
    kenmerk, uwKenmerk: null, datum: '2026-12-03', onderwerp: `Berekeningsnota AMA-WVG-2026-00${n}`, aanhef: 'Geachte mevrouw,',
    body: [alinea('Hierbij de berekening.'), bedragenTabel(rijen), bedragenTabel(rijen.slice(0, 3), { omschrijving: 'Totaal', bedragCent: 3702 })],
    rechtsgrond: ['Decreet van 12 juli 2013, artikel 3'], beroep: { soort: 'beslissing', bezwaar: null, rvsDagen: 60 },
    contactpersoon: { naam: 'Sofie Janssens', dienst: 'Afdeling Werk en Zorg', email: 'sofie@vlaanderen.be', telefoon: '02 553 12 34' },
    ondertekenaar: { naam: 'Koen Vermeulen', functie: 'Afdelingshoofd', delegatie: null },
    bijlagen: [], aangemaaktOp: '2026-12-03T09:00:00.000Z', voorbeeld: kenmerk === null,
  };
  return buildLetter(p);
}

describe('render pool', () => {
  const pool = maakRenderPool(2);
  afterAll(() => pool.sluit());

  it('a letter definition is plain data (no functions): it survives structured cloning unchanged', () => {
    const doc = brief(1, 'ZORG/2026/000001');
    expect(structuredClone(doc)).toEqual(doc);
  });

  it('renders on 2 workers, concurrently, the bytes the main thread renders, each answer to its own request', async () => {
    // Letters 1, 3 and 5 are WSE's (see `brief`); the last one is a preview without kenmerk.
    const kenmerk = (n: number) => (n === 5 ? null : `${n % 2 ? 'WSE' : 'ZORG'}/2026/00000${n + 1}`);
    const docs = [0, 1, 2, 3, 4, 5].map((n) => brief(n, kenmerk(n)));
    const viaPool = await Promise.all(docs.map((d) => pool.render(d)));
    const hier = await Promise.all([0, 1, 2, 3, 4, 5].map((n) => renderPdf(brief(n, kenmerk(n)))));
    expect(pool.grootte).toBe(2);
    expect(viaPool.map(sha256)).toEqual(hier.map(sha256));
    expect(new Set(hier.map(sha256)).size).toBe(6);
    // The footer made from `paginaVoet` and the named table layouts are really drawn.
    const tekst = pdfTekst(viaPool[3]);
    expect(tekst).toMatch(/€ 185,10 Ons kenmerk WSE\/2026\/000004 · Departement WSE, Koning Albert II-laan 35 bus 20, 1030 Brussel Pagina 1 van 3 Omschrijving/);
    expect(tekst).toContain('Totaal € 37,02 Ons kenmerk WSE/2026/000004');
  });

  it('renders on the main thread when the worker cannot start, and says so once', async () => {
    const meldingen: string[] = [];
    const kapot = maakRenderPool(2, (m) => meldingen.push(m), () => new Worker('throw new Error("geen werkdraad")', { eval: true }));
    const doc = brief(2, 'ZORG/2026/000003');
    const [a, b] = await Promise.all([kapot.render(doc), kapot.render(brief(2, 'ZORG/2026/000003'))]);
    expect(sha256(a)).toBe(sha256(await renderPdf(brief(2, 'ZORG/2026/000003'))));
    expect(b.equals(a)).toBe(true);
    expect(kapot.grootte).toBe(0);
    expect(meldingen).toEqual(['Brieven worden op de hoofddraad opgemaakt: de werkdraad kon niet starten.']);
    await kapot.sluit();
  });
});

describe('the built workers', () => {
  it('each bundle has its worker where the pool looks, and it renders the bytes the main thread renders', async () => {
    const root = path.resolve(import.meta.dirname ?? '.', '../../..');
    execFileSync(process.execPath, [path.join(root, 'scripts/build-host.mjs')], { cwd: root });
    expect(gebouwdeWorker(path.join(root, 'out/host/cli.mjs'))).toBe(path.join(root, 'out/host/pdf-worker.mjs'));
    expect(gebouwdeWorker(path.join(root, 'out/main/index.js'))).toBe(path.join(root, 'out/main/pdf-worker.js'));
    // The Electron main is built by electron-vite with the worker as a second entry.
    expect(fs.readFileSync(path.join(root, 'electron.vite.config.ts'), 'utf8')).toMatch(/'pdf-worker': resolve\(root, 'electron\/core\/letters\/pdfWorker\.ts'\)/);
    for (const bundel of ['out/host/cli.mjs', 'out/server/cli.mjs']) {
      const pool = maakRenderPool(1, (m) => { throw new Error(m); }, () => new Worker(gebouwdeWorker(path.join(root, bundel))));
      const bytes = await pool.render(brief(4, 'ZORG/2026/000005'));
      expect(pool.grootte).toBe(1);
      expect(sha256(bytes)).toBe(sha256(await renderPdf(brief(4, 'ZORG/2026/000005'))));
      await pool.sluit();
    }
  });
});

describe('geefReeksUit: a batch of letters rendered on the workers', () => {
  let t: TestApp;
  beforeEach(() => (t = createTestApp({ bereikbareMedewerkers: true })));
  afterEach(() => t.close());

  async function reeks(aantal: number) {
    const org = await t.call('organisatie.create', organisatieInput());
    const call = createCallContext(t.ctx, t.caller('zorg-dossierbeheerder'), 'brief.uitgeven');
    const input = (i: number) => ({
      briefType: 'ontvangstmelding' as const, organisatieId: org.id, aanvraagSoort: 'erkenning-ama-wvg' as const,
      ontvangenOp: `2026-11-${String(i + 1).padStart(2, '0')}`, uwKenmerk: `AANVR-${i}`, kanaalAanvraag: 'e-loket' as const,
    });
    return { call, brieven: Array.from({ length: aantal }, (_, i) => bereidBriefVoor(call, input(i))) };
  }

  /** Stored letters in id order: their kenmerk, and whether the bytes are the letter rebuilt from its data with that kenmerk. */
  async function opgeslagen() {
    const rijen = t.ctx.sqlite.prepare("SELECT kenmerk, gegevens, inhoud, sha256 FROM document WHERE brief_type = 'ontvangstmelding' ORDER BY id").all() as
      { kenmerk: string; gegevens: string; inhoud: Buffer; sha256: string }[];
    const uit = [];
    for (const r of rijen) {
      const g = JSON.parse(r.gegevens) as LetterGegevens & { uwKenmerk?: string };
      const opnieuw = await renderPdf(buildBrief(g, r.kenmerk));
      uit.push({ kenmerk: r.kenmerk, klopt: opnieuw.equals(r.inhoud) && sha256(r.inhoud) === r.sha256, tekst: pdfTekst(r.inhoud) });
    }
    return uit;
  }

  it('stores every letter in order with gapless kenmerken; a letter that fails in its transaction takes no number', async () => {
    const { call, brieven } = await reeks(7);
    const gehoord: [number, string][] = [];
    await geefReeksUit(
      call,
      brieven.map((v, i) => ({
        voorbereid: () => v,
        inTx: () => {
          if (i === 2) throw new AppError('CONFLICT', 'Intussen al behandeld.');
          return i;
        },
      })),
      { gestopt: () => false, na: (i, u: ReeksUitkomst<number>) => gehoord.push([i, 'document' in u ? u.document.kenmerk! : (u.fout as Error).message]) },
    );
    expect(gehoord).toEqual([
      [0, 'ZORG/2026/000001'], [1, 'ZORG/2026/000002'], [2, 'Intussen al behandeld.'], [3, 'ZORG/2026/000003'],
      [4, 'ZORG/2026/000004'], [5, 'ZORG/2026/000005'], [6, 'ZORG/2026/000006'],
    ]);
    const docs = await opgeslagen();
    expect(docs.map((d) => d.kenmerk)).toEqual(['ZORG/2026/000001', 'ZORG/2026/000002', 'ZORG/2026/000003', 'ZORG/2026/000004', 'ZORG/2026/000005', 'ZORG/2026/000006']);
    expect(docs.every((d) => d.klopt)).toBe(true);
    // The letter after the failed one was rendered again with its real number: the PDF prints the stored kenmerk.
    expect(docs[2].tekst).toContain('Ons kenmerk ZORG/2026/000003');
    expect(docs[2].tekst).toContain('AANVR-3');
    expect(t.count('audit_entry')).toBeGreaterThan(0);
  });

  it('a number taken by another letter meanwhile: the next letters are renumbered, none is lost or doubled', async () => {
    const { call, brieven } = await reeks(5);
    await geefReeksUit(
      call,
      brieven.map((v, i) => ({
        voorbereid: () => v,
        // Another officer's letter takes the next number while letter 1 is stored (as a second process would).
        inTx: (doc) => {
          if (i === 1) {
            t.ctx.sqlite
              .prepare(`INSERT INTO document (kenmerk, brief_type, template_versie, departement, onderwerp, bestandsnaam, sha256, grootte, inhoud, gegevens, aangemaakt_op)
                        VALUES ('ZORG/2026/000003', 'ander', 1, 'ZORG', 'Andere brief', 'x.pdf', 'x', 1, x'00', '{}', ?)`)
              .run(doc.aangemaaktOp);
          }
        },
      })),
      { gestopt: () => false, na: () => {} },
    );
    const docs = await opgeslagen();
    expect(docs.map((d) => d.kenmerk)).toEqual(['ZORG/2026/000001', 'ZORG/2026/000002', 'ZORG/2026/000004', 'ZORG/2026/000005', 'ZORG/2026/000006']);
    expect(docs.every((d) => d.klopt)).toBe(true);
  });

  it('a stopped batch stores nothing after the stop; a failing preparation fails only its own letter', async () => {
    const { call, brieven } = await reeks(6);
    let gedaan = 0;
    const fouten: string[] = [];
    await geefReeksUit(
      call,
      brieven.map((v, i) => ({
        voorbereid: () => {
          if (i === 1) throw new AppError('VALIDATIE', 'Geen contactpersoon.');
          return v;
        },
      })),
      { gestopt: () => gedaan >= 3, na: (_i, u) => (gedaan++, 'fout' in u && fouten.push((u.fout as Error).message)) },
    );
    expect(fouten).toEqual(['Geen contactpersoon.']);
    const docs = await opgeslagen();
    expect(docs.map((d) => d.kenmerk)).toEqual(['ZORG/2026/000001', 'ZORG/2026/000002']);
    expect(docs.every((d) => d.klopt)).toBe(true);
  });

  it('`na` throwing ends the batch: the letters after it are not stored', async () => {
    const { call, brieven } = await reeks(5);
    await expect(
      geefReeksUit(call, brieven.map((v) => ({ voorbereid: () => v })), {
        gestopt: () => false,
        na: (i) => {
          if (i === 1) throw new AppError('VERBODEN', 'Vier-ogenprincipe.');
        },
      }),
    ).rejects.toThrow('Vier-ogenprincipe.');
    expect((await opgeslagen()).map((d) => d.kenmerk)).toEqual(['ZORG/2026/000001', 'ZORG/2026/000002']);
  });
});

describe('reeksMelding: what a batch tells the officer about a failed letter', () => {
  it('a refusal keeps its Dutch message; an unexpected fault becomes a plain Dutch sentence and goes to the log', () => {
    const log: unknown[][] = [];
    const call = { app: { log: (...a: unknown[]) => log.push(a) } } as unknown as CallContext;
    expect(reeksMelding(call, new AppError('CONFLICT', 'Intussen al behandeld.'), 'x')).toBe('Intussen al behandeld.');
    expect(log).toEqual([]);
    const fout = new Error('Opmaak van de brief mislukt in de werkdraad: font', { cause: 'at pdfkit…' });
    expect(reeksMelding(call, fout, 'Herinnering voor erkenning 7 mislukt')).toBe('Onverwachte fout bij het opmaken van de brief; meld dit aan de beheerder.');
    expect(log).toEqual([['error', 'Herinnering voor erkenning 7 mislukt', fout]]);
  });
});
