/**
 * A call for mandates end to end through the API (BVR art. 14–18): applications, admissibility and
 * merits as separate decisions, the request for information only to an admissible applicant, scores,
 * the ranking per werk- en zorgregio and the mandate and refusal decisions with their letters.
 *
 * The competing combinations of the issue: A only as a combination for Regio Gent + Waasland, B for
 * Waasland alone, C for both "also per region". Scores (weights visie 2, lokaal 1):
 *   Regio Gent: A 2·8+4 = 20, C 2·7+4 = 18        Waasland: B 2·9+7 = 25, A 2·9+4 = 22, C 2·5+5 = 15
 * A is not first in Waasland → A (combination only) drops out; then C is first in Regio Gent.
 * Expected by hand: Regio Gent → C, Waasland → B, A refused.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/app';
import { maakOrganisaties, type Orgs } from '../../helpers/swv';
import { documentTekst } from '../../helpers/pdf';

let t: TestApp;
let org: Orgs;

beforeEach(async () => {
  t = createTestApp({ bereikbareMedewerkers: true });
  org = await maakOrganisaties(t);
});
afterEach(() => t.close());

const ITEMS = Object.fromEntries(['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((k) => [k, true]));
const BESLIS = { feiten: 'De aanvraag werd onderzocht op de punten van artikel 14.', rechtsgronden: 'Artikel 14 tot en met 18 van het besluit.' };

async function oproep() {
  return t.call('oproep.create', {
    titel: 'Oproep samenwerkingsverbanden Zorg 2027',
    indienenVan: '2026-09-01',
    indienenTot: '2026-10-15',
    regios: ['GENT', 'WAASLAND'],
    criteria: [
      { code: 'visie', omschrijving: 'Visie en werking', gewicht: 2, max: 10 },
      { code: 'lokaal', omschrijving: 'Lokale verankering', gewicht: 1, max: 10 },
    ],
    beslechting: { soort: 'vroegst-ingediend' },
    mandaatVan: '2027-01-01',
    mandaatTot: '2028-06-30',
    briefElementen: 'Het samenwerkingsverband rapporteert jaarlijks over de trajecten.\n\nHet mandaat wordt bevestigd bij ministerieel besluit.',
  });
}

async function aanvraag(oproepId: number, naam: string, keuze: 'combinatie' | 'per-regio', regios: string[], partners: number[], aanspreekpuntId: number, ontvangenOp: string) {
  return t.call('mandaataanvraag.registreer', {
    oproepId, naam, keuze, regios, aanspreekpuntId, ontvangenOp, items: ITEMS,
    partners: partners.map((organisatieId) => ({ organisatieId, expertise: 'Bachelor sociaal werk en 3 jaar ervaring met de doelgroep', icf: 'gecertificeerd' as const })),
  });
}

async function goedkeuren(id: number) {
  return t.call('beslissing.goedkeuren', { id }, 'ondertekenaar');
}

async function ontvankelijkEnGegrond(id: number) {
  await goedkeuren((await t.call('mandaataanvraag.ontvankelijkheid', { id, ontvankelijk: true, datum: '2026-10-20', ...BESLIS })).id);
  await goedkeuren((await t.call('mandaataanvraag.gegrondheid', { id, gegrond: true, datum: '2026-11-05', ...BESLIS })).id);
}

async function score(aanvraagId: number, regioCode: string, visie: number, lokaal: number) {
  await t.call('oproep.score', { aanvraagId, regioCode, criterium: 'visie', score: visie, motivering: `Visie beoordeeld voor ${regioCode}: ${visie}/10` });
  await t.call('oproep.score', { aanvraagId, regioCode, criterium: 'lokaal', score: lokaal, motivering: `Lokale verankering in ${regioCode}: ${lokaal}/10` });
}

describe('oproep: applications, deadlines, ranking and mandate decisions (art. 14–18)', () => {
  it('deadlines run from the closing of the call; information only from an admissible applicant, suspending the decision period', async () => {
    const o = await oproep();
    const a = await aanvraag(o.id, 'SWV Gent-Waas', 'combinatie', ['GENT', 'WAASLAND'], [org.cawGent.id, org.vaphGent.id, org.cggGent.id], org.cawGent.id, '2026-10-01');
    // 15/10/2026 + 30 days = Saturday 14/11/2026 → Monday 16/11/2026; + 90 days = Wednesday 13/01/2027.
    expect(a.termijnen.map((x) => [x.soort, x.vervaldatum])).toEqual([['ontvankelijkheid', '2026-11-16'], ['gegrondheid', '2027-01-13']]);
    expect(a.controles.every((c) => c.ok)).toBe(true);
    const info = { id: a.id, datum: '2026-10-18', gevraagd: 'Het bewijs van de volledige dekking van Waasland (punt 6°).' };
    expect((await t.fail('mandaataanvraag.vraagInfo', info)).message).toContain('alleen gevraagd worden bij een ontvankelijke aanvraag (art. 17)');
    await goedkeuren((await t.call('mandaataanvraag.ontvankelijkheid', { id: a.id, ontvankelijk: true, datum: '2026-10-17', ...BESLIS })).id);
    const gevraagd = await t.call('mandaataanvraag.vraagInfo', info);
    expect(gevraagd.termijnen.find((x) => x.soort === 'antwoord-aanvullende-info')!.vervaldatum).toBe('2026-11-02'); // 18/10 + 15 days
    const tekst = await documentTekst(t, gevraagd.documenten.at(-1)!.id);
    expect(tekst).toContain('aanvraag tot mandatering als samenwerkingsverband Zorg');
    expect(tekst).toContain('artikel 14 tot en met 17');
    const beantwoord = await t.call('mandaataanvraag.infoOntvangen', { id: a.id, datum: '2026-10-22' });
    // Suspended from 18/10 to 22/10 inclusive (5 days): 13/01/2027 + 5 = Monday 18/01/2027.
    expect(beantwoord.termijnen.find((x) => x.soort === 'gegrondheid')!.vervaldatum).toBe('2027-01-18');
  });

  it('an application that is incomplete cannot be declared well-founded; the checks name the article', async () => {
    const o = await oproep();
    const a = await t.call('mandaataanvraag.registreer', {
      oproepId: o.id, naam: 'SWV Onvolledig', keuze: 'per-regio', regios: ['GENT', 'BRUGGE'], aanspreekpuntId: org.cawGent.id, ontvangenOp: '2026-10-16',
      items: { ...ITEMS, '6': false }, partners: [{ organisatieId: org.cawGent.id }, { organisatieId: org.vaphGent.id }],
    });
    const niet = a.controles.filter((c) => !c.ok).map((c) => c.code);
    expect(niet).toEqual(['tijdig', 'items', 'samenstelling', 'werkingsgebied', 'deskundigheid', 'icf']);
    await goedkeuren((await t.call('mandaataanvraag.ontvankelijkheid', { id: a.id, ontvankelijk: true, datum: '2026-10-20', ...BESLIS })).id);
    const f = await t.fail('mandaataanvraag.gegrondheid', { id: a.id, gegrond: true, datum: '2026-11-05', ...BESLIS });
    expect(f.code).toBe('VALIDATIE');
    expect(f.message).toContain('Er is geen partner van categorie 3');
  });

  it('ranks competing combinations per region and mandates C for Regio Gent and B for Waasland; A is refused', async () => {
    const o = await oproep();
    const A = await aanvraag(o.id, 'SWV A', 'combinatie', ['GENT', 'WAASLAND'], [org.cawGent.id, org.vaphGent.id, org.cggGent.id], org.cawGent.id, '2026-10-01');
    const B = await aanvraag(o.id, 'SWV B', 'per-regio', ['WAASLAND'], [org.ocmwLimburg.id, org.vaphLimburg.id, org.pzLimburg.id], org.ocmwLimburg.id, '2026-10-02');
    const C = await aanvraag(o.id, 'SWV C', 'per-regio', ['GENT', 'WAASLAND'], [org.cawGent.id, org.vaphLimburg.id, org.ibwWaas.id], org.ibwWaas.id, '2026-10-03');
    for (const x of [A, B, C]) await ontvankelijkEnGegrond(x.id);
    await score(A.id, 'GENT', 8, 4);
    await score(C.id, 'GENT', 7, 4);
    await score(B.id, 'WAASLAND', 9, 7);
    await score(A.id, 'WAASLAND', 9, 4);
    expect((await t.call('oproep.get', { id: o.id })).beslisBlokkades.join(' ')).toContain('SWV C in Waasland: Visie en werking, Lokale verankering');
    await score(C.id, 'WAASLAND', 5, 5);
    const rang = await t.call('oproep.rangschikking', { id: o.id });
    expect(rang.volledig).toBe(true);
    expect(rang.mandaten).toEqual({ GENT: C.id, WAASLAND: B.id });
    expect(rang.perRegio.WAASLAND.map((r) => [r.naam, r.totaal, r.rang])).toEqual([['SWV B', 25, 1], ['SWV A', 22, null], ['SWV C', 15, 2]]);
    expect(rang.uitkomsten.find((u) => u.aanvraagId === A.id)!.uitleg).toBe(
      'Alleen als combinatie aangevraagd en niet de hoogste in Waasland (SWV B: 25 punten, SWV A: 22 punten): geen mandaat.',
    );

    const ontwerpen = await t.call('oproep.beslis', { id: o.id, datum: '2026-11-20', ...BESLIS });
    expect(ontwerpen.map((b) => b.type)).toEqual(['weigering-mandaat', 'mandaat', 'mandaat']);
    expect(ontwerpen[0].bestuursorgaan).toBe('de Vlaamse ministers bevoegd voor welzijn en werk');
    // Scores are locked once the decisions are drafted.
    expect((await t.fail('oproep.score', { aanvraagId: C.id, regioCode: 'GENT', criterium: 'visie', score: 10, motivering: 'Herziene beoordeling' })).code).toBe('CONFLICT');
    for (const b of ontwerpen) await goedkeuren(b.id);

    const mandaten = await t.call('mandaat.list', { peildatum: '2027-01-01' });
    expect(mandaten.map((m) => [m.regioCode, m.swvNaam, m.geldigVan, m.geldigTot])).toEqual([
      ['GENT', 'SWV C', '2027-01-01', '2028-06-30'],
      ['WAASLAND', 'SWV B', '2027-01-01', '2028-06-30'],
    ]);
    const c = await t.call('swv.get', { id: mandaten[0].swvId });
    expect(c.aanspreekpuntNaam).toBe('Beschut Wonen Waasland');
    expect(c.partners).toHaveLength(3);
    expect(c.mandaten[0].historiek[0].beslissingId).toBe(ontwerpen[2].id);
    const a = await t.call('mandaataanvraag.get', { id: A.id });
    expect(a.status).toBe('geweigerd');
    const weigering = await documentTekst(t, a.documenten.at(-1)!.id);
    expect(weigering).toContain('Aan "SWV A" wordt geen mandaat als samenwerkingsverband Zorg toegekend.');
    expect(weigering).toContain('niet de hoogste in Waasland');
    expect(weigering).toContain('Het samenwerkingsverband rapporteert jaarlijks'); // the call's art. 18 elements
    const cBrief = await documentTekst(t, (await t.call('mandaataanvraag.get', { id: C.id })).documenten.at(-1)!.id);
    expect(cBrief).toContain('"SWV C" wordt gemandateerd als samenwerkingsverband Zorg voor Regio Gent, van 01/01/2027 tot en met 30/06/2028. Voor Waasland wordt geen mandaat toegekend.');
    expect((await t.call('oproep.get', { id: o.id })).fase).toBe('afgerond');
  });
});
