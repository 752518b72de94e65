/**
 * Suspension and withdrawal of a contingent (BVR art. 65) through the hearing procedure: voornemen → response
 * period (30 days, RULES.md default) → decision by a WSE signatory → the ledger changes from the dates it gives.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/app';
import { documentTekst } from '../../helpers/pdf';
import { als, importeerContingenten, maakSeOrganisaties, wseOndertekenaar, type SeOrgs } from '../../helpers/se';
import type { Caller } from '../../../electron/core/platform/context';

let t: TestApp;
let org: SeOrgs;
let ondertekenaar: Caller;
let nu = new Date('2026-09-15T09:00:00Z');
const opDag = (d: string) => (nu = new Date(`${d}T09:00:00Z`));
const W = 'wse-dossierbeheerder' as const;

beforeEach(async () => {
  opDag('2026-09-15');
  t = createTestApp({ bereikbareMedewerkers: true, now: () => nu });
  org = await maakSeOrganisaties(t);
  ondertekenaar = wseOndertekenaar(t);
  await importeerContingenten(t);
});
afterEach(() => t.close());

async function procedure(soort: 'schorsing-contingent' | 'intrekking-contingent', einddatum: string) {
  opDag('2026-10-01');
  const p = await t.call('procedure.start', { soort, rechtId: org.mwbA, gronden: 'Artikel 65: de voorwaarden van artikel 58 en 59 worden niet nageleefd.', feiten: 'Advies van VDAB van 20 september 2026: geen begeleidingsplannen voor de deelnemers.' }, W);
  opDag('2026-10-02');
  await t.call('verzending.registreer', { documentId: p.voornemenDocumentId!, kanaal: 'aangetekend', verzondenOp: '2026-10-02' }, W);
  opDag('2026-11-09');
  const b = await t.call('procedure.stelBeslissingVoor', { id: p.id, datum: '2026-11-09', einddatum, feiten: 'Geen reactie ontvangen binnen de termijn.', rechtsgronden: 'Artikel 65 van het besluit.' }, W);
  const uit = await als(t, ondertekenaar, 'beslissing.goedkeuren', { id: b.id });
  return { p, uit };
}

describe('contingent procedures (art. 65)', () => {
  it('a suspension: 0 places from the decision to its last day, the 20 places return the day after', async () => {
    const { p, uit } = await procedure('schorsing-contingent', '2026-12-31');
    expect(await documentTekst(t, p.voornemenDocumentId!)).toContain('Voornemen tot schorsing van het contingent arbeidsmatige activiteiten in de sociale economie van Maatwerkbedrijf De Ploeg');
    expect(await documentTekst(t, uit.documentId!)).toContain('wordt geschorst van 09/11/2026 tot en met 31/12/2026');
    const a = await t.call('contingent.get', { organisatieId: org.mwbA });
    expect(a.perioden.map((x) => [x.plaatsen, x.geldigVan, x.geldigTot])).toEqual([
      [20, '2027-01-01', null],
      [0, '2026-11-09', '2026-12-31'],
      [20, '2024-01-01', '2026-11-08'],
    ]);
  });

  it('a withdrawal: the contingent ends on the last day the decision gives', async () => {
    await procedure('intrekking-contingent', '2026-11-30');
    const a = await t.call('contingent.get', { organisatieId: org.mwbA });
    expect(a.perioden.map((x) => [x.plaatsen, x.geldigVan, x.geldigTot, x.reden])).toEqual([
      [0, '2026-12-01', null, 'intrekking'],
      [20, '2024-01-01', '2026-11-30', 'bestaand'],
    ]);
    const v = await t.call('voorschot.berekenVoorstel', { periode: '2026-12' }, W);
    expect(v.betalingen.find((b) => b.organisatieId === org.mwbA)).toBeUndefined();
  });
});
