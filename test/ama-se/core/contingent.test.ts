/**
 * AMA SE through the API as the Departement WSE works (BVR art. 56, 58–68, 76): the import of the existing
 * contingents and of the begeleidingsovereenkomsten, the AMA WVG exclusion, the monthly advance, the yearly
 * settlement with its statement, and the 80 % evaluation with its decisions. Amounts by hand:
 * € 2.812,20 = 281,220 cents a participant-year; advance 80 % × places × 281,220 ÷ 12 = 18,748 cents a place a month.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, zetParameter } from '../../helpers/app';
import { documentTekst } from '../../helpers/pdf';
import { maakBegeleider, maakDeelnemer, maakOvereenkomst } from '../../helpers/overeenkomsten';
import {
  als, deelnameRegels, importeerContingenten, importeerDeelnames, maakSeOrganisaties, SE_KBO, seInsz, wseOndertekenaar, CONTINGENT_KOP, type SeOrgs,
} from '../../helpers/se';
import type { Caller } from '../../../electron/core/platform/context';

let t: TestApp;
let org: SeOrgs;
let ondertekenaar: Caller;

beforeEach(async () => {
  t = createTestApp({ bereikbareMedewerkers: true });
  org = await maakSeOrganisaties(t);
  ondertekenaar = wseOndertekenaar(t);
});
afterEach(() => t.close());

describe('contingent.importeer (art. 76: contingents granted on 31/12/2023 continue)', () => {
  it('reads the ledger, one period per row, with the decision behind it', async () => {
    const r = await importeerContingenten(t);
    expect(r).toMatchObject({ uitkomst: 'geimporteerd', contingenten: 3 });
    const lijst = await t.call('contingent.list', { peildatum: '2025-03-01' }, 'lezer');
    expect(lijst.map((x) => [x.naam, x.plaatsen])).toEqual([['Maatwerkbedrijf De Ploeg', 20], ['Maatwerkbedrijf Kringloop Waas', 10]]);
    expect((await t.call('contingent.list', { peildatum: '2025-07-01' })).find((x) => x.organisatieId === org.mwbB)!.plaatsen).toBe(20);
    const b = await t.call('contingent.get', { organisatieId: org.mwbB });
    expect(b.perioden.map((p) => [p.plaatsen, p.geldigVan, p.geldigTot, p.beslissing])).toEqual([
      [20, '2025-07-01', null, 'MB 20/06/2025'],
      [10, '2024-01-01', '2025-06-30', 'MB 15/12/2023'],
    ]);
  });

  it('refuses bad rows with row, column and a Dutch message; all or nothing writes nothing', async () => {
    const r = await importeerContingenten(t, [
      CONTINGENT_KOP,
      `${SE_KBO.mwbA};20;2024-01-01;;MB 15/12/2023`,
      `${SE_KBO.onbekend};5;2024-01-01;;MB`,
      `${SE_KBO.caw};5;2024-01-01;;MB`,
      `${SE_KBO.mwbB};vijf;2024-01-01;;MB`,
      `${SE_KBO.mwbB};5;2024-06-01;2024-01-01;MB`,
      `${SE_KBO.mwbA};3;2024-06-01;;MB`,
    ]);
    expect(r.uitkomst).toBe('niets-geimporteerd');
    const fout = (rij: number) => r.rapport.meldingen.filter((m) => m.rij === rij && m.ernst === 'fout').map((m) => `${m.veld}: ${m.melding}`);
    expect(fout(3)[0]).toMatch(/^ondernemingsnummer: Er is geen organisatie met ondernemingsnummer/);
    expect(fout(4)[0]).toMatch(/^ondernemingsnummer: CAW Oost-Vlaanderen is geen maatwerkbedrijf/);
    expect(fout(5)[0]).toBe('plaatsen: "vijf" is geen geheel aantal plaatsen.');
    expect(fout(6)[0]).toMatch(/^geldig_tot: De einddatum \(01\/01\/2024\) ligt vóór de begindatum/);
    expect(fout(7)[0]).toMatch(/Rij 2 geeft Maatwerkbedrijf De Ploeg een contingent voor een overlappende periode/);
    expect(t.count('se_contingent')).toBe(0);
    // Importing the same file twice: the second time every row is skipped with a warning.
    await importeerContingenten(t);
    const opnieuw = await importeerContingenten(t);
    expect(opnieuw.uitkomst).toBe('niets-geimporteerd');
    expect(opnieuw.rapport.meldingen.filter((m) => m.ernst === 'waarschuwing')).toHaveLength(3);
    expect(t.count('se_contingent')).toBe(3);
  });
});

describe('seOvereenkomst.importeer and the register (art. 56, 59, 68)', () => {
  it('imports participations, creates the participants, masks the INSZ in lists and logs the read of the detail', async () => {
    const r = await importeerDeelnames(t, [...deelnameRegels(SE_KBO.mwbA, 3), `${SE_KBO.mwbA};${seInsz(9)};Eva;Peeters;2025-02-01;;${SE_KBO.werkpost}`]);
    expect(r).toMatchObject({ uitkomst: 'geimporteerd', deelnames: 4, nieuweDeelnemers: 4 });
    const lijst = await t.call('seOvereenkomst.list', { organisatieId: org.mwbA }, 'lezer');
    expect(lijst).toHaveLength(4);
    expect(lijst[0].insz).toMatch(/\*\*\*/);
    const eva = lijst.find((x) => x.achternaam === 'Peeters')!;
    const detail = await t.call('seOvereenkomst.get', { id: eva.id }, 'wse-dossierbeheerder');
    expect(detail.insz).toBe(seInsz(9));
    expect(t.count("toegangslog WHERE entiteit = 'se_deelname'")).toBe(1);
    // Proofs due one month after the start (01/03/2025): missing on 22/11/2026
    expect(detail.bewijsStartUiterlijk).toBe('2025-03-01');
    expect(detail.signalen).toContain('Bewijsstukken van de start ontbreken (uiterlijk 01/03/2025).');
    const bijgewerkt = await t.call('seOvereenkomst.save', { ...detail, id: detail.id, versie: detail.versie, organisatieId: org.mwbA, insz: detail.insz!, voornaam: 'Eva', achternaam: 'Peeters', bewijsStartOp: '2025-03-05', dimonaIn: '2025-02-01' }, 'wse-dossierbeheerder');
    expect(bijgewerkt.signalen).toEqual(['Bewijsstukken van de start te laat ontvangen (05/03/2025, uiterlijk 01/03/2025).']);
    // A re-import of the same file changes nothing; an end date in a later file updates the participation.
    const opnieuw = await importeerDeelnames(t, [`${SE_KBO.mwbA};${seInsz(9)};Eva;Peeters;2025-02-01;2025-09-30;${SE_KBO.werkpost}`, ...deelnameRegels(SE_KBO.mwbA, 3)]);
    expect(opnieuw).toMatchObject({ uitkomst: 'geimporteerd', deelnames: 1, nieuweDeelnemers: 0 });
    expect((await t.call('seOvereenkomst.get', { id: eva.id }, 'wse-dossierbeheerder')).einddatum).toBe('2025-09-30');
  });

  it('refuses bad rows (row, column, Dutch) and an AMA WVG agreement in the same period (art. 56); nothing written', async () => {
    const b = await maakBegeleider(t, { naam: 'vzw De Brug' });
    const d = maakDeelnemer(t, { voornaam: 'Jan', achternaam: 'Janssens', geboortedatum: '1980-01-01' });
    maakOvereenkomst(t, b, d, { van: '2025-01-01' });
    const wvgInsz = (t.ctx.sqlite.prepare('SELECT insz FROM deelnemer WHERE id = ?').get(d) as { insz: string }).insz;
    const r = await importeerDeelnames(t, [
      ...deelnameRegels(SE_KBO.mwbA, 1),
      `${SE_KBO.onbekend};${seInsz(2)};A;B;2025-01-01;;${SE_KBO.werkpost}`,
      `${SE_KBO.mwbA};12345678901;A;B;2025-01-01;;${SE_KBO.werkpost}`,
      `${SE_KBO.mwbA};${seInsz(3)};A;B;2025-05-01;2025-04-01;${SE_KBO.werkpost}`,
      `${SE_KBO.mwbA};${seInsz(4)};A;B;2025-01-01;;0123`,
      `${SE_KBO.mwbA};${wvgInsz};Jan;Janssens;2025-06-01;;${SE_KBO.werkpost}`,
    ]);
    expect(r.uitkomst).toBe('niets-geimporteerd');
    const fout = (rij: number) => r.rapport.meldingen.filter((m) => m.rij === rij && m.ernst === 'fout').map((m) => `${m.veld}: ${m.melding}`)[0];
    expect(fout(3)).toMatch(/^ondernemingsnummer_maatwerkbedrijf: Er is geen organisatie/);
    expect(fout(4)).toMatch(/^rijksregisternummer: Dit rijksregisternummer klopt niet/);
    expect(fout(5)).toMatch(/^einddatum: De einddatum \(01\/04\/2025\) ligt vóór de startdatum/);
    expect(fout(6)).toMatch(/^ondernemingsnummer_werkpost: /);
    expect(fout(7)).toMatch(/^startdatum: De deelnemer heeft een overeenkomst AMA WVG met vzw De Brug vanaf 01\/01\/2025: .*BVR art\. 56/);
    expect(r.rapport.meldingen.find((m) => m.rij === 4)!.waarde).toMatch(/\*\*\*/);
    expect(t.count('se_deelname')).toBe(0);
    // The other way round: an AMA WVG agreement for an AMA SE participant is refused (art. 42).
    await importeerDeelnames(t, deelnameRegels(SE_KBO.mwbA, 1));
    const f = await t.fail('overeenkomst.registreer', {
      organisatieId: b.organisatieId, erkenningsnummer: (t.ctx.sqlite.prepare('SELECT erkenningsnummer AS n FROM erkenning WHERE id = ?').get(b.erkenningId) as { n: string }).n, insz: seInsz(1), voornaam: 'Deelnemer', achternaam: 'Nummer 1', werkpostNaam: 'Kringwinkel', werkpostKbo: '',
      werkpostLocaties: [{ straat: 'Kerkstraat 1', postcode: '9000', gemeente: 'Gent' }], startdatum: '2025-03-03', contactEmail: 'begeleiding@debrug.be',
      modelOvereenkomst: true, geenCombinatieVerklaard: true,
    });
    expect(f.message).toMatch(/begeleidingsovereenkomst AMA SE met Maatwerkbedrijf De Ploeg/);
  });
});

describe('money (art. 68): monthly advance, yearly settlement, statement', () => {
  beforeEach(async () => {
    await importeerContingenten(t);
    // A: 12 participants all of 2025 (60 %); B: 16 all of 2025, above its time-weighted 15.04 places.
    await importeerDeelnames(t, [...deelnameRegels(SE_KBO.mwbA, 12, 1), ...deelnameRegels(SE_KBO.mwbB, 16, 100)]);
  });

  it('advance of January 2025: 80 % of contingent × € 2.812,20 ÷ 12 → A 20 places € 3.749,60, B 10 places € 1.874,80; WSE approves, not Zorg', async () => {
    const run = await t.call('voorschot.berekenVoorstel', { periode: '2025-01' }, 'wse-dossierbeheerder');
    const bedrag = Object.fromEntries(run.betalingen.map((b) => [b.organisatieId, b.verschuldigdCent]));
    expect(bedrag).toEqual({ [org.mwbA]: 374_960, [org.mwbB]: 187_480 });
    // A Zorg signatory may not approve a WSE run; the drafter may not approve their own.
    expect((await t.fail('contingent.goedkeuren', { runId: run.id }, 'ondertekenaar')).message).toMatch(/Departement/);
    const ok = await als(t, ondertekenaar, 'contingent.goedkeuren', { runId: run.id });
    expect(ok.run.status).toBe('goedgekeurd');
    expect(ok.brieven.uitgegeven).toBe(2);
    const tekst = await documentTekst(t, ok.run.betalingen.find((b) => b.organisatieId === org.mwbA)!.documentId!);
    expect(tekst).toMatch(/Voorschot subsidie arbeidsmatige activiteiten in de sociale economie – januari 2025/);
    expect(tekst).toMatch(/80 % × 20,00 × € 2\.812,20 ÷ 12/);
    expect(tekst).toMatch(/Departement Werk en Sociale Economie/);
  });

  it('contingent.berekenAfrekening {jaar: 2025}: the fields per organisation, cap on the money, advances deducted, statement', async () => {
    const v = await t.call('voorschot.berekenVoorstel', { periode: '2025-01' }, 'wse-dossierbeheerder');
    await als(t, ondertekenaar, 'contingent.goedkeuren', { runId: v.id });
    const run = await t.call('contingent.berekenAfrekening', { jaar: 2025 }, 'wse-dossierbeheerder');
    const rij = (id: number) => run.rijen.find((r) => r.organisatieId === id)!;
    expect(rij(org.mwbA)).toMatchObject({
      ondernemingsnummer: SE_KBO.mwbA, contingentPlaatsen: 20, deelnemersdagen: 4380, deelnemersjaren: 12, bezettingsgraad: 60,
      subsidieCent: 3_374_640, voorschottenCent: 374_960, saldoCent: 2_999_680,
    });
    // B: 5,490 place-days = 15.04 places; 16 × 365 = 5,840 days = 16 participant-years; capped: 5,490 × 281,220 / 365 = 4,229,856.99 → 4,229,857
    expect(rij(org.mwbB)).toMatchObject({ contingentPlaatsen: 15.04, deelnemersjaren: 16, bezettingsgraad: 106.38, subsidieCent: 4_229_857, voorschottenCent: 187_480, saldoCent: 4_042_377, begrensd: true });
    // One maatwerkbedrijf (B) above its contingent: said in the singular, not "maatwerkbedrijf/-bedrijven begeleidden".
    expect(run.waarschuwingen).toContain('1 maatwerkbedrijf begeleidde meer deelnemersjaren dan zijn contingent: de subsidie is begrensd tot het contingent (de invullingsgraad toont de werkelijke bezetting).');
    expect(t.count(`se_afrekening_lijn WHERE run_id = ${run.id}`)).toBe(28);
    // The rounding rule names no number of days (the days per deelnemersjaar are a parameter, shown beside it).
    expect(run.berekening.afrondingsregel).toMatch(/één keer afgerond op de cent, de helft weg van nul/);
    expect(run.berekening.afrondingsregel).not.toMatch(/\d/);
    const ok = await als(t, ondertekenaar, 'contingent.goedkeuren', { runId: run.id });
    const tekst = await documentTekst(t, ok.run.betalingen.find((b) => b.organisatieId === org.mwbA)!.documentId!);
    expect(tekst).toMatch(/Jaarafrekening subsidie arbeidsmatige activiteiten in de sociale economie – jaar 2025/);
    expect(tekst).toMatch(/Invullingsgraad: 60,00 %/);
    expect(tekst).toMatch(/onder 80 %/);
    // A re-run after a correction pays only the difference: one participant of A ended on 30/06/2025.
    t.ctx.sqlite.prepare("UPDATE se_deelname SET einddatum = '2025-06-30' WHERE id = (SELECT min(id) FROM se_deelname WHERE organisatie_id = ?)").run(org.mwbA);
    const her = await t.call('contingent.berekenAfrekening', { jaar: 2025 }, 'wse-dossierbeheerder');
    // 184 days fewer: 4,196 days × 281,220 / 365 = 3,232,874.30 → 3,232,874; difference 3,232,874 − 3,374,640 = −141,766
    expect(her.rijen.find((r) => r.organisatieId === org.mwbA)!).toMatchObject({ subsidieCent: 3_232_874, saldoCent: -141_766 });
    expect(her.volgnummer).toBe(2);
  });

  it('the settlement letter states the threshold, the reduction\'s month, the settlement month, the advance and the amount\'s index from the parameters of its year', async () => {
    const zet = (code: string, waarde: number) => zetParameter(t, code, waarde, '2025-01-01');
    await zet('AMA_SE_INVULLINGSGRAAD_DREMPEL', 6500);
    await zet('AMA_SE_VERMINDERING_INGANGSMAAND', 9);
    await zet('AMA_SE_AFREKENING_MAAND', 4);
    await zet('AMA_SE_VOORSCHOT_PCT', 9000);
    await zet('AMA_SE_SUBSIDIE_PER_DEELNEMER_JAAR', 290_000);
    const run = await t.call('contingent.berekenAfrekening', { jaar: 2025 }, 'wse-dossierbeheerder');
    const ok = await als(t, ondertekenaar, 'contingent.goedkeuren', { runId: run.id });
    const tekst = async (id: number) => (await documentTekst(t, ok.run.betalingen.find((b) => b.organisatieId === id)!.documentId!)).replace(/\s+/g, ' ');
    // A filled 60 %: under the 65 % of 2025; B (106 %) is not.
    const a = await tekst(org.mwbA);
    expect(a).toMatch(/De invullingsgraad van uw contingent lag in 2025 onder 65 %\./);
    expect(a).toMatch(/een vermindering van het contingent vanaf 1 september 2026/);
    expect(a).toMatch(/subsidie toe van € 2\.900,00 \(index 1 januari 2025\)/);
    expect(a).toMatch(/Een voorschot van 90 % wordt maandelijks betaald; de afrekening volgt uiterlijk op de laatste werkdag van april van het volgende jaar\./);
    expect(await tekst(org.mwbB)).not.toMatch(/lag in 2025 onder/);
  });

  it('refuses a settlement of a year that has not ended, naming the field', async () => {
    const f = await t.fail('contingent.berekenAfrekening', { jaar: 2026 }, 'wse-dossierbeheerder');
    expect(f).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'jaar' }] });
    expect(f.message).toMatch(/loopt tot 31\/12\/2026/);
  });
});

describe('the 80 % evaluation (art. 61–63)', () => {
  beforeEach(async () => {
    await importeerContingenten(t);
    await importeerDeelnames(t, [...deelnameRegels(SE_KBO.mwbA, 12, 1), ...deelnameRegels(SE_KBO.mwbB, 16, 100)]);
  });

  it('one row per organisation with a contingent; 20 places at 60 % lose 4 from 01/07/2026; a what-if writes nothing', async () => {
    const e = await t.call('contingent.berekenEvaluatie', { jaar: 2025 }, 'lezer');
    expect(e.rijen.map((r) => [r.ondernemingsnummer, r.bezettingsgraad, r.verminderingPlaatsen, r.nieuwContingent, r.ingangsdatum])).toEqual([
      [SE_KBO.mwbA, 60, 4, 16, '2026-07-01'],
      [SE_KBO.mwbB, 106.38, 0, 20, '2026-07-01'],
    ]);
    expect(e.vrijgekomenPlaatsen).toBe(4);
    const watAls = await t.call('contingent.berekenEvaluatie', { jaar: 2025, drempelPct: 70 }, 'lezer');
    expect(watAls.standaard).toBe(false);
    expect(watAls.rijen[0].verminderingPlaatsen).toBe(2);
    expect(t.count('se_evaluatie')).toBe(0);
  });

  it('decisions in one batch, approved in one batch by a WSE signatory: ledger 20 → 16 from 01/07/2026, a letter each', async () => {
    const batch = await t.call('contingent.evaluatieBeslissen', { jaar: 2025, datum: '2026-11-20' }, 'wse-dossierbeheerder');
    expect(batch).toMatchObject({ beslissingen: 1, overgeslagen: 0 });
    expect((await t.call('contingent.evaluatieBeslissen', { jaar: 2025, datum: '2026-11-20' }, 'wse-dossierbeheerder')).beslissingen).toBe(0);
    const ok = await als(t, ondertekenaar, 'contingent.evaluatieGoedkeuren', { jaar: 2025 });
    expect(ok).toMatchObject({ goedgekeurd: 1, mislukt: [] });
    const a = await t.call('contingent.get', { organisatieId: org.mwbA });
    expect(a.perioden.map((p) => [p.plaatsen, p.geldigVan, p.geldigTot, p.reden])).toEqual([
      [16, '2026-07-01', null, 'vermindering'],
      [20, '2024-01-01', '2026-06-30', 'bestaand'],
    ]);
    const b = await t.call('beslissing.get', { id: batch.beslissingIds[0] });
    const tekst = await documentTekst(t, b.documentId!);
    expect(tekst).toMatch(/verminderd met 4 plaatsen, van 20 naar 16 plaatsen op jaarbasis/);
    expect(tekst).toMatch(/invullingsgraad van 60,00 %/);
    expect((await t.call('contingent.berekenEvaluatie', { jaar: 2025 })).rijen[0]).toMatchObject({ beslissingId: b.id, beslissingStatus: 'uitgegeven' });
  });

  it('an unknown rounding code in the parameter is refused with a Dutch message, not read as "naar beneden"', async () => {
    t.ctx.sqlite.prepare("UPDATE parameter SET waarde_getal = 5 WHERE code = 'AMA_SE_VERMINDERING_AFRONDING'").run();
    const f = await t.fail('contingent.berekenEvaluatie', { jaar: 2025 }, 'lezer');
    expect(f.code).toBe('CONFLICT');
    expect(f.message).toBe('Parameter AMA_SE_VERMINDERING_AFRONDING heeft op 31/12/2025 de onbekende code 5 (0 = naar beneden, 1 = rekenkundig, 2 = naar boven). Een beheerder past de parameter aan onder Parameters.');
  });

  it('the reduction takes effect in the month of the parameter, and the decision says so (art. 61–63)', async () => {
    await zetParameter(t, 'AMA_SE_VERMINDERING_INGANGSMAAND', 9, '2025-01-01');
    const batch = await t.call('contingent.evaluatieBeslissen', { jaar: 2025, datum: '2026-11-20' }, 'wse-dossierbeheerder');
    const b = await t.call('beslissing.get', { id: batch.beslissingIds[0] });
    expect(b.ingangsdatum).toBe('2026-09-01');
    expect(b.rechtsgronden).toContain('dan wordt het contingent vanaf 1 september van het volgende jaar verminderd');
  });
});
