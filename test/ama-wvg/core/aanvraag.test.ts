import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, organisatieInput, type TestApp, zetParameter } from '../../helpers/app';
import { inszFor } from '../../../shared/kernel/insz';
import { kboFromBase } from '../../../shared/kernel/kbo';
import { createApp } from '../../../electron/core/app';
import { pdfTekst } from '../../helpers/pdf';


let t: TestApp;
let orgId: number;
beforeEach(async () => {
  t = createTestApp({ bereikbareMedewerkers: true });
  orgId = (await t.call('organisatie.create', organisatieInput())).id;
});
afterEach(() => t.close());

const aanvraagInput = (o: Record<string, unknown> = {}) => ({
  organisatieId: orgId,
  soort: 'erkenning-ama-wvg' as const,
  ontvangenOp: '2026-10-01',
  kanaal: 'e-loket' as const,
  verzekeringVerklaard: true,
  personeel: [{ naam: 'Sofie Maes', insz: inszFor('1985-07-30', 33), bachelorRichting: 'sociaal' as const }],
  ...o,
});
const tekst = { feiten: 'Aanvraag volledig ontvangen en nagekeken.', rechtsgronden: 'Alle voorwaarden van art. 46 zijn vervuld.' };

async function erken(o: Record<string, unknown> = {}, datum = '2026-11-20') {
  const a = await t.call('aanvraag.registreer', aanvraagInput(o));
  const ontv = await t.call('aanvraag.ontvankelijkheid', { id: a.id, ontvankelijk: true, datum: '2026-10-20', ...tekst });
  await t.call('beslissing.goedkeuren', { id: ontv.id }, 'ondertekenaar');
  const gegrond = await t.call('aanvraag.gegrondheid', { id: a.id, toegekend: true, datum, ...tekst });
  await t.call('beslissing.goedkeuren', { id: gegrond.id }, 'ondertekenaar');
  return t.call('aanvraag.get', { id: a.id });
}

describe('preview of a draft decision that is not saved yet (issue 15, point 7)', () => {
  it('gives the letter the draft would have, stores and audits nothing, and refuses what the draft itself would refuse', async () => {
    const a = await t.call('aanvraag.registreer', aanvraagInput());
    const tel = () => ['beslissing', 'audit_entry', 'gebeurtenis', 'document'].map((x) => t.count(x));
    const voor = tel();
    const v = await t.call('aanvraag.voorbeeldOntvankelijkheid', { id: a.id, ontvankelijk: false, datum: '2026-10-20', feiten: 'De aanvraag kwam onvolledig binnen.', rechtsgronden: 'Het attest van de verzekering ontbreekt. De aanvraag is onontvankelijk.' });
    const brief = pdfTekst(v.pdfBase64);
    expect(brief).toContain('Het attest van de verzekering ontbreekt. De aanvraag is onontvankelijk.');
    expect(tel()).toEqual(voor);
    expect((await t.call('aanvraag.get', { id: a.id })).beslissingen).toEqual([]);
    // The same checks as the real draft: a decision date in the future is refused, on its field.
    expect(await t.fail('aanvraag.voorbeeldOntvankelijkheid', { id: a.id, ontvankelijk: true, datum: '2099-01-01', ...tekst })).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'datum' }] });
    // The real draft afterwards gets the id the preview used (nothing was kept).
    const echt = await t.call('aanvraag.ontvankelijkheid', { id: a.id, ontvankelijk: true, datum: '2026-10-20', ...tekst });
    expect(echt.id).toBe(1);
  });
});

describe('application for recognition (BVR art. 46–49)', () => {
  it('registers with staff (INSZ checked mod 97) and all checks passing; personal data not in the audit trail', async () => {
    const a = await t.call('aanvraag.registreer', aanvraagInput());
    expect(a.status).toBe('ingediend');
    expect(a.controles.every((c) => c.ok)).toBe(true);
    expect(a.personeel[0].insz).toBe('85.07.30-033.28');
    const [audit] = await t.call('audit.list', { entiteit: 'aanvraag', entiteitId: a.id });
    expect(JSON.stringify(audit)).not.toContain('85.07.30');
  });

  it('staff without a listed bachelor need the minimum experience of the parameter on the day the application was received (art. 46)', async () => {
    const ervaren = [{ naam: 'Jan Peeters', insz: inszFor('1980-02-11', 41), ervaringJaren: 2 }];
    const voor = await t.call('aanvraag.registreer', aanvraagInput({ personeel: ervaren }));
    expect(voor.controles.find((c) => c.code === 'personeel')).toMatchObject({ ok: true, melding: expect.stringContaining('minstens 2 jaar ervaring') });
    // A beheerder raises the minimum to 3 years from 1 October 2026: an application received that day no longer qualifies.
    await t.call('parameter.set', { code: 'AMA_WVG_MINIMUM_ERVARING', waardeGetal: 3, geldigVan: '2026-10-01', wettelijkeBasis: 'BVR 18 november 2022, art. 46', bronStatus: 'official', reden: 'Test' }, 'beheerder');
    const na = await t.call('aanvraag.registreer', aanvraagInput({ personeel: ervaren }));
    expect(na.controles.find((c) => c.code === 'personeel')).toMatchObject({ ok: false, melding: expect.stringContaining('minstens 3 jaar ervaring') });
  });

  it('an invalid INSZ → VALIDATIE on personeel.0.insz, nothing written', async () => {
    const before = t.count('aanvraag');
    const f = await t.fail('aanvraag.registreer', aanvraagInput({ personeel: [{ naam: 'X', insz: '85.07.30-033.29', bachelorRichting: 'sociaal' }] }));
    expect(f).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'personeel.0.insz' }] });
    expect(t.count('aanvraag')).toBe(before);
  });

  it('deadlines (official: 45 days admissibility, 90 days in total) move a weekend end to the next working day', async () => {
    const a = await t.call('aanvraag.registreer', aanvraagInput());
    const [ontv, gegrond] = a.termijnen;
    // 01/10/2026 + 45 = 15/11/2026 (Sunday) → Monday 16/11/2026
    expect(ontv).toMatchObject({ soort: 'ontvankelijkheid', vervaldatum: '2026-11-16', afgerond: false });
    // 01/10/2026 + 90 = 30/12/2026 (Wednesday)
    expect(gegrond).toMatchObject({ soort: 'gegrondheid', vervaldatum: '2026-12-30' });
    expect(gegrond.afleiding[0]).toBe('start 01/10/2026 + 90 kalenderdagen = 30/12/2026');
  });

  it('a request for information suspends the period from the request until the answer (opschorting)', async () => {
    const a = await t.call('aanvraag.registreer', aanvraagInput());
    const gevraagd = await t.call('aanvraag.vraagInfo', { id: a.id, datum: '2026-10-10', gevraagd: 'Kopie van de verzekeringspolis' });
    expect(gevraagd.opschortingen).toEqual([expect.objectContaining({ van: '2026-10-10', tot: null })]);
    expect(gevraagd.termijnen.find((x) => x.soort === 'antwoord-aanvullende-info')).toBeTruthy();
    const beantwoord = await t.call('aanvraag.infoOntvangen', { id: a.id, datum: '2026-10-19' });
    // 10 suspended days: 45 → 25/11/2026; 90 → 09/01/2027 (Saturday) → 11/01/2027
    expect(beantwoord.termijnen.map((x) => x.vervaldatum)).toEqual(['2026-11-25', '2027-01-11']);
    expect(beantwoord.termijnen[1].afleiding.join('\n')).toMatch(/opschorting 10\/10\/2026 t\/m 19\/10\/2026: 10 dagen/);
    expect(beantwoord.tijdlijn.map((g) => g.soort)).toEqual(['ontvangen', 'opschorting', 'opschorting-einde']);
  });

  it('the request for information is a letter: previewed without writing, then issued with the suspension in one transaction (art. 46–48)', async () => {
    const a = await t.call('aanvraag.registreer', aanvraagInput());
    const input = { id: a.id, datum: '2026-11-20', gevraagd: 'Kopie van de verzekeringspolis\nDiploma van Sofie Maes' };
    const voor = { docs: t.count('document'), opschortingen: t.count('opschorting'), audit: t.count('audit_entry') };
    const v = await t.call('aanvraag.vraagInfoVoorbeeld', input);
    expect(v.onderwerp).toMatch(/verzoek om aanvullende informatie/);
    expect({ docs: t.count('document'), opschortingen: t.count('opschorting'), audit: t.count('audit_entry') }).toEqual(voor);

    const na = await t.call('aanvraag.vraagInfo', input);
    const [brief] = na.documenten;
    expect(brief).toMatchObject({ briefType: 'verzoek-aanvullende-informatie', kenmerk: expect.stringMatching(/^ZORG\/2026\//) });
    expect(na.opschortingen[0]).toMatchObject({ van: '2026-11-20', tot: null, antwoordUiterlijk: '2026-12-07', verzoekDocumentId: brief.id });
    expect(na.tijdlijn.find((g) => g.soort === 'opschorting')?.documentId).toBe(brief.id);
    const doc = await t.call('document.get', { id: brief.id });
    const tekstPdf = pdfTekst(Buffer.from(doc.pdfBase64, 'base64'));
    // 15 days (AMA_WVG_AANVULLENDE_INFO_TERMIJN) from Friday 20/11 → Saturday 05/12 → Monday 07/12/2026
    expect(tekstPdf).toContain('uiterlijk op maandag 07/12/2026');
    expect(tekstPdf).toContain('Kopie van de verzekeringspolis');
    expect(tekstPdf).toContain('Diploma van Sofie Maes');
    expect(tekstPdf).toMatch(/opgeschort vanaf 20\/11\/2026/);
    // the admissibility deadline before the request: 01/10 + 45 days = 15/11 (Sunday) → 16/11/2026
    expect(tekstPdf).toContain('Zonder deze opschorting zou die termijn eindigen op 16/11/2026');
    expect(tekstPdf).toMatch(/geen beslissing/i);
  });

  it('a request for information without a reachable contact person is refused and nothing is written', async () => {
    const t2 = createTestApp();
    try {
      const org = await t2.call('organisatie.create', organisatieInput());
      const a = await t2.call('aanvraag.registreer', { ...aanvraagInput(), organisatieId: org.id });
      const n = t2.count('opschorting');
      const f = await t2.fail('aanvraag.vraagInfo', { id: a.id, datum: '2026-11-20', gevraagd: 'Kopie van de verzekeringspolis' });
      expect(f).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'contactpersoonId' }] });
      expect(t2.count('opschorting')).toBe(n);
      expect(t2.count('document')).toBe(0);
    } finally {
      t2.close();
    }
  });

  it('an open request keeps extending the deadline until today and blocks a decision', async () => {
    const a = await t.call('aanvraag.registreer', aanvraagInput());
    const g = await t.call('aanvraag.vraagInfo', { id: a.id, datum: '2026-11-01', gevraagd: 'Diploma van het personeelslid' });
    // suspended 01/11 … 22/11 (today): 22 days → 01/10 + 45 + 22 = 07/12/2026 (Monday)
    expect(g.termijnen[0].vervaldatum).toBe('2026-12-07');
    const f = await t.fail('aanvraag.ontvankelijkheid', { id: a.id, ontvankelijk: true, datum: '2026-11-20', ...tekst });
    expect(f.code).toBe('CONFLICT');
  });

  it('admissibility → merits → recognition of 5 years, each decision approved by an ondertekenaar (four eyes)', async () => {
    const a = await t.call('aanvraag.registreer', aanvraagInput());
    const draft = await t.call('aanvraag.ontvankelijkheid', { id: a.id, ontvankelijk: true, datum: '2026-10-20', ...tekst });
    expect(draft.status).toBe('ontwerp');
    expect((await t.call('aanvraag.get', { id: a.id })).status).toBe('ingediend');
    expect((await t.fail('beslissing.goedkeuren', { id: draft.id }, 'zorg-dossierbeheerder')).code).toBe('VERBODEN');
    const ok = await t.call('beslissing.goedkeuren', { id: draft.id }, 'ondertekenaar');
    expect(ok).toMatchObject({ status: 'uitgegeven', goedgekeurdDoor: 'Test ondertekenaar', documentId: expect.any(Number) });
    expect((await t.call('aanvraag.get', { id: a.id })).status).toBe('ontvankelijk');

    const beslissing = await t.call('aanvraag.gegrondheid', { id: a.id, toegekend: true, datum: '2026-11-20', ingangsdatum: '2026-12-01', ...tekst });
    await t.call('beslissing.goedkeuren', { id: beslissing.id }, 'ondertekenaar');
    const na = await t.call('aanvraag.get', { id: a.id });
    expect(na.status).toBe('toegekend');
    expect(na.termijnen.every((x) => x.afgerond)).toBe(true);
    // Both decision letters are listed on the application, oldest first.
    expect(na.documenten.map((d) => d.briefType)).toEqual(['ontvankelijkheidsbeslissing', 'erkenningsbeslissing']);
    const [e] = await t.call('erkenning.list', { organisatieId: orgId });
    expect(e).toMatchObject({ erkenningsnummer: 'AMA-WVG-2026-0001', geldigVan: '2026-12-01', geldigTot: '2031-11-30', status: 'actief', oorsprong: 'aanvraag' });
    const detail = await t.call('erkenning.get', { id: e.id });
    expect(detail.historiek).toHaveLength(1);
    expect(detail.beslissingen.map((b) => b.type)).toEqual(['erkenning']);
  });

  it('the recognition letter states the duration and the reminder of the parameters on its start day (art. 47–49)', async () => {
    const zet = (code: string, waarde: number) => zetParameter(t, code, waarde, '2026-01-01');
    await zet('AMA_WVG_ERKENNINGSDUUR', 3);
    await zet('AMA_WVG_HERINNERING_HERNIEUWING', 4);
    const a = await t.call('aanvraag.registreer', aanvraagInput());
    await t.call('beslissing.goedkeuren', { id: (await t.call('aanvraag.ontvankelijkheid', { id: a.id, ontvankelijk: true, datum: '2026-10-20', ...tekst })).id }, 'ondertekenaar');
    const draft = await t.call('aanvraag.gegrondheid', { id: a.id, toegekend: true, datum: '2026-11-20', ingangsdatum: '2026-12-01', ...tekst });
    const brief = pdfTekst((await t.call('beslissing.voorbeeld', { id: draft.id }, 'zorg-dossierbeheerder')).pdfBase64).replace(/\s+/g, ' ');
    expect(brief).toContain('van 01/12/2026 tot en met 30/11/2029');
    expect(brief).toContain('De erkenning geldt 3 jaar. Wilt u ze verlengen, dien dan tijdig een aanvraag tot hernieuwing in; wij sturen u 4 maanden vóór het einde een herinnering.');
  });

  it('the drafter (no signing rights) previews the decision letter, signed in the preview by an ondertekenaar of the department', async () => {
    const a = await t.call('aanvraag.registreer', aanvraagInput());
    const draft = await t.call('aanvraag.ontvankelijkheid', { id: a.id, ontvankelijk: true, datum: '2026-10-20', ...tekst });
    const v = await t.call('beslissing.voorbeeld', { id: draft.id }, 'zorg-dossierbeheerder');
    expect(v.onderwerp).toMatch(/ontvankelijk/i);
    expect(Buffer.from(v.pdfBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('a decision date in the future is refused; the drafter cannot approve their own draft', async () => {
    const a = await t.call('aanvraag.registreer', aanvraagInput());
    const f = await t.fail('aanvraag.ontvankelijkheid', { id: a.id, ontvankelijk: true, datum: '2026-11-23', ...tekst });
    expect(f).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'datum' }] });
  });

  it('granting is refused while a check fails (art. 46: insurance), refusing is possible', async () => {
    const a = await t.call('aanvraag.registreer', aanvraagInput({ verzekeringVerklaard: false }));
    const o = await t.call('aanvraag.ontvankelijkheid', { id: a.id, ontvankelijk: true, datum: '2026-10-20', ...tekst });
    await t.call('beslissing.goedkeuren', { id: o.id }, 'ondertekenaar');
    const f = await t.fail('aanvraag.gegrondheid', { id: a.id, toegekend: true, datum: '2026-11-20', ...tekst });
    expect(f).toMatchObject({ code: 'VALIDATIE', message: expect.stringMatching(/verzekering.*art\. 46/) });
    const w = await t.call('aanvraag.gegrondheid', { id: a.id, toegekend: false, datum: '2026-11-20', ...tekst });
    expect(w.bezwaarTermijnDagen).toBe(30);
    await t.call('beslissing.goedkeuren', { id: w.id }, 'ondertekenaar');
    expect((await t.call('aanvraag.get', { id: a.id })).status).toBe('geweigerd');
  });

  it('art. 74: an onderwijsinstelling applying after 31/12/2023 fails the eligibility check', async () => {
    const o = await t.call('organisatie.create', organisatieInput({ naam: 'Hogeschool X', kbo: kboFromBase(2000000), typeCode: 'ONDERWIJSINSTELLING' }));
    const a = await t.call('aanvraag.registreer', aanvraagInput({ organisatieId: o.id }));
    expect(a.controles.find((c) => c.code === 'type-erkenbaar')).toMatchObject({ ok: false, artikel: 'BVR art. 46 en 74' });
  });

  it('renewal granted in time starts the day after the running recognition ends (no gap, no overlap)', async () => {
    await erken({}, '2026-11-20');
    const [oud] = await t.call('erkenning.list', { organisatieId: orgId });
    // a second application without renewal link fails the overlap check
    const dubbel = await t.call('aanvraag.registreer', aanvraagInput({ ontvangenOp: '2026-11-21' }));
    expect(dubbel.controles.find((c) => c.code === 'geen-overlap')!.ok).toBe(false);
    await t.call('aanvraag.ontvankelijkheid', { id: dubbel.id, ontvankelijk: false, datum: '2026-11-22', ...tekst }).then((b) => t.call('beslissing.goedkeuren', { id: b.id }, 'ondertekenaar'));
    const hernieuwing = await t.call('aanvraag.registreer', aanvraagInput({ ontvangenOp: '2026-11-22', hernieuwingVanId: oud.id }));
    expect(hernieuwing.controles.every((c) => c.ok)).toBe(true);
    const o = await t.call('aanvraag.ontvankelijkheid', { id: hernieuwing.id, ontvankelijk: true, datum: '2026-11-22', ...tekst });
    await t.call('beslissing.goedkeuren', { id: o.id }, 'ondertekenaar');
    const g = await t.call('aanvraag.gegrondheid', { id: hernieuwing.id, toegekend: true, datum: '2026-11-22', ...tekst });
    await t.call('beslissing.goedkeuren', { id: g.id }, 'ondertekenaar');
    const lijst = await t.call('erkenning.list', { organisatieId: orgId });
    expect(lijst.map((e) => [e.geldigVan, e.geldigTot])).toEqual([[oud.geldigVan, oud.geldigTot], ['2031-11-20', '2036-11-19']]);
    const nieuw = await t.call('erkenning.get', { id: lijst[1].id });
    expect(nieuw.vorigeErkenningId).toBe(oud.id);
  });

  it('the deadline inbox lists open applications with their next deadline and urgency', async () => {
    const a = await t.call('aanvraag.registreer', aanvraagInput());
    const inbox = await t.call('inbox.list', {});
    // admissibility deadline 16/11/2026 has passed on 22/11/2026
    expect(inbox).toEqual([expect.objectContaining({ dossierEntiteit: 'aanvraag', dossierId: a.id, vervaldatum: '2026-11-16', urgentie: 'te-laat', dagenResterend: -6 })]);
    expect(await t.call('inbox.list', { behandelaarId: t.caller('zorg-dossierbeheerder').medewerkerId! + 1000 })).toEqual([]);
    expect(await t.call('inbox.list', { behandelaarId: t.caller('zorg-dossierbeheerder').medewerkerId! })).toHaveLength(1);
  });

  it('role lezer cannot register an application', async () => {
    expect((await t.fail('aanvraag.registreer', aanvraagInput(), 'lezer')).code).toBe('VERBODEN');
  });
});

describe('expiry of recognitions (art. 47–49: valid 5 years)', () => {
  it('a recognition whose last day has passed becomes verlopen at the next start-up, with a history line and audit', async () => {
    const t2 = createTestApp({ bereikbareMedewerkers: true, now: () => new Date('2023-11-22T09:00:00Z') });
    try {
      const org = await t2.call('organisatie.create', organisatieInput());
      const a = await t2.call('aanvraag.registreer', { ...aanvraagInput(), organisatieId: org.id, ontvangenOp: '2023-08-01' });
      const o = await t2.call('aanvraag.ontvankelijkheid', { id: a.id, ontvankelijk: true, datum: '2023-09-01', ...tekst });
      await t2.call('beslissing.goedkeuren', { id: o.id }, 'ondertekenaar');
      const g = await t2.call('aanvraag.gegrondheid', { id: a.id, toegekend: true, datum: '2023-09-15', ...tekst });
      await t2.call('beslissing.goedkeuren', { id: g.id }, 'ondertekenaar');
      expect((await t2.call('erkenning.list', { organisatieId: org.id }))[0]).toMatchObject({ geldigTot: '2028-09-14', status: 'actief' });
      // five years later the app starts again: valid 15/09/2023 – 14/09/2028, so on 01/10/2028 it has ended
      // A host leaves the housekeeping until it listens (issue 13): until then nothing has changed.
      const later = createApp({ dbFile: t2.file, now: () => new Date('2028-10-01T08:00:00Z'), log: () => {}, opstartTakenUitstellen: true });
      try {
        const lezer = { medewerkerId: null, gebruiker: 'An', rol: 'lezer' } as const;
        expect(await later.router('erkenning.list', { organisatieId: org.id }, lezer)).toMatchObject({ ok: true, value: [{ status: 'actief' }] });
        later.voerOpstartTakenUit();
        later.voerOpstartTakenUit(); // once only
        const env = await later.router('erkenning.list', { organisatieId: org.id }, { medewerkerId: null, gebruiker: 'An', rol: 'lezer' });
        expect(env).toMatchObject({ ok: true, value: [{ status: 'verlopen', eindeReden: 'verlopen' }] });
        const audit = await later.router('audit.list', { entiteit: 'erkenning', gebruiker: 'systeem' }, { medewerkerId: null, gebruiker: 'An', rol: 'lezer' });
        expect(audit).toMatchObject({ ok: true, value: [{ methode: 'erkenning.verwerkVervaldagen', nieuw: { status: 'verlopen' } }] });
      } finally {
        later.close();
      }
    } finally {
      t2.close();
    }
  });

  it('an application dated before the rules applied is refused with a Dutch message naming ontvangenOp, nothing written', async () => {
    const before = t.count('aanvraag');
    const f = await t.fail('aanvraag.registreer', aanvraagInput({ ontvangenOp: '2021-09-01' }));
    expect(f).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'ontvangenOp' }] });
    expect(t.count('aanvraag')).toBe(before);
  });
});
