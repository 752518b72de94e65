/**
 * The yearly report (issue 12; seed 004; RULES.md "Yearly report — counting conventions") on a dataset built to the
 * definitions — every expected figure counted by hand in the comment beside it. Peildatum 31/03/2025 (default).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/app';
import { importeerMandaten, importeerTrajecten, insz, maakOrganisaties } from '../../helpers/swv';
import { maakBegeleider, maakDeelnemer, maakOvereenkomst } from '../../helpers/overeenkomsten';
import { deelnameRegels, importeerContingenten, importeerDeelnames, maakSeOrganisaties, SE_KBO } from '../../helpers/se';
import type { Jaarverslag } from '../../../shared/rapport/contract';
import ExcelJS from 'exceljs';

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
    expect(tabel('ama-wvg-per-provincie').totaal).toEqual({ begeleiders: 2, overeenkomsten: 3, deelnemers: 2 });
    expect(rij('ama-wvg-per-type', 'CAW')).toEqual({ begeleiders: 2, overeenkomsten: 3, deelnemers: 2 });
  });

  it('ama-se per provincie: places on a yearly basis, average fill Σ participant-years ÷ Σ places, counts at 80 % and below 60 %', () => {
    // A (Gent): 20 places, 16 × 366 = 5,856 days = 16.04 participant-years → 80.2 %; B (Waasland): 10 places, 5 × 366 = 1,830 days → 50.1 %
    // Oost-Vlaanderen: 30 places; (5,856 + 1,830) / 365 = 21.06 participant-years / 30 = 70.19 % → 70.2
    expect(rij('ama-se-per-provincie', 'OVL')).toEqual({ begeleiders: 2, plaatsen: 30, gemiddeldeInvulling: 70.2, aantalVanaf80: 1, aantalOnder60: 1 });
    expect(rij('ama-se-per-provincie', 'ANT')).toEqual({ begeleiders: 0, plaatsen: 0, gemiddeldeInvulling: null, aantalVanaf80: 0, aantalOnder60: 0 });
    expect(tabel('ama-se-per-provincie').totaal).toEqual({ begeleiders: 2, plaatsen: 30, gemiddeldeInvulling: 70.2, aantalVanaf80: 1, aantalOnder60: 1 });
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
