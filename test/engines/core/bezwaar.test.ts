/**
 * Objection (bezwaar) against an issued decision, here the revocation of an AMA WVG recognition
 * (BVR 18 November 2022, art. 49 §4: an objection exists; RULES.md [assumed]: 30 days to object,
 * 60 days to decide on it). Whether it is in time follows from the contested decision's letter: its
 * notification (Bestuursdecreet art. II.22–23: registered mail deemed received on the 3rd working
 * day) + the period that letter stated (Bestuursdecreet art. II.21), counted by the deadline engine
 * (RULES.md: start day not counted, last day moved to the next working day). Dates checked with
 * `date -d`: the revocation is posted on Tuesday 10/11/2026; 11/11 is a holiday (Wapenstilstand),
 * so it is deemed received on Monday 16/11/2026 and the objection period ends on Wednesday 16/12/2026.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, organisatieInput, type TestApp } from '../../helpers/app';
import { inszFor } from '../../../shared/kernel/insz';
import { openSqlite } from '../../../db/open';
import { applyMigrations, MIGRATIONS_DIR } from '../../../db/migrate';
import { documentTekst, pdfTekst } from '../../helpers/pdf';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wzt-bezwaar-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));


let t: TestApp;
let nu: Date;
const opDag = (iso: string) => {
  nu = new Date(`${iso}T08:00:00Z`);
};
let orgId: number;
let erkenningId: number;
let ontvankelijkheidId: number;

const tekst = { feiten: 'Aanvraag volledig ontvangen en nagekeken.', rechtsgronden: 'Alle voorwaarden van art. 46 zijn vervuld.' };
const motivering = { feiten: 'De organisatie legde bij haar bezwaar een nieuwe polis voor.', rechtsgronden: 'BVR art. 46, 3° en art. 49 §4.' };

beforeEach(async () => {
  opDag('2026-06-01');
  t = createTestApp({ bereikbareMedewerkers: true, now: () => nu });
  orgId = (await t.call('organisatie.create', organisatieInput())).id;
  const a = await t.call('aanvraag.registreer', {
    organisatieId: orgId, soort: 'erkenning-ama-wvg', ontvangenOp: '2026-05-15', kanaal: 'e-loket', verzekeringVerklaard: true,
    personeel: [{ naam: 'Sofie Maes', insz: inszFor('1985-07-30', 33), bachelorRichting: 'sociaal' }],
  });
  const o = await t.call('aanvraag.ontvankelijkheid', { id: a.id, ontvankelijk: true, datum: '2026-05-20', ...tekst });
  ontvankelijkheidId = (await t.call('beslissing.goedkeuren', { id: o.id }, 'ondertekenaar')).id;
  const g = await t.call('aanvraag.gegrondheid', { id: a.id, toegekend: true, datum: '2026-06-01', ...tekst });
  await t.call('beslissing.goedkeuren', { id: g.id }, 'ondertekenaar');
  erkenningId = (await t.call('erkenning.list', { organisatieId: orgId }))[0].id; // valid 01/06/2026 – 31/05/2031
});
afterEach(() => t.close());

/**
 * A revocation issued on 10/11/2026 (last day 30/11/2026), optionally after a hearing, and — unless
 * `verzonden` is false — posted by registered mail that day.
 */
async function opheffing(opts: { hoorzitting?: boolean; verzonden?: boolean } = {}) {
  opDag('2026-10-01');
  const p = await t.call('procedure.start', {
    soort: 'opheffing-erkenning', rechtId: erkenningId,
    gronden: 'De organisatie heeft geen verzekering burgerlijke aansprakelijkheid meer (BVR art. 46, 3°).',
    feiten: 'Bij controle op 15/09/2026 bleek de polis sinds 01/07/2026 opgezegd.',
  });
  opDag('2026-10-02');
  await t.call('verzending.registreer', { documentId: p.voornemenDocumentId!, kanaal: 'aangetekend', verzondenOp: '2026-10-02' });
  if (opts.hoorzitting) {
    opDag('2026-10-15');
    await t.call('procedure.registreerReactie', { id: p.id, ontvangenOp: '2026-10-14', samenvatting: 'Wij betwisten de opzegging.', hoorzittingGevraagd: true });
    await t.call('procedure.planHoorzitting', { id: p.id, datum: '2026-10-27', uur: '14:00', plaats: 'Koning Albert II-laan 35, 1030 Brussel' });
    opDag('2026-10-28');
    await t.call('procedure.verslagHoorzitting', { id: p.id, aanwezigen: 'An Peeters; Test zorg-dossierbeheerder', verslag: 'Geen nieuwe polis voorgelegd.' });
  }
  opDag('2026-11-10');
  const draft = await t.call('procedure.stelBeslissingVoor', {
    id: p.id, datum: '2026-11-10', einddatum: '2026-11-30',
    feiten: 'Tot vandaag ontvingen wij geen nieuwe polis.', rechtsgronden: 'Een erkende begeleider moet verzekerd zijn (BVR art. 46, 3°).',
  });
  const besluit = await t.call('beslissing.goedkeuren', { id: draft.id }, 'ondertekenaar');
  if (opts.verzonden !== false) await t.call('verzending.registreer', { documentId: besluit.documentId!, kanaal: 'aangetekend', verzondenOp: '2026-11-10' });
  return { procedureId: p.id, beslissing: besluit };
}

const registreer = (beslissingId: number, ontvangenOp: string) => {
  opDag(ontvangenOp);
  return t.call('bezwaar.registreer', { beslissingId, ontvangenOp, kanaal: 'aangetekend', samenvatting: 'De organisatie legt een nieuwe polis voor en vraagt de opheffing te vernietigen.' });
};

describe('objection against a revocation (BVR art. 49 §4; Bestuursdecreet art. II.21)', () => {
  it('full revocation with a hearing, then an objection upheld ("gegrond" → vernietigd): the recognition is active again', async () => {
    const { procedureId, beslissing } = await opheffing({ hoorzitting: true });
    expect(await t.call('erkenning.get', { id: erkenningId })).toMatchObject({ status: 'opgeheven', geldigTot: '2026-11-30' });

    // The acknowledgement is previewed first: nothing is written.
    opDag('2026-11-20');
    const n = { documenten: t.count('document'), bezwaren: t.count('bezwaar') };
    const v = await t.call('bezwaar.voorbeeld', { beslissingId: beslissing.id, ontvangenOp: '2026-11-20', kanaal: 'aangetekend', samenvatting: 'De organisatie legt een nieuwe polis voor.' });
    expect(v.onderwerp).toMatch(/^Ontvangstmelding van uw bezwaar/);
    expect({ documenten: t.count('document'), bezwaren: t.count('bezwaar') }).toEqual(n);
    const z = await registreer(beslissing.id, '2026-11-20');
    expect(z).toMatchObject({ status: 'ingediend', tijdigheid: 'tijdig', behandelingUiterlijk: '2027-01-19', rechtEntiteit: 'erkenning', rechtId: erkenningId });
    expect(z.beoordeling).toMatchObject({ kennisgevingsdatum: '2026-11-16', termijnDagen: 30, termijnEinde: '2026-12-16' });
    expect(z.documenten.map((d) => d.briefType)).toEqual(['ontvangstmelding-bezwaar']);

    opDag('2026-12-01');
    // The letter before the draft is saved: the same code, rolled back — nothing stored (issue 15, point 7).
    const telling = () => [t.count('beslissing'), t.count('audit_entry')];
    const voorVoorbeeld = telling();
    const voorbeeld = await t.call('bezwaar.voorbeeldBeslissing', { id: z.id, uitkomst: 'vernietigd', datum: '2026-12-01', ...motivering });
    expect(pdfTekst(voorbeeld.pdfBase64)).toContain(motivering.feiten.slice(0, 30));
    expect(telling()).toEqual(voorVoorbeeld);
    expect((await t.call('bezwaar.get', { id: z.id })).ontwerpBeslissingId).toBeNull();
    const draft = await t.call('bezwaar.stelBeslissingVoor', { id: z.id, uitkomst: 'vernietigd', datum: '2026-12-01', ...motivering });
    expect(draft).toMatchObject({ type: 'bezwaar-vernietigd', status: 'ontwerp', dossierEntiteit: 'bezwaar', rechtEntiteit: 'erkenning', rechtId: erkenningId, bezwaarTermijnDagen: null });
    expect((await t.call('bezwaar.get', { id: z.id })).ontwerpBeslissingId).toBe(draft.id);
    // four eyes
    expect((await t.fail('beslissing.goedkeuren', { id: draft.id }, 'zorg-dossierbeheerder')).code).toBe('VERBODEN');
    expect(await t.call('erkenning.get', { id: erkenningId })).toMatchObject({ status: 'opgeheven' });
    const uitspraak = await t.call('beslissing.goedkeuren', { id: draft.id }, 'ondertekenaar');

    // written back to the recognition: active again with its previous last day
    const e = await t.call('erkenning.get', { id: erkenningId });
    expect(e).toMatchObject({ status: 'actief', geldigTot: '2031-05-31', eindeReden: null });
    expect(e.historiek.map((h) => [h.status, h.geldigTot, h.toelichting])).toEqual([
      ['actief', '2031-05-31', 'Erkend na aanvraag'],
      ['opgeheven', '2026-11-30', expect.stringMatching(/Opgeheven na hoorprocedure/)],
      ['actief', '2031-05-31', 'Opheffing vernietigd na bezwaar'],
    ]);
    // … and to the contested decision
    expect(await t.call('beslissing.get', { id: beslissing.id })).toMatchObject({ status: 'vernietigd', bezwaarUitkomst: 'vernietigd' });
    const na = await t.call('bezwaar.get', { id: z.id });
    expect(na).toMatchObject({ status: 'beslist', uitkomst: 'vernietigd', uitkomstBeslissing: { id: uitspraak.id, type: 'bezwaar-vernietigd' } });
    expect(na.documenten.map((d) => d.briefType)).toEqual(['ontvangstmelding-bezwaar', 'beslissing-bezwaar']);
    expect(na.tijdlijn.map((g) => g.soort)).toEqual(['ontvangen', 'ontvangstmelding', 'ontwerp-beslissing', 'beslissing']);
    const brief = await documentTekst(t, uitspraak.documentId!);
    expect(brief).toMatch(/Uw bezwaar is ontvankelijk en gegrond\. Wij vernietigen onze beslissing van 10\/11\/2026/);
    expect(brief).toMatch(/Uw erkenning geldt opnieuw zoals vóór de opheffing, tot en met 31\/05\/2031/);
    expect(brief).toContain('Tegen deze beslissing is geen georganiseerd administratief beroep (bezwaar) mogelijk.');
    expect(brief).toMatch(/Raad van State.*binnen 60 dagen/);

    // the procedure shows its decision's objection and the outcome on its timeline
    const p = await t.call('procedure.get', { id: procedureId });
    expect(p.bezwaren).toEqual([expect.objectContaining({ id: z.id, uitkomst: 'vernietigd', status: 'beslist' })]);
    expect(p.beslissing).toMatchObject({ id: beslissing.id, status: 'vernietigd' });
    expect(p.tijdlijn.map((g) => g.soort).slice(-2)).toEqual(['bezwaar', 'bezwaar-vernietigd']);
    // audited: the recognition restored by the approval
    expect((await t.call('audit.list', { entiteit: 'erkenning', entiteitId: erkenningId }))[0]).toMatchObject({
      methode: 'beslissing.goedkeuren', oud: { status: 'opgeheven', geldigTot: '2026-11-30' }, nieuw: { status: 'actief', geldigTot: '2031-05-31', eindeReden: null },
    });
  });

  it('in time on the last day of the period (16/12/2026), with the derivation; rejected ("bevestigd"): the revocation stands', async () => {
    const { beslissing } = await opheffing();
    const z = await registreer(beslissing.id, '2026-12-16');
    expect(z).toMatchObject({ tijdigheid: 'tijdig', behandelingUiterlijk: '2027-02-15' }); // 16/12 + 60 = 14/02/2027 (Sunday) → 15/02
    expect(z.beoordeling.afleiding).toEqual(expect.arrayContaining([
      '11/11/2026 is een feestdag (Wapenstilstand) → overgeslagen',
      'werkdag 3: 16/11/2026 (maandag)',
      'start 16/11/2026 + 30 kalenderdagen = 16/12/2026',
      'vervaldatum 16/12/2026 (woensdag)',
      'bezwaar ontvangen op 16/12/2026 → tijdig',
    ]));
    const melding = await documentTekst(t, z.ontvangstmeldingDocumentId!);
    expect(melding).toContain('Uw bezwaar werd tijdig ingediend.');
    expect(melding).toContain('eindigde op woensdag 16/12/2026');
    expect(melding).toContain('Wij beslissen over uw bezwaar uiterlijk op maandag 15/02/2027');
    expect(melding).toMatch(/een ontvangstmelding en geen beslissing/);

    // the open objection is in the deadline inbox
    expect((await t.call('inbox.list', {})).filter((i) => i.dossierEntiteit === 'bezwaar')).toEqual([
      expect.objectContaining({ dossierId: z.id, link: `/bezwaren/${z.id}`, vervaldatum: '2027-02-15', urgentie: 'op-schema' }),
    ]);

    opDag('2027-01-11');
    const draft = await t.call('bezwaar.stelBeslissingVoor', { id: z.id, uitkomst: 'bevestigd', datum: '2027-01-11', feiten: 'De nieuwe polis dekt de deelnemers niet.', rechtsgronden: 'BVR art. 46, 3° blijft geschonden.' });
    const uitspraak = await t.call('beslissing.goedkeuren', { id: draft.id }, 'ondertekenaar');
    expect(await t.call('erkenning.get', { id: erkenningId })).toMatchObject({ status: 'opgeheven', geldigTot: '2026-11-30', eindeReden: 'opgeheven' });
    expect(await t.call('beslissing.get', { id: beslissing.id })).toMatchObject({ status: 'uitgegeven', bezwaarUitkomst: 'bevestigd' });
    expect(await t.call('bezwaar.get', { id: z.id })).toMatchObject({ status: 'beslist', uitkomst: 'bevestigd' });
    expect(await documentTekst(t, uitspraak.documentId!)).toMatch(/Uw bezwaar is ontvankelijk, maar ongegrond\. Wij bevestigen onze beslissing van 10\/11\/2026.*blijft behouden: de erkenning eindigt op 30\/11\/2026/);
    expect((await t.call('inbox.list', {})).filter((i) => i.dossierEntiteit === 'bezwaar')).toEqual([]);
  });

  it('too late the day after (17/12/2026): laattijdig, only "onontvankelijk" can be decided', async () => {
    const { beslissing } = await opheffing();
    const z = await registreer(beslissing.id, '2026-12-17');
    expect(z).toMatchObject({ tijdigheid: 'laattijdig' });
    expect(z.beoordeling.toelichting).toBe('Het bezwaar is laattijdig: ontvangen op 17/12/2026, de bezwaartermijn eindigde op 16/12/2026.');
    expect(await documentTekst(t, z.ontvangstmeldingDocumentId!)).toMatch(/na het einde van de bezwaartermijn ingediend.*eindigde op woensdag 16\/12\/2026/);
    const f = await t.fail('bezwaar.stelBeslissingVoor', { id: z.id, uitkomst: 'vernietigd', datum: '2026-12-17', ...motivering });
    expect(f).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'uitkomst' }], message: expect.stringMatching(/laattijdig/) });
    const draft = await t.call('bezwaar.stelBeslissingVoor', { id: z.id, uitkomst: 'onontvankelijk', datum: '2026-12-17', feiten: 'Het bezwaar kwam na de termijn toe.', rechtsgronden: 'Bezwaartermijn van 30 dagen (BVR art. 49 §4).' });
    const uitspraak = await t.call('beslissing.goedkeuren', { id: draft.id }, 'ondertekenaar');
    expect(await documentTekst(t, uitspraak.documentId!)).toMatch(/Uw bezwaar is onontvankelijk\..*Het bezwaar is laattijdig: ontvangen op 17\/12\/2026/);
    expect(await t.call('beslissing.get', { id: beslissing.id })).toMatchObject({ status: 'uitgegeven', bezwaarUitkomst: 'onontvankelijk' });
    expect(await t.call('erkenning.get', { id: erkenningId })).toMatchObject({ status: 'opgeheven' });
  });

  it('a decision whose letter was never sent: in time cannot be determined (the period has not started) until the sending is registered', async () => {
    const { beslissing } = await opheffing({ verzonden: false });
    const z = await registreer(beslissing.id, '2026-11-20');
    expect(z).toMatchObject({ tijdigheid: 'onbepaald', beoordeling: { kennisgevingsdatum: null, termijnEinde: null, toelichting: expect.stringMatching(/niet geregistreerd.*niet te bepalen/) } });
    expect(await documentTekst(t, z.ontvangstmeldingDocumentId!)).toMatch(/Wij kunnen nog niet vaststellen of uw bezwaar tijdig werd ingediend/);
    expect(await t.fail('bezwaar.stelBeslissingVoor', { id: z.id, uitkomst: 'bevestigd', datum: '2026-11-20', ...motivering })).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/Registreer de verzending/) });
    // registered afterwards (sent by e-mail on 11/11): notified that day → period until 11/12/2026 → in time
    await t.call('verzending.registreer', { documentId: beslissing.documentId!, kanaal: 'email', verzondenOp: '2026-11-11' });
    expect(await t.call('bezwaar.get', { id: z.id })).toMatchObject({ tijdigheid: 'tijdig', beoordeling: { kennisgevingsdatum: '2026-11-11', termijnEinde: '2026-12-11' } });
  });

  it('an objection against a decision that stated no objection period is not open → onontvankelijk (Bestuursdecreet art. II.21)', async () => {
    opDag('2026-06-10');
    const z = await t.call('bezwaar.registreer', { beslissingId: ontvankelijkheidId, ontvangenOp: '2026-06-10', kanaal: 'e-loket', samenvatting: 'Bezwaar tegen de ontvankelijkheidsbeslissing.' });
    expect(z).toMatchObject({ tijdigheid: 'niet-open', beoordeling: { termijnDagen: null, termijnEinde: null } });
    expect(await documentTekst(t, z.ontvangstmeldingDocumentId!)).toMatch(/Tegen de beslissing die u betwist, staat geen administratief bezwaar open/);
    expect((await t.fail('bezwaar.stelBeslissingVoor', { id: z.id, uitkomst: 'bevestigd', datum: '2026-06-10', ...motivering })).details).toEqual([expect.objectContaining({ veld: 'uitkomst' })]);
    const draft = await t.call('bezwaar.stelBeslissingVoor', { id: z.id, uitkomst: 'onontvankelijk', datum: '2026-06-10', feiten: 'De beslissing vermeldde geen bezwaarmogelijkheid.', rechtsgronden: 'Geen georganiseerd administratief beroep.' });
    expect(draft.type).toBe('bezwaar-onontvankelijk');
    await t.call('beslissing.goedkeuren', { id: draft.id }, 'ondertekenaar');
    expect(await t.call('beslissing.get', { id: ontvankelijkheidId })).toMatchObject({ status: 'uitgegeven', bezwaarUitkomst: 'onontvankelijk' });
  });

  it('"herzien": the officer gives a new last day (later than the revoked one, before the original end); the recognition follows', async () => {
    const { beslissing } = await opheffing();
    const z = await registreer(beslissing.id, '2026-11-20');
    const basis = { id: z.id, uitkomst: 'herzien' as const, datum: '2026-11-20', ...motivering };
    expect(await t.fail('bezwaar.stelBeslissingVoor', basis)).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'herziening.einddatum' }] });
    expect(await t.fail('bezwaar.stelBeslissingVoor', { ...basis, herziening: { einddatum: '2026-11-15' } })).toMatchObject({ details: [{ veld: 'herziening.einddatum' }], message: expect.stringMatching(/niet verslechteren/) });
    expect(await t.fail('bezwaar.stelBeslissingVoor', { ...basis, herziening: { einddatum: '2031-05-31' } })).toMatchObject({ details: [{ veld: 'herziening.einddatum' }], message: expect.stringMatching(/vernietigd/) });
    expect(await t.fail('bezwaar.stelBeslissingVoor', { ...basis, uitkomst: 'bevestigd', herziening: { einddatum: '2027-03-31' } })).toMatchObject({ details: [{ veld: 'herziening' }] });
    const draft = await t.call('bezwaar.stelBeslissingVoor', { ...basis, herziening: { einddatum: '2027-03-31' } });
    expect(draft).toMatchObject({ type: 'bezwaar-herzien', einddatum: '2027-03-31', eindeReden: 'opgeheven' });
    const uitspraak = await t.call('beslissing.goedkeuren', { id: draft.id }, 'ondertekenaar');
    const e = await t.call('erkenning.get', { id: erkenningId });
    expect(e).toMatchObject({ status: 'opgeheven', geldigTot: '2027-03-31', eindeReden: 'opgeheven' });
    expect(e.historiek.at(-1)).toMatchObject({ geldigTot: '2027-03-31', beslissingId: uitspraak.id, toelichting: 'Opheffing herzien na bezwaar: laatste dag 31/03/2027' });
    expect(await t.call('beslissing.get', { id: beslissing.id })).toMatchObject({ status: 'uitgegeven', bezwaarUitkomst: 'herzien' });
    expect(await documentTekst(t, uitspraak.documentId!)).toMatch(/gedeeltelijk gegrond\. Wij herzien onze beslissing van 10\/11\/2026 \(ons kenmerk ZORG\/2026\/\d{6}\): de erkenning AMA-WVG-2026-0001 eindigt op 31\/03\/2027 in plaats van op 30\/11\/2026/);
  });

  it('invalid registrations write nothing: an unknown decision, a date in the future or before the decision, a second open objection, wrong role or department', async () => {
    const { beslissing } = await opheffing();
    opDag('2026-11-20');
    const input = { beslissingId: beslissing.id, ontvangenOp: '2026-11-20', kanaal: 'aangetekend' as const, samenvatting: 'Wij maken bezwaar.' };
    const voor = () => [t.count('bezwaar'), t.count('document'), t.count('audit_entry'), t.count('gebeurtenis')];
    const start = voor();
    expect(await t.fail('bezwaar.registreer', { ...input, beslissingId: 9999 })).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'beslissingId' }] });
    expect(await t.fail('bezwaar.registreer', { ...input, ontvangenOp: '2026-11-21' })).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'ontvangenOp' }] });
    expect(await t.fail('bezwaar.registreer', { ...input, ontvangenOp: '2026-11-09' })).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'ontvangenOp' }] });
    expect(await t.fail('bezwaar.registreer', { ...input, kanaal: 'duif' })).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'kanaal' }] });
    expect((await t.fail('bezwaar.registreer', input, 'lezer')).code).toBe('VERBODEN');
    expect((await t.fail('bezwaar.registreer', input, 'wse-dossierbeheerder')).code).toBe('VERBODEN');
    expect(voor()).toEqual(start);
    await t.call('bezwaar.registreer', input);
    expect((await t.fail('bezwaar.registreer', input)).code).toBe('CONFLICT');
    expect(t.count('bezwaar')).toBe(1);
    expect(await t.call('bezwaar.list', { beslissingId: beslissing.id }, 'lezer')).toHaveLength(1);
  });

  it('an objection cannot be lodged against a draft decision', async () => {
    opDag('2026-10-01');
    const p = await t.call('procedure.start', { soort: 'opheffing-erkenning', rechtId: erkenningId, gronden: 'Geen verzekering meer (art. 46, 3°).', feiten: 'Polis opgezegd op 01/07/2026.' });
    await t.call('verzending.registreer', { documentId: p.voornemenDocumentId!, kanaal: 'e-loket', verzondenOp: '2026-10-01' });
    opDag('2026-11-10');
    const draft = await t.call('procedure.stelBeslissingVoor', { id: p.id, datum: '2026-11-10', einddatum: '2026-11-30', feiten: 'Geen reactie ontvangen.', rechtsgronden: 'Art. 46, 3° niet vervuld.' });
    expect(await t.fail('bezwaar.registreer', { beslissingId: draft.id, ontvangenOp: '2026-11-10', kanaal: 'email', samenvatting: 'Wij maken bezwaar.' })).toMatchObject({
      code: 'VALIDATIE', details: [{ veld: 'beslissingId' }], message: expect.stringMatching(/uitgegeven beslissing/),
    });
  });
});

describe('migration 0004_procedures_en_bezwaren', () => {
  it('keeps existing objections, derives their tijdigheid and makes termijn_einde optional', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'mig-'));
    const oud = path.join(dir, 'migrations');
    fs.mkdirSync(path.join(oud, 'meta'), { recursive: true });
    const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_DIR, 'meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] };
    const tot = journal.entries.findIndex((e) => e.tag === '0004_procedures_en_bezwaren');
    expect(tot).toBeGreaterThan(0);
    const voor = journal.entries.slice(0, tot);
    for (const e of voor) fs.copyFileSync(path.join(MIGRATIONS_DIR, `${e.tag}.sql`), path.join(oud, `${e.tag}.sql`));
    fs.writeFileSync(path.join(oud, 'meta/_journal.json'), JSON.stringify({ ...journal, entries: voor }));

    const db = openSqlite(path.join(dir, 'db.sqlite'));
    try {
      applyMigrations(db, oud);
      db.exec(`INSERT INTO provincie (code, naam) VALUES ('P', 'P');
        INSERT INTO referentieregio (code, naam, provincie_code) VALUES ('R', 'R', 'P');
        INSERT INTO werk_zorg_regio (code, naam, referentieregio_code) VALUES ('W', 'W', 'R');
        INSERT INTO organisatie_type (code, naam) VALUES ('T', 'T');
        INSERT INTO organisatie (naam, kbo, type_code, straat, postcode, gemeente, regio_code, aangemaakt_op, gewijzigd_op)
          VALUES ('vzw X', '0417.497.106', 'T', 'Straat 1', '9000', 'Gent', 'W', '2026-01-01', '2026-01-01');
        INSERT INTO bezwaar (beslissing_id, organisatie_id, ontvangen_op, kanaal, samenvatting, termijn_einde, tijdig, status, behandelaar, aangemaakt_op)
          VALUES (7, 1, '2026-03-01', 'post', 'a', '2026-03-10', 1, 'ingediend', 'An', '2026-03-01'),
                 (8, 1, '2026-03-20', 'post', 'b', '2026-03-10', 0, 'ingediend', 'An', '2026-03-20');`);
      const r = applyMigrations(db);
      expect(r.applied).toContain(String(tot));
      expect(db.prepare('SELECT id, beslissing_id AS b, termijn_einde AS t, tijdig, tijdigheid, uw_kenmerk AS k FROM bezwaar ORDER BY id').all()).toEqual([
        { id: 1, b: 7, t: '2026-03-10', tijdig: 1, tijdigheid: 'tijdig', k: null },
        { id: 2, b: 8, t: '2026-03-10', tijdig: 0, tijdigheid: 'laattijdig', k: null },
      ]);
      // 'An' was no staff member: migration 0006 kept the name as an inactive staff record.
      db.prepare("INSERT INTO bezwaar (beslissing_id, organisatie_id, ontvangen_op, kanaal, samenvatting, tijdig, status, behandelaar_id, aangemaakt_op) VALUES (9, 1, '2026-04-01', 'post', 'c', 0, 'ingediend', (SELECT id FROM medewerker WHERE naam = 'An' AND actief = 0), '2026-04-01')").run();
      expect(db.prepare('SELECT termijn_einde AS t, tijdigheid FROM bezwaar WHERE id = 3').get()).toEqual({ t: null, tijdigheid: 'onbepaald' });
      expect(db.prepare("SELECT count(*) AS n FROM pragma_table_info('procedure') WHERE name = 'feiten'").get()).toEqual({ n: 1 });
      expect(db.prepare("SELECT count(*) AS n FROM pragma_table_info('hoorzitting') WHERE name = 'verslag_document_id'").get()).toEqual({ n: 1 });
    } finally {
      db.close();
    }
  });
});
