import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/app';
import { KBO, MANDAAT_KOP, csv, importeerMandaten, maakOrganisaties, mandaatRegels, type Orgs } from '../../helpers/swv';
import type { ImportMelding } from '../../../shared/platform/import.contract';

let t: TestApp;
let org: Orgs;

beforeEach(async () => {
  t = createTestApp({ bereikbareMedewerkers: true });
  org = await maakOrganisaties(t);
});
afterEach(() => t.close());

const per = (m: ImportMelding[], rij: number) => m.filter((x) => x.rij === rij && x.ernst === 'fout').map((x) => `${x.veld}: ${x.melding}`);

describe('mandaat.importeer (BVR art. 7, 13, 16, 19, 78)', () => {
  it('imports the running mandates: one samenwerkingsverband per name, one mandate per row, partners with their category', async () => {
    const r = await importeerMandaten(t);
    expect(r.uitkomst).toBe('geimporteerd');
    expect(r).toMatchObject({ samenwerkingsverbanden: 2, mandaten: 3, geimporteerd: 3 });
    const lijst = await t.call('swv.list', { peildatum: '2024-01-01' });
    expect(lijst.map((s) => [s.naam, s.aantalPartners, s.regios])).toEqual([
      ['SWV Gent', 3, 'Regio Gent'],
      ['SWV Limburg', 3, 'Oost-Limburg, Zuid-West-Limburg'],
    ]);
    const limburg = await t.call('swv.get', { id: lijst[1].id });
    expect(limburg.aanspreekpuntNaam).toBe('OCMW Genk');
    expect(limburg.partners.map((p) => [p.organisatieNaam, p.categorie, p.van])).toEqual([
      ['OCMW Genk', 1, '2023-07-01'],
      ['Dienstverlening De Vleugels', 2, '2023-07-01'],
      ['PZ Asster', 3, '2023-07-01'],
    ]);
    expect(limburg.mandaten.map((m) => [m.regioCode, m.geldigVan, m.geldigTot, m.ministerieelBesluit])).toEqual([
      ['OOST_LIMBURG', '2023-07-01', '2028-06-30', 'MB 2023/124'],
      ['ZUIDWEST_LIMBURG', '2023-07-01', '2028-06-30', 'MB 2023/124'],
    ]);
    expect(limburg.mandaten[0].historiek[0].toelichting).toContain('rij 3');
    // Proofs of expertise and ICF are still missing after an import: the screen says so.
    expect(limburg.controles.join(' ')).toContain('deskundigheid');
    // One audit entry per samenwerkingsverband, per mandate, and the file summary.
    expect(t.count("audit_entry WHERE entiteit IN ('samenwerkingsverband', 'mandaat', 'mandaat-import')")).toBe(2 + 3 + 1);
    // The summary names what the import made, in Dutch (not "3 record(s)").
    const reden = t.ctx.sqlite.prepare("SELECT reden FROM audit_entry WHERE entiteit = 'mandaat-import'").pluck().get() as string;
    expect(reden).toMatch(/^Import van "mandaten\.csv" \(alles-of-niets\): 3 mandaten aangemaakt; /);
  });

  it('a second import of the same file skips the registered mandates with a warning', async () => {
    await importeerMandaten(t);
    const r = await importeerMandaten(t);
    expect(r.uitkomst).toBe('niets-geimporteerd');
    expect(r.rapport.meldingen.filter((m) => m.ernst === 'waarschuwing')).toHaveLength(3);
    expect(t.count('mandaat')).toBe(3);
  });

  it('bad rows are rejected with row, column and a Dutch message, and nothing is written', async () => {
    const r = await t.call('mandaat.importeer', {
      bestandsnaam: 'mandaten.csv',
      modus: 'alles-of-niets',
      inhoudBase64: csv([
        MANDAAT_KOP,
        `ATLANTIS;SWV Atlantis;${KBO.cawGent};${KBO.cawGent}|${KBO.vaphGent}|${KBO.cggGent};2023-07-01;2028-06-30;`, // 2 unknown region
        `GENT;SWV Gent;${KBO.cawGent};${KBO.cawGent}|${KBO.onbekend}|${KBO.cggGent};2023-07-01;2028-06-30;`, // 3 unknown partner
        `BRUGGE;SWV Brugge;${KBO.cawGent};${KBO.cawGent}|${KBO.vaphGent}|${KBO.cggGent};2028-06-30;2023-07-01;`, // 4 dates in the wrong order
        `KEMPEN;SWV Ver;${KBO.ocmwLimburg};${KBO.ocmwLimburg}|${KBO.vaphLimburg}|${KBO.pzLimburg};2023-07-01;2028-06-30;`, // 5 + 6 not adjacent
        `WESTHOEK;SWV Ver;${KBO.ocmwLimburg};${KBO.ocmwLimburg}|${KBO.vaphLimburg}|${KBO.pzLimburg};2023-07-01;2028-06-30;`,
        `WAASLAND;SWV Waas;${KBO.werkactor};${KBO.werkactor}|${KBO.vaphGent};2023-07-01;2028-06-30;`, // 7 werkactor no category, category 3 missing
        `OOSTENDE;SWV Kust;${KBO.cawGent};${KBO.cawGent}|${KBO.vaphGent}|${KBO.ibwWaas};31/02/2023;2028-06-30;`, // 8 non-existing date
      ]),
    });
    expect(r.uitkomst).toBe('niets-geimporteerd');
    const m = r.rapport.meldingen;
    expect(per(m, 2)).toEqual([expect.stringMatching(/^werk_en_zorgregio: Onbekende werk- en zorgregio "ATLANTIS"/)]);
    expect(per(m, 3)).toEqual([`partner_ondernemingsnummers: Er is geen organisatie met ondernemingsnummer ${KBO.onbekend} in het register. Voeg ze eerst toe onder Organisaties.`]);
    expect(per(m, 4)).toEqual(['geldig_tot: De einddatum (01/07/2023) ligt vóór de begindatum (30/06/2028).']);
    expect(per(m, 5)[0]).toMatch(/^werk_en_zorgregio: Het werkingsgebied \(Kempen, Westhoek\) is niet aaneengesloten/);
    expect(per(m, 6)[0]).toMatch(/niet aaneengesloten/);
    expect(per(m, 7).join(' ')).toContain('Werkactor De Sprong (Werkactor (dienstverlener werk)) is geen welzijns- of zorgvoorziening van categorie 1, 2 of 3');
    expect(per(m, 7).join(' ')).toContain('Er is geen partner van categorie 3');
    expect(per(m, 8)).toEqual(['geldig_van: De datum "31/02/2023" bestaat niet.']);
    expect(t.count('mandaat') + t.count('samenwerkingsverband')).toBe(0);
  });

  it('a wrong header is an error for the whole file', async () => {
    const r = await t.call('mandaat.importeer', {
      bestandsnaam: 'mandaten.csv', modus: 'enkel-geldige',
      inhoudBase64: csv(['werk_en_zorgregio;naam;aanspreekpunt;geldig_van;geldig_tot', `GENT;SWV Gent;${KBO.cawGent};2023-07-01;2028-06-30`]),
    });
    expect(r.uitkomst).toBe('niets-geimporteerd');
    expect(r.rapport.meldingen[0]).toMatchObject({ veld: 'partner_ondernemingsnummers', ernst: 'fout' });
    expect(r.rapport.meldingen[0].melding).toMatch(/^De kolom "partner_ondernemingsnummers" ontbreekt/);
  });

  it('at most one mandate per region and period (art. 16): against the register and within the file', async () => {
    await importeerMandaten(t);
    const r = await t.call('mandaat.importeer', {
      bestandsnaam: 'nog.csv', modus: 'enkel-geldige',
      inhoudBase64: csv([MANDAAT_KOP, `GENT;SWV Gent-Bis;${KBO.ocmwLimburg};${KBO.ocmwLimburg}|${KBO.vaphLimburg}|${KBO.pzLimburg};2024-01-01;2028-06-30;`]),
    });
    expect(per(r.rapport.meldingen, 2)[0]).toMatch(/^geldig_van: Regio Gent heeft al een mandaat van 01\/07\/2023 tot 30\/06\/2028 \(SWV Gent\)/);
  });

  it('enkel-geldige: half a samenwerkingsverband is never written', async () => {
    const regels = mandaatRegels();
    regels[3] = regels[3].replace('ZUIDWEST_LIMBURG', 'ONBEKEND');
    const r = await t.call('mandaat.importeer', { bestandsnaam: 'm.csv', modus: 'enkel-geldige', inhoudBase64: csv(regels) });
    expect(r.mandaten).toBe(1); // only SWV Gent
    expect(per(r.rapport.meldingen, 3)).toEqual(['null: Rij 4 van hetzelfde samenwerkingsverband bevat een fout; een samenwerkingsverband wordt alleen in zijn geheel ingelezen.']);
  });

  it('mandaat.bevestig records the ministerial decree in the history; a partner’s proofs can be completed', async () => {
    await importeerMandaten(t);
    const [m] = await t.call('mandaat.list', { regioCode: 'GENT' });
    const b = await t.call('mandaat.bevestig', { id: m.id, versie: m.versie, ministerieelBesluit: 'MB van 20 juni 2023' });
    expect(b.ministerieelBesluit).toBe('MB van 20 juni 2023');
    expect(b.historiek.at(-1)!.toelichting).toBe('Bevestigd bij MB van 20 juni 2023');
    expect((await t.fail('mandaat.bevestig', { id: m.id, versie: m.versie, ministerieelBesluit: 'MB x y z' })).code).toBe('CONFLICT');
    const swv = await t.call('swv.get', { id: m.swvId });
    const p = await t.call('swv.wijzigPartner', { partnerId: swv.partners[0].id, expertise: 'Bachelor sociaal werk, 6 jaar ervaring', icf: 'gecertificeerd' });
    expect(p.icf).toBe('gecertificeerd');
    expect((await t.fail('swv.wijzigPartner', { partnerId: swv.partners[0].id, expertise: null, icf: null }, 'lezer')).code).toBe('VERBODEN');
  });
});

describe('swv.vervangPartner (art. 19): replacement with a decision and a letter; the end date stays', () => {
  it('replaces a partner by one of the same category from a date; the old partner takes no new trajectories', async () => {
    await importeerMandaten(t);
    const gent = (await t.call('swv.list', {}))[0];
    const swv = await t.call('swv.get', { id: gent.id });
    const cgg = swv.partners.find((p) => p.categorie === 3)!;
    const ander = await t.fail('swv.vervangPartner', {
      partnerId: cgg.id, nieuweOrganisatieId: org.vaphLimburg.id, datum: '2026-12-01', expertise: 'Psychologen met 5 jaar ervaring', icf: 'engagement',
      feiten: 'Het CGG stopt zijn werking in de regio.', rechtsgronden: 'Artikel 19 van het besluit.',
    });
    expect(ander.details?.[0]).toMatchObject({ veld: 'nieuweOrganisatieId' });
    expect(ander.message).toContain('hoort niet bij categorie 3');
    const draft = await t.call('swv.vervangPartner', {
      partnerId: cgg.id, nieuweOrganisatieId: org.pzLimburg.id, datum: '2026-12-01', expertise: 'Psychologen met 5 jaar ervaring', icf: 'engagement',
      feiten: 'Het CGG stopt zijn werking in de regio op 30 november 2026.', rechtsgronden: 'Artikel 19 van het besluit: vervanging bij gevaar voor de continuïteit.',
    });
    expect(draft).toMatchObject({ type: 'vervanging-partner', status: 'ontwerp', einddatum: '2028-06-30', ingangsdatum: '2026-12-01' });
    const uit = await t.call('beslissing.goedkeuren', { id: draft.id }, 'ondertekenaar');
    expect(uit.status).toBe('uitgegeven');
    const na = await t.call('swv.get', { id: gent.id });
    expect(na.partners.find((p) => p.id === cgg.id)!.tot).toBe('2026-11-30');
    expect(na.partners.find((p) => p.organisatieId === org.pzLimburg.id)).toMatchObject({ van: '2026-12-01', tot: null, icf: 'engagement' });
    expect(na.mandaten[0].geldigTot).toBe('2028-06-30');
    expect(na.mandaten[0].historiek.at(-1)!.wat).toBe('vervanging-partner');
    expect(na.documenten).toHaveLength(1);
  });
});
