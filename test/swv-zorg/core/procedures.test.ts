/**
 * Withdrawal and suspension of a mandate through the hearing procedure (BVR art. 40): voornemen →
 * reaction period → decision approved by an ondertekenaar → the outcome written back to the mandate.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/app';
import { importeerMandaten, importeerTrajecten, insz, maakOrganisaties } from '../../helpers/swv';
import { documentTekst } from '../../helpers/pdf';

let t: TestApp;
let nu = new Date('2026-10-01T09:00:00Z');
const opDag = (d: string) => (nu = new Date(`${d}T09:00:00Z`));

beforeEach(async () => {
  opDag('2026-09-15');
  t = createTestApp({ bereikbareMedewerkers: true, now: () => nu });
  await maakOrganisaties(t);
  await importeerMandaten(t);
});
afterEach(() => t.close());

const GRONDEN = 'Zorginspectie stelde vast dat het samenwerkingsverband de trajecten niet opvolgt zoals artikel 26 tot 28 vereist.';
const FEITEN = 'Verslag van Zorginspectie van 10 september 2026; advies van het departement van 14 september 2026.';

async function procedure(soort: 'schorsing-mandaat' | 'intrekking-mandaat', regioCode: string, einddatum: string) {
  const [m] = await t.call('mandaat.list', { regioCode });
  opDag('2026-10-01');
  const p = await t.call('procedure.start', { soort, rechtId: m.id, gronden: GRONDEN, feiten: FEITEN });
  opDag('2026-10-02');
  await t.call('verzending.registreer', { documentId: p.voornemenDocumentId!, kanaal: 'aangetekend', verzondenOp: '2026-10-02' });
  opDag('2026-11-09');
  const b = await t.call('procedure.stelBeslissingVoor', { id: p.id, datum: '2026-11-09', einddatum, feiten: 'Geen reactie ontvangen binnen de termijn.', rechtsgronden: 'Artikel 40 van het besluit.' });
  const uit = await t.call('beslissing.goedkeuren', { id: b.id }, 'ondertekenaar');
  return { m, p, uit };
}

describe('mandate procedures (art. 40)', () => {
  it('a suspension: no new trajectories in the period; the letter states it; the history records it', async () => {
    const { m, p, uit } = await procedure('schorsing-mandaat', 'GENT', '2026-12-31');
    const voornemen = await documentTekst(t, p.voornemenDocumentId!);
    expect(voornemen).toContain('Voornemen tot schorsing van het mandaat van "SWV Gent" als samenwerkingsverband Zorg voor Regio Gent');
    const brief = await documentTekst(t, uit.documentId!);
    expect(brief).toContain('wordt geschorst van 09/11/2026 tot en met 31/12/2026');
    expect(brief).toContain('geen nieuwe deelnemers');
    const d = await t.call('mandaat.get', { id: m.id });
    expect(d.schorsingen).toEqual([{ id: expect.any(Number), van: '2026-11-09', tot: '2026-12-31', beslissingId: uit.id }]);
    expect(d.historiek.at(-1)!.wat).toBe('schorsing');
    opDag('2026-11-20');
    await importeerTrajecten(t, [`N1;${insz(1)};GENT;2026-11-08;;geinitieerd;;;;`, `N2;${insz(2)};GENT;2026-11-10;;geinitieerd;;;;`]);
    const lijst = await t.call('traject.list', {});
    expect(Object.fromEntries(lijst.map((x) => [x.trajectnummer, x.swvNaam]))).toEqual({ N1: 'SWV Gent', N2: null });
  });

  it('a withdrawal ends the mandate on the day the decision gives (never before the decision)', async () => {
    const [m] = await t.call('mandaat.list', { regioCode: 'OOST_LIMBURG' });
    opDag('2026-10-01');
    const p = await t.call('procedure.start', { soort: 'intrekking-mandaat', rechtId: m.id, gronden: GRONDEN, feiten: FEITEN });
    opDag('2026-10-02');
    await t.call('verzending.registreer', { documentId: p.voornemenDocumentId!, kanaal: 'aangetekend', verzondenOp: '2026-10-02' });
    opDag('2026-11-09');
    const te = await t.fail('procedure.stelBeslissingVoor', { id: p.id, datum: '2026-11-09', einddatum: '2026-11-01', feiten: 'Geen reactie ontvangen.', rechtsgronden: 'Artikel 40 van het besluit.' });
    expect(te.message).toContain('een intrekking werkt niet terug');
    const b = await t.call('procedure.stelBeslissingVoor', { id: p.id, datum: '2026-11-09', einddatum: '2026-12-31', feiten: 'Geen reactie ontvangen.', rechtsgronden: 'Artikel 40 van het besluit.' });
    await t.call('beslissing.goedkeuren', { id: b.id }, 'ondertekenaar');
    const d = await t.call('mandaat.get', { id: m.id });
    expect([d.status, d.geldigTot]).toEqual(['ingetrokken', '2026-12-31']);
    expect(d.historiek.at(-1)!.toelichting).toContain('vorige einddatum 2028-06-30');
  });
});
