import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { createTestApp, organisatieInput, type TestApp } from '../../helpers/app';
import { inszFor } from '../../../shared/kernel/insz';
import { kboFromBase } from '../../../shared/kernel/kbo';
import { addDays } from '../../../shared/kernel/dates';
import type { PushEvent } from '../../../electron/core/platform/context';
import { voegErkenningToe } from '../../helpers/overeenkomsten';

let t: TestApp;
beforeEach(() => {
  t = createTestApp({ bereikbareMedewerkers: true });
});
afterEach(() => t.close());

const tekst = { feiten: 'Aanvraag volledig ontvangen en nagekeken.', rechtsgronden: 'Alle voorwaarden van art. 46 zijn vervuld.' };

/** A recognised begeleider through the application flow (register, admissibility, merits, both approved). */
async function begeleider(nr: number, typeCode = 'CAW') {
  const org = await t.call('organisatie.create', organisatieInput({ naam: `Begeleider ${nr}`, kbo: kboFromBase(3_000_000 + nr), typeCode }));
  const a = await t.call('aanvraag.registreer', {
    organisatieId: org.id, soort: 'erkenning-ama-wvg', ontvangenOp: '2023-10-02', kanaal: 'e-loket', verzekeringVerklaard: true,
    personeel: [{ naam: 'Sofie Maes', insz: inszFor('1985-07-30', 33), bachelorRichting: 'sociaal' }],
  });
  const ontv = await t.call('aanvraag.ontvankelijkheid', { id: a.id, ontvankelijk: true, datum: '2023-10-12', ...tekst });
  await t.call('beslissing.goedkeuren', { id: ontv.id }, 'ondertekenaar');
  const g = await t.call('aanvraag.gegrondheid', { id: a.id, toegekend: true, datum: '2023-10-22', ingangsdatum: '2023-11-01', ...tekst });
  await t.call('beslissing.goedkeuren', { id: g.id }, 'ondertekenaar');
  const [e] = await t.call('erkenning.list', { organisatieId: org.id });
  return { organisatieId: org.id, erkenningsnummer: e.erkenningsnummer };
}

const KOP = ['organisatietype', 'erkenningsnummer', 'voornaam', 'achternaam', 'rijksregisternummer', 'werkpost', 'werkpost_kbo', 'werkpost_adres', 'startdatum', 'einddatum', 'contact_email'];
type Rij = Partial<Record<(typeof KOP)[number], string>>;
const cel = (v: string) => (/[;"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csv = (rijen: Rij[], kop = KOP) => [kop.join(';'), ...rijen.map((r) => kop.map((k) => cel(r[k as keyof Rij] ?? '')).join(';'))].join('\r\n');
const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');
const importeer = (inhoud: string | Buffer, modus: 'controleer' | 'alles-of-niets' | 'enkel-geldige', bestandsnaam = 'export.csv') =>
  t.call('overeenkomst.importeer', { bestandsnaam, inhoudBase64: b64(inhoud), modus });
const tel = () => ({ overeenkomst: t.count('overeenkomst'), deelnemer: t.count('deelnemer'), audit: t.count('audit_entry') });

describe('import of agreements from the e-loket export (CSV/XLSX)', () => {
  let a: { organisatieId: number; erkenningsnummer: string };
  let b: { organisatieId: number; erkenningsnummer: string };
  const rij = (o: Rij = {}): Rij => ({
    organisatietype: 'CAW', erkenningsnummer: a.erkenningsnummer, voornaam: 'Jan', achternaam: 'Peeters', rijksregisternummer: inszFor('1990-05-17', 21),
    werkpost: 'Kringwinkel Gent', werkpost_adres: 'Kerkstraat 1, 9000 Gent', startdatum: '06/01/2025', contact_email: 'info@begeleider.be', ...o,
  });
  let bestand: Rij[];
  beforeEach(async () => {
    a = await begeleider(1);
    b = await begeleider(2, 'CGG');
    bestand = [
      rij(), // row 2
      rij({ rijksregisternummer: inszFor('1985-01-01', 3), voornaam: 'An', achternaam: 'Claes', startdatum: '2025-02-03', einddatum: '2025-12-31', werkpost_kbo: '0207.451.227', werkpost_adres: 'Dok 2, 9000 Gent; Markt 1, 9050 Gentbrugge' }), // row 3
      rij({ rijksregisternummer: '85.07.30-033.29', voornaam: 'Bert' }), // row 4: INSZ check digit wrong
      rij({ rijksregisternummer: inszFor('2008-06-01', 5), startdatum: '2025-02-03' }), // row 5: 16 years old (art. 42)
      rij({ werkpost: 'KRINGWINKEL gent vzw', startdatum: '2025-03-03' }), // row 6: same participant & werkpost as row 2 (art. 44)
      rij({ rijksregisternummer: inszFor('1985-01-01', 3), organisatietype: 'Centrum voor geestelijke gezondheidszorg', erkenningsnummer: b.erkenningsnummer, werkpost: 'Boerderij', startdatum: '2025-06-02' }), // row 7: second begeleider while row 3 runs
      rij({ rijksregisternummer: inszFor('1970-03-03', 7), startdatum: '31/02/2025', contact_email: 'geen-mail' }), // row 8: impossible date, bad e-mail
      rij({ rijksregisternummer: inszFor('1970-03-03', 8), organisatietype: 'OCMW' }), // row 9: type does not fit the begeleider
      rij({ rijksregisternummer: inszFor('1972-04-04', 9), startdatum: '2023-10-01' }), // row 10: before the recognition (art. 43 and 47)
    ];
  });

  it('controleer: a report per row and field (file row numbers, masked INSZ, Dutch message with article), nothing written', async () => {
    const voor = tel();
    const r = await importeer(csv(bestand), 'controleer');
    expect(r).toMatchObject({ modus: 'controleer', uitkomst: 'gecontroleerd', geimporteerd: 0, bron: null });
    expect(r.rapport).toMatchObject({ formaat: 'csv', scheidingsteken: ';', aantalRijen: 9, geldigeRijen: 2, foutieveRijen: 7 });
    const m = r.rapport.meldingen.map((x) => [x.rij, x.veld, x.waarde, x.melding]);
    expect(m).toEqual([
      [4, 'rijksregisternummer', '85.07.30-***.**', expect.stringMatching(/controlegetal/)],
      [5, 'rijksregisternummer', '08.06.01-***.**', expect.stringMatching(/16 jaar.*minstens 18 jaar \(BVR art\. 42\)/)],
      [6, 'werkpost', 'KRINGWINKEL gent vzw', expect.stringMatching(/rij 2 van dit bestand.*één overeenkomst per werkpost \(BVR art\. 44\)/)],
      [7, 'erkenningsnummer', b.erkenningsnummer, expect.stringMatching(/Begeleider 1, rij 3 van dit bestand.*hoogstens één erkende begeleider/)],
      [8, 'startdatum', '31/02/2025', expect.stringMatching(/bestaat niet/)],
      [8, 'contact_email', 'geen-mail', 'Geen geldig e-mailadres.'],
      [9, 'organisatietype', 'OCMW', expect.stringMatching(/past niet bij de begeleider.*Centrum voor algemeen welzijnswerk/)],
      [10, 'startdatum', '2023-10-01', expect.stringMatching(/geen actieve erkenning.*\(BVR art\. 43 en 47\)/)],
    ]);
    expect(JSON.stringify(r)).not.toMatch(/\d\d\.\d\d\.\d\d-\d\d\d/);
    expect(tel()).toEqual(voor);
  });

  it('alles-of-niets: one error → nothing is written', async () => {
    const voor = tel();
    const r = await importeer(csv(bestand), 'alles-of-niets');
    expect(r).toMatchObject({ uitkomst: 'niets-geimporteerd', geimporteerd: 0 });
    expect(tel()).toEqual(voor);
  });

  it('enkel-geldige: the valid rows are written with bron import:<hash>, in one audit entry without personal data', async () => {
    const inhoud = csv(bestand);
    const voor = tel();
    const r = await importeer(inhoud, 'enkel-geldige');
    const sleutel = createHash('sha256').update(inhoud).digest('hex').slice(0, 16);
    expect(r).toMatchObject({ uitkomst: 'geimporteerd', geimporteerd: 2, nieuweDeelnemers: 2, bron: `import:${sleutel}` });
    expect(tel()).toEqual({ overeenkomst: voor.overeenkomst + 2, deelnemer: voor.deelnemer + 2, audit: voor.audit + 1 });
    const lijst = await t.call('overeenkomst.list', {});
    expect(lijst.map((o) => [o.deelnemerInitialen, o.startdatum, o.einddatum, o.bron])).toEqual([
      ['J.P.', '2025-01-06', null, `import:${sleutel}`],
      ['A.C.', '2025-02-03', '2025-12-31', `import:${sleutel}`],
    ]);
    const detail = await t.call('overeenkomst.get', { id: lijst[1].id });
    expect(detail).toMatchObject({ werkpostKbo: '0207.451.227', werkpostLocaties: [{ straat: 'Dok 2', postcode: '9000', gemeente: 'Gent' }, { straat: 'Markt 1', postcode: '9050', gemeente: 'Gentbrugge' }], modelOvereenkomst: true, geenCombinatieVerklaard: true });
    const [audit] = await t.call('audit.list', { entiteit: 'overeenkomst-import' });
    expect(audit).toMatchObject({ entiteitId: sleutel, actie: 'geimporteerd', methode: 'overeenkomst.importeer', nieuw: { bestandsnaam: 'export.csv', rijen: 9, geimporteerd: 2, metFouten: 7, nieuweDeelnemers: 2 } });
    expect(JSON.stringify(audit)).not.toMatch(/Peeters|Claes|90\.05\.17/);
  });

  it('a rejected row fixed in the file and the file imported again: only the fixed row is added, imported rows are skipped', async () => {
    await importeer(csv(bestand), 'enkel-geldige');
    // The officer corrects row 4 (INSZ) and row 8 (date and e-mail) and drops the rows that cannot be fixed.
    const verbeterd = [bestand[0], { ...bestand[1], einddatum: '2025-10-31' }, { ...bestand[2], rijksregisternummer: inszFor('1985-07-30', 33) }, { ...bestand[6], startdatum: '28/02/2025', contact_email: 'x@y.be' }];
    const voor = tel();
    const r = await importeer(csv(verbeterd), 'alles-of-niets');
    expect(r).toMatchObject({ uitkomst: 'geimporteerd', geimporteerd: 2, reedsGeregistreerd: 2 });
    expect(r.rapport.meldingen).toEqual([
      expect.objectContaining({ rij: 2, ernst: 'waarschuwing', melding: expect.stringMatching(/al geregistreerd/) }),
      expect.objectContaining({ rij: 3, ernst: 'waarschuwing', veld: 'einddatum', melding: expect.stringMatching(/einddatum in het bestand \(31\/10\/2025\) verschilt van de geregistreerde \(31\/12\/2025\)/) }),
    ]);
    expect(tel()).toEqual({ overeenkomst: voor.overeenkomst + 2, deelnemer: voor.deelnemer + 2, audit: voor.audit + 1 });
    // The same file a third time: nothing new, nothing written.
    const nogmaals = await importeer(csv(verbeterd), 'alles-of-niets');
    expect(nogmaals).toMatchObject({ uitkomst: 'niets-geimporteerd', geimporteerd: 0, reedsGeregistreerd: 4 });
  });

  it('rows are checked against agreements already registered (one begeleider, one per werkpost) like a registration', async () => {
    await t.call('overeenkomst.registreer', {
      organisatieId: b.organisatieId, erkenningsnummer: b.erkenningsnummer, voornaam: 'Jan', achternaam: 'Peeters', insz: inszFor('1990-05-17', 21),
      werkpostNaam: 'Boerderij', werkpostLocaties: [{ straat: 'Veld 1', postcode: '9000', gemeente: 'Gent' }], startdatum: '2024-06-03', modelOvereenkomst: true, geenCombinatieVerklaard: true,
    });
    const r = await importeer(csv([rij()]), 'controleer');
    expect(r.rapport.meldingen).toEqual([expect.objectContaining({ rij: 2, veld: 'erkenningsnummer', melding: expect.stringMatching(/Begeleider 2, overeenkomst \d+.*hoogstens één/) })]);
  });

  it('XLSX with other header spelling and date cells; a missing required column is a file error', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Overeenkomsten');
    ws.addRow(['Organisatietype', 'Erkenningsnummer', 'Voornaam', 'Achternaam', 'Rijksregisternummer', 'Werkpost', 'Werkpost KBO', 'StartDatum', 'Einddatum', 'Contact e-mail']);
    ws.addRow(['Centrum voor algemeen welzijnswerk', a.erkenningsnummer, 'Lien', 'Wouters', inszFor('1999-09-09', 99), 'Bib Gent', 207451227, new Date(Date.UTC(2025, 0, 6)), null, 'lien@x.be']);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const r = await importeer(xlsx, 'alles-of-niets', 'export.xlsx');
    expect(r).toMatchObject({ uitkomst: 'geimporteerd', geimporteerd: 1, rapport: { formaat: 'xlsx', blad: 'Overeenkomsten' } });
    expect((await t.call('overeenkomst.list', {}))[0]).toMatchObject({ werkpostKbo: '0207.451.227', startdatum: '2025-01-06', deelnemerInitialen: 'L.W.' });

    const voor = tel();
    const zonder = await importeer(csv([rij()], KOP.filter((k) => k !== 'rijksregisternummer')), 'enkel-geldige');
    expect(zonder).toMatchObject({ uitkomst: 'niets-geimporteerd', rapport: { foutieveRijen: 1 } });
    expect(zonder.rapport.meldingen).toContainEqual(expect.objectContaining({ rij: 1, veld: 'rijksregisternummer', ernst: 'fout', melding: expect.stringMatching(/ontbreekt/) }));
    expect(tel()).toEqual(voor);
  });

  it('agreements from 2018 under the earlier rules import with the checks of their time (issue 12: the yearly report counts them)', async () => {
    // The begeleider was recognised before 2024 (transition, art. 72–74): a recognition 2018–2023 in the register.
    const oud = voegErkenningToe(t, a.organisatieId, { van: '2018-01-01', tot: '2023-10-31' });
    const erkenningsnummer = t.ctx.sqlite.prepare('SELECT erkenningsnummer FROM erkenning WHERE id = ?').pluck().get(oud) as string;
    const r = await importeer(csv([
      rij({ erkenningsnummer, rijksregisternummer: inszFor('1980-02-02', 11), startdatum: '2019-03-04' }), // an adult in 2019: accepted
      rij({ erkenningsnummer, rijksregisternummer: inszFor('2002-06-01', 13), startdatum: '2019-03-04' }), // 16 in 2019: the minimum age applied then too
    ]), 'enkel-geldige');
    expect(r).toMatchObject({ uitkomst: 'geimporteerd', geimporteerd: 1 });
    expect(r.rapport.meldingen.map((m) => [m.rij, m.veld, m.melding])).toEqual([[3, 'rijksregisternummer', expect.stringMatching(/16 jaar.*minstens 18 jaar/)]]);
  });

  it('pushes job.voortgang events while checking and writing', async () => {
    const events: PushEvent[] = [];
    const stop = t.subscribe((e) => events.push(e));
    try {
      const rijen = Array.from({ length: 2500 }, (_, i) => rij({ rijksregisternummer: inszFor(addDays('1970-01-01', i), 1), werkpost: `Werkpost ${i % 7}` }));
      const r = await t.call('overeenkomst.importeer', { bestandsnaam: 'groot.csv', inhoudBase64: b64(csv(rijen)), modus: 'alles-of-niets', jobId: 'job-1' });
      expect(r).toMatchObject({ jobId: 'job-1', geimporteerd: 2500 });
    } finally {
      stop();
    }
    const voortgang = events.filter((e) => e.type === 'job.voortgang' && e.jobId === 'job-1');
    // One job in two phases of 2,500 steps: checking every row, then writing them.
    expect(voortgang.map((e) => [e.status, e.gedaan, e.totaal])).toEqual([
      ['bezig', 0, 5000], ['bezig', 1000, 5000], ['bezig', 2000, 5000], ['bezig', 2500, 5000],
      ['bezig', 3500, 5000], ['bezig', 4500, 5000], ['bezig', 5000, 5000], ['klaar', 5000, 5000],
    ]);
    expect(voortgang.every((e) => e.soort === 'import-overeenkomsten')).toBe(true);
    expect(voortgang.every((e) => typeof e.bericht === 'string')).toBe(true);
  });

  it('a registration by another call while the rows are being checked is seen: the rows are checked again in the transaction', async () => {
    const rijen = Array.from({ length: 2500 }, (_, i) => rij({ rijksregisternummer: inszFor(addDays('1970-01-01', i), 1) }));
    let geschreven = false;
    const stop = t.subscribe((e) => {
      if (e.type === 'job.voortgang' && e.status === 'bezig' && e.gedaan === 1000 && !geschreven) {
        geschreven = true;
        // Synchronous write through the router while the import waits between two chunks: the participant of row 2001 (index 1999).
        void t.call('overeenkomst.registreer', {
          organisatieId: b.organisatieId, erkenningsnummer: b.erkenningsnummer, voornaam: 'X', achternaam: 'Y', insz: inszFor(addDays('1970-01-01', 1999), 1),
          werkpostNaam: 'Elders', werkpostLocaties: [{ straat: 'Veld 1', postcode: '9000', gemeente: 'Gent' }], startdatum: '2024-06-03', modelOvereenkomst: true, geenCombinatieVerklaard: true,
        });
      }
    });
    try {
      const r = await importeer(csv(rijen), 'enkel-geldige');
      expect(geschreven).toBe(true);
      expect(r).toMatchObject({ uitkomst: 'geimporteerd', geimporteerd: 2499 });
      expect(r.rapport.meldingen).toEqual([expect.objectContaining({ rij: 2001, veld: 'erkenningsnummer', melding: expect.stringMatching(/hoogstens één erkende begeleider/) })]);
      expect(t.count('overeenkomst')).toBe(2500);
    } finally {
      stop();
    }
  });

  it('smoke: 40,000 agreements import in seconds (one transaction, in-memory checks)', async () => {
    const c = await begeleider(3, 'OCMW');
    const erkenningen = [[a.erkenningsnummer, 'CAW'], [b.erkenningsnummer, 'CGG'], [c.erkenningsnummer, 'OCMW']];
    const rijen: Rij[] = Array.from({ length: 40_000 }, (_, i) => {
      const [nummer, type] = erkenningen[i % 3];
      return {
        organisatietype: type, erkenningsnummer: nummer, voornaam: `Voornaam${i}`, achternaam: `Achternaam${i}`,
        rijksregisternummer: inszFor(addDays('1962-01-01', i % 13_000), 1 + Math.floor(i / 13_000)),
        werkpost: `Werkpost ${i % 500}`, werkpost_adres: `Straat ${i % 90 + 1}, 9000 Gent`, startdatum: addDays('2024-01-01', i % 700),
        einddatum: i % 4 === 0 ? addDays('2026-01-01', i % 300) : '', contact_email: `begeleiding${i % 3}@org.be`,
      };
    });
    const inhoud = csv(rijen);
    const start = performance.now();
    const r = await importeer(inhoud, 'alles-of-niets', 'e-loket-40000.csv');
    const ms = performance.now() - start;
    console.log(`[overeenkomst-import] 40.000 rijen (${(inhoud.length / 1024 / 1024).toFixed(1)} MB CSV): ${(ms / 1000).toFixed(2)} s (server: ${r.duurMs} ms)`);
    expect(r).toMatchObject({ uitkomst: 'geimporteerd', geimporteerd: 40_000, nieuweDeelnemers: 40_000 });
    expect(t.count('overeenkomst')).toBe(40_000);
    expect(ms).toBeLessThan(30_000);
    // The lists stay usable at this volume.
    const l0 = performance.now();
    expect(await t.call('overeenkomst.list', { actiefOp: '2025-06-30', limit: 100_000 })).toHaveLength(
      rijen.filter((x) => x.startdatum! <= '2025-06-30' && (!x.einddatum || x.einddatum >= '2025-06-30')).length,
    );
    console.log(`[overeenkomst-import] list actiefOp over 40.000: ${(performance.now() - l0).toFixed(0)} ms`);
  }, 60_000);
});

describe('sample files for the import, from the store\'s own recognitions (issue 15)', () => {
  it('the valid sample passes every check; the sample with mistakes gets one message per typical mistake; nothing written', async () => {
    expect(await t.fail('overeenkomst.voorbeeldbestand', { soort: 'geldig' })).toMatchObject({ code: 'VALIDATIE', message: expect.stringMatching(/nog geen actieve erkenning/) });
    await begeleider(1);
    await begeleider(2, 'CGG');
    const voor = tel();
    const geldig = await t.call('overeenkomst.voorbeeldbestand', { soort: 'geldig' });
    expect(geldig.bestandsnaam).toBe('voorbeeld-overeenkomsten.csv');
    const r1 = await importeer(Buffer.from(geldig.inhoudBase64, 'base64').toString('utf8'), 'controleer', geldig.bestandsnaam);
    expect(r1.rapport).toMatchObject({ formaat: 'csv', scheidingsteken: ';', aantalRijen: 5, geldigeRijen: 5, foutieveRijen: 0 });
    expect(r1.rapport.meldingen.filter((m) => m.ernst !== 'waarschuwing')).toEqual([]);

    const fouten = await t.call('overeenkomst.voorbeeldbestand', { soort: 'met-fouten' });
    const r2 = await importeer(Buffer.from(fouten.inhoudBase64, 'base64').toString('utf8'), 'controleer', fouten.bestandsnaam);
    expect(r2.rapport).toMatchObject({ aantalRijen: 8, geldigeRijen: 1 });
    expect(r2.rapport.meldingen.map((m) => [m.rij, m.veld])).toEqual([
      [3, 'rijksregisternummer'],
      [4, 'rijksregisternummer'],
      [5, 'startdatum'],
      [5, 'contact_email'],
      [6, 'organisatietype'],
      [7, 'erkenningsnummer'],
      [8, 'startdatum'],
      [9, 'voornaam'],
    ]);
    expect(tel()).toEqual(voor);
  });
});
