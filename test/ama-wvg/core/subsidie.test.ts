import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, wijzigOrganisatie } from '../../helpers/app';
import { maakBegeleider, maakDeelnemer, maakOvereenkomst, zetEinddatum, type Begeleider } from '../../helpers/overeenkomsten';
import type { PushEvent } from '../../../electron/core/platform/context';
import type { SubsidieBetalingRij } from '../../../shared/ama-wvg/subsidie.contract';
import { pdfTekst } from '../../helpers/pdf';


let t: TestApp;
let brug: Begeleider;
let eclips: Begeleider;
let ovk: Record<string, number>;
let events: PushEvent[];

/**
 * First half-year 2026 (181 days, 2026 has 365), yearly amount € 1.061,20 (106120 cent):
 * - vzw De Brug (IBAN): Jan Verhaegen with two parallel werkposten (union = the whole half-year, 181 days → 52.624),
 *   Sofie Maes 01/05–31/08/2026 (61 days in H1 → 17.735), Ahmed El Amrani 01/03/2025–15/02/2026 (46 days → 13.374): 83.733;
 * - CGG Eclips (no IBAN): Lotte Claes from 01/03/2026, open (122 days → 35.470).
 */
beforeEach(async () => {
  t = createTestApp({ bereikbareMedewerkers: true });
  events = [];
  t.subscribe((e) => events.push(e));
  brug = await maakBegeleider(t, { naam: 'vzw De Brug' });
  eclips = await maakBegeleider(t, { naam: 'CGG Eclips', iban: '' });
  const jan = maakDeelnemer(t, { voornaam: 'Jan', achternaam: 'Verhaegen', geboortedatum: '1985-07-30' });
  const sofie = maakDeelnemer(t, { voornaam: 'Sofie', achternaam: 'Maes', geboortedatum: '1990-03-12' });
  const ahmed = maakDeelnemer(t, { voornaam: 'Ahmed', achternaam: 'El Amrani', geboortedatum: '1978-11-02' });
  const lotte = maakDeelnemer(t, { voornaam: 'Lotte', achternaam: 'Claes', geboortedatum: '2001-05-20' });
  ovk = {
    jan1: maakOvereenkomst(t, brug, jan, { van: '2025-09-01', werkpost: 'Kringwinkel Gent' }),
    jan2: maakOvereenkomst(t, brug, jan, { van: '2026-02-01', tot: '2026-04-30', werkpost: 'Hoeve Ter Linde' }),
    sofie: maakOvereenkomst(t, brug, sofie, { van: '2026-05-01', tot: '2026-08-31' }),
    ahmed: maakOvereenkomst(t, brug, ahmed, { van: '2025-03-01', tot: '2026-02-15' }),
    lotte: maakOvereenkomst(t, eclips, lotte, { van: '2026-03-01' }),
  };
});
afterEach(() => t.close());

const betaling = (run: { betalingen: SubsidieBetalingRij[] }, b: Begeleider) => run.betalingen.find((x) => x.organisatieId === b.organisatieId)!;

describe('subsidy proposal for a half-year (BVR art. 50)', () => {
  it('computes per begeleider and participant: union of days × yearly amount / 365, one rounding per line, shown per line', async () => {
    const run = await t.call('subsidie.berekenVoorstel', { periode: '2026-H1' });
    expect(run).toMatchObject({ periode: '2026-H1', volgnummer: 1, status: 'voorstel', totaalCent: 83_733 + 35_470, aantalBegunstigden: 2, aantalLijnen: 4, departement: 'ZORG', regelingLabel: 'Subsidie AMA WVG', periodeNaam: 'eerste halfjaar 2026' });
    expect(run.berekening).toMatchObject({ van: '2026-01-01', tot: '2026-06-30', dagenInHalfjaar: 181, dagenInJaar: 365, uitbetalingUiterlijk: '2026-09-30', dagenTotaal: 410 });
    expect(run.berekening.afrondingsregel).toMatch(/één keer afgerond op de cent, de helft weg van nul/);
    expect(betaling(run, brug)).toMatchObject({ brutoCent: 83_733, verminderingCent: 0, verschuldigdCent: 83_733, eerderBetaaldCent: 0, saldoCent: 83_733, teBetalenCent: 83_733, aantalLijnen: 3, dagen: 288, referentie: `AMAWVG-2026H1-${brug.kbo.replace(/\D/g, '')}` });
    expect(betaling(run, eclips)).toMatchObject({ verschuldigdCent: 35_470, iban: null });

    const lijnen = await t.call('subsidie.lijnen', { runId: run.id, organisatieId: brug.organisatieId });
    expect(lijnen.map((l) => [l.deelnemer, l.dagen, l.bedragCent])).toEqual([
      ['A.E.A. (°1978)', 46, 13_374],
      ['J.V. (°1985)', 181, 52_624],
      ['S.M. (°1990)', 61, 17_735],
    ]);
    const jan = lijnen.find((l) => l.deelnemer.startsWith('J.V.'))!;
    expect(jan.formule).toBe('181 dagen × € 1.061,20 / 365 = € 526,24');
    expect(jan.perioden).toEqual([{ van: '2026-01-01', tot: '2026-06-30' }]); // parallel werkposten counted once
    expect(JSON.stringify(lijnen)).not.toMatch(/Verhaegen|Jan|85\.07\.30/); // initials and birth year only
    expect(run.waarschuwingen).toContain(
      `Geen IBAN gekend voor CGG Eclips (${eclips.kbo}): vul het rekeningnummer aan bij de organisatie vóór de goedkeuring, anders komt de betaling van € 354,70 niet in het betaalbestand.`,
    );
    const [audit] = await t.call('audit.list', { entiteit: 'betaalrun', entiteitId: run.id });
    expect(audit).toMatchObject({ actie: 'aangemaakt', gebruiker: 'Test zorg-dossierbeheerder' });
    expect(events.filter((e) => e.type === 'job.voortgang').at(-1)).toMatchObject({ status: 'klaar', gedaan: 2, totaal: 2, bericht: 'Voorstel klaar' });
  });

  it('an index change during the half-year splits the line into segments (dated parameter)', async () => {
    await t.call('parameter.set', { code: 'AMA_WVG_SUBSIDIE_PER_DEELNEMER_JAAR', waardeGetal: 108_242, geldigVan: '2026-04-01', wettelijkeBasis: 'BVR 18 november 2022, art. 50', bronStatus: 'seed', toelichting: 'Testindex' }, 'beheerder');
    const run = await t.call('subsidie.berekenVoorstel', { periode: '2026-H1' });
    const jan = (await t.call('subsidie.lijnen', { runId: run.id, organisatieId: brug.organisatieId })).find((l) => l.deelnemer.startsWith('J.V.'))!;
    expect(jan.bedragCent).toBe(53_153); // (90 × 106120 + 91 × 108242) / 365 = 53.152,94
    expect(jan.formule).toBe('90 dagen × € 1.061,20 / 365 + 91 dagen × € 1.082,42 / 365 = € 531,53');
    expect(run.berekening.bedragen).toHaveLength(2);
  });

  it('days outside the begeleider’s recognition do not count, and the run says so', async () => {
    t.ctx.sqlite.prepare("UPDATE erkenning SET geldig_tot = '2026-03-31' WHERE id = ?").run(eclips.erkenningId);
    const run = await t.call('subsidie.berekenVoorstel', { periode: '2026-H1' });
    expect(betaling(run, eclips)).toMatchObject({ dagen: 31, verschuldigdCent: 9_013 });
    expect(run.waarschuwingen).toContain(`CGG Eclips (${eclips.kbo}): 91 overeenkomstdagen vielen buiten de erkenning en tellen niet mee.`);
  });

  it('refuses a half-year that has not ended, a malformed period, a second open proposal and the wrong role — nothing written', async () => {
    const runs = t.count('betaalrun');
    expect(await t.fail('subsidie.berekenVoorstel', { periode: '2026-H2' })).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'periode' }] });
    expect(await t.fail('subsidie.berekenVoorstel', { periode: '2026-3' })).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'periode' }] });
    expect((await t.fail('subsidie.berekenVoorstel', { periode: '2023-H1' })).message).toMatch(/geen jaarbedrag .* 01\/01\/2023/);
    expect(await t.fail('subsidie.berekenVoorstel', { periode: '2026-H1' }, 'lezer')).toMatchObject({ code: 'VERBODEN' });
    expect(await t.fail('subsidie.berekenVoorstel', { periode: '2026-H1' }, 'ondertekenaar')).toMatchObject({ code: 'VERBODEN' });
    expect(t.count('betaalrun')).toBe(runs);
    await t.call('subsidie.berekenVoorstel', { periode: '2026-H1' });
    const lijnen = t.count('subsidie_lijn');
    expect(await t.fail('subsidie.berekenVoorstel', { periode: '2026-H1' })).toMatchObject({ code: 'CONFLICT' });
    expect(t.count('subsidie_lijn')).toBe(lijnen);
    expect(await t.fail('subsidie.lijnen', { runId: 1, organisatieId: brug.organisatieId }, 'lezer')).toMatchObject({ code: 'VERBODEN' });
  });

  it('budget cap (bisnota §3): above the maximum every begeleider is reduced by the same percentage, shown in the run', async () => {
    t.ctx.sqlite.prepare("UPDATE parameter SET waarde_getal = 1 WHERE code = 'AMA_WVG_MAX_BEGELEIDINGEN' AND geldig_van = '2026-01-01'").run();
    const run = await t.call('subsidie.berekenVoorstel', { periode: '2026-H1' });
    const toets = run.berekening.plafond.toets;
    // 410 days / 365 = 1,12 participant-years > 1 × 181 / 365 = 0,50 → factor 181 / 410, reduction 55,8537 %
    expect(toets).toMatchObject({ overschreden: true, begeleidingen: '1,12', toegestaan: '0,50', factor: { teller: '181', noemer: '410' }, verminderingspercentage: '55,8537 %' });
    expect(run.berekening.plafond.regelOmschrijving).toMatch(/hetzelfde percentage/);
    expect(betaling(run, brug)).toMatchObject({ brutoCent: 83_733, verschuldigdCent: 36_965, verminderingCent: 46_768 });
    expect(betaling(run, eclips)).toMatchObject({ brutoCent: 35_470, verschuldigdCent: 15_659 });
    expect(run.waarschuwingen[0]).toMatch(/^Het maximum aantal gesubsidieerde begeleidingen is overschreden \(in het halfjaar\): 410 begeleide dagen/);
  });

  it('an unknown cap rule in the parameter is refused (CONFLICT), nothing written', async () => {
    t.ctx.sqlite.prepare("UPDATE parameter SET waarde_getal = 7 WHERE code = 'AMA_WVG_PLAFOND_VERMINDERING'").run();
    expect((await t.fail('subsidie.berekenVoorstel', { periode: '2026-H1' })).message).toMatch(/plafondregel 7/);
    expect(t.count('betaalrun')).toBe(0);
  });
});

describe('approval, statements and payment file (art. 50; Bestuursdecreet art. II.21)', () => {
  it('four eyes: the one who computed cannot approve; lezer/dossierbeheerder cannot approve', async () => {
    const run = await t.call('subsidie.berekenVoorstel', { periode: '2026-H1' });
    expect(await t.fail('subsidie.goedkeuren', { runId: run.id })).toMatchObject({ code: 'VERBODEN' });
    const env = await t.router('subsidie.goedkeuren', { runId: run.id }, { ...t.caller('zorg-dossierbeheerder'), rollen: ['zorg-dossierbeheerder', 'ondertekenaar'] });
    expect(env).toMatchObject({ ok: false, error: { code: 'VERBODEN', message: expect.stringMatching(/Vier-ogenprincipe/) } });
    expect((await t.call('subsidie.get', { runId: run.id }, 'lezer')).status).toBe('voorstel');
  });

  it('approves, issues a berekeningsnota per begeleider with progress, and exports the payment file', async () => {
    const voorstel = await t.call('subsidie.berekenVoorstel', { periode: '2026-H1' });
    const voorbeeld = await t.call('subsidie.voorbeeldNota', { runId: voorstel.id, organisatieId: brug.organisatieId });
    expect(pdfTekst(voorbeeld.pdfBase64)).toMatch(/VOORBEELD|Berekeningsnota/);
    expect(await t.fail('subsidie.exporteer', { runId: voorstel.id, formaat: 'csv' })).toMatchObject({ code: 'CONFLICT' });

    events = [];
    const { run, brieven } = await t.call('subsidie.goedkeuren', { runId: voorstel.id }, 'ondertekenaar');
    expect(run).toMatchObject({ status: 'goedgekeurd', goedgekeurdDoor: 'Test ondertekenaar' });
    expect(brieven).toEqual({ uitgegeven: 2, overgeslagen: 0, mislukt: [] });
    const voortgang = events.filter((e) => e.type === 'job.voortgang');
    expect(voortgang.at(-1)).toMatchObject({ jobId: `betaalrun-${run.id}-brieven`, soort: 'berekeningsnotas', status: 'klaar', stopbaar: true, gedaan: 2, totaal: 2 });
    expect(await t.fail('subsidie.goedkeuren', { runId: run.id }, 'ondertekenaar')).toMatchObject({ code: 'CONFLICT' });

    const doc = await t.call('document.get', { id: betaling(run, brug).documentId! });
    expect(doc).toMatchObject({ briefType: 'berekeningsnota-subsidie', dossierEntiteit: 'betaalrun', dossierId: String(run.id) });
    const tekst = pdfTekst(doc.pdfBase64);
    expect(tekst).toContain('Berekeningsnota subsidie arbeidsmatige activiteiten – eerste halfjaar 2026');
    expect(tekst).toContain('een subsidie van € 837,33 toe');
    expect(tekst).toMatch(/J\.V\. \(°1985\).*181 dagen × € 1\.061,20 \/ 365 € 526,24/);
    // Approved on 22/11/2026, after the legal payment date of 30/09/2026: no date in the past is promised (issue 15 point 4).
    expect(tekst).toMatch(/Wij storten € 837,33 zo snel mogelijk op rekening BE68 5390 0754 7034 met de mededeling AMAWVG-2026H1-/);
    expect(tekst).not.toMatch(/\d{2}\/\d{2}\/\d{4}/); // one date style in the statement: "22 november 2026"
    expect(tekst).toMatch(/bezwaar indienen bij het Departement Zorg, Afdeling Werk en Zorg binnen 30 dagen/);
    expect(tekst).toMatch(/Raad van State/);
    expect(tekst).not.toMatch(/Verhaegen|Sofie|Maes|El Amrani|85\.07\.30/); // no names, no INSZ
    const eclipsTekst = pdfTekst((await t.call('document.get', { id: betaling(run, eclips).documentId! })).pdfBase64);
    expect(eclipsTekst).toContain('Wij kennen het rekeningnummer van uw organisatie niet');
    // Counts in the statement agree with their noun: "1 deelnemer", never "1 deelnemers" (template version 2).
    expect(tekst).toMatch(/Subsidie volgens de berekening per deelnemer \(3 deelnemers, 288/);
    for (const brief of [tekst, eclipsTekst]) expect(brief).not.toMatch(/\b1 (deelnemers|dagen)\b/);

    const csv = await t.call('subsidie.exporteer', { runId: run.id, formaat: 'csv' });
    const inhoud = Buffer.from(csv.inhoudBase64, 'base64').toString('utf8');
    expect(csv).toMatchObject({ bestandsnaam: 'betaalbestand-AMAWVG-2026H1-1.csv', aantalBetalingen: 1, totaalCent: 83_733 });
    expect(inhoud).toBe(`\uFEFFOrganisatie;KBO;IBAN;Bedrag;Referentie\r\nvzw De Brug;${brug.kbo};BE68539007547034;837,33;AMAWVG-2026H1-${brug.kbo.replace(/\D/g, '')}\r\n`);
    expect(csv.waarschuwingen).toEqual([
      `Geen IBAN gekend voor CGG Eclips (${eclips.kbo}) bij de goedkeuring: de betaling van € 354,70 is niet opgenomen in het betaalbestand. Vul het rekeningnummer aan bij de organisatie, neem het over in de betaling en exporteer opnieuw.`,
    ]);
    const xlsx = await t.call('subsidie.exporteer', { runId: run.id, formaat: 'xlsx' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.inhoudBase64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Betalingen')!;
    expect(ws.getRow(1).values).toEqual([undefined, 'Organisatie', 'KBO', 'IBAN', 'Bedrag', 'Referentie']);
    expect(ws.getRow(2).values).toEqual([undefined, 'vzw De Brug', brug.kbo, 'BE68539007547034', 837.33, `AMAWVG-2026H1-${brug.kbo.replace(/\D/g, '')}`]);
    expect(wb.getWorksheet('Waarschuwingen')?.getRow(2).getCell(1).value).toMatch(/Geen IBAN gekend voor CGG Eclips/);
    const audits = await t.call('audit.list', { entiteit: 'betaalrun', entiteitId: run.id });
    expect(audits.filter((a) => a.actie === 'geexporteerd')).toHaveLength(2);
  });

  it('the payee is frozen at approval: a changed IBAN or name is not paid; a missing IBAN is taken over explicitly (audited)', async () => {
    const { run } = await t.call('subsidie.goedkeuren', { runId: (await t.call('subsidie.berekenVoorstel', { periode: '2026-H1' })).id }, 'ondertekenaar');
    // After the approval someone changes the IBAN and the name of De Brug in the register.
    await wijzigOrganisatie(t, brug.organisatieId, { naam: 'vzw De Nieuwe Brug', iban: 'BE71 0961 2345 6769' });
    const csv = Buffer.from((await t.call('subsidie.exporteer', { runId: run.id, formaat: 'csv' })).inhoudBase64, 'base64').toString('utf8');
    expect(csv).toContain(`vzw De Brug;${brug.kbo};BE68539007547034;837,33`);
    expect(csv).not.toContain('BE71096123456769');
    expect(betaling(await t.call('subsidie.get', { runId: run.id }), brug)).toMatchObject({ organisatieNaam: 'vzw De Brug', iban: 'BE68539007547034' });
    // Eclips was approved without an IBAN: only its missing IBAN can be completed, from the register, with a reason.
    const b = betaling(run, eclips);
    expect(await t.fail('betaalrun.neemIbanOver', { betalingId: b.id, reden: 'Rekeningnummer per mail bevestigd' })).toMatchObject({ code: 'VALIDATIE', message: expect.stringMatching(/Vul eerst het rekeningnummer/) });
    await wijzigOrganisatie(t, eclips.organisatieId, { iban: 'BE71 0961 2345 6769' });
    expect(await t.call('betaalrun.neemIbanOver', { betalingId: b.id, reden: 'Rekeningnummer per mail bevestigd' })).toMatchObject({ iban: 'BE71096123456769' });
    expect(await t.fail('betaalrun.neemIbanOver', { betalingId: betaling(run, brug).id, reden: 'Ander rekeningnummer' })).toMatchObject({ code: 'CONFLICT' });
    const na = await t.call('subsidie.exporteer', { runId: run.id, formaat: 'csv' });
    expect(na).toMatchObject({ aantalBetalingen: 2, totaalCent: 83_733 + 35_470, waarschuwingen: [] });
    expect((await t.call('audit.list', { entiteit: 'betaalrun_betaling', entiteitId: b.id })).map((a) => a.reden)).toContain('Rekeningnummer per mail bevestigd');
  });

  it('a letter prerequisite missing (contact person without e-mail and phone) → VALIDATIE before anything is approved', async () => {
    const run = await t.call('subsidie.berekenVoorstel', { periode: '2026-H1' });
    t.ctx.sqlite.prepare("UPDATE medewerker SET email = '', telefoon = '' WHERE naam = 'Test zorg-dossierbeheerder'").run();
    const docs = t.count('document');
    expect(await t.fail('subsidie.goedkeuren', { runId: run.id }, 'ondertekenaar')).toMatchObject({ code: 'VALIDATIE' });
    expect((await t.call('subsidie.get', { runId: run.id })).status).toBe('voorstel');
    expect(t.count('document')).toBe(docs);
  });
});

describe('re-running a half-year after corrections pays or recovers only the difference', () => {
  it('saldo = verschuldigd − earlier approved; a negative saldo is offset against the next payment', async () => {
    const r1 = (await t.call('subsidie.goedkeuren', { runId: (await t.call('subsidie.berekenVoorstel', { periode: '2026-H1' })).id }, 'ondertekenaar')).run;

    // Correction: Ahmed's agreement really ended on 31/01/2026 (31 days → 9.013 instead of 13.374).
    zetEinddatum(t, ovk.ahmed, '2026-01-31');
    const v2 = await t.call('subsidie.berekenVoorstel', { periode: '2026-H1' });
    expect(v2.volgnummer).toBe(2);
    expect(betaling(v2, brug)).toMatchObject({ verschuldigdCent: 79_372, eerderBetaaldCent: 83_733, saldoCent: -4_361, teBetalenCent: 0, terugvordering: 'verrekenen', referentie: `AMAWVG-2026H1-${brug.kbo.replace(/\D/g, '')}-2` });
    expect(betaling(v2, eclips)).toMatchObject({ saldoCent: 0 });
    const { run: r2, brieven } = await t.call('subsidie.goedkeuren', { runId: v2.id }, 'ondertekenaar');
    expect(brieven).toMatchObject({ uitgegeven: 1, overgeslagen: 1 }); // no letter when nothing changes for a begeleider
    const nota = pdfTekst((await t.call('document.get', { id: betaling(r2, brug).documentId! })).pdfBase64);
    expect(nota).toContain('(herberekening 2)');
    expect(nota).toMatch(/u ontving € 43,61 te veel, dat bedrag wordt teruggevorderd/);
    expect(nota).toMatch(/Wij verrekenen € 43,61 met de volgende betalingen/);
    const csv2 = await t.call('subsidie.exporteer', { runId: r2.id, formaat: 'csv' });
    expect(csv2.aantalBetalingen).toBe(0);
    expect(csv2.waarschuwingen[0]).toMatch(/€ 43,61 terug te vorderen; niet in het betaalbestand/);

    // A separate claim can be chosen while nothing was offset yet, and switched back.
    const b2 = betaling(r2, brug);
    expect((await t.call('subsidie.terugvordering', { betalingId: b2.id, wijze: 'vordering' })).terugvordering).toBe('vordering');
    expect((await t.call('subsidie.terugvordering', { betalingId: b2.id, wijze: 'verrekenen' })).terugvordering).toBe('verrekenen');
    expect(await t.fail('subsidie.terugvordering', { betalingId: betaling(r1, brug).id, wijze: 'vordering' })).toMatchObject({ code: 'CONFLICT' });

    // Second correction: Sofie started on 01/04/2026 (91 days → 26.457): saldo +8.722, of which 4.361 offsets the open recovery.
    t.ctx.sqlite.prepare("UPDATE overeenkomst SET startdatum = '2026-04-01' WHERE id = ?").run(ovk.sofie);
    const v3 = await t.call('subsidie.berekenVoorstel', { periode: '2026-H1' });
    expect(betaling(v3, brug)).toMatchObject({ verschuldigdCent: 88_094, eerderBetaaldCent: 79_372, saldoCent: 8_722, verrekendCent: 4_361, teBetalenCent: 4_361 });
    const r3 = (await t.call('subsidie.goedkeuren', { runId: v3.id }, 'ondertekenaar')).run;
    expect(betaling(r3, brug)).toMatchObject({ verrekendCent: 4_361, teBetalenCent: 4_361 });
    expect(pdfTekst((await t.call('document.get', { id: betaling(r3, brug).documentId! })).pdfBase64)).toMatch(/houden wij € 43,61 in/);
    // Once offset, the recovery can no longer become a separate claim.
    expect(await t.fail('subsidie.terugvordering', { betalingId: b2.id, wijze: 'vordering' })).toMatchObject({ code: 'CONFLICT' });
    expect((await t.call('subsidie.exporteer', { runId: r3.id, formaat: 'csv' })).totaalCent).toBe(4_361);
  });

  it('approving an older proposal after a later approved run, or after the earlier amounts changed, is refused', async () => {
    const v1 = await t.call('subsidie.berekenVoorstel', { periode: '2026-H1' });
    await t.call('subsidie.annuleren', { runId: v1.id, reden: 'Correcties in het register' });
    expect(await t.fail('subsidie.annuleren', { runId: v1.id, reden: 'Nog eens' })).toMatchObject({ code: 'CONFLICT' });
    const v2 = await t.call('subsidie.berekenVoorstel', { periode: '2026-H1' });
    await t.call('subsidie.goedkeuren', { runId: v2.id }, 'ondertekenaar');
    // As if another instance had reopened the old proposal:
    t.ctx.sqlite.prepare("UPDATE betaalrun SET status = 'voorstel' WHERE id = ?").run(v1.id);
    expect((await t.fail('subsidie.goedkeuren', { runId: v1.id }, 'ondertekenaar')).message).toMatch(/latere run \(volgnummer 2\)/);

    // A proposal computed before an approval of the same half-year became stale.
    t.ctx.sqlite.prepare("UPDATE betaalrun SET status = 'geannuleerd' WHERE id = ?").run(v1.id);
    const v3 = await t.call('subsidie.berekenVoorstel', { periode: '2026-H1' });
    t.ctx.sqlite.prepare('UPDATE betaalrun_betaling SET eerder_betaald_cent = 0 WHERE run_id = ?').run(v3.id);
    expect((await t.fail('subsidie.goedkeuren', { runId: v3.id }, 'ondertekenaar')).message).toMatch(/gewijzigd sinds dit voorstel/);
  });
});

describe('recovery as a separate claim through the procedure engine (art. 50: voornemen → reactie → beslissing → bezwaar)', () => {
  it('a negative saldo chosen as a claim: voornemen, response, decision "terugvordering" with its letter; excluded from offsets', async () => {
    await t.call('subsidie.goedkeuren', { runId: (await t.call('subsidie.berekenVoorstel', { periode: '2026-H1' })).id }, 'ondertekenaar');
    zetEinddatum(t, ovk.ahmed, '2026-01-31');
    const r2 = (await t.call('subsidie.goedkeuren', { runId: (await t.call('subsidie.berekenVoorstel', { periode: '2026-H1' })).id }, 'ondertekenaar')).run;
    const b2 = betaling(r2, brug);
    const start = { soort: 'terugvordering-subsidie-ama-wvg', rechtId: b2.id, gronden: 'De overeenkomst van een deelnemer eindigde vroeger dan eerder gemeld.', feiten: 'Correctie in het register op 20/11/2026: einde 31/01/2026 in plaats van 15/02/2026.' };
    // Still marked for offset: the engine refuses until the officer chooses a separate claim.
    expect((await t.fail('procedure.start', start)).message).toMatch(/te verrekenen met volgende betalingen/);
    await t.call('subsidie.terugvordering', { betalingId: b2.id, wijze: 'vordering', reden: 'Afzonderlijke vordering gevraagd' });
    const p = await t.call('procedure.start', start);
    expect(p).toMatchObject({ status: 'voornemen', rechtEntiteit: 'subsidie_betaling', rechtId: b2.id });
    expect(p.rechtOmschrijving).toMatch(/subsidie AMA WVG eerste halfjaar 2026 \(afrekening 2, mededeling AMAWVG-2026H1-\d+-2, € 43,61 terug te vorderen\)/);
    const voornemen = pdfTekst((await t.call('document.get', { id: p.voornemenDocumentId! })).pdfBase64);
    expect(voornemen).toMatch(/Wij zijn van plan € 43,61 subsidie terug te vorderen/);
    expect(voornemen).toMatch(/ontving uw organisatie al € 837,33, dat is € 43,61 te veel/);
    // While the claim runs, it cannot be switched back to an offset.
    expect(await t.fail('subsidie.terugvordering', { betalingId: b2.id, wijze: 'verrekenen' })).toMatchObject({ code: 'CONFLICT' });

    await t.call('verzending.registreer', { documentId: p.voornemenDocumentId!, kanaal: 'e-loket', verzondenOp: '2026-11-22' });
    await t.call('procedure.registreerReactie', { id: p.id, ontvangenOp: '2026-11-22', samenvatting: 'De organisatie erkent de correctie.', hoorzittingGevraagd: false });
    expect(await t.fail('procedure.stelBeslissingVoor', { id: p.id, datum: '2026-11-22', einddatum: '2026-12-31', feiten: 'x'.repeat(12), rechtsgronden: 'y'.repeat(12) })).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'einddatum' }] });
    const ontwerp = await t.call('procedure.stelBeslissingVoor', { id: p.id, datum: '2026-11-22', feiten: 'De organisatie bevestigt het vroegere einde.', rechtsgronden: 'Artikel 50: niet verschuldigde subsidie wordt teruggevorderd.' });
    expect(ontwerp).toMatchObject({ type: 'terugvordering', rechtEntiteit: 'subsidie_betaling', rechtId: b2.id, bezwaarTermijnDagen: 30 });
    const besl = await t.call('beslissing.goedkeuren', { id: ontwerp.id }, 'ondertekenaar');
    const brief = await t.call('document.get', { id: besl.documentId! });
    expect(brief.briefType).toBe('beslissing-terugvordering');
    expect(pdfTekst(brief.pdfBase64)).toMatch(/Wij vorderen € 43,61 terug van de subsidie voor het eerste halfjaar 2026/);
    const na = (await t.call('subsidie.get', { runId: r2.id })).betalingen.find((x) => x.id === b2.id)!;
    expect(na).toMatchObject({ terugvordering: 'vordering', procedureId: p.id });

    // The claim is not offset against the next positive payment.
    t.ctx.sqlite.prepare("UPDATE overeenkomst SET startdatum = '2026-04-01' WHERE id = ?").run(ovk.sofie);
    const v3 = await t.call('subsidie.berekenVoorstel', { periode: '2026-H1' });
    expect(betaling(v3, brug)).toMatchObject({ saldoCent: 8_722, verrekendCent: 0, teBetalenCent: 8_722 });
  });
});

describe('second half-year: the year settlement (art. 50, twice a year)', () => {
  it('H1 + H2 of 2025 give exactly the yearly amount for a participant guided all year', async () => {
    const nele = maakDeelnemer(t, { voornaam: 'Nele', achternaam: 'Wouters', geboortedatum: '1970-01-15' });
    const kort = maakDeelnemer(t, { voornaam: 'Tom', achternaam: 'Dierckx', geboortedatum: '1980-02-02' });
    const b = await maakBegeleider(t, { naam: 'OCMW Lokeren', erkenning: { van: '2024-01-01', tot: '2028-12-31' } });
    maakOvereenkomst(t, b, nele, { van: '2024-06-01' });
    maakOvereenkomst(t, b, kort, { van: '2025-06-30', tot: '2025-07-01' });
    const h1 = await t.call('subsidie.berekenVoorstel', { periode: '2025-H1' });
    await t.call('subsidie.goedkeuren', { runId: h1.id }, 'ondertekenaar');
    const h2 = await t.call('subsidie.berekenVoorstel', { periode: '2025-H2' });
    const l1 = await t.call('subsidie.lijnen', { runId: h1.id, organisatieId: b.organisatieId });
    const l2 = await t.call('subsidie.lijnen', { runId: h2.id, organisatieId: b.organisatieId });
    const som = (l: typeof l1, wie: string) => l.find((x) => x.deelnemer.startsWith(wie))!.bedragCent;
    expect(som(l1, 'N.W.') + som(l2, 'N.W.')).toBe(106_120);
    // 1 day in each half: 291 + 290 = round(2 × 106120 / 365) = 581
    expect([som(l1, 'T.D.'), som(l2, 'T.D.')]).toEqual([291, 290]);
    expect(l2.find((x) => x.deelnemer.startsWith('T.D.'))!.afronding).toMatch(/Jaarbedrag € 5,81/);
    expect(h2.berekening.plafond.toets.grondslag).toBe('jaar');
    expect(h2.berekening.uitbetalingUiterlijk).toBe('2026-03-31');

    // The store keeps a line's figures, not its sentences (issue 13): what is read back is what was computed. The full
    // sentence for T.D. worked out by hand: year 2 days → round(2 × 106120 / 365) = 581; H1 291; H2 = 581 − 291 = 290,
    // where H2 on its own would round 106120 / 365 = 290,74 to 291: the missing cent comes from the year's rounding.
    const td = l2.find((x) => x.deelnemer.startsWith('T.D.'))!;
    expect(td.formule).toBe('1 dag × € 1.061,20 / 365 = € 2,90 (afgerond via het jaarbedrag)');
    expect(td.afronding).toBe('Jaarbedrag € 5,81 (2 dagen in 2025, één keer afgerond) − eerste halfjaar € 2,91 (1 dag, één keer afgerond) = € 2,90; de ontbrekende cent komt uit de afronding van het jaarbedrag.');
    expect(td.jaar).toEqual({ dagen: 2, bedragCent: 581, eersteHalfjaarDagen: 1, eersteHalfjaarCent: 291 });
    const opgeslagen = t.ctx.sqlite.prepare('SELECT berekening FROM subsidie_lijn WHERE id = ?').pluck().get(td.id) as string;
    expect(opgeslagen.length).toBeLessThan(120);
    expect(opgeslagen).not.toMatch(/Jaarbedrag|dagen ×/);
    // A line stored before (the whole computation as JSON, sentences included) is read as it was.
    const { id: _id, deelnemerId: _d, deelnemer: _n, dagen: _g, bedragCent: _b, ...ber } = td;
    t.ctx.sqlite.prepare('UPDATE subsidie_lijn SET berekening = ? WHERE id = ?').run(JSON.stringify({ ...ber, teller: '106120', noemer: 365, bedragCent: td.bedragCent, formule: 'oude formule', afronding: 'oude afronding' }), td.id);
    const oud = (await t.call('subsidie.lijnen', { runId: h2.id, organisatieId: b.organisatieId })).find((x) => x.id === td.id)!;
    expect(oud).toEqual({ ...td, formule: 'oude formule', afronding: 'oude afronding' });
  });
});

describe('legal dates are dates in Brussels', () => {
  it('a statement issued at 00:30 in Brussels (23:30 UTC the day before) is cited with its Brussels date in the recovery letter', async () => {
    const nu = new Date('2026-11-22T23:30:00Z'); // Monday 23/11/2026, 00:30 in Brussels
    const t2 = createTestApp({ bereikbareMedewerkers: true, now: () => nu });
    try {
      const b = await maakBegeleider(t2, { naam: 'vzw Nachtwacht' });
      const o = maakOvereenkomst(t2, b, maakDeelnemer(t2, { voornaam: 'Nora', achternaam: 'Peeters', geboortedatum: '1990-01-01' }), { van: '2026-01-01', tot: '2026-06-30' });
      await t2.call('subsidie.goedkeuren', { runId: (await t2.call('subsidie.berekenVoorstel', { periode: '2026-H1' })).id }, 'ondertekenaar');
      zetEinddatum(t2, o, '2026-03-31');
      const r2 = (await t2.call('subsidie.goedkeuren', { runId: (await t2.call('subsidie.berekenVoorstel', { periode: '2026-H1' })).id }, 'ondertekenaar')).run;
      const b2 = r2.betalingen[0];
      expect(b2.saldoCent).toBeLessThan(0);
      await t2.call('subsidie.terugvordering', { betalingId: b2.id, wijze: 'vordering', reden: 'Afzonderlijke vordering' });
      const v = await t2.call('procedure.voorbeeldStart', { soort: 'terugvordering-subsidie-ama-wvg', rechtId: b2.id, gronden: 'De overeenkomst eindigde vroeger dan gemeld.', feiten: 'Correctie in het register: einde 31/03/2026.' });
      const tekst = pdfTekst(v.pdfBase64);
      expect(tekst).toMatch(/berekeningsnota van 23\/11\/2026/);
      expect(tekst).not.toMatch(/22\/11\/2026/);
    } finally {
      t2.close();
    }
  });
});

describe("the signatory's inbox (issue 15 point 16)", () => {
  it('lists the run proposal of the department with its amount and number of statements, oldest first; other roles may not ask', async () => {
    const run = await t.call('subsidie.berekenVoorstel', { periode: '2026-H1' });
    const lijst = await t.call('inbox.teOndertekenen', {}, 'ondertekenaar');
    expect(lijst).toEqual([
      expect.objectContaining({ soort: 'betaalrun', id: run.id, wat: 'Subsidie AMA WVG', over: '2026-H1', departement: 'ZORG', bedragCent: 83_733 + 35_470, aantalBetalingen: 2, eigen: false, link: `/betaalruns/${run.id}` }),
    ]);
    expect(await t.fail('inbox.teOndertekenen', {}, 'zorg-dossierbeheerder')).toMatchObject({ code: 'VERBODEN' });
    await t.call('subsidie.goedkeuren', { runId: run.id }, 'ondertekenaar');
    expect(await t.call('inbox.teOndertekenen', {}, 'ondertekenaar')).toEqual([]);
  });
});
