/**
 * Calls for AMA SE places (BVR art. 60–63, 67): admissibility within 7 calendar days of receipt (deadline engine,
 * inbox), state-aid checks, the allocation proposal over all admissible applications adjusted with a motivation,
 * and the minister's decisions that add the places to the ledger.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, zetParameter } from '../../helpers/app';
import { documentTekst } from '../../helpers/pdf';
import { als, importeerContingenten, maakSeOrganisaties, wseOndertekenaar, type SeOrgs } from '../../helpers/se';
import type { Caller } from '../../../electron/core/platform/context';

let t: TestApp;
let org: SeOrgs;
let ondertekenaar: Caller;
const W = 'wse-dossierbeheerder' as const;

beforeEach(async () => {
  t = createTestApp({ bereikbareMedewerkers: true });
  org = await maakSeOrganisaties(t);
  ondertekenaar = wseOndertekenaar(t);
  await importeerContingenten(t);
});
afterEach(() => t.close());

const oproep = () =>
  t.call('seOproep.create', {
    titel: 'Herverdeling vrijgekomen plaatsen 2026', soort: 'herverdeling', plaatsen: 10, plaatsenVanaf: '2027-01-01',
    verdelingscriteria: 'In verhouding tot de gevraagde plaatsen.', prioriteitscriteria: 'Voorrang voor regio’s met een wachtlijst.',
    advies: 'Advies Adviescommissie Sociale Economie van 12/09/2026', geopendOp: '2026-10-01', sluitOp: '2026-11-15',
  }, W);

describe('a call for places (art. 60–63)', () => {
  it('admissibility is due 7 calendar days after receipt and shows in the WSE inbox', async () => {
    const o = await oproep();
    const a = await t.call('seAanvraag.registreer', { oproepId: o.id, organisatieId: org.mwbA, ontvangenOp: '2026-11-14', gevraagd: 8, motivering: 'Wachtlijst van 12 kandidaten bij VDAB.' }, W);
    expect(a.ontvankelijkheidUiterlijk).toBe('2026-11-21');
    const inbox = await t.call('inbox.list', {}, W);
    expect(inbox.find((i) => i.dossierEntiteit === 'se_aanvraag')).toMatchObject({ vervaldatum: '2026-11-21', urgentie: 'te-laat', departement: 'WSE' });
    expect((await t.fail('seAanvraag.registreer', { oproepId: o.id, organisatieId: org.caw, ontvangenOp: '2026-11-14', gevraagd: 2, motivering: 'Een CAW vraagt plaatsen.' }, W)).message).toMatch(/geen maatwerkbedrijf/);
  });

  it('the admissibility decision names the period of the parameter on the day of receipt', async () => {
    await t.call('parameter.set', { code: 'AMA_SE_ONTVANKELIJKHEID_TERMIJN', waardeGetal: 10, geldigVan: '2026-11-01', wettelijkeBasis: 'Test', bronStatus: 'assumed', reden: 'Test' }, 'beheerder');
    const o = await oproep();
    const a = await t.call('seAanvraag.registreer', { oproepId: o.id, organisatieId: org.mwbA, ontvangenOp: '2026-11-14', gevraagd: 8, motivering: 'Wachtlijst van 12 kandidaten bij VDAB.' }, W);
    expect(a.ontvankelijkheidUiterlijk).toBe('2026-11-24');
    const d = await t.call('seAanvraag.ontvankelijkheid', { id: a.id, ontvankelijk: true, datum: '2026-11-17', feiten: 'De aanvraag is volledig en tijdig ingediend.' }, W);
    expect((await t.call('beslissing.get', { id: d.id })).rechtsgronden).toContain('beslist binnen 10 dagen over de ontvankelijkheid');
  });

  it('proposal over all admissible applications, an adjustment with motivation, decisions that add places to the ledger', async () => {
    const o = await oproep();
    const a = await t.call('seAanvraag.registreer', { oproepId: o.id, organisatieId: org.mwbA, ontvangenOp: '2026-11-10', gevraagd: 8, motivering: 'Wachtlijst van 12 kandidaten bij VDAB.' }, W);
    const b = await t.call('seAanvraag.registreer', { oproepId: o.id, organisatieId: org.mwbB, ontvangenOp: '2026-11-12', gevraagd: 12, motivering: 'Nieuwe werkpost in Sint-Niklaas.' }, W);
    for (const x of [a, b]) {
      const d = await t.call('seAanvraag.ontvankelijkheid', { id: x.id, ontvankelijk: true, datum: '2026-11-17', feiten: 'De aanvraag is volledig en tijdig ingediend.' }, W);
      await als(t, ondertekenaar, 'beslissing.goedkeuren', { id: d.id });
    }
    // State aid not filled in yet: nobody gets places in the proposal.
    expect((await t.call('seOproep.get', { id: o.id })).aanvraagLijst.map((x) => x.voorgesteld)).toEqual([0, 0]);
    for (const x of [a, b]) {
      const cur = await t.call('seAanvraag.get', { id: x.id });
      await t.call('seAanvraag.beoordeel', { id: x.id, versie: cur.versie, prioriteit: 50, ondernemingInMoeilijkheden: false, stimulerendEffect: true, andereSteunCent: null, toegekend: null, toekenningMotivering: null }, W);
    }
    // 10 places for 8 + 12 asked: 4 and 6 (in proportion).
    const voorstel = await t.call('seOproep.get', { id: o.id });
    expect(voorstel.aanvraagLijst.map((x) => x.voorgesteld)).toEqual([4, 6]);
    const cur = await t.call('seAanvraag.get', { id: a.id });
    expect((await t.fail('seAanvraag.beoordeel', { id: a.id, versie: cur.versie, prioriteit: 50, ondernemingInMoeilijkheden: false, stimulerendEffect: true, andereSteunCent: null, toegekend: 5, toekenningMotivering: null }, W)).details![0].veld).toBe('toekenningMotivering');
    await t.call('seAanvraag.beoordeel', { id: a.id, versie: cur.versie, prioriteit: 50, ondernemingInMoeilijkheden: false, stimulerendEffect: true, andereSteunCent: null, toegekend: 4, toekenningMotivering: 'Bevestigd na overleg met VDAB over de wachtlijst.' }, W);
    // The award letter states the regime from its parameters on the day the places start (art. 61–64, 68), not fixed figures.
    const zet = (code: string, waarde: number) => zetParameter(t, code, waarde, '2026-12-01');
    await zet('AMA_SE_VOORSCHOT_PCT', 9000);
    await zet('AMA_SE_INVULLINGSGRAAD_DREMPEL', 7500);
    await zet('AMA_SE_VERMINDERING_INGANGSMAAND', 9);
    await zet('AMA_SE_AFREKENING_MAAND', 4);
    await zet('AMA_SE_BEWIJSSTUKKEN_TERMIJN', 2);
    const ontwerpen = await t.call('seOproep.beslis', { id: o.id, datum: '2026-11-20' }, W);
    expect(ontwerpen.map((x) => x.type)).toEqual(['toekenning-contingent', 'toekenning-contingent']);
    for (const d of ontwerpen) await als(t, ondertekenaar, 'beslissing.goedkeuren', { id: d.id });
    const ledger = await t.call('contingent.get', { organisatieId: org.mwbA });
    expect(ledger.perioden[0]).toMatchObject({ plaatsen: 24, geldigVan: '2027-01-01', reden: 'toekenning' });
    const brief = await documentTekst(t, (await t.call('beslissing.get', { id: ontwerpen[0].id })).documentId!);
    expect(brief).toMatch(/Aan uw organisatie worden 4 plaatsen arbeidsmatige activiteiten in de sociale economie toegekend vanaf 01\/01\/2027/);
    expect(brief).toMatch(/Uw contingent bedraagt vanaf die dag 24 plaatsen/);
    expect(brief).toMatch(/Bevestigd na overleg met VDAB/);
    expect(brief).toMatch(/maandelijks een voorschot van 90 % van de subsidie voor uw contingent en uiterlijk op de laatste werkdag van april van het volgende jaar de jaarafrekening/);
    expect(brief).toMatch(/Bezorg ons binnen 2 maanden na de start en na het einde van elke begeleidingsovereenkomst de bewijsstukken/);
    expect(brief).toMatch(/minder dan 75 % van het contingent in, dan wordt het contingent vanaf 1 september van het volgende jaar verminderd/);
  });
});
