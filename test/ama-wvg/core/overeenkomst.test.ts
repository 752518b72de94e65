import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, organisatieInput, type TestApp } from '../../helpers/app';
import { inszFor } from '../../../shared/kernel/insz';
import { kboFromBase } from '../../../shared/kernel/kbo';
import { createApp } from '../../../electron/core/app';
import { defineModule } from '../../../electron/core/module';
import type { Input } from '../../../shared/api/contract';

/** A participation register of another scheme (as the AMA SE module contributes one), answering for one INSZ when set. */
const anderRegister = { insz: null as string | null };
const anderSchema = defineModule({
  naam: 'test-ama-se',
  handlers: {},
  deelnameRegisters: [
    {
      regeling: 'AMA_SE',
      label: 'AMA SE (test)',
      overlappingen: (_call, v) =>
        v.insz === anderRegister.insz && (v.tot === null || v.tot >= '2025-01-01') ? ['De deelnemer heeft een begeleidingsovereenkomst AMA SE vanaf 01/01/2025.'] : [],
    },
  ],
});

let t: TestApp;
beforeEach(() => {
  t = createTestApp({ bereikbareMedewerkers: true, extraModules: [anderSchema] });
});
afterEach(() => t.close());

const tekst = { feiten: 'Aanvraag volledig ontvangen en nagekeken.', rechtsgronden: 'Alle voorwaarden van art. 46 zijn vervuld.' };

/** A recognised begeleider through the application flow (register, admissibility, merits, both approved). */
async function begeleider(t: TestApp, nr: number, o: { ontvangenOp?: string; ingangsdatum?: string; typeCode?: string } = {}) {
  const org = await t.call('organisatie.create', organisatieInput({ naam: `Begeleider ${nr}`, kbo: kboFromBase(3_000_000 + nr), typeCode: o.typeCode ?? 'CAW' }));
  const ontvangenOp = o.ontvangenOp ?? '2023-10-02';
  const a = await t.call('aanvraag.registreer', {
    organisatieId: org.id, soort: 'erkenning-ama-wvg', ontvangenOp, kanaal: 'e-loket', verzekeringVerklaard: true,
    personeel: [{ naam: 'Sofie Maes', insz: inszFor('1985-07-30', 33), bachelorRichting: 'sociaal' }],
  });
  const plus = (d: string, n: number) => new Date(Date.parse(d) + n * 86_400_000).toISOString().slice(0, 10);
  const ontv = await t.call('aanvraag.ontvankelijkheid', { id: a.id, ontvankelijk: true, datum: plus(ontvangenOp, 10), ...tekst });
  await t.call('beslissing.goedkeuren', { id: ontv.id }, 'ondertekenaar');
  const g = await t.call('aanvraag.gegrondheid', { id: a.id, toegekend: true, datum: plus(ontvangenOp, 20), ingangsdatum: o.ingangsdatum ?? '2023-11-01', ...tekst });
  await t.call('beslissing.goedkeuren', { id: g.id }, 'ondertekenaar');
  const [e] = await t.call('erkenning.list', { organisatieId: org.id });
  return { organisatieId: org.id, erkenningsnummer: e.erkenningsnummer, erkenningId: e.id, geldigVan: e.geldigVan, geldigTot: e.geldigTot };
}

type B = Awaited<ReturnType<typeof begeleider>>;
const invoer = (b: B, o: Partial<Input<'overeenkomst.registreer'>> = {}): Input<'overeenkomst.registreer'> => ({
  organisatieId: b.organisatieId,
  erkenningsnummer: b.erkenningsnummer,
  voornaam: 'Jan',
  achternaam: 'Peeters',
  insz: inszFor('1990-05-17', 21),
  werkpostNaam: 'Kringwinkel Gent',
  werkpostKbo: '',
  werkpostLocaties: [{ straat: 'Kerkstraat 1', postcode: '9000', gemeente: 'Gent' }],
  startdatum: '2025-01-06',
  contactEmail: 'begeleiding@begeleider.be',
  modelOvereenkomst: true,
  geenCombinatieVerklaard: true,
  ...o,
});
const tel = () => ({ overeenkomst: t.count('overeenkomst'), deelnemer: t.count('deelnemer'), audit: t.count('audit_entry'), evaluatie: t.count('evaluatie'), bijlage: t.count('bijlage') });

describe('registering an agreement (BVR art. 42–45, 75)', () => {
  let a: B;
  beforeEach(async () => {
    a = await begeleider(t, 1);
  });

  it('registers; lists and the detail show initials and a masked INSZ; the audit has the deelnemer id, no INSZ or name', async () => {
    const o = await t.call('overeenkomst.registreer', invoer(a, { einddatum: '2026-12-31', evaluaties: [{ datum: '2026-01-05' }] }));
    expect(o).toMatchObject({
      organisatieNaam: 'Begeleider 1', erkenningsnummer: a.erkenningsnummer, deelnemerInitialen: 'J.P.', deelnemerInszGemaskeerd: '90.05.17-***.**',
      startdatum: '2025-01-06', einddatum: '2026-12-31', effectiefEinde: '2026-12-31', eindeReden: 'einde-overeenkomst', laatsteEvaluatie: '2026-01-05', bron: 'manueel', versie: 1,
    });
    expect(JSON.stringify(o)).not.toMatch(/Peeters|Jan|017\.|90\.05\.17-0/);
    const lijst = await t.call('overeenkomst.list', {}, 'lezer');
    expect(lijst).toHaveLength(1);
    expect(JSON.stringify(lijst)).not.toMatch(/Peeters|90\.05\.17-0/);
    const audits = await t.call('audit.list', {});
    const mine = audits.filter((x) => x.methode === 'overeenkomst.registreer');
    expect(mine.map((x) => x.entiteit).sort()).toEqual(['deelnemer', 'overeenkomst']);
    expect(mine.find((x) => x.entiteit === 'overeenkomst')!.nieuw).toMatchObject({ deelnemerId: o.deelnemerId, startdatum: '2025-01-06' });
    expect(JSON.stringify(mine)).not.toMatch(/Peeters|Jan|90\.05\.17/);
  });

  it('an agreement without end date ends with the recognition (effective end = geldigTot)', async () => {
    const o = await t.call('overeenkomst.registreer', invoer(a));
    expect(o).toMatchObject({ einddatum: null, effectiefEinde: a.geldigTot, erkenningGeldigTot: '2028-10-31' });
  });

  it('an invalid INSZ (mod 97) → VALIDATIE on insz, nothing written', async () => {
    const voor = tel();
    const f = await t.fail('overeenkomst.registreer', invoer(a, { insz: '85.07.30-033.29' }));
    expect(f).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'insz', melding: expect.stringMatching(/controlegetal/) }] });
    expect(tel()).toEqual(voor);
  });

  it('art. 42: 18 on the start date (the birthday itself) is accepted, the day before is refused with field and article', async () => {
    const insz = inszFor('2007-01-06', 44);
    const voor = tel();
    const f = await t.fail('overeenkomst.registreer', invoer(a, { insz, startdatum: '2025-01-05' }));
    expect(f).toMatchObject({ code: 'VALIDATIE', message: expect.stringMatching(/17 jaar.*minstens 18 jaar \(BVR art\. 42\)/), details: [{ veld: 'insz', artikel: 'BVR art. 42' }] });
    expect(tel()).toEqual(voor);
    await t.call('overeenkomst.registreer', invoer(a, { insz, startdatum: '2025-01-06' }));
  });

  it('art. 42: births from 2000 (INSZ check with "2" prefix) get their birth date in the 2000s', async () => {
    const insz = inszFor('2005-06-15', 2);
    const o = await t.call('overeenkomst.registreer', invoer(a, { insz }));
    expect(o.deelnemerInszGemaskeerd).toBe('05.06.15-***.**');
    const h = await t.call('overeenkomst.perDeelnemer', { insz });
    expect(h.deelnemer).toMatchObject({ insz, geboortedatum: '2005-06-15', geboortejaar: 2005, voornaam: 'Jan', achternaam: 'Peeters' });
  });

  it('art. 42: the legal pension age is a dated parameter — 65 until 31/01/2025, 66 from 01/02/2025', async () => {
    const insz = inszFor('1959-12-15', 8); // 65 since 15/12/2024
    const f = await t.fail('overeenkomst.registreer', invoer(a, { insz, startdatum: '2025-01-31' }));
    expect(f).toMatchObject({ code: 'VALIDATIE', message: expect.stringMatching(/pensioenleeftijd \(65 jaar\)/), details: [{ veld: 'insz' }] });
    const o = await t.call('overeenkomst.registreer', invoer(a, { insz, startdatum: '2025-02-01' }));
    expect(o.startdatum).toBe('2025-02-01');
  });

  it('art. 43 and 47: the begeleider holds an active recognition on the start date; the number must be its own', async () => {
    const voor = tel();
    expect(await t.fail('overeenkomst.registreer', invoer(a, { startdatum: '2023-10-31' }))).toMatchObject({
      code: 'VALIDATIE', message: expect.stringMatching(/geen actieve erkenning.*\(BVR art\. 43 en 47\)/), details: [{ veld: 'startdatum' }],
    });
    expect(await t.fail('overeenkomst.registreer', invoer(a, { erkenningsnummer: 'AMA-WVG-1999-0001' }))).toMatchObject({ details: [{ veld: 'erkenningsnummer' }] });
    const b = await begeleider(t, 2);
    expect(await t.fail('overeenkomst.registreer', invoer(a, { erkenningsnummer: b.erkenningsnummer }))).toMatchObject({ details: [{ veld: 'erkenningsnummer', melding: expect.stringMatching(/andere organisatie/) }] });
    expect(tel().overeenkomst).toBe(voor.overeenkomst);
  });

  it('art. 43 and 47: the end date cannot pass the recognition', async () => {
    const f = await t.fail('overeenkomst.registreer', invoer(a, { einddatum: '2028-11-01' }));
    expect(f).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'einddatum', melding: expect.stringMatching(/eindigt op 31\/10\/2028/) }] });
    await t.call('overeenkomst.registreer', invoer(a, { einddatum: '2028-10-31' }));
  });

  it('art. 44: one agreement per participant per werkpost (same normalised name, or same KBO); a next one after the end is fine', async () => {
    await t.call('overeenkomst.registreer', invoer(a, { einddatum: '2025-12-31' }));
    const f = await t.fail('overeenkomst.registreer', invoer(a, { werkpostNaam: 'KRINGWINKEL  gent vzw', startdatum: '2025-06-01' }));
    expect(f).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'werkpostNaam', artikel: 'BVR art. 44' }] });
    await t.call('overeenkomst.registreer', invoer(a, { startdatum: '2026-01-01' }));
    // Same KBO under another name is the same werkpost.
    await t.call('overeenkomst.registreer', invoer(a, { werkpostNaam: 'Stad Gent – groendienst', werkpostKbo: '0207.451.227', startdatum: '2025-03-01' }));
    expect((await t.fail('overeenkomst.registreer', invoer(a, { werkpostNaam: 'Groendienst', werkpostKbo: '0207451227', startdatum: '2026-03-01' }))).details).toEqual([
      expect.objectContaining({ veld: 'werkpostNaam' }),
    ]);
    // Several werkposten with the same begeleider at the same time are allowed.
    expect(await t.call('overeenkomst.list', { deelnemerId: (await t.call('overeenkomst.list', {}))[0].deelnemerId })).toHaveLength(3);
  });

  it('one recognised begeleider at a time from 01/01/2024; overlaps that end before are allowed', async () => {
    const b = await begeleider(t, 2);
    const insz = inszFor('1980-02-02', 5);
    await t.call('overeenkomst.registreer', invoer(a, { insz, startdatum: '2023-11-06', modelOvereenkomst: false }));
    // With another begeleider, in parallel, ending before 2024: allowed (and before art. 75's model date).
    await t.call('overeenkomst.registreer', invoer(b, { insz, werkpostNaam: 'Boerderij Het Veld', startdatum: '2023-11-15', einddatum: '2023-12-31', modelOvereenkomst: false }));
    // Running into 2024 with the other begeleider: refused.
    const voor = tel();
    const f = await t.fail('overeenkomst.registreer', invoer(b, { insz, werkpostNaam: 'Boerderij Het Veld', startdatum: '2024-01-01' }));
    expect(f).toMatchObject({ code: 'VALIDATIE', message: expect.stringMatching(/Begeleider 1.*hoogstens één erkende begeleider.*§4\.1/), details: [{ veld: 'erkenningsnummer' }] });
    expect(tel()).toEqual(voor);
    // Once the first agreement ends, the participant may change begeleider.
    const [eerste] = await t.call('overeenkomst.list', { organisatieId: a.organisatieId });
    await t.call('overeenkomst.wijzig', { id: eerste.id, versie: eerste.versie, einddatum: '2024-03-31' });
    await t.call('overeenkomst.registreer', invoer(b, { insz, werkpostNaam: 'Boerderij Het Veld', startdatum: '2024-04-01' }));
    const h = await t.call('overeenkomst.perDeelnemer', { insz });
    expect(h.overeenkomsten.map((o) => [o.organisatieNaam, o.startdatum, o.effectiefEinde])).toEqual([
      ['Begeleider 1', '2023-11-06', '2024-03-31'],
      ['Begeleider 2', '2023-11-15', '2023-12-31'],
      ['Begeleider 2', '2024-04-01', b.geldigTot],
    ]);
  });

  it('art. 75: the official model is mandatory from 01/01/2024; art. 42: the declaration of no combination is required', async () => {
    const voor = tel();
    const f = await t.fail('overeenkomst.registreer', invoer(a, { modelOvereenkomst: false, geenCombinatieVerklaard: false }));
    expect(f.code).toBe('VALIDATIE');
    expect(f.details).toEqual([
      expect.objectContaining({ veld: 'modelOvereenkomst', artikel: 'BVR art. 75' }),
      expect.objectContaining({ veld: 'geenCombinatieVerklaard', artikel: 'BVR art. 42' }),
    ]);
    expect(f.message).toMatch(/2 controles zijn niet geslaagd/);
    expect(tel()).toEqual(voor);
  });

  it("another scheme's participation register (e.g. AMA SE) refuses an overlapping participation", async () => {
    const insz = inszFor('1988-08-08', 9);
    anderRegister.insz = insz;
    try {
      const f = await t.fail('overeenkomst.registreer', invoer(a, { insz }));
      expect(f).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'geenCombinatieVerklaard', melding: expect.stringMatching(/AMA SE vanaf.*register AMA SE \(test\)/) }] });
      await t.call('overeenkomst.registreer', invoer(a, { insz, einddatum: '2024-12-31', startdatum: '2024-01-08' }));
    } finally {
      anderRegister.insz = null;
    }
  });

  it('a participant is one deelnemer row per INSZ; the names follow the agreement that starts last', async () => {
    const insz = inszFor('1992-03-03', 3);
    await t.call('overeenkomst.registreer', invoer(a, { insz, voornaam: 'Els', achternaam: 'Jacobs', startdatum: '2025-01-06' }));
    await t.call('overeenkomst.registreer', invoer(a, { insz, voornaam: 'Elsje', achternaam: 'Jacobs-Peeters', werkpostNaam: 'Bib', startdatum: '2025-05-01' }));
    await t.call('overeenkomst.registreer', invoer(a, { insz, voornaam: 'E.', achternaam: 'J.', werkpostNaam: 'Zwembad', startdatum: '2024-05-01' }));
    expect(t.count('deelnemer')).toBe(1);
    expect((await t.call('overeenkomst.perDeelnemer', { insz })).deelnemer).toMatchObject({ voornaam: 'Elsje', achternaam: 'Jacobs-Peeters' });
  });

  it('roles: writes for Zorg dossierbeheerders and beheerder; the personal-data method only for them; reads for all', async () => {
    const voor = tel();
    for (const rol of ['lezer', 'wse-dossierbeheerder', 'ondertekenaar'] as const) {
      expect((await t.fail('overeenkomst.registreer', invoer(a), rol)).code).toBe('VERBODEN');
      expect((await t.fail('overeenkomst.perDeelnemer', { insz: inszFor('1990-05-17', 21) }, rol)).code).toBe('VERBODEN');
      expect((await t.fail('overeenkomst.importeer', { bestandsnaam: 'x.csv', inhoudBase64: 'eA==', modus: 'controleer' }, rol)).code).toBe('VERBODEN');
    }
    expect(tel()).toEqual(voor);
    const o = await t.call('overeenkomst.registreer', invoer(a), 'beheerder');
    for (const rol of ['lezer', 'wse-dossierbeheerder', 'ondertekenaar'] as const) {
      expect((await t.call('overeenkomst.get', { id: o.id }, rol)).deelnemerInitialen).toBe('J.P.');
    }
    // Opening the personal data is logged (by id).
    await t.call('overeenkomst.perDeelnemer', { deelnemerId: o.deelnemerId });
    expect(await t.call('audit.toegang', { entiteit: 'deelnemer', entiteitId: o.deelnemerId }, 'beheerder')).toEqual([
      expect.objectContaining({ methode: 'overeenkomst.perDeelnemer', gebruiker: 'Test zorg-dossierbeheerder', medewerkerId: t.caller('zorg-dossierbeheerder').medewerkerId }),
    ]);
    expect((await t.call('audit.list', { entiteit: 'deelnemer', entiteitId: String(o.deelnemerId) })).map((a) => a.actie)).toEqual(['aangemaakt']);
  });
});

describe('changing an agreement, evaluations, scans, lists', () => {
  let a: B;
  beforeEach(async () => {
    a = await begeleider(t, 1);
  });

  it('wijzig: end date with the version; a stale version → CONFLICT; past the recognition → VALIDATIE; nothing written on failure', async () => {
    const o = await t.call('overeenkomst.registreer', invoer(a));
    const w = await t.call('overeenkomst.wijzig', { id: o.id, versie: 1, einddatum: '2026-06-30', eindeReden: 'pensioen', werkpostLocaties: [{ straat: 'Dok 2', postcode: '9000', gemeente: 'Gent' }, { straat: 'Markt 1', postcode: '9050', gemeente: 'Gentbrugge' }], reden: 'Stopt' });
    expect(w).toMatchObject({ versie: 2, einddatum: '2026-06-30', eindeReden: 'pensioen', werkpostLocaties: [{ straat: 'Dok 2' }, { straat: 'Markt 1' }] });
    const [audit] = await t.call('audit.list', { entiteit: 'overeenkomst', entiteitId: String(o.id) });
    expect(audit).toMatchObject({ actie: 'gewijzigd', oud: { einddatum: null, werkpostLocaties: 1, versie: 1 }, nieuw: { einddatum: '2026-06-30', werkpostLocaties: 2, versie: 2 }, reden: 'Stopt' });
    const voor = tel();
    expect((await t.fail('overeenkomst.wijzig', { id: o.id, versie: 1, einddatum: '2026-07-31' })).code).toBe('CONFLICT');
    expect(await t.fail('overeenkomst.wijzig', { id: o.id, versie: 2, einddatum: '2029-01-01' })).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'einddatum' }] });
    expect(await t.fail('overeenkomst.wijzig', { id: o.id, versie: 2, einddatum: '2024-12-31' })).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'einddatum' }] });
    expect(tel()).toEqual(voor);
  });

  it('wijzig: extending the end into another agreement on the same werkpost is refused', async () => {
    const o = await t.call('overeenkomst.registreer', invoer(a, { einddatum: '2025-06-30' }));
    await t.call('overeenkomst.registreer', invoer(a, { startdatum: '2025-07-01' }));
    expect(await t.fail('overeenkomst.wijzig', { id: o.id, versie: 1, einddatum: null })).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'werkpostNaam', artikel: 'BVR art. 44' }] });
  });

  it('evaluations: registered per date (not in the future, within the agreement, once per date); overdue after 12 months', async () => {
    const oud = await t.call('overeenkomst.registreer', invoer(a, { startdatum: '2025-01-06' }));
    const jong = await t.call('overeenkomst.registreer', invoer(a, { insz: inszFor('1991-01-01', 4), startdatum: '2026-01-05' }));
    const geevalueerd = await t.call('overeenkomst.registreer', invoer(a, { insz: inszFor('1991-01-01', 6), startdatum: '2024-01-08', evaluaties: [{ datum: '2025-01-08' }, { datum: '2026-01-07' }] }));
    const lijst = await t.call('overeenkomst.evaluatiesAchterstallig', {}, 'lezer');
    expect(lijst.map((r) => [r.id, r.evaluatieVerwachtOp])).toEqual([[oud.id, '2026-01-06']]);
    // On 2025-01-10 the agreement evaluated on 2025-01-08 was fine; on 2027-01-08 it is overdue again.
    // On 08/01/2027 all three are overdue: the last evaluation (07/01/2026) is more than 12 months ago.
    expect((await t.call('overeenkomst.evaluatiesAchterstallig', { datum: '2027-01-08' })).map((r) => r.id)).toEqual([geevalueerd.id, oud.id, jong.id]);
    expect(await t.fail('overeenkomst.registreerEvaluatie', { id: oud.id, datum: '2026-11-23' })).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'datum' }] });
    expect(await t.fail('overeenkomst.registreerEvaluatie', { id: oud.id, datum: '2024-12-31' })).toMatchObject({ code: 'VALIDATIE' });
    const na = await t.call('overeenkomst.registreerEvaluatie', { id: oud.id, datum: '2026-11-20', opmerking: 'Goed verlopen' });
    expect(na.evaluaties).toEqual([expect.objectContaining({ datum: '2026-11-20', opmerking: 'Goed verlopen' })]);
    expect(na.versie).toBe(oud.versie);
    expect(await t.fail('overeenkomst.registreerEvaluatie', { id: oud.id, datum: '2026-11-20' })).toMatchObject({ code: 'VALIDATIE' });
    expect(await t.call('overeenkomst.evaluatiesAchterstallig', {})).toEqual([]);
    const viaWijzig = await t.call('overeenkomst.wijzig', { id: jong.id, versie: 1, evaluatie: { datum: '2026-10-01' } });
    expect(viaWijzig.evaluaties.map((e) => e.datum)).toEqual(['2026-10-01']);
  });

  it('voegScanToe: PDF/JPG/PNG/TIFF ≤ 10 MB, content must match the type, stored with sha-256; opening it is restricted and logged', async () => {
    const o = await t.call('overeenkomst.registreer', invoer(a));
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
    const voor = tel();
    expect(await t.fail('overeenkomst.voegScanToe', { id: o.id, bestandsnaam: 'x.gif', mimeType: 'image/gif', inhoudBase64: pdf.toString('base64') })).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'mimeType' }] });
    expect(await t.fail('overeenkomst.voegScanToe', { id: o.id, bestandsnaam: 'x.png', mimeType: 'image/png', inhoudBase64: pdf.toString('base64') })).toMatchObject({ code: 'VALIDATIE', message: expect.stringMatching(/past niet bij het bestandstype/) });
    const groot = Buffer.alloc(10 * 1024 * 1024 + 1);
    groot.write('%PDF-1.4');
    expect(await t.fail('overeenkomst.voegScanToe', { id: o.id, bestandsnaam: 'x.pdf', mimeType: 'application/pdf', inhoudBase64: groot.toString('base64') })).toMatchObject({ code: 'VALIDATIE', message: expect.stringMatching(/te groot.*10 MB/) });
    expect(tel()).toEqual(voor);
    const met = await t.call('overeenkomst.voegScanToe', { id: o.id, bestandsnaam: 'overeenkomst.pdf', mimeType: 'application/pdf', inhoudBase64: pdf.toString('base64') });
    expect(met.scan).toMatchObject({ bestandsnaam: 'overeenkomst.pdf', grootte: pdf.length, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect((await t.fail('overeenkomst.scan', { id: o.id }, 'lezer')).code).toBe('VERBODEN');
    const scan = await t.call('overeenkomst.scan', { id: o.id });
    expect(Buffer.from(scan.inhoudBase64, 'base64').equals(pdf)).toBe(true);
    expect(await t.call('audit.toegang', { entiteit: 'overeenkomst', entiteitId: o.id }, 'beheerder')).toEqual([expect.objectContaining({ methode: 'overeenkomst.scan', wat: expect.stringMatching(/gescande overeenkomst/) })]);
  });

  it('list filters: begeleider, deelnemer, recognition, active on a date', async () => {
    const b = await begeleider(t, 2);
    const o1 = await t.call('overeenkomst.registreer', invoer(a, { einddatum: '2025-06-30' }));
    const o2 = await t.call('overeenkomst.registreer', invoer(b, { insz: inszFor('1970-10-10', 10), startdatum: '2025-03-03' }));
    expect((await t.call('overeenkomst.list', { organisatieId: b.organisatieId })).map((r) => r.id)).toEqual([o2.id]);
    expect((await t.call('overeenkomst.list', { erkenningId: a.erkenningId })).map((r) => r.id)).toEqual([o1.id]);
    expect((await t.call('overeenkomst.list', { deelnemerId: o2.deelnemerId })).map((r) => r.id)).toEqual([o2.id]);
    expect((await t.call('overeenkomst.list', { actiefOp: '2025-02-01' })).map((r) => r.id)).toEqual([o1.id]);
    expect((await t.call('overeenkomst.list', { actiefOp: '2025-07-01' })).map((r) => r.id)).toEqual([o2.id]);
  });
});

describe('when a recognition ends', () => {
  it('agreements without end date whose recognition ended are listed, and can be closed on its last day', async () => {
    const a = await begeleider(t, 1, { ontvangenOp: '2023-07-03', ingangsdatum: '2023-08-01' }); // until 31/07/2028
    const o = await t.call('overeenkomst.registreer', invoer(a));
    await t.call('overeenkomst.registreer', invoer(a, { insz: inszFor('1975-04-04', 4), einddatum: '2027-12-31' }));
    expect(await t.call('overeenkomst.zonderEindeNaEindeErkenning', {})).toEqual([]);
    expect((await t.fail('overeenkomst.beeindigBijEindeErkenning', { ids: [o.id] })).code).toBe('VALIDATIE');
    // Two years later the recognition has expired (start-up job).
    const later = createApp({ dbFile: t.file, now: () => new Date('2028-09-01T08:00:00Z'), log: () => {} });
    try {
      const als = (m: string, i: unknown) => later.router(m, i, t.caller('zorg-dossierbeheerder'));
      const lijst = await als('overeenkomst.zonderEindeNaEindeErkenning', {});
      expect(lijst).toMatchObject({ ok: true, value: [{ id: o.id, erkenningStatus: 'verlopen', erkenningEindeReden: 'verlopen', effectiefEinde: '2028-07-31', volgendeErkenningsnummer: null }] });
      expect((lijst as { value: unknown[] }).value).toHaveLength(1); // the agreement with an end date is not listed
      expect(await als('overeenkomst.beeindigBijEindeErkenning', { ids: [o.id] })).toEqual({ ok: true, value: { beeindigd: 1 } });
      expect(await als('overeenkomst.get', { id: o.id })).toMatchObject({ ok: true, value: { einddatum: '2028-07-31', eindeReden: 'einde-erkenning', versie: 2 } });
      expect(await als('overeenkomst.zonderEindeNaEindeErkenning', {})).toEqual({ ok: true, value: [] });
    } finally {
      later.close();
    }
  });
});
