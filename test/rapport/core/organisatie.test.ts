/** An organisation's whole relationship (issue 15 point 11): its dossiers in every dossier kind, each with a link. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/app';
import { importeerMandaten, maakOrganisaties, type Orgs } from '../../helpers/swv';
import { deelnameRegels, importeerContingenten, importeerDeelnames, maakSeOrganisaties, SE_KBO, type SeOrgs } from '../../helpers/se';
import { maakBegeleider, maakDeelnemer, maakOvereenkomst } from '../../helpers/overeenkomsten';

let t: TestApp;
let swv: Orgs;
let se: SeOrgs;
beforeEach(async () => {
  t = createTestApp();
  swv = await maakOrganisaties(t);
  await importeerMandaten(t);
  se = await maakSeOrganisaties(t);
  await importeerContingenten(t);
  await importeerDeelnames(t, deelnameRegels(SE_KBO.mwbA, 3, 1, '2026-01-05', ''));
});
afterEach(() => t.close());

describe('rapport.organisatie', () => {
  it('a maatwerkbedrijf: its contingent today and its participations; an aanspreekpunt: its samenwerkingsverband; a begeleider: recognition and agreements', async () => {
    const mwb = await t.call('rapport.organisatie', { organisatieId: se.mwbA }, 'lezer');
    expect(mwb.map((d) => [d.groep, d.titel, d.link])).toEqual([
      ['Contingent AMA SE', '20 plaatsen vandaag', `/contingenten/${se.mwbA}`],
      ['Begeleidingsovereenkomsten AMA SE', '3 begeleidingsovereenkomsten', `/contingenten/deelnames?organisatieId=${se.mwbA}`],
    ]);
    const caw = await t.call('rapport.organisatie', { organisatieId: swv.cawGent.id }, 'lezer');
    expect(caw.map((d) => [d.groep, d.titel, d.detail])).toEqual([['Samenwerkingsverbanden Zorg', 'SWV Gent', 'administratief aanspreekpunt']]);
    const b = await maakBegeleider(t, { naam: 'vzw De Brug' });
    maakOvereenkomst(t, b, maakDeelnemer(t, { voornaam: 'An', achternaam: 'Test', geboortedatum: '1980-01-01' }), { van: '2025-01-06' });
    const brug = await t.call('rapport.organisatie', { organisatieId: b.organisatieId }, 'lezer');
    expect(brug.map((d) => d.groep)).toEqual(['Erkenningen AMA WVG', 'Overeenkomsten AMA WVG']);
    expect(brug[1]).toMatchObject({ titel: '1 overeenkomst', detail: '1 lopend vandaag', link: `/overeenkomsten?begeleider=${b.organisatieId}` });
  });
});
