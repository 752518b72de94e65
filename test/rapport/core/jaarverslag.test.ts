/**
 * The yearly report (issue 12; seed 004; RULES.md "Yearly report — counting conventions") on a dataset built to the
 * definitions — every expected figure counted by hand in the comment beside it. Peildatum 31/03/2025 (default).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, zetParameter } from '../../helpers/app';
import { importeerMandaten, importeerTrajecten, insz, maakOrganisaties } from '../../helpers/swv';
import { maakBegeleider, maakDeelnemer, maakOvereenkomst } from '../../helpers/overeenkomsten';
import { deelnameRegels, importeerContingenten, importeerDeelnames, maakSeOrganisaties, SE_KBO } from '../../helpers/se';
import type { Jaarverslag } from '../../../shared/rapport/contract';
import ExcelJS from 'exceljs';
import { pdfTekst } from '../../helpers/pdf';

let t: TestApp;
let v: Jaarverslag;
const tabel = (id: string) => v.tabellen.find((x) => x.id === id)!;
const rij = (id: string, sleutel: string) => tabel(id).rijen.find((r) => r.sleutel === sleutel)!.waarden;

beforeEach(async () => {
  t = createTestApp({ bereikbareMedewerkers: true });
  await maakOrganisaties(t);
  await importeerMandaten(t);
  await importeerTrajecten(t, [
    `T1;${insz(1)};GENT;2024-01-10;2024-02-01;afgesloten;;2024-08-20;2024-09-02;`, // eindadvies before the peildatum → afgesloten
    `T2;${insz(2)};GENT;2024-03-01;2024-03-15;vervroegd_stopgezet;2024-10-01;;;werk gevonden`, // → vervroegd stopgezet
    `T3;${insz(3)};GENT;2024-04-01;2024-05-01;bezig;;;;`, // trajectplan → bezig
    `T4;${insz(4)};GENT;2024-11-04;;aanvaard;;;;`, // no trajectplan yet → aanvaard
    `T5;${insz(5)};GENT;2024-12-02;;geinitieerd;;;;`, // still geïnitieerd → left out
    `T6;${insz(6)};GENT;2024-05-06;2024-06-01;afgesloten;;2025-05-01;2025-05-10;`, // eindadvies after the peildatum → still bezig then
    `T7;${insz(7)};GENT;2023-12-20;2024-01-15;bezig;;;;`, // aangemeld in 2023 → not in 2024
    `T8;${insz(8)};OOST_LIMBURG;2025-01-06;;aanvaard;;;;`, // aangemeld in 2025 → not in 2024
  ]);
  // AMA WVG: begeleider A (two agreements counted, three not), begeleider B with A's first participant.
  const a = await maakBegeleider(t, { naam: 'vzw De Brug' });
  const b = await maakBegeleider(t, { naam: 'vzw Het Anker' });
  const p = [1, 2, 3, 4, 5].map((i) => maakDeelnemer(t, { voornaam: `D${i}`, achternaam: 'Test', geboortedatum: `198${i}-02-02` }));
  maakOvereenkomst(t, a, p[0], { van: '2019-03-01' }); // counted
  maakOvereenkomst(t, a, p[1], { van: '2024-06-01', tot: '2025-02-01' }); // counted: ends after 2024
  maakOvereenkomst(t, a, p[2], { van: '2024-01-01', tot: '2024-12-31' }); // ends in the year → not
  maakOvereenkomst(t, a, p[3], { van: '2025-01-10' }); // starts after the year → not
  maakOvereenkomst(t, a, p[4], { van: '2017-05-01' }); // before 2018 → not
  maakOvereenkomst(t, b, p[0], { van: '2023-09-01' }); // counted; the same participant as A's first
  // A begeleider established in Brussels (province BRU, no werk- en zorgregio) with one counted agreement.
  const c = await maakBegeleider(t, { naam: 'vzw Brusselse Brug', adres: { straat: 'Wetstraat 1', postcode: '1000', gemeente: 'Brussel', regioCode: '' } });
  maakOvereenkomst(t, c, p[1], { van: '2022-01-01' }); // counted under BRU; p2 again
  // AMA SE (2024 is a leap year: 366 days; a participant-year is 365 days).
  await maakSeOrganisaties(t);
  await importeerContingenten(t);
  await importeerDeelnames(t, [...deelnameRegels(SE_KBO.mwbA, 16, 1, '2024-01-01', '2024-12-31'), ...deelnameRegels(SE_KBO.mwbB, 5, 100, '2024-01-01', '2024-12-31')]);
  v = await t.call('rapport.jaarverslag', { jaar: 2024 }, 'lezer');
});
afterEach(() => t.close());

describe('rapport.jaarverslag (issue 12)', () => {
  it('the peildatum defaults to 31 March of the next year; the tables the 2024 report has', () => {
    expect(v.peildatum).toBe('2025-03-31');
    expect(v.tabellen.map((x) => x.id)).toEqual(['trajecten-per-regio', 'ama-wvg-per-provincie', 'ama-wvg-per-type', 'ama-se-per-provincie', 'swv-zorg', 'compensatie', 'subsidies']);
  });

  it('trajecten-per-regio: status on the peildatum from the dates; geïnitieerd and other years left out; against the objective', () => {
    // Gent: afgesloten T1, vervroegd T2, bezig T3 + T6, aanvaard T4 → 5 definitief toegeleid; objective 2024 of Gent = 143 → 5/143 = 3.497 % → 3.5
    expect(rij('trajecten-per-regio', 'GENT')).toEqual({ aanvaard: 1, bezig: 2, vervroegdStopgezet: 1, afgesloten: 1, definitiefToegeleid: 5, objectief: 143, toegeleidTovObjectief: 3.5 });
    expect(rij('trajecten-per-regio', 'OOST_LIMBURG')).toMatchObject({ aanvaard: 0, definitiefToegeleid: 0 });
    expect(tabel('trajecten-per-regio').rijen).toHaveLength(17);
    expect(tabel('trajecten-per-regio').totaal.definitiefToegeleid).toBe(5);
    // Another peildatum: on 31/12/2024 T1 is afgesloten, T6 bezig; on 31/05/2025 T6 is afgesloten too.
    return t.call('rapport.jaarverslag', { jaar: 2024, peildatum: '2025-05-31' }).then((later) => {
      expect(later.tabellen[0].rijen.find((r) => r.sleutel === 'GENT')!.waarden).toMatchObject({ bezig: 1, afgesloten: 2 });
    });
  });

  it('ama-wvg per provincie and per type: agreements started 2018–2024 running after 2024; distinct begeleiders and participants', () => {
    // Oost-Vlaanderen (Gent): A1, A2, B1 → 3 agreements, begeleiders A and B, participants p1 and p2
    expect(rij('ama-wvg-per-provincie', 'OVL')).toEqual({ begeleiders: 2, overeenkomsten: 3, deelnemers: 2 });
    expect(rij('ama-wvg-per-provincie', 'LIM')).toEqual({ begeleiders: 0, overeenkomsten: 0, deelnemers: 0 });
    // Brussels (postcode 1000): begeleider C, one agreement with p2 (also counted in Oost-Vlaanderen: once in the total)
    expect(rij('ama-wvg-per-provincie', 'BRU')).toEqual({ begeleiders: 1, overeenkomsten: 1, deelnemers: 1 });
    expect(tabel('ama-wvg-per-provincie').totaal).toEqual({ begeleiders: 3, overeenkomsten: 4, deelnemers: 2 });
    expect(rij('ama-wvg-per-type', 'CAW')).toEqual({ begeleiders: 3, overeenkomsten: 4, deelnemers: 2 });
  });

  it('ama-se per provincie: places on a yearly basis, average fill Σ participant-years ÷ Σ places, counts at 80 % and below 60 %', () => {
    // A (Gent): 20 places, 16 × 366 = 5,856 days = 16.04 participant-years → 80.2 %; B (Waasland): 10 places, 5 × 366 = 1,830 days → 50.1 %
    // Oost-Vlaanderen: 30 places; (5,856 + 1,830) / 365 = 21.06 participant-years / 30 = 70.19 % → 70.2
    expect(rij('ama-se-per-provincie', 'OVL')).toEqual({ begeleiders: 2, plaatsen: 30, gemiddeldeInvulling: 70.2, aantalVanaf80: 1, aantalOnder60: 1 });
    expect(rij('ama-se-per-provincie', 'ANT')).toEqual({ begeleiders: 0, plaatsen: 0, gemiddeldeInvulling: null, aantalVanaf80: 0, aantalOnder60: 0 });
    expect(tabel('ama-se-per-provincie').totaal).toEqual({ begeleiders: 2, plaatsen: 30, gemiddeldeInvulling: 70.2, aantalVanaf80: 1, aantalOnder60: 1 });
    expect(tabel('ama-se-per-provincie').kolommen.find((k) => k.id === 'aantalVanaf80')!.titel).toBe('Invulling van 80 % of meer');
    // The 2024 report's own words (seed 004: "een invulling van 80% of meer", "een invulling van minder dan 60%").
    expect(tabel('ama-se-per-provincie').kolommen.find((k) => k.id === 'aantalOnder60')!.titel).toBe('Invulling van minder dan 60 %');
  });

  it('ama-se per provincie counts and names the threshold of the parameter in the year (A 80.2 % and B 50.1 % are both at 50 % or more)', async () => {
    await zetParameter(t, 'AMA_SE_INVULLINGSGRAAD_DREMPEL', 5000, '2024-01-01');
    const w = await t.call('rapport.jaarverslag', { jaar: 2024 }, 'lezer');
    const se = w.tabellen.find((x) => x.id === 'ama-se-per-provincie')!;
    expect(se.kolommen.find((k) => k.id === 'aantalVanaf80')!.titel).toBe('Invulling van 50 % of meer');
    expect(se.totaal).toMatchObject({ aantalVanaf80: 2, aantalOnder60: 1 });
  });

  it('swv-zorg: samenwerkingsverbanden and their organisations per category; totals count each once', () => {
    expect(tabel('swv-zorg').rijen.map((r) => [r.sleutel, r.waarden.samenwerkingsverbanden, r.waarden.organisaties])).toEqual([['1', 2, 2], ['2', 2, 2], ['3', 2, 2]]);
    expect(tabel('swv-zorg').totaal).toEqual({ samenwerkingsverbanden: 2, organisaties: 6 });
    expect(rij('subsidies', 'AMA_WVG')).toEqual({ runs: 0, begunstigden: 0, betaaldCent: 0, teruggevorderdCent: 0 });
  });

  it('rapport.exporteer: one sheet per table with the counting rule and the total', async () => {
    const x = await t.call('rapport.exporteer', { jaar: 2024, formaat: 'xlsx' }, 'lezer');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(x.inhoudBase64, 'base64') as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(v.tabellen.map((x) => x.id));
    const ws = wb.getWorksheet('ama-se-per-provincie')!;
    expect(String(ws.getCell('A3').value)).toMatch(/Gemiddelde invulling = Σ deelnemersjaren ÷ Σ plaatsen/);
    const totaal = ws.getRow(ws.rowCount);
    expect(totaal.getCell(1).value).toBe('Totaal');
    expect(totaal.getCell(3).value).toBe(30);
    expect(totaal.getCell(4).value).toBe(70.2);
  });
});

describe('organisations in Brussels (issue 12): province BRU from the postcode, no werk- en zorgregio', () => {
  it('a Brussels organisation has no region; one in Flanders needs one; Wallonia is refused; the province follows the postcode', async () => {
    const bru = await t.call('organisatie.list', { zoek: 'Brusselse Brug' });
    const o = await t.call('organisatie.get', { id: bru[0].id });
    expect(o).toMatchObject({ provincieCode: 'BRU', regioCode: null, regioNaam: null });
    const basis = { naam: 'vzw Elders', kbo: '0202.239.951', typeCode: 'CAW', straat: 'Kerkstraat 1', postcode: '1000', gemeente: 'Brussel', contactpersonen: [{ naam: 'An Peeters' }] };
    expect(await t.fail('organisatie.create', { ...basis, regioCode: 'GENT' })).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'regioCode' }] });
    expect(await t.fail('organisatie.create', { ...basis, postcode: '9000', gemeente: 'Gent' })).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'regioCode' }] });
    expect(await t.fail('organisatie.create', { ...basis, postcode: '4000', gemeente: 'Luik' })).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'postcode' }] });
    const gent = await t.call('organisatie.create', { ...basis, postcode: '2000', gemeente: 'Antwerpen', regioCode: 'ANTWERPEN' });
    expect(gent).toMatchObject({ provincieCode: 'ANT', regioCode: 'ANTWERPEN' });
  });
});

describe('drill-down (rapport.dossiers): the dossiers behind a figure, counted by the same code', () => {
  it('every count in every table equals the number of dossiers behind it, for each row and the total', async () => {
    const tellingen = ['begeleiders', 'overeenkomsten', 'deelnemers', 'aanvaard', 'bezig', 'vervroegdStopgezet', 'afgesloten', 'definitiefToegeleid', 'aantalVanaf80', 'aantalOnder60', 'samenwerkingsverbanden', 'organisaties', 'runs', 'begunstigden'];
    let gecontroleerd = 0;
    for (const tb of v.tabellen) {
      for (const k of tb.kolommen.filter((x) => tellingen.includes(x.id))) {
        for (const r of [...tb.rijen.map((x) => ({ sleutel: x.sleutel as string | null, w: x.waarden[k.id] })), { sleutel: null, w: tb.totaal[k.id] }]) {
          const d = await t.call('rapport.dossiers', { jaar: 2024, tabelId: tb.id, sleutel: r.sleutel, kolomId: k.id }, 'lezer');
          expect(d.aantal, `${tb.id} ${r.sleutel ?? 'totaal'} ${k.id}`).toBe(r.w);
          gecontroleerd++;
        }
      }
    }
    expect(gecontroleerd).toBeGreaterThan(100);
  });

  it('names the dossiers with a link; participants by initials only', async () => {
    const bru = await t.call('rapport.dossiers', { jaar: 2024, tabelId: 'ama-wvg-per-provincie', sleutel: 'BRU', kolomId: 'begeleiders' }, 'lezer');
    expect(bru.dossiers).toEqual([expect.objectContaining({ soort: 'organisatie', label: 'vzw Brusselse Brug', link: expect.stringMatching(/^\/organisaties\/\d+$/) })]);
    expect(bru.titel).toContain('Brussels');
    const gent = await t.call('rapport.dossiers', { jaar: 2024, tabelId: 'trajecten-per-regio', sleutel: 'GENT', kolomId: 'definitiefToegeleid' }, 'lezer');
    expect(gent.dossiers.map((d) => d.label)).toEqual(['Traject T1', 'Traject T2', 'Traject T3', 'Traject T4', 'Traject T6']);
    const dln = await t.call('rapport.dossiers', { jaar: 2024, tabelId: 'ama-wvg-per-provincie', sleutel: null, kolomId: 'deelnemers' }, 'lezer');
    expect(dln.dossiers.map((d) => d.label)).toEqual(['D.T. (°1981)', 'D.T. (°1982)']);
    expect(dln.dossiers.every((d) => d.link === null)).toBe(true);
    expect(await t.fail('rapport.dossiers', { jaar: 2024, tabelId: 'bestaat-niet', sleutel: null, kolomId: 'x' }, 'lezer')).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'tabelId' }] });
  });
});

describe('objectives per werk- en zorgregio (referentie.zetObjectieven, beheerder)', () => {
  it('2024 from the sources; a beheerder sets 2025 with its source (audited); the report uses them; earlier years and other roles refused', async () => {
    const ref = await t.call('referentie.get', {}, 'lezer');
    expect(ref.objectieven.find((o) => o.regioCode === 'GENT' && o.jaar === 2024)).toMatchObject({ objectief: 143 });
    expect((await t.call('rapport.jaarverslag', { jaar: 2025 })).tabellen[0].rijen.find((r) => r.sleutel === 'GENT')!.waarden.objectief).toBeNull();
    const gezet = await t.call('referentie.zetObjectieven', { jaar: 2025, bron: 'Beslissing van de Vlaamse Regering van 20 december 2024', objectieven: [{ regioCode: 'GENT', objectief: 150 }, { regioCode: 'KEMPEN', objectief: 90 }] }, 'beheerder');
    expect(gezet.map((o) => [o.regioCode, o.objectief])).toEqual([['GENT', 150], ['KEMPEN', 90]]);
    const r2025 = (await t.call('rapport.jaarverslag', { jaar: 2025 })).tabellen[0];
    expect(r2025.rijen.find((r) => r.sleutel === 'GENT')!.waarden.objectief).toBe(150);
    expect(r2025.totaal.objectief).toBe(240);
    expect((await t.call('audit.list', { entiteit: 'regio_objectief' }, 'beheerder'))[0]).toMatchObject({ nieuw: { GENT: 150, KEMPEN: 90 }, reden: 'Beslissing van de Vlaamse Regering van 20 december 2024' });
    expect(await t.fail('referentie.zetObjectieven', { jaar: 2024, bron: 'Correctie', objectieven: [{ regioCode: 'GENT', objectief: 1 }] }, 'beheerder')).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'jaar' }] });
    expect(await t.fail('referentie.zetObjectieven', { jaar: 2025, bron: 'Correctie', objectieven: [{ regioCode: 'GENT', objectief: 1 }] }, 'zorg-dossierbeheerder')).toMatchObject({ code: 'VERBODEN' });
  });
});

describe('issuing the report (rapport.uitgeven): a PDF with tables and charts, immutable; corrections after the first issue', () => {
  it('stores the PDF like a letter with its figures; a fact recorded later shows as a correction and in the next version', async () => {
    const eerste = await t.call('rapport.uitgeven', { jaar: 2024 }, 'beheerder');
    expect(eerste.kenmerk).toBe('JAARVERSLAG/2024/001');
    const doc = await t.call('document.get', { id: eerste.documentId }, 'lezer');
    const bytes = Buffer.from(doc.pdfBase64, 'base64');
    if (process.env.RAPPORT_PDF) (await import('node:fs')).writeFileSync(process.env.RAPPORT_PDF, bytes);
    const plat = pdfTekst(bytes);
    expect(plat).toContain('Jaarverslag werk- en zorgtrajecten 2024');
    expect(plat).toContain('peildatum 31 maart 2025');
    expect(plat).toContain('Activeringstrajecten aangemeld in 2024 per werk- en zorgregio');
    expect(plat).toContain('Definitief toegeleid'); // the chart's legend, drawn as text
    expect(plat).toContain('maatwerkbedrijven per invullingsgraad');
    expect(plat).not.toContain('Correcties sinds de eerste uitgave');
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
    let v2 = await t.call('rapport.jaarverslag', { jaar: 2024 }, 'lezer');
    expect(v2.uitgaven).toHaveLength(1);
    expect(v2.correcties).toEqual([]);

    // An agreement of 2021 registered (imported history) after the first issue: three figures of two tables change.
    const later = await maakBegeleider(t, { naam: 'vzw Later Gemeld' });
    maakOvereenkomst(t, later, maakDeelnemer(t, { voornaam: 'L', achternaam: 'Laat', geboortedatum: '1990-01-01' }), { van: '2021-01-01' });
    v2 = await t.call('rapport.jaarverslag', { jaar: 2024 }, 'lezer');
    expect(v2.correcties).toContainEqual({ tabelId: 'ama-wvg-per-provincie', tabelTitel: expect.any(String), rij: 'Oost-Vlaanderen', kolom: 'Overeenkomsten', soort: 'aantal', was: 3, nu: 4 });
    expect(v2.correcties).toContainEqual(expect.objectContaining({ tabelId: 'ama-wvg-per-provincie', rij: 'Totaal', kolom: 'Deelnemers', was: 2, nu: 3 }));
    const tweede = await t.call('rapport.uitgeven', { jaar: 2024 }, 'beheerder');
    expect(tweede.kenmerk).toBe('JAARVERSLAG/2024/002');
    const tekst2 = pdfTekst(Buffer.from((await t.call('document.get', { id: tweede.documentId }, 'lezer')).pdfBase64, 'base64'));
    expect(tekst2).toContain('Correcties sinds de eerste uitgave');
    // The first version is unchanged (immutable bytes).
    expect(Buffer.from((await t.call('document.get', { id: eerste.documentId }, 'lezer')).pdfBase64, 'base64').equals(bytes)).toBe(true);
    expect(await t.fail('rapport.uitgeven', { jaar: 2024 }, 'lezer')).toMatchObject({ code: 'VERBODEN' });
  });

  it('the charts: SVG from Vega-Lite with a text alternative', async () => {
    const g = await t.call('rapport.grafieken', { jaar: 2024 }, 'lezer');
    expect(g.map((x) => x.id)).toEqual(['trajecten-objectief', 'invulling-verdeling', 'trend']);
    for (const x of g) {
      expect(x.svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(x.beschrijving.length).toBeGreaterThan(20);
    }
    expect(g[0].svg).toContain('Gent');
    expect(g[1].beschrijving).toContain('1 van de 2 met een invulling van 80 % of meer, 1 van minder dan 60 %.');
    expect(g[1].svg).toContain('80 % of meer');
    expect(g[1].svg).toContain('Minder dan 80 %');
  });

  it('the fill-rate chart marks the threshold of the parameter, also inside a band (A at 80.2 % is under 80.5 %)', async () => {
    await zetParameter(t, 'AMA_SE_INVULLINGSGRAAD_DREMPEL', 8050, '2024-01-01');
    const g = (await t.call('rapport.grafieken', { jaar: 2024 }, 'lezer')).find((x) => x.id === 'invulling-verdeling')!;
    expect(g.beschrijving).toContain('0 van de 2 met een invulling van 80,5 % of meer, 1 van minder dan 60 %.');
    expect(g.svg).toContain('80,5 % of meer');
    expect(g.svg).toContain('Minder dan 80,5 %');
    expect(g.svg).not.toContain('80 % of meer');
    // Each bar is a path with its data as accessible name: A in 80–90 % and B in 50–60 %, both below the threshold.
    expect(g.svg).toContain('aria-label="Invullingsgraad op jaarbasis: 80–90 %; Maatwerkbedrijven: 1; Invulling: Minder dan 80,5 %"');
    expect(g.svg).toContain('aria-label="Invullingsgraad op jaarbasis: 50–60 %; Maatwerkbedrijven: 1; Invulling: Minder dan 80,5 %"');
    expect(g.svg).toContain('aria-label="Invullingsgraad op jaarbasis: 80–90 %; Maatwerkbedrijven: 0; Invulling: 80,5 % of meer"');
  });
});
