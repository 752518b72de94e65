import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, organisatieInput, type TestApp } from '../../helpers/app';
import { kboFromBase } from '../../../shared/kernel/kbo';
import type { ImportMelding } from '../../../shared/platform/import.contract';
import { parseCsv, parseDatum, normaliseerKop } from '../../../electron/core/platform/imports';

let t: TestApp;
let org: Record<'caw' | 'cgg' | 'ibw' | 'dmw' | 'werkactor' | 'paaz' | 'school', { id: number; kbo: string }>;

const KBO = {
  caw: kboFromBase(4_100_001),
  cgg: kboFromBase(4_100_002),
  werkactor: kboFromBase(4_100_003),
  paaz: kboFromBase(4_100_004),
  school: kboFromBase(4_100_005),
  ibw: kboFromBase(4_100_006),
  dmw: kboFromBase(4_100_007),
  onbekend: kboFromBase(4_100_099),
};

beforeEach(async () => {
  t = createTestApp({ bereikbareMedewerkers: true });
  const maak = async (naam: string, kbo: string, typeCode: string) => {
    const o = await t.call('organisatie.create', organisatieInput({ naam, kbo, typeCode }));
    return { id: o.id, kbo: o.kbo };
  };
  org = {
    caw: await maak('CAW Oost-Vlaanderen', KBO.caw, 'CAW'),
    cgg: await maak('CGG Eclips', KBO.cgg, 'CGG'),
    ibw: await maak('Beschut Wonen De Pont', KBO.ibw, 'IBW'),
    dmw: await maak('Dienst Maatschappelijk Werk CM', KBO.dmw, 'DMW_ZIEKENFONDS'),
    werkactor: await maak('Werkactor De Sprong', KBO.werkactor, 'WERKACTOR'),
    paaz: await maak('AZ Sint-Jan – PAAZ', KBO.paaz, 'PAAZ'),
    school: await maak('Hogeschool Gent', KBO.school, 'ONDERWIJSINSTELLING'),
  };
});
afterEach(() => t.close());

const b64 = (b: Buffer | Uint8Array) => Buffer.from(b).toString('base64');
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** A CSV as Belgian Excel saves it: `;`, CRLF, Windows-1252. */
function csv(regels: string[]): Buffer {
  return Buffer.from(regels.join('\r\n') + '\r\n', 'latin1');
}

/** Digits only (as someone would type a KBO number without dots). */
const cijfers = (kbo: string) => kbo.replace(/\D/g, '');

function foutenfixture(): Buffer {
  return csv([
    'Ondernemingsnummer;Erkenningsnummer;Geldig van;Geldig tot;Opmerking',
    `${KBO.caw};WVG/2021/0001;01/03/2021;28/02/2026;ok`, // 2 valid (expired meanwhile)
    `0417.497.107;WVG/2021/0002;2021-03-01;2026-02-28;`, // 3 invalid KBO
    `${KBO.onbekend};WVG/2021/0003;2021-03-01;2026-02-28;`, // 4 unknown organisation
    `${cijfers(KBO.cgg)};WVG/2021/0004;31/02/2021;;`, // 5 non-existing date, missing end
    '', // 6 empty: skipped, numbering kept
    `${KBO.cgg};WVG/2021/0005;2022-05-01;2021-05-01;`, // 7 end before start
    `${KBO.dmw};WVG/2020/0006;2020-01-01;2024-12-31;`, // 8 duplicate number (with 9)
    `${KBO.dmw};wvg/2020/0006;2025-01-01;2029-12-31;`, // 9 duplicate (case-insensitive); also starts after 2024
    `${KBO.cgg};WVG/2019/BESTAAND;2019-01-01;2024-06-30;`, // 10 number already in the database
    `${KBO.ibw};WVG/2022/0010;2022-06-01;2027-05-31;`, // 11 valid, still running
    `${KBO.werkactor};WVG/2021/0011;2021-01-01;2025-12-31;`, // 12 type not eligible
    `${KBO.paaz};"WVG/2021/0012";15/09/2021;14/09/2026;`, // 13 PAAZ: valid, cut to 31/12/2023 (warning)
    `${KBO.caw};WVG/2018/0013;2018-01-01;2022-12-31;`, // 14 ended before 1/1/2024
    `${KBO.school};WVG/2020/0014;01.09.2020;31-08-2025;`, // 15 onderwijsinstelling: valid, cut
  ]);
}

async function bestaande() {
  // Already in the register for CGG: 2019 – 30/06/2024 (number WVG/2019/BESTAAND).
  return t.call('overgang.registreer', { organisatieId: org.cgg.id, erkenningsnummer: 'WVG/2019/BESTAAND', geldigVan: '2019-01-01', geldigTot: '2024-06-30' });
}

const per = (meldingen: ImportMelding[], rij: number) => meldingen.filter((m) => m.rij === rij).map((m) => `${m.ernst}:${m.veld}:${m.melding}`);

describe('overgang.importeer: the validation report', () => {
  it('controleer: a message per row and field, in Dutch, with the row number of the file; nothing written', async () => {
    await bestaande();
    const before = { e: t.count('erkenning'), a: t.count('audit_entry') };
    const bytes = foutenfixture();
    const r = await t.call('overgang.importeer', { bestandsnaam: 'overgang.csv', inhoudBase64: b64(bytes), modus: 'controleer' });
    expect(r).toMatchObject({ modus: 'controleer', uitkomst: 'gecontroleerd', geimporteerd: 0, erkenningIds: [] });
    const rap = r.rapport;
    expect(rap).toMatchObject({ bestandsnaam: 'overgang.csv', sha256: sha256(bytes), formaat: 'csv', scheidingsteken: ';', codering: 'utf-8', aantalRijen: 13, geldigeRijen: 4, foutieveRijen: 9 });
    expect(rap.kolommen).toEqual(['Ondernemingsnummer', 'Erkenningsnummer', 'Geldig van', 'Geldig tot', 'Opmerking']);
    const m = rap.meldingen;

    expect(per(m, 2)).toEqual([]);
    expect(per(m, 3)).toEqual(['fout:ondernemingsnummer:Dit ondernemingsnummer klopt niet: het controlegetal (laatste twee cijfers) is fout.']);
    expect(per(m, 4)).toEqual([`fout:ondernemingsnummer:Er is geen organisatie met ondernemingsnummer ${KBO.onbekend} in het register. Voeg ze eerst toe onder Organisaties.`]);
    expect(per(m, 5)).toEqual([
      'fout:geldig_van:De datum "31/02/2021" bestaat niet.',
      'fout:geldig_tot:Vul de einddatum (geldig_tot) in (JJJJ-MM-DD of dd/mm/jjjj).',
    ]);
    expect(m.find((x) => x.rij === 5 && x.veld === 'geldig_van')!.waarde).toBe('31/02/2021');
    expect(m.some((x) => x.rij === 6)).toBe(false);
    expect(per(m, 7)).toEqual(['fout:geldig_tot:De einddatum (01/05/2021) ligt vóór de begindatum (01/05/2022).']);
    expect(per(m, 8)).toEqual(['fout:erkenningsnummer:Het erkenningsnummer WVG/2020/0006 komt meer dan eens voor in het bestand (ook in rij 9).']);
    expect(per(m, 9)).toEqual([
      'fout:erkenningsnummer:Het erkenningsnummer wvg/2020/0006 komt meer dan eens voor in het bestand (ook in rij 8).',
      'fout:geldig_van:Deze erkenning begint op 01/01/2025. De overgangsregeling geldt alleen voor erkenningen van vóór 01/01/2024 (BVR art. 72–73); een nieuwe erkenning volgt uit een aanvraag.',
    ]);
    expect(per(m, 10)).toEqual(['fout:erkenningsnummer:Het erkenningsnummer WVG/2019/BESTAAND bestaat al in het register (CGG Eclips).']);
    expect(per(m, 11)).toEqual([]);
    expect(per(m, 12)).toEqual(['fout:ondernemingsnummer:Werkactor De Sprong is een organisatie van het type "Werkactor (dienstverlener werk)": dat type kan niet erkend worden als begeleider van arbeidsmatige activiteiten (BVR art. 46).']);
    expect(per(m, 13)).toEqual(['waarschuwing:geldig_tot:Psychiatrische afdeling van een algemeen ziekenhuis: de erkenning eindigde van rechtswege op 31/12/2023 (BVR art. 74). Ze wordt geregistreerd tot die datum in plaats van tot 14/09/2026, met status "verlopen".']);
    expect(per(m, 14)).toEqual(['fout:geldig_tot:Deze erkenning liep op 01/01/2024 niet meer (einde 31/12/2022): ze valt niet onder de overgangsregeling (BVR art. 72–73).']);
    expect(per(m, 15)).toEqual([expect.stringMatching(/^waarschuwing:geldig_tot:Onderwijsinstelling: de erkenning eindigde van rechtswege op 31\/12\/2023/)]);
    expect({ e: t.count('erkenning'), a: t.count('audit_entry') }).toEqual(before);
  });

  it('overlap with an existing recognition of the organisation, and between rows of one organisation', async () => {
    await bestaande(); // CGG 01/01/2019 – 30/06/2024
    const r = await t.call('overgang.importeer', {
      bestandsnaam: 'overlap.csv',
      modus: 'controleer',
      inhoudBase64: b64(csv([
        'ondernemingsnummer;erkenningsnummer;geldig_van;geldig_tot',
        `${KBO.cgg};A-1;2023-01-01;2027-12-31`, // overlaps the existing one
        `${KBO.caw};A-2;2020-01-01;2024-12-31`,
        `${KBO.caw};A-3;2023-06-01;2028-05-31`, // overlaps row 3 (same organisation)
      ])),
    });
    expect(per(r.rapport.meldingen, 2)).toEqual(['fout:geldig_van:Deze periode overlapt met erkenning WVG/2019/BESTAAND van CGG Eclips (01/01/2019 – 30/06/2024, verlopen).']);
    expect(per(r.rapport.meldingen, 3)).toEqual(['fout:geldig_van:Deze periode overlapt met rij 4 van het bestand (A-3, 01/06/2023 – 31/05/2028) van dezelfde organisatie.']);
    expect(per(r.rapport.meldingen, 4)).toEqual(['fout:geldig_van:Deze periode overlapt met rij 3 van het bestand (A-2, 01/01/2020 – 31/12/2024) van dezelfde organisatie.']);
    expect(r.rapport).toMatchObject({ aantalRijen: 3, geldigeRijen: 0, foutieveRijen: 3 });
  });

  it('a missing column is an error for the whole file; nothing can be imported', async () => {
    const r = await t.call('overgang.importeer', {
      bestandsnaam: 'kolom.csv', modus: 'enkel-geldige',
      inhoudBase64: b64(csv(['ondernemingsnummer;erkenningsnummer;geldig_van', `${KBO.caw};X-1;2021-01-01`])),
    });
    expect(r).toMatchObject({ uitkomst: 'niets-geimporteerd', geimporteerd: 0 });
    expect(r.rapport.meldingen).toEqual([
      { rij: 1, veld: 'geldig_tot', waarde: null, melding: 'De kolom "geldig_tot" ontbreekt. Gevonden kolommen: "ondernemingsnummer", "erkenningsnummer", "geldig_van".', ernst: 'fout' },
    ]);
    expect(r.rapport).toMatchObject({ aantalRijen: 1, geldigeRijen: 0, foutieveRijen: 1 });
    expect(t.count('erkenning')).toBe(0);
  });

  it('an unreadable file is refused with a Dutch message', async () => {
    const f = await t.fail('overgang.importeer', { bestandsnaam: 'kapot.xlsx', modus: 'controleer', inhoudBase64: b64(Buffer.from('PK\u0003\u0004 geen zip')) });
    expect(f).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'inhoudBase64' }] });
    expect(f.message).toMatch(/kan niet gelezen worden/);
    expect((await t.fail('overgang.importeer', { bestandsnaam: 'oud.xls', modus: 'controleer', inhoudBase64: b64(Buffer.from('x')) })).code).toBe('VALIDATIE');
    expect((await t.fail('overgang.importeer', { bestandsnaam: 'a.csv', modus: 'controleer', inhoudBase64: 'niet base64!' })).message).toMatch(/geen base64/);
    expect((await t.fail('overgang.importeer', { bestandsnaam: 'a.csv', modus: 'alles', inhoudBase64: 'YQ==' })).code).toBe('VALIDATIE');
  });
});

describe('overgang.importeer: the three modes', () => {
  it('alles-of-niets with an error: nothing is written, the report says why', async () => {
    await bestaande();
    const before = { e: t.count('erkenning'), h: t.count('erkenning_historiek'), a: t.count('audit_entry') };
    const r = await t.call('overgang.importeer', { bestandsnaam: 'overgang.csv', inhoudBase64: b64(foutenfixture()), modus: 'alles-of-niets' });
    expect(r).toMatchObject({ uitkomst: 'niets-geimporteerd', geimporteerd: 0, erkenningIds: [] });
    expect(r.rapport.foutieveRijen).toBeGreaterThan(0);
    expect({ e: t.count('erkenning'), h: t.count('erkenning_historiek'), a: t.count('audit_entry') }).toEqual(before);
  });

  it('enkel-geldige: the valid rows only, in one transaction, one audit entry each plus a summary', async () => {
    await bestaande();
    const bytes = foutenfixture();
    const audit = t.count('audit_entry');
    const r = await t.call('overgang.importeer', { bestandsnaam: 'overgang.csv', inhoudBase64: b64(bytes), modus: 'enkel-geldige' });
    expect(r.uitkomst).toBe('geimporteerd');
    const nummers = r.erkenningIds.map((id) => (t.ctx.sqlite.prepare('SELECT erkenningsnummer FROM erkenning WHERE id = ?').get(id) as { erkenningsnummer: string }).erkenningsnummer);
    // Rows 2, 11, 13 and 15 are valid.
    expect(nummers).toEqual(['WVG/2021/0001', 'WVG/2022/0010', 'WVG/2021/0012', 'WVG/2020/0014']);
    expect(r.geimporteerd).toBe(4);
    expect(r.rapport).toMatchObject({ aantalRijen: 13, geldigeRijen: 4, foutieveRijen: 9 });

    expect(t.count('audit_entry')).toBe(audit + 5);
    const samenvatting = t.ctx.sqlite.prepare("SELECT entiteit, entiteit_id AS id, actie, nieuw, reden FROM audit_entry WHERE entiteit = 'erkenning-import'").get() as { id: string; actie: string; nieuw: string; reden: string };
    expect(samenvatting.actie).toBe('geimporteerd');
    expect(JSON.parse(samenvatting.nieuw)).toMatchObject({
      bestandsnaam: 'overgang.csv', sha256: sha256(bytes), modus: 'enkel-geldige', rijen: 13, geldig: 4, metFouten: 9, geimporteerd: 4, erkenningIds: r.erkenningIds,
    });
    expect(samenvatting.reden).toContain('"overgang.csv"');
    const perErkenning = t.ctx.sqlite.prepare("SELECT count(*) AS n FROM audit_entry WHERE entiteit = 'erkenning' AND methode = 'overgang.importeer'").get() as { n: number };
    expect(perErkenning.n).toBe(4);

    // Row 2 ended 28/02/2026: registered and expired; row 11 still runs.
    const [caw, ibw] = await Promise.all(r.erkenningIds.slice(0, 2).map((id) => t.call('erkenning.get', { id })));
    expect(caw).toMatchObject({ oorsprong: 'overgang', status: 'verlopen', eindeReden: 'verlopen', geldigVan: '2021-03-01', geldigTot: '2026-02-28' });
    expect(caw.historiek.map((h) => h.status)).toEqual(['actief', 'verlopen']);
    expect(caw.historiek[0].toelichting).toContain('rij 2');
    expect(ibw).toMatchObject({ status: 'actief', eindeReden: null, geldigTot: '2027-05-31' });
  });

  it('art. 74: a PAAZ and an onderwijsinstelling end on 31/12/2023, status verlopen, with the history line', async () => {
    const r = await t.call('overgang.importeer', { bestandsnaam: 'overgang.csv', inhoudBase64: b64(foutenfixture()), modus: 'enkel-geldige' });
    const paaz = await t.call('erkenning.get', { id: r.erkenningIds.find((id) => (t.ctx.sqlite.prepare('SELECT organisatie_id AS o FROM erkenning WHERE id = ?').get(id) as { o: number }).o === org.paaz.id)! });
    expect(paaz).toMatchObject({ typeCode: 'PAAZ', geldigVan: '2021-09-15', geldigTot: '2023-12-31', status: 'verlopen', eindeReden: 'verlopen', oorsprong: 'overgang' });
    expect(paaz.historiek).toHaveLength(2);
    expect(paaz.historiek[0].toelichting).toContain('oorspronkelijk geldig tot 14/09/2026');
    expect(paaz.historiek[1]).toMatchObject({ datum: '2023-12-31', status: 'verlopen', geldigTot: '2023-12-31' });
    expect(paaz.historiek[1].toelichting).toMatch(/^Van rechtswege beëindigd op 31\/12\/2023 \(BVR art\. 74\)/);
  });

  it('alles-of-niets with a clean XLSX (exceljs): everything imported; dates as date cells or text, KBO typed as a number', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Erkenningen');
    ws.addRow(['ONDERNEMINGSNUMMER', 'Erkenningsnummer', 'GELDIG_VAN', 'Geldig tot']);
    ws.addRow([Number(cijfers(KBO.caw)), 'WVG/2021/0101', new Date(Date.UTC(2021, 2, 1)), new Date(Date.UTC(2026, 1, 28))]);
    ws.addRow([]);
    ws.addRow([KBO.paaz, 'WVG/2022/0102', '01/01/2022', '31/12/2026']);
    ws.addRow([cijfers(KBO.cgg), { richText: [{ text: 'WVG/' }, { text: '2023/0103' }] }, '2023-04-01', '2028-03-31']);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const r = await t.call('overgang.importeer', { bestandsnaam: 'overgang.xlsx', inhoudBase64: b64(bytes), modus: 'alles-of-niets' });
    expect(r.rapport).toMatchObject({ formaat: 'xlsx', blad: 'Erkenningen', scheidingsteken: null, aantalRijen: 3, geldigeRijen: 3, foutieveRijen: 0 });
    expect(r.rapport.meldingen.map((m) => [m.rij, m.ernst, m.veld])).toEqual([[4, 'waarschuwing', 'geldig_tot']]); // the PAAZ cut, row 4 of the sheet
    expect(r).toMatchObject({ uitkomst: 'geimporteerd', geimporteerd: 3 });
    const rows = t.ctx.sqlite.prepare('SELECT erkenningsnummer, organisatie_id AS o, geldig_van AS van, geldig_tot AS tot, status FROM erkenning ORDER BY id').all();
    expect(rows).toEqual([
      { erkenningsnummer: 'WVG/2021/0101', o: org.caw.id, van: '2021-03-01', tot: '2026-02-28', status: 'verlopen' },
      { erkenningsnummer: 'WVG/2022/0102', o: org.paaz.id, van: '2022-01-01', tot: '2023-12-31', status: 'verlopen' },
      { erkenningsnummer: 'WVG/2023/0103', o: org.cgg.id, van: '2023-04-01', tot: '2028-03-31', status: 'actief' },
    ]);
    // Importing the same file again: every number exists now → nothing.
    const again = await t.call('overgang.importeer', { bestandsnaam: 'overgang.xlsx', inhoudBase64: b64(bytes), modus: 'alles-of-niets' });
    expect(again).toMatchObject({ uitkomst: 'niets-geimporteerd', geimporteerd: 0 });
    expect(again.rapport.foutieveRijen).toBe(3);
  });

  it('only Zorg case handlers and administrators may import', async () => {
    const input = { bestandsnaam: 'a.csv', modus: 'controleer', inhoudBase64: b64(foutenfixture()) };
    expect((await t.fail('overgang.importeer', input, 'lezer')).code).toBe('VERBODEN');
    expect((await t.fail('overgang.importeer', input, 'wse-dossierbeheerder')).code).toBe('VERBODEN');
    expect((await t.call('overgang.importeer', input as never, 'beheerder')).uitkomst).toBe('gecontroleerd');
  });
});

describe('overgang.registreer', () => {
  it('registers a recognition that continues by law (oorsprong overgang, own number, audit entry)', async () => {
    const e = await t.call('overgang.registreer', { organisatieId: org.caw.id, erkenningsnummer: 'WVG/2022/0042', geldigVan: '2022-04-01', geldigTot: '2027-03-31' });
    expect(e).toMatchObject({ erkenningsnummer: 'WVG/2022/0042', oorsprong: 'overgang', status: 'actief', geldigTot: '2027-03-31', aanvraagId: null, herinneringDocumentId: null });
    expect(e.historiek[0].toelichting).toMatch(/^Overgangsregeling \(BVR art\. 72–73\).*handmatig geregistreerd$/);
    const [audit] = await t.call('audit.list', { entiteit: 'erkenning', entiteitId: e.id });
    expect(audit).toMatchObject({ actie: 'aangemaakt', methode: 'overgang.registreer' });
  });

  it('art. 74: an onderwijsinstelling is cut to 31/12/2023', async () => {
    const e = await t.call('overgang.registreer', { organisatieId: org.school.id, erkenningsnummer: 'HS-7', geldigVan: '2020-09-01', geldigTot: '2025-08-31' });
    expect(e).toMatchObject({ geldigTot: '2023-12-31', status: 'verlopen', eindeReden: 'verlopen' });
    expect(e.historiek.at(-1)!.toelichting).toContain('(BVR art. 74)');
  });

  it('refuses with field details: not eligible, duplicate number, overlap, outside the transition', async () => {
    const f1 = await t.fail('overgang.registreer', { organisatieId: org.werkactor.id, erkenningsnummer: 'X', geldigVan: '2021-01-01', geldigTot: '2025-12-31' });
    expect(f1).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'organisatieId' }] });
    await bestaande();
    const f2 = await t.fail('overgang.registreer', { organisatieId: org.caw.id, erkenningsnummer: 'wvg/2019/bestaand', geldigVan: '2023-01-01', geldigTot: '2026-12-31' });
    expect(f2).toMatchObject({ code: 'VALIDATIE', message: 'Het erkenningsnummer WVG/2019/BESTAAND bestaat al in het register (CGG Eclips).', details: [{ veld: 'erkenningsnummer' }] });
    const overlap = await t.fail('overgang.registreer', { organisatieId: org.cgg.id, erkenningsnummer: 'CGG-2', geldigVan: '2023-01-01', geldigTot: '2026-12-31' });
    expect(overlap).toMatchObject({ details: [{ veld: 'geldigVan', melding: expect.stringContaining('overlapt met erkenning WVG/2019/BESTAAND') }] });
    const f3 = await t.fail('overgang.registreer', { organisatieId: org.caw.id, erkenningsnummer: 'AMA-WVG-2024-0001', geldigVan: '2024-02-01', geldigTot: '2029-01-31' });
    expect(f3.details!.map((d) => d.veld)).toEqual(['erkenningsnummer', 'geldigVan']);
    expect(f3.message).toMatch(/^2 problemen: Dit nummer heeft de vorm die de toepassing sinds 2024 zelf toekent/);
    const f4 = await t.fail('overgang.registreer', { organisatieId: org.caw.id, erkenningsnummer: 'Y', geldigVan: '2022-01-01', geldigTot: '2021-01-01' });
    expect(f4).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'geldigTot', melding: 'De einddatum ligt vóór de begindatum.' }] });
    expect((await t.fail('overgang.registreer', { organisatieId: 999_999, erkenningsnummer: 'Y', geldigVan: '2022-01-01', geldigTot: '2026-01-01' })).code).toBe('NIET_GEVONDEN');
    expect(t.count('erkenning')).toBe(1);
  });
});

describe('imports/: the generic pieces', () => {
  it('CSV: quotes, doubled quotes, a newline inside quotes counts as one row', () => {
    expect(parseCsv('a;"b;c";"d ""e"""\r\n"x\ny";z\n', ';')).toEqual([
      { rij: 1, cellen: ['a', 'b;c', 'd "e"'] },
      { rij: 2, cellen: ['x\ny', 'z'] },
    ]);
  });

  it('dates: YYYY-MM-DD and dd/mm/jjjj (also d/m/jjjj, - or .), no two-digit years, no non-existing days', () => {
    expect(parseDatum('2023-12-31')).toEqual({ ok: true, waarde: '2023-12-31' });
    expect(parseDatum('1/3/2021')).toEqual({ ok: true, waarde: '2021-03-01' });
    expect(parseDatum('01-03-2021')).toEqual({ ok: true, waarde: '2021-03-01' });
    expect(parseDatum('2021-03-01 00:00:00')).toEqual({ ok: true, waarde: '2021-03-01' });
    expect(parseDatum('01/03/21')).toMatchObject({ ok: false });
    expect(parseDatum('29/02/2023')).toEqual({ ok: false, melding: 'De datum "29/02/2023" bestaat niet.' });
  });

  it('headers: case, accents, spaces and hyphens do not matter', () => {
    expect(['Geldig van', 'GELDIG_VAN', 'geldig-van', ' Géldig  Van '].map(normaliseerKop)).toEqual(['geldig_van', 'geldig_van', 'geldig_van', 'geldig_van']);
  });

  it('a Windows-1252 CSV is read as such', async () => {
    const r = await t.call('overgang.importeer', {
      bestandsnaam: 'ansi.csv', modus: 'controleer',
      inhoudBase64: b64(Buffer.concat([Buffer.from('ondernemingsnummer;erkenningsnummer;geldig_van;geldig_tot;opmerking\r\n', 'latin1'), Buffer.from(`${KBO.caw};É-1;2021-01-01;2025-12-31;café\r\n`, 'latin1')])),
    });
    expect(r.rapport).toMatchObject({ codering: 'windows-1252', geldigeRijen: 1 });
  });
});
