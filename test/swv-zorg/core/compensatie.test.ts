/**
 * Trajectories and the half-yearly compensation (BVR art. 7, 19–21, 71). Expected amounts by hand:
 * € 883,27 per trajectory (88 327 cent); 60 % = 52 996,2 → 52 996 cent (half away from zero).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, zetParameter } from '../../helpers/app';
import { importeerMandaten, importeerTrajecten, insz, maakOrganisaties, type Orgs } from '../../helpers/swv';
import { documentTekst } from '../../helpers/pdf';

let t: TestApp;
let org: Orgs;

beforeEach(async () => {
  t = createTestApp({ bereikbareMedewerkers: true });
  org = await maakOrganisaties(t);
  await importeerMandaten(t);
});
afterEach(() => t.close());

/** The trajectories of the first half of 2024, each on the edge of a rule. */
const H1 = [
  // T1 Gent: trajectplan 1 Feb, eindverslag + eindadvies 1 May = exactly 3 months → 100 %
  `T1;${insz(1)};GENT;2024-01-10;2024-02-01;afgesloten;;2024-04-20;2024-05-01;`,
  // T2 Gent: trajectplan 29 Feb, ended early 28 May: 29 May not reached → 0 %
  `T2;${insz(2)};GENT;2024-02-20;2024-02-29;vervroegd_stopgezet;2024-05-28;;;verhuisd`,
  // T3 Gent: trajectplan 29 Feb, ended early 29 May (3 months reached) → 60 %
  `T3;${insz(3)};GENT;2024-02-20;2024-02-29;vervroegd_stopgezet;2024-05-29;;;werk gevonden`,
  // T4 Limburg: aangemeld before 1 July 2023 → earlier rules (art. 71), not in the run
  `T4;${insz(4)};OOST_LIMBURG;2023-05-02;2023-06-01;afgesloten;;2024-03-01;2024-03-05;`,
  // T5 Limburg: trajectplan 15 Mar, stopped 10 Apr → below 3 months → 0 %
  `T5;${insz(5)};OOST_LIMBURG;2024-03-01;2024-03-15;vervroegd_stopgezet;2024-04-10;;;`,
  // T6 Gent: ends in the second half-year
  `T6;${insz(6)};GENT;2024-01-15;2024-02-01;afgesloten;;2024-07-02;2024-07-03;`,
  // T7 Kempen: no mandate for the region → not attributed, not paid
  `T7;${insz(7)};KEMPEN;2024-01-15;2024-02-01;afgesloten;;2024-06-01;2024-06-03;`,
  // T8 Gent: eindverslag without eindadvies → not ended (art. 21)
  `T8;${insz(8)};GENT;2024-01-15;2024-02-01;afgesloten;;2024-06-01;;`,
];

describe('traject.importeer (art. 7, 19, 71)', () => {
  it('attributes each trajectory to the samenwerkingsverband mandated for its region on the date of aanmelding', async () => {
    const r = await importeerTrajecten(t, H1);
    expect(r).toMatchObject({ uitkomst: 'geimporteerd', nieuw: 8, bijgewerkt: 0, zonderMandaat: 1, oudeRegeling: 1 });
    const lijst = await t.call('traject.list', {});
    const van = (n: string) => lijst.find((x) => x.trajectnummer === n)!;
    expect(van('T1').swvNaam).toBe('SWV Gent');
    expect(van('T5').swvNaam).toBe('SWV Limburg');
    expect(van('T7').swvId).toBeNull();
    expect(van('T4').oudeRegeling).toBe(true);
    expect(van('T1').deelnemer).toBe('°1985'); // VDAB sends no names: birth year only
    expect(van('T8').einde).toBeNull();
    expect(r.rapport.meldingen.find((m) => m.rij === 8)!.melding).toMatch(/^Niet toegewezen: geen mandaat voor de regio op de datum van aanmelding/);
    // Filters: the half-year of the end (art. 21)
    expect((await t.call('traject.list', { eindeIn: '2024-H1', swvId: van('T1').swvId! })).map((x) => x.trajectnummer).sort()).toEqual(['T1', 'T2', 'T3']);
  });

  it('a trajectory aangemeld while the mandate is suspended (art. 40) or after it ended is not attributed', async () => {
    const [gent] = await t.call('mandaat.list', { regioCode: 'GENT' });
    t.ctx.sqlite.prepare("INSERT INTO mandaat_schorsing (mandaat_id, van, tot) VALUES (?, '2024-03-01', '2024-03-31')").run(gent.id);
    await importeerTrajecten(t, [
      `S1;${insz(11)};GENT;2024-02-29;2024-03-10;bezig;;;;`,
      `S2;${insz(12)};GENT;2024-03-01;2024-03-10;bezig;;;;`,
      `S3;${insz(13)};GENT;2024-04-01;2024-04-10;bezig;;;;`,
    ]);
    const lijst = await t.call('traject.list', {});
    expect(Object.fromEntries(lijst.map((x) => [x.trajectnummer, x.swvNaam]))).toEqual({ S1: 'SWV Gent', S2: null, S3: 'SWV Gent' });
  });

  it('a re-import updates a trajectory by its number and keeps its history; attribution stays with the aanmelding', async () => {
    await importeerTrajecten(t, H1);
    const r = await importeerTrajecten(t, [`T8;${insz(8)};GENT;2024-01-15;2024-02-01;afgesloten;;2024-06-01;2024-06-04;`, ...H1.filter((x) => !x.startsWith('T8'))]);
    expect(r).toMatchObject({ nieuw: 0, bijgewerkt: 1, ongewijzigd: 7 });
    const t8 = (await t.call('traject.list', { zoek: 'T8' }))[0];
    const d = await t.call('traject.get', { id: t8.id });
    expect(d.einde).toBe('2024-06-04');
    expect(d.historiek).toHaveLength(1);
    expect(d.historiek[0].wijzigingen).toEqual({ datumEindadvies: [null, '2024-06-04'] });
    expect(d.insz).toBe(insz(8)); // the handling officer sees the INSZ (and the read is logged)
    expect(t.count("toegangslog WHERE entiteit = 'traject'")).toBe(1);
    expect((await t.call('traject.get', { id: t8.id }, 'lezer')).insz).toMatch(/^85\.03\.14-\*\*\*\.\*\*$/);
  });

  it('bad rows are rejected with row, column and a Dutch message, and nothing is written', async () => {
    const r = await importeerTrajecten(t, [
      `X1;85.03.14-999.99;GENT;2024-01-10;2024-02-01;bezig;;;;`, // 2 bad INSZ
      `X2;${insz(2)};NERGENS;2024-01-10;2024-02-01;bezig;;;;`, // 3 unknown region
      `X3;${insz(3)};GENT;2024-03-10;2024-02-01;bezig;;;;`, // 4 trajectplan before aanmelding
      `X4;${insz(4)};GENT;2024-01-10;2024-02-01;gestart;;;;`, // 5 unknown status
      `X5;${insz(5)};GENT;2024-01-10;2024-02-01;vervroegd_stopgezet;;;;`, // 6 early end without date
      `X6;${insz(6)};GENT;2024-01-10;2024-02-01;bezig;;;;`, // 7 valid
      `X6;${insz(6)};GENT;2024-01-10;2024-02-01;bezig;;;;`, // 8 number twice
    ]);
    expect(r.uitkomst).toBe('niets-geimporteerd');
    const fout = (rij: number) => r.rapport.meldingen.filter((m) => m.rij === rij && m.ernst === 'fout').map((m) => [m.veld, m.melding]);
    expect(fout(2)).toEqual([['rijksregisternummer', 'Dit rijksregisternummer klopt niet: het controlegetal (laatste twee cijfers) is fout.']]);
    expect(r.rapport.meldingen.find((m) => m.rij === 2)!.waarde).toBe('85.03.14-***.**'); // the report never repeats an INSZ
    expect(fout(3)[0][0]).toBe('werk_en_zorgregio');
    expect(fout(4)).toEqual([['datum_trajectplan', 'De datum (01/02/2024) ligt vóór de aanmelding (10/03/2024).']]);
    expect(fout(5)[0]).toEqual(['status', 'Onbekende status "gestart". Mogelijk: geinitieerd, aanvaard, bezig, afgesloten, vervroegd_stopgezet.']);
    expect(fout(6)).toEqual([['datum_einde', 'Vul de datum in (JJJJ-MM-DD of dd/mm/jjjj).']]);
    expect(fout(7)).toEqual([]);
    expect(fout(8)).toEqual([['trajectnummer', 'Het trajectnummer X6 staat ook in rij 7 van het bestand.']]);
    expect(t.count('traject') + t.count('deelnemer')).toBe(0);
  });
});

describe('compensatie.berekenVoorstel / goedkeuren (art. 20–21)', () => {
  it('one row per trajectory ended in the half-year: 100 / 60 / 0 % at the edges, none for the earlier rules', async () => {
    await importeerTrajecten(t, H1);
    const run = await t.call('compensatie.berekenVoorstel', { periode: '2024-H1' });
    const rij = Object.fromEntries(run.rijen.map((r) => [r.trajectnummer, r]));
    expect(Object.keys(rij).sort()).toEqual(['T1', 'T2', 'T3', 'T5']);
    expect([rij.T1.percentage, rij.T1.bedragCent, rij.T1.reedsBetaaldCent, rij.T1.teBetalenCent]).toEqual([100, 88_327, 0, 88_327]);
    expect([rij.T2.percentage, rij.T2.bedragCent]).toEqual([0, 0]);
    expect([rij.T3.percentage, rij.T3.bedragCent]).toEqual([60, 52_996]);
    expect([rij.T5.percentage, rij.T5.bedragCent]).toEqual([0, 0]);
    expect(rij.T2.reden).toContain('korter dan 3 maanden (29/05/2024 niet bereikt)');
    expect(rij.T1.reden).toContain('minstens 3 maanden (vanaf 01/05/2024)');
    // The answer is made from what was computed, the lines screen reads what was stored: the same rows in the same order;
    // the proposal names no participant (the lines and the statement show the initials where needed).
    const gelezen = await t.call('compensatie.lijnen', { runId: run.id });
    expect(run.rijen).toEqual(gelezen.map(({ deelnemer: _d, ...r }) => r));
    expect(run.rijen.some((r) => 'deelnemer' in r)).toBe(false);
    // Per samenwerkingsverband to its aanspreekpunt.
    const gent = run.betalingen.find((b) => b.organisatieId === org.cawGent.id)!;
    expect([gent.verschuldigdCent, gent.saldoCent, gent.aantalLijnen]).toEqual([88_327 + 52_996, 88_327 + 52_996, 3]);
    expect(run.betalingen.find((b) => b.organisatieId === org.ocmwLimburg.id)!.verschuldigdCent).toBe(0);
    expect(run.berekening).toMatchObject({ aantalTrajecten: 4, aantal100: 1, aantal60: 1, aantal0: 2, zonderSamenwerkingsverband: 1, oudeRegeling: 1 });
    // The officer's warnings in proper Dutch: one trajectory "is", two "krijgen".
    expect(run.waarschuwingen).toEqual([
      '1 traject eindigde in het halfjaar maar is aan geen samenwerkingsverband toegewezen (geen mandaat voor de regio op de datum van aanmelding): niet vergoed.',
      expect.stringMatching(/^2 trajecten krijgen 0 %: korter dan 3 maanden of zonder trajectplan/),
    ]);
  });

  it('four eyes; the statement lists the trajectories by number; the payment file; a re-run pays only the difference', async () => {
    await importeerTrajecten(t, H1);
    const run = await t.call('compensatie.berekenVoorstel', { periode: '2024-H1' });
    expect((await t.fail('compensatie.goedkeuren', { runId: run.id }, 'zorg-dossierbeheerder')).code).toBe('VERBODEN');
    const ok = await t.call('compensatie.goedkeuren', { runId: run.id }, 'ondertekenaar');
    expect(ok.run.status).toBe('goedgekeurd');
    expect(ok.brieven).toMatchObject({ uitgegeven: 1, overgeslagen: 1 }); // no statement for € 0,00 (the engine's rule)
    const gent = ok.run.betalingen.find((b) => b.organisatieId === org.cawGent.id)!;
    const tekst = await documentTekst(t, gent.documentId!);
    expect(tekst).toContain('Berekeningsnota compensatie samenwerkingsverband Zorg');
    expect(tekst).toContain('Traject T1');
    expect(tekst).toContain('€ 1.413,23');
    expect(tekst).not.toContain(insz(1));
    const bestand = await t.call('betaalrun.exporteer', { runId: run.id, formaat: 'csv' }, 'zorg-dossierbeheerder');
    expect(bestand.aantalBetalingen).toBe(1);
    expect(bestand.totaalCent).toBe(141_323);

    // VDAB corrects T2: eindverslag and eindadvies registered on 15 June → now 100 % (T1 already paid).
    await importeerTrajecten(t, [`T2;${insz(2)};GENT;2024-02-20;2024-02-29;afgesloten;;2024-06-15;2024-06-15;`]);
    const her = await t.call('compensatie.berekenVoorstel', { periode: '2024-H1' });
    const rij = Object.fromEntries(her.rijen.map((r) => [r.trajectnummer, r]));
    expect([rij.T1.bedragCent, rij.T1.reedsBetaaldCent, rij.T1.teBetalenCent]).toEqual([88_327, 88_327, 0]);
    expect([rij.T2.percentage, rij.T2.teBetalenCent]).toEqual([100, 88_327]);
    const b = her.betalingen.find((x) => x.organisatieId === org.cawGent.id)!;
    expect([b.eerderBetaaldCent, b.saldoCent]).toEqual([141_323, 88_327]);
    expect(her.volgnummer).toBe(2);
  });

  it('the statement states the minimum duration, the percentages, the amount\'s index and the scheme\'s start from the run\'s parameters', async () => {
    const zet = (code: string, waarde: number) => zetParameter(t, code, waarde, '2024-01-01');
    await zet('SWV_ZORG_TRAJECT_MINIMUMDUUR', 2);
    await zet('SWV_ZORG_COMPENSATIE_PCT_VROEGTIJDIG', 5000);
    await zet('SWV_ZORG_COMPENSATIE_PER_TRAJECT', 90_000);
    await importeerTrajecten(t, H1);
    const run = await t.call('compensatie.berekenVoorstel', { periode: '2024-H1' });
    const ok = await t.call('compensatie.goedkeuren', { runId: run.id }, 'ondertekenaar');
    const gent = ok.run.betalingen.find((b) => b.organisatieId === org.cawGent.id)!;
    const tekst = (await documentTekst(t, gent.documentId!)).replace(/\s+/g, ' ');
    expect(tekst).toContain('een compensatievergoeding van € 900,00 per activeringstraject toe (index 1 januari 2024).');
    expect(tekst).toContain('volledig wanneer het eindverslag en het eindadvies geregistreerd zijn en het traject minstens 2 maanden liep, 50 % wanneer het traject na minstens 2 maanden vroegtijdig beëindigd werd.');
    expect(tekst).toContain('Trajecten die vóór 1 juli 2023 werden aangemeld');
  });

  it('a trajectory whose end is corrected out of the half-year is recovered there and paid in its new half-year, once', async () => {
    await importeerTrajecten(t, H1);
    const h1 = await t.call('compensatie.berekenVoorstel', { periode: '2024-H1' });
    await t.call('compensatie.goedkeuren', { runId: h1.id }, 'ondertekenaar');
    // T1's eindadvies was in fact registered on 2 July.
    await importeerTrajecten(t, [`T1;${insz(1)};GENT;2024-01-10;2024-02-01;afgesloten;;2024-04-20;2024-07-02;`]);
    const h2 = await t.call('compensatie.berekenVoorstel', { periode: '2024-H2' });
    const t1 = h2.rijen.find((r) => r.trajectnummer === 'T1')!;
    expect([t1.bedragCent, t1.reedsBetaaldCent, t1.teBetalenCent]).toEqual([88_327, 88_327, 0]); // paid once over all runs
    await t.call('betaalrun.annuleren', { runId: h2.id, reden: 'eerst het eerste halfjaar rechtzetten' });
    const her = await t.call('compensatie.berekenVoorstel', { periode: '2024-H1' });
    const terug = her.rijen.find((r) => r.trajectnummer === 'T1')!;
    expect([terug.bedragCent, terug.teBetalenCent]).toEqual([0, -88_327]);
    expect(her.betalingen.find((x) => x.organisatieId === org.cawGent.id)!.saldoCent).toBe(-88_327);
    await t.call('compensatie.goedkeuren', { runId: her.id }, 'ondertekenaar');
    const h2b = await t.call('compensatie.berekenVoorstel', { periode: '2024-H2' });
    expect(h2b.rijen.find((r) => r.trajectnummer === 'T1')!.teBetalenCent).toBe(88_327);
  });

  it('is refused before the half-year has ended, with a Dutch message on periode', async () => {
    const f = await t.fail('compensatie.berekenVoorstel', { periode: '2026-H2' });
    expect(f.code).toBe('VALIDATIE');
    expect(f.details?.[0]).toMatchObject({ veld: 'periode' });
    expect(f.message).toContain('tweede halfjaar 2026 loopt tot 31/12/2026');
    expect((await t.fail('compensatie.berekenVoorstel', { periode: '2024-H3' })).code).toBe('VALIDATIE');
  });
});
