import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, organisatieInput, type TestApp } from '../../helpers/app';
import { kboFromBase } from '../../../shared/kernel/kbo';
import { inszFor } from '../../../shared/kernel/insz';
import type { PushEvent } from '../../../electron/core/platform/context';
import { pdfInfo, pdfPaginas, pdfTekst } from '../../helpers/pdf';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wzt-hernieuwing-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function schrijf(bytes: Buffer, naam: string): string {
  const file = path.join(tmp, `${Date.now()}-${Math.random().toString(36).slice(2)}-${naam}`);
  fs.writeFileSync(file, bytes);
  return file;
}
const paginas = (file: string) => pdfPaginas(fs.readFileSync(file));
const tekst = (file: string) => pdfTekst(fs.readFileSync(file));

let t: TestApp;
let n = 0;
beforeEach(() => {
  t = createTestApp({ bereikbareMedewerkers: true });
  n = 0;
});
afterEach(() => t.close());

/** An organisation with a recognition from before 2024 (transition) ending on `geldigTot`. */
async function erkenning(geldigTot: string, o: Record<string, unknown> = {}) {
  n++;
  const org = await t.call('organisatie.create', organisatieInput({ naam: `vzw Werkplaats ${n}`, kbo: kboFromBase(4_000_000 + n * 7), ...o }));
  const e = await t.call('overgang.registreer', { organisatieId: org.id, erkenningsnummer: `WVG/2022/${String(n).padStart(4, '0')}`, geldigVan: '2022-01-01', geldigTot });
  return { org, e };
}

async function pdf(id: number, naam: string): Promise<string> {
  const d = await t.call('document.get', { id });
  return schrijf(Buffer.from(d.pdfBase64, 'base64'), naam);
}

describe('renewal reminders (RULES.md: reminder 6 months before the end; renewal = new application)', () => {
  it('selects active recognitions ending within 6 months, without a reminder or renewal application', async () => {
    const binnen = await erkenning('2027-03-31'); // within 6 months of 22/11/2026 (22/05/2027)
    const grens = await erkenning('2027-05-22'); // the last day of the window
    await erkenning('2027-06-30'); // 7 months: not yet
    const hernieuwd = await erkenning('2027-02-28');
    await t.call('aanvraag.registreer', {
      organisatieId: hernieuwd.org.id, soort: 'erkenning-ama-wvg', ontvangenOp: '2026-11-10', kanaal: 'e-loket', verzekeringVerklaard: true,
      hernieuwingVanId: hernieuwd.e.id, personeel: [{ naam: 'Sofie Maes', insz: inszFor('1985-07-30', 33), bachelorRichting: 'sociaal' }],
    });
    const k = await t.call('hernieuwing.kandidaten', {});
    expect(k.map((x) => x.erkenningId)).toEqual([binnen.e.id, grens.e.id]);
    const lijst = await t.call('erkenning.list', { vervaltBinnenMaanden: 6 });
    expect(lijst.map((r) => r.id).sort()).toEqual([binnen.e.id, grens.e.id, hernieuwd.e.id].sort());
    expect(lijst.find((r) => r.id === hernieuwd.e.id)!.hernieuwingAanvraagId).toBeGreaterThan(0);
    expect(lijst.every((r) => r.herinneringDocumentId === null && r.herinneringDatum === null)).toBe(true);
    // Another reference date: on 1/1/2027 the window reaches 1/7/2027.
    expect((await t.call('hernieuwing.kandidaten', { datum: '2027-01-01' })).length).toBe(3);
  });

  it('issues one letter per organisation with progress events, a combined PDF, and skips them the next time', async () => {
    const a = await erkenning('2027-03-31');
    const b = await erkenning('2027-01-15');
    const zeven = await erkenning('2027-06-30');
    const events: PushEvent[] = [];
    const stop = t.subscribe((e) => events.push(e));
    const r = await t.call('hernieuwing.herinneringen', { jobId: 'test-job-0001' });
    stop();

    expect(r.jobId).toBe('test-job-0001');
    expect(r.overgeslagen).toEqual([]);
    // Ordered by end date: b (15/01/2027) before a (31/03/2027); the 7-month one is not included.
    expect(r.documenten.map((d) => d.dossierId)).toEqual([String(b.e.id), String(a.e.id)]);
    expect(r.documenten.every((d) => d.briefType === 'herinnering-hernieuwing' && d.dossierEntiteit === 'erkenning')).toBe(true);
    expect(r.documenten.map((d) => d.kenmerk)).toEqual(['ZORG/2026/000001', 'ZORG/2026/000002']);
    expect(r.documenten.some((d) => d.dossierId === String(zeven.e.id))).toBe(false);

    // Progress: from 0 to 2 of 2, then 'klaar'; all for this job.
    const voortgang = events.filter((e) => e.type === 'job.voortgang') as unknown as { jobId: string; gedaan: number; totaal: number; status: string; bericht: string }[];
    expect(voortgang.every((e) => e.jobId === 'test-job-0001' && e.totaal === 2)).toBe(true);
    expect(voortgang[0]).toMatchObject({ gedaan: 0, status: 'bezig' });
    expect(voortgang.map((e) => e.gedaan)).toContain(1);
    expect(voortgang.at(-1)).toMatchObject({ gedaan: 2, status: 'klaar' });

    // The letter: recognition number, end date in nl-BE, the day after as the renewal's start, e-loket, contact person.
    const brief = tekst(await pdf(r.documenten[1].id, 'herinnering.pdf'));
    expect(brief).toContain('WVG/2022/0001');
    expect(brief).toContain('loopt af op woensdag 31/03/2027');
    expect(brief).toContain('donderdag 01/04/2027, de dag na het einde: zonder onderbreking');
    // 31/03/2027 − 90 days (the decision period) = 31/12/2026: filed by then, the decision can come before the end.
    expect(brief).toContain('Dien uw aanvraag daarom in vóór donderdag 31/12/2026.');
    expect(brief).toContain('aanvraag tot hernieuwing');
    expect(brief).toContain('e-loket');
    expect(brief).toMatch(/Contactpersoon .*Test zorg-dossierbeheerder/);
    expect(brief).toContain('geen beslissing');
    expect(brief).toContain('t.a.v. An Peeters, Directeur');

    // The bundle: a stored document (not a letter), as many pages as the letters together.
    expect(r.bundelDocumentId).toBeGreaterThan(0);
    const bundelMeta = await t.call('document.get', { id: r.bundelDocumentId! });
    expect(bundelMeta).toMatchObject({ briefType: 'herinnering-hernieuwing-bundel', kenmerk: 'BUNDEL/ZORG/2026/000001', organisatieId: null, dossierEntiteit: 'job', dossierId: 'test-job-0001' });
    const bundel = await pdf(r.bundelDocumentId!, 'bundel.pdf');
    let som = 0;
    for (const d of r.documenten) som += paginas(await pdf(d.id, 'brief.pdf'));
    expect(som).toBeGreaterThanOrEqual(2);
    expect(paginas(bundel)).toBe(som);
    expect(r.bundelPaginas).toBe(som);
    // The bundle is for printing only: its sending is registered per letter, not on the bundle.
    expect(await t.fail('verzending.registreer', { documentId: r.bundelDocumentId!, kanaal: 'aangetekend', verzondenOp: '2026-11-22' })).toMatchObject({
      code: 'VALIDATIE', details: [{ veld: 'documentId' }],
    });
    const bundelTekst = tekst(bundel);
    expect(bundelTekst).toContain('31/03/2027');
    expect(bundelTekst).toContain('15/01/2027');
    expect(bundelTekst).toContain('ZORG/2026/000001');
    expect(bundelTekst).toContain('ZORG/2026/000002');

    // The register shows the reminder; the recognition's timeline too.
    const lijst = await t.call('erkenning.list', { vervaltBinnenMaanden: 6 });
    expect(lijst.find((x) => x.id === a.e.id)).toMatchObject({ herinneringDocumentId: r.documenten[1].id, herinneringDatum: '2026-11-22' });
    const tijdlijn = t.ctx.sqlite.prepare("SELECT soort, document_id AS documentId FROM gebeurtenis WHERE entiteit = 'erkenning' AND entiteit_id = ?").all(a.e.id);
    expect(tijdlijn).toEqual([{ soort: 'herinnering-hernieuwing', documentId: r.documenten[1].id }]);

    // A second run: nothing left to do, nothing written.
    const docs = t.count('document');
    const tweede = await t.call('hernieuwing.herinneringen', {});
    expect(tweede).toMatchObject({ documenten: [], bundelDocumentId: null, bundelPaginas: 0, overgeslagen: [] });
    expect(t.count('document')).toBe(docs);
    // Chosen explicitly, it is skipped with the reason.
    const expliciet = await t.call('hernieuwing.herinneringen', { erkenningIds: [a.e.id, zeven.e.id] });
    expect(expliciet.documenten.map((d) => d.dossierId)).toEqual([String(zeven.e.id)]);
    expect(expliciet.overgeslagen).toEqual([
      { erkenningId: a.e.id, erkenningsnummer: 'WVG/2022/0001', organisatieNaam: 'vzw Werkplaats 1', reden: 'Er werd al een herinnering uitgegeven op 22/11/2026 (kenmerk ZORG/2026/000002).' },
    ]);
  });

  it('a batch interrupted after its letters but before its bundle: the next batch puts those letters first in its bundle, also without new letters', async () => {
    const a = await erkenning('2027-01-31');
    const b = await erkenning('2027-02-28');
    const eerste = await t.call('hernieuwing.herinneringen', {});
    expect(eerste.documenten).toHaveLength(2);
    expect(eerste.uitOnderbrokenReeks).toEqual([]);
    // The crash: the letters were committed one by one, the bundle never was.
    t.ctx.sqlite.prepare('DELETE FROM document WHERE id = ?').run(eerste.bundelDocumentId);
    const c = await erkenning('2027-03-31');
    const tweede = await t.call('hernieuwing.herinneringen', {});
    expect(tweede.documenten.map((d) => d.dossierId)).toEqual([String(c.e.id)]);
    expect(tweede.uitOnderbrokenReeks.map((d) => d.id)).toEqual(eerste.documenten.map((d) => d.id));
    const bundel = tekst(await pdf(tweede.bundelDocumentId!, 'hervat.pdf'));
    for (const d of [...eerste.documenten, ...tweede.documenten]) expect(bundel).toContain(d.kenmerk!);
    expect([a.e.id, b.e.id].map(String)).toEqual(eerste.documenten.map((d) => d.dossierId));
    // Everything is in a bundle now: a third batch without candidates makes nothing.
    const derde = await t.call('hernieuwing.herinneringen', {});
    expect(derde).toMatchObject({ documenten: [], uitOnderbrokenReeks: [], bundelDocumentId: null });
  });

  it('one organisation failing (no contact person) is reported and does not stop the others', async () => {
    const goed = await erkenning('2027-02-01');
    const zonder = await erkenning('2027-03-01');
    const stopgezet = await erkenning('2027-04-01');
    t.ctx.sqlite.prepare('DELETE FROM contactpersoon WHERE organisatie_id = ?').run(zonder.org.id);
    t.ctx.sqlite.prepare("UPDATE organisatie SET status = 'stopgezet', stopgezet_op = '2026-10-31' WHERE id = ?").run(stopgezet.org.id);
    const audit = t.count('audit_entry');
    const r = await t.call('hernieuwing.herinneringen', { erkenningIds: [goed.e.id, zonder.e.id, stopgezet.e.id, 999_999] });
    expect(r.documenten.map((d) => d.organisatieId)).toEqual([goed.org.id]);
    expect(r.overgeslagen).toEqual([
      { erkenningId: 999_999, erkenningsnummer: null, organisatieNaam: null, reden: 'Deze erkenning bestaat niet.' },
      expect.objectContaining({ erkenningId: zonder.e.id, reden: expect.stringMatching(/geen contactpersoon.*fiche van de organisatie/) }),
      expect.objectContaining({ erkenningId: stopgezet.e.id, reden: 'De organisatie is stopgezet sinds 31/10/2026; een herinnering heeft geen zin.' }),
    ]);
    // One letter (document audit) and one bundle (document audit): nothing for the skipped ones.
    expect(t.count('audit_entry')).toBe(audit + 2);
    expect(t.count('document')).toBe(2);
  });

  it('refuses the whole batch when the contact person cannot be named in a letter', async () => {
    await erkenning('2027-02-01');
    t.ctx.sqlite.prepare("UPDATE medewerker SET email = '', telefoon = '' WHERE naam = 'Test zorg-dossierbeheerder'").run();
    const f = await t.fail('hernieuwing.herinneringen', {});
    expect(f).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'contactpersoonId' }] });
    expect(f.message).toContain('geen e-mailadres en geen telefoonnummer');
    expect(t.count('document')).toBe(0);
  });

  it('double-sided printing adds a blank page after a letter with an odd page count', async () => {
    await erkenning('2027-02-01');
    await erkenning('2027-03-01');
    const r = await t.call('hernieuwing.herinneringen', { dubbelzijdig: true });
    let som = 0;
    for (const d of r.documenten) {
      const p = paginas(await pdf(d.id, 'brief.pdf'));
      som += p + (p % 2);
    }
    expect(paginas(await pdf(r.bundelDocumentId!, 'bundel.pdf'))).toBe(som);
    expect(r.bundelPaginas % 2).toBe(0);
  });

  it('a preview of one letter: watermark, no kenmerk, nothing stored', async () => {
    const { e } = await erkenning('2027-03-31');
    const v = await t.call('hernieuwing.voorbeeld', { erkenningId: e.id });
    expect(v.onderwerp).toBe('Herinnering: uw erkenning WVG/2022/0001 als begeleider van arbeidsmatige activiteiten loopt af op 31/03/2027');
    expect(pdfInfo(v.pdfBase64)).toMatch(/Subject:\s+Voorbeeld \(niet uitgegeven\)/);
    expect(pdfTekst(v.pdfBase64)).toContain('(toegekend bij uitgifte)');
    expect(t.count('document')).toBe(0);
    expect((await t.fail('hernieuwing.voorbeeld', { erkenningId: 999 })).code).toBe('NIET_GEVONDEN');
  });

  it('a recognition from before the transition names the transition date of the parameter (BVR art. 72–73)', async () => {
    const { e } = await erkenning('2027-03-31');
    expect(pdfTekst((await t.call('hernieuwing.voorbeeld', { erkenningId: e.id })).pdfBase64).replace(/\s+/g, ' ')).toContain('Ze bestond al vóór 1 januari 2024 en loopt van rechtswege verder');
    await t.call('parameter.set', { code: 'AMA_WVG_OVERGANGSDATUM', waardeDatum: '2024-02-01', geldigVan: '2026-01-01', wettelijkeBasis: 'Test', bronStatus: 'assumed', reden: 'Test' }, 'beheerder');
    expect(pdfTekst((await t.call('hernieuwing.voorbeeld', { erkenningId: e.id })).pdfBase64).replace(/\s+/g, ' ')).toContain('Ze bestond al vóór 1 februari 2024 en loopt van rechtswege verder');
  });

  it('names the staff experience required by the parameter (BVR art. 46)', async () => {
    const { e } = await erkenning('2027-03-31');
    const brief = async () => pdfTekst((await t.call('hernieuwing.voorbeeld', { erkenningId: e.id })).pdfBase64).replace(/\s+/g, ' ');
    expect(await brief()).toContain('het bewijs van minstens 2 jaar ervaring met de doelgroep');
    await t.call('parameter.set', { code: 'AMA_WVG_MINIMUM_ERVARING', waardeGetal: 3, geldigVan: '2026-10-01', wettelijkeBasis: 'Test', bronStatus: 'assumed', reden: 'Test' }, 'beheerder');
    expect(await brief()).toContain('het bewijs van minstens 3 jaar ervaring met de doelgroep');
  });

  it('only Zorg case handlers and administrators may send reminders; everyone may see the candidates', async () => {
    expect((await t.fail('hernieuwing.herinneringen', {}, 'lezer')).code).toBe('VERBODEN');
    expect((await t.fail('hernieuwing.herinneringen', {}, 'wse-dossierbeheerder')).code).toBe('VERBODEN');
    expect(await t.call('hernieuwing.kandidaten', {}, 'lezer')).toEqual([]);
    expect((await t.fail('hernieuwing.herinneringen', { jobId: 'x' })).code).toBe('VALIDATIE');
  });
});

describe('jobs/: the job runner', () => {
  it('emits start, progress and klaar; refuses a second job with the same id; reports a failure as mislukt', async () => {
    const { runJob, lopendeJobs } = await import('../../../electron/core/platform/jobs');
    const { AppError } = await import('../../../shared/api/errors');
    const events: PushEvent[] = [];
    const stop = t.subscribe((e) => events.push(e));
    const klaar = await runJob(t.ctx, { soort: 'test', jobId: 'job-aaaa-1', totaal: 3, intervalMs: 60_000 }, async (job) => {
      expect(lopendeJobs(t.ctx).map((j) => j.jobId)).toEqual(['job-aaaa-1']);
      await expect(runJob(t.ctx, { soort: 'test', jobId: 'job-aaaa-1' }, async () => 1)).rejects.toThrow(/al een taak/);
      for (let i = 1; i <= 3; i++) job.voortgang(i, `stap ${i}`);
      return 'ok';
    });
    expect(klaar).toBe('ok');
    // Throttled: the steps in between are dropped, the last step and 'klaar' always go out.
    expect(events.map((e) => [e.gedaan, e.status])).toEqual([[0, 'bezig'], [3, 'bezig'], [3, 'klaar']]);
    events.length = 0;
    await expect(runJob(t.ctx, { soort: 'test', totaal: 1 }, async () => { throw new AppError('CONFLICT', 'Botsing.'); })).rejects.toThrow('Botsing.');
    expect(events.at(-1)).toMatchObject({ type: 'job.voortgang', status: 'mislukt', bericht: 'Botsing.' });
    expect(lopendeJobs(t.ctx)).toEqual([]);
    stop();
  });
});
