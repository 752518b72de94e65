/**
 * Revocation (opheffing) of an AMA WVG recognition through the hearing procedure — BVR 18 November
 * 2022, art. 49 §4; periods RULES.md [assumed]: response 30 days from notification, decision 60 days
 * after the response or hearing, objection 30 days, decision on the objection 60 days; deadline
 * counting RULES.md (registered mail deemed received on the 3rd working day; last day moved off a
 * weekend/holiday). Dates below were checked with `date -d`.
 *
 * The clock moves through the autumn of 2026 (the letters' dates are "today"), ending before the
 * pinned test date 22/11/2026 where possible.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, organisatieInput, type TestApp } from '../../helpers/app';
import { inszFor } from '../../../shared/kernel/insz';
import { documentTekst } from '../../helpers/pdf';


let t: TestApp;
let nu: Date;
const opDag = (iso: string) => {
  nu = new Date(`${iso}T08:00:00Z`);
};
let orgId: number;
let erkenningId: number;

const tekst = { feiten: 'Aanvraag volledig ontvangen en nagekeken.', rechtsgronden: 'Alle voorwaarden van art. 46 zijn vervuld.' };
const GRONDEN = 'De organisatie heeft geen verzekering burgerlijke aansprakelijkheid meer voor de deelnemers (BVR art. 46, 3°).';
const FEITEN = 'Bij controle op 15/09/2026 bleek de polis bij Verzekeraar NV sinds 01/07/2026 opgezegd.';

/** A recognition through the application flow: valid 01/06/2026 – 31/05/2031. */
async function erken(): Promise<number> {
  opDag('2026-06-01');
  const a = await t.call('aanvraag.registreer', {
    organisatieId: orgId, soort: 'erkenning-ama-wvg', ontvangenOp: '2026-05-15', kanaal: 'e-loket', verzekeringVerklaard: true,
    personeel: [{ naam: 'Sofie Maes', insz: inszFor('1985-07-30', 33), bachelorRichting: 'sociaal' }],
  });
  const o = await t.call('aanvraag.ontvankelijkheid', { id: a.id, ontvankelijk: true, datum: '2026-05-20', ...tekst });
  await t.call('beslissing.goedkeuren', { id: o.id }, 'ondertekenaar');
  const g = await t.call('aanvraag.gegrondheid', { id: a.id, toegekend: true, datum: '2026-06-01', ...tekst });
  await t.call('beslissing.goedkeuren', { id: g.id }, 'ondertekenaar');
  return (await t.call('erkenning.list', { organisatieId: orgId }))[0].id;
}

/** Voornemen on Thursday 01/10/2026. */
async function voornemen() {
  opDag('2026-10-01');
  return t.call('procedure.start', { soort: 'opheffing-erkenning', rechtId: erkenningId, gronden: GRONDEN, feiten: FEITEN, uwKenmerk: 'DB/2026/17' });
}

async function verstuur(documentId: number, dag: string, kanaal: 'aangetekend' | 'e-loket' = 'aangetekend') {
  opDag(dag);
  return t.call('verzending.registreer', { documentId, kanaal, verzondenOp: dag });
}

beforeEach(async () => {
  opDag('2026-05-15');
  t = createTestApp({ bereikbareMedewerkers: true, now: () => nu });
  orgId = (await t.call('organisatie.create', organisatieInput())).id;
  erkenningId = await erken();
});
afterEach(() => t.close());

describe('revocation of a recognition (BVR art. 49 §4)', () => {
  it('the voornemen and the invitation to the hearing are previewed before they are issued; a preview writes nothing', async () => {
    opDag('2026-10-01');
    const voor = { documenten: t.count('document'), procedures: t.count('procedure'), audit: t.count('audit_entry') };
    const v = await t.call('procedure.voorbeeldStart', { soort: 'opheffing-erkenning', rechtId: erkenningId, gronden: GRONDEN, feiten: FEITEN });
    expect(v.onderwerp).toMatch(/opheffing/i);
    expect(Buffer.from(v.pdfBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect({ documenten: t.count('document'), procedures: t.count('procedure'), audit: t.count('audit_entry') }).toEqual(voor);
    const p = await voornemen();
    await verstuur(p.voornemenDocumentId!, '2026-10-02');
    opDag('2026-10-14');
    await t.call('procedure.registreerReactie', { id: p.id, ontvangenOp: '2026-10-14', samenvatting: 'Vraagt om gehoord te worden.', hoorzittingGevraagd: true });
    const n = t.count('document');
    const u = await t.call('procedure.voorbeeldHoorzitting', { id: p.id, datum: '2026-10-27', uur: '10:00', plaats: 'Koning Albert II-laan 35, 1030 Brussel' });
    expect(u.onderwerp).toMatch(/^Uitnodiging voor een hoorzitting/);
    expect(t.count('document')).toBe(n);
    expect(await t.fail('procedure.voorbeeldHoorzitting', { id: p.id, datum: '2026-10-14', uur: '10:00', plaats: 'Brussel' })).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'datum' }] });
  });

  it('the response period starts from the deemed receipt of the registered voornemen letter, not before it was sent', async () => {
    const p = await voornemen();
    expect(p).toMatchObject({ status: 'voornemen', kennisgevingsdatum: null, reactieTermijnDagen: 30, departement: 'ZORG' });
    expect(p.termijnen.find((x) => x.soort === 'reactietermijn')).toMatchObject({ vervaldatum: null, stand: 'loopt-nog-niet', parameter: 'AMA_WVG_OPHEFFING_REACTIETERMIJN' });
    expect(p.termijnen.find((x) => x.soort === 'reactietermijn')!.afleiding[0]).toMatch(/niet geregistreerd.*loopt nog niet/);
    expect(p.toegestaneActies).toEqual(['kennisgeving', 'afsluiten']);

    // posted (registered) on Friday 02/10/2026 → deemed received Wednesday 07/10/2026 (3rd working day)
    // → + 30 days = Friday 06/11/2026
    await verstuur(p.voornemenDocumentId!, '2026-10-02');
    const q = await t.call('procedure.get', { id: p.id });
    expect(q).toMatchObject({ status: 'reactietermijn', kennisgevingsdatum: '2026-10-07' });
    const r = q.termijnen.find((x) => x.soort === 'reactietermijn')!;
    expect(r).toMatchObject({ vervaldatum: '2026-11-06', stand: 'loopt' });
    expect(r.afleiding).toEqual(expect.arrayContaining(['werkdag 3: 07/10/2026 (woensdag)', 'start 07/10/2026 + 30 kalenderdagen = 06/11/2026', 'vervaldatum 06/11/2026 (vrijdag)']));
    // without a response the decision period (60 days) runs from the end of the response period: 05/01/2027
    expect(q.termijnen.find((x) => x.soort === 'beslissingstermijn')).toMatchObject({ vervaldatum: '2027-01-05', parameter: 'AMA_WVG_OPHEFFING_BESLISSINGSTERMIJN' });

    // on the last day of the period no decision yet; the day after it can be proposed
    opDag('2026-11-06');
    expect(await t.fail('procedure.stelBeslissingVoor', { id: p.id, datum: '2026-11-06', einddatum: '2026-11-30', feiten: 'Geen reactie ontvangen.', rechtsgronden: 'Art. 46, 3° is niet nageleefd.' })).toMatchObject({
      code: 'CONFLICT', message: expect.stringMatching(/reactietermijn loopt nog tot en met 06\/11\/2026/),
    });
    opDag('2026-11-09');
    const b = await t.call('procedure.stelBeslissingVoor', { id: p.id, datum: '2026-11-09', einddatum: '2026-11-30', feiten: 'Geen reactie ontvangen.', rechtsgronden: 'Art. 46, 3° is niet nageleefd.' });
    expect(b).toMatchObject({ type: 'opheffing', status: 'ontwerp', rechtEntiteit: 'erkenning', rechtId: erkenningId, einddatum: '2026-11-30', eindeReden: 'opgeheven', bezwaarTermijnDagen: 30 });
    // the notification was recorded on the timeline by the first write after the sending
    const tijdlijn = (await t.call('procedure.get', { id: p.id })).tijdlijn;
    expect(tijdlijn.find((g) => g.soort === 'kennisgeving')).toMatchObject({ datum: '2026-10-07', omschrijving: expect.stringMatching(/loopt tot en met 06\/11\/2026/) });
  });

  it('full revocation with a hearing: response asking to be heard, invitation, minutes, decision approved (four eyes), written back to the recognition', async () => {
    const p = await voornemen();
    await verstuur(p.voornemenDocumentId!, '2026-10-02');

    opDag('2026-10-15');
    const r = await t.call('procedure.registreerReactie', { id: p.id, ontvangenOp: '2026-10-14', samenvatting: 'De organisatie betwist de opzegging en belooft een nieuwe polis.', hoorzittingGevraagd: true });
    expect(r).toMatchObject({ status: 'reactietermijn', hoorzittingGevraagd: true, reactie: { ontvangenOp: '2026-10-14' } });
    // asked to be heard: no decision before the hearing
    expect(await t.fail('procedure.stelBeslissingVoor', { id: p.id, datum: '2026-10-15', einddatum: '2026-11-30', feiten: 'Reactie ontvangen.', rechtsgronden: 'Art. 46, 3°.' })).toMatchObject({
      code: 'CONFLICT', message: expect.stringMatching(/gehoord te worden/),
    });
    expect(await t.fail('procedure.planHoorzitting', { id: p.id, datum: '2026-10-15', uur: '10:00', plaats: 'Brussel' })).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'datum' }] });
    // Not on a weekend or a legal holiday (Sunday 25/10/2026; Wednesday 11/11/2026, Wapenstilstand); nothing written.
    const brievenVoor = t.count('document');
    expect(await t.fail('procedure.planHoorzitting', { id: p.id, datum: '2026-10-25', uur: '10:00', plaats: 'Brussel' })).toMatchObject({
      code: 'VALIDATIE', details: [{ veld: 'datum' }], message: expect.stringMatching(/^De hoorzitting valt op zondag 25\/10\/2026, geen werkdag/),
    });
    expect(await t.fail('procedure.planHoorzitting', { id: p.id, datum: '2026-11-11', uur: '10:00', plaats: 'Brussel' })).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'datum' }] });
    expect(t.count('document')).toBe(brievenVoor);

    const eerst = await t.call('procedure.planHoorzitting', { id: p.id, datum: '2026-10-26', uur: '14:00', plaats: 'Brussel' });
    expect(eerst).toMatchObject({ status: 'hoorzitting', hoorzittingen: [{ datum: '2026-10-26' }] });
    // moved: the same hearing gets a new date and a new invitation
    const h = await t.call('procedure.planHoorzitting', { id: p.id, datum: '2026-10-27', uur: '10:00', plaats: 'Koning Albert II-laan 35, 1030 Brussel, lokaal 4.12', aanwezigen: 'Test zorg-dossierbeheerder en Test ondertekenaar' });
    expect(h.status).toBe('hoorzitting');
    expect(h.hoorzittingen).toEqual([expect.objectContaining({ datum: '2026-10-27', uur: '10:00', gehouden: false, uitnodigingDocumentId: expect.any(Number) })]);
    expect(h.termijnen.find((x) => x.soort === 'hoorzitting')).toMatchObject({ vervaldatum: '2026-10-27', stand: 'loopt' });
    const uitnodiging = await documentTekst(t, h.hoorzittingen[0].uitnodigingDocumentId!);
    expect(uitnodiging).toContain('Datum: dinsdag 27/10/2026');
    expect(uitnodiging).toContain('Uur: 10:00 uur');
    expect(uitnodiging).toContain('Koning Albert II-laan 35, 1030 Brussel, lokaal 4.12');
    expect(uitnodiging).toMatch(/U mag zich laten bijstaan door een raadsman van uw keuze/);
    expect(uitnodiging).toContain('Op 14/10/2026 vroeg u om gehoord te worden.');
    expect(uitnodiging).toMatch(/een uitnodiging en geen beslissing/);
    expect(uitnodiging).toContain('Deze uitnodiging vervangt onze vorige uitnodiging: de hoorzitting is verplaatst.');

    opDag('2026-10-28');
    const v = await t.call('procedure.verslagHoorzitting', {
      id: p.id, aanwezigen: 'An Peeters (directeur), mr. Jan Claes (advocaat); voor het departement: Test zorg-dossierbeheerder',
      verslag: 'De organisatie erkent dat de polis opgezegd werd, maar legt geen nieuwe polis voor.', verslagBrief: true,
    });
    expect(v.status).toBe('te-beslissen');
    expect(v.hoorzittingen[0]).toMatchObject({ gehouden: true, verslagDocumentId: expect.any(Number) });
    // decision within 60 days after the hearing of 27/10/2026: 26/12/2026 is a Saturday → Monday 28/12/2026
    expect(v.termijnen.find((x) => x.soort === 'beslissingstermijn')).toMatchObject({ vervaldatum: '2026-12-28', stand: 'loopt' });

    opDag('2026-11-10');
    const draft = await t.call('procedure.stelBeslissingVoor', {
      id: p.id, datum: '2026-11-10', einddatum: '2026-11-30',
      feiten: 'Op de hoorzitting legde de organisatie geen nieuwe polis voor; tot vandaag ontvingen wij er geen.',
      rechtsgronden: 'Een erkende begeleider moet een verzekering burgerlijke aansprakelijkheid hebben (BVR art. 46, 3°). Die voorwaarde is niet vervuld.',
    });
    expect(draft.feiten).toMatch(/Op 14\/10\/2026 ontvingen wij uw schriftelijke reactie/);
    expect(draft.feiten).toMatch(/Op 27\/10\/2026 hoorden wij u op een hoorzitting/);
    // four eyes: the drafter cannot approve; a dossierbeheerder has no approval right at all
    expect((await t.fail('beslissing.goedkeuren', { id: draft.id }, 'zorg-dossierbeheerder')).code).toBe('VERBODEN');
    expect((await t.call('erkenning.get', { id: erkenningId })).status).toBe('actief');
    const uitgegeven = await t.call('beslissing.goedkeuren', { id: draft.id }, 'ondertekenaar');
    expect(uitgegeven).toMatchObject({ status: 'uitgegeven', goedgekeurdDoor: 'Test ondertekenaar' });

    const e = await t.call('erkenning.get', { id: erkenningId });
    expect(e).toMatchObject({ status: 'opgeheven', geldigTot: '2026-11-30', eindeReden: 'opgeheven' });
    expect(e.historiek.at(-1)).toMatchObject({ status: 'opgeheven', geldigTot: '2026-11-30', beslissingId: draft.id, toelichting: expect.stringMatching(/art\. 49 §4/) });
    expect(e.beslissingen.map((b) => b.type)).toEqual(['erkenning', 'opheffing']);

    const klaar = await t.call('procedure.get', { id: p.id });
    expect(klaar).toMatchObject({ status: 'beslist', beslissing: { id: draft.id, status: 'uitgegeven' } });
    expect(klaar.documenten.map((d) => d.briefType)).toEqual(['voornemen', 'uitnodiging-hoorzitting', 'uitnodiging-hoorzitting', 'verslag-hoorzitting', 'beslissing-opheffing']);
    expect(klaar.tijdlijn.map((g) => g.soort)).toEqual(['voornemen', 'kennisgeving', 'reactie', 'hoorzitting-gepland', 'hoorzitting-verplaatst', 'hoorzitting-verslag', 'ontwerp-beslissing', 'beslissing']);
    expect(klaar.termijnen.every((x) => x.stand === 'afgerond')).toBe(true);
    // every write is audited: procedure, hearing, decision, recognition
    const audit = await t.call('audit.list', { entiteit: 'erkenning', entiteitId: erkenningId });
    expect(audit[0]).toMatchObject({ methode: 'beslissing.goedkeuren', oud: { status: 'actief', geldigTot: '2031-05-31' }, nieuw: { status: 'opgeheven', geldigTot: '2026-11-30' } });
    expect((await t.call('audit.list', { entiteit: 'hoorzitting' })).map((a) => [a.methode, a.actie]).sort()).toEqual([['procedure.planHoorzitting', 'aangemaakt'], ['procedure.planHoorzitting', 'gewijzigd'], ['procedure.verslagHoorzitting', 'gewijzigd']]);
    expect((await t.call('audit.list', { entiteit: 'procedure', entiteitId: p.id })).map((a) => a.methode)).toEqual(
      expect.arrayContaining(['procedure.start', 'procedure.registreerReactie', 'procedure.planHoorzitting', 'procedure.verslagHoorzitting', 'beslissing.goedkeuren']),
    );
  });

  it('the voornemen and the decision letters contain their mandatory parts (pdftotext)', async () => {
    const p = await voornemen();
    const voornemenTekst = await documentTekst(t, p.voornemenDocumentId!);
    expect(voornemenTekst).toContain('Voornemen tot opheffing van uw erkenning als begeleider van arbeidsmatige activiteiten (AMA-WVG-2026-0001)');
    expect(voornemenTekst).toContain('Wij zijn van plan de erkenning van uw organisatie als begeleider van arbeidsmatige activiteiten (AMA-WVG-2026-0001) op te heffen.');
    expect(voornemenTekst).toContain(GRONDEN); // grounds
    expect(voornemenTekst).toContain(FEITEN); // facts
    expect(voornemenTekst).toMatch(/binnen 30 dagen schriftelijk reageren/); // response period
    expect(voornemenTekst).toContain('vanaf de dag na de kennisgeving van deze brief'); // its start
    expect(voornemenTekst).toMatch(/vragen om gehoord te worden/); // right to be heard
    expect(voornemenTekst).toMatch(/raadsman van uw keuze/);
    expect(voornemenTekst).toMatch(/een voornemen en geen beslissing/); // appeal clause: no decision
    expect(voornemenTekst).toContain('artikel 49, §4');
    expect(voornemenTekst).toMatch(/Hebt u vragen over deze brief.*Test zorg-dossierbeheerder.*test\.zorg-dossierbeheerder@vlaanderen\.be/); // contact person (art. II.20)
    expect(voornemenTekst).toContain('DB/2026/17');
    expect(voornemenTekst).toMatch(/Ons kenmerk ZORG\/2026\/\d{6}/);

    await verstuur(p.voornemenDocumentId!, '2026-10-02');
    opDag('2026-11-09');
    const b = await t.call('procedure.stelBeslissingVoor', { id: p.id, datum: '2026-11-09', einddatum: '2026-11-30', feiten: 'Wij ontvingen geen nieuwe polis.', rechtsgronden: 'BVR art. 46, 3° is niet langer vervuld; de erkenning wordt daarom opgeheven (art. 49 §4).' });
    const issued = await t.call('beslissing.goedkeuren', { id: b.id }, 'ondertekenaar');
    const beslissing = await documentTekst(t, issued.documentId!);
    expect(beslissing).toContain('Opheffing van uw erkenning als begeleider van arbeidsmatige activiteiten (AMA-WVG-2026-0001)');
    // the decision sentence with the end date
    expect(beslissing).toMatch(/Beslissing van 09\/11\/2026: De erkenning van uw organisatie als begeleider van arbeidsmatige activiteiten, met erkenningsnummer AMA-WVG-2026-0001, wordt opgeheven\. De erkenning eindigt op maandag 30\/11\/2026/);
    // motivation referencing the voornemen, the (absent) response and the hearing right
    expect(beslissing).toMatch(/Met onze brief van 01\/10\/2026 \(ons kenmerk ZORG\/2026\/\d{6}\) lieten wij u weten/);
    expect(beslissing).toContain('Die brief werd u ter kennis gebracht op 07/10/2026; de reactietermijn van 30 dagen liep tot en met 06/11/2026.');
    expect(beslissing).toContain('Wij ontvingen binnen de reactietermijn geen reactie van u.');
    expect(beslissing).toContain('U vroeg niet om gehoord te worden.');
    expect(beslissing).toContain('Juridische gronden');
    // objection clause (30 days, with whom) and the Raad van State (60 days)
    expect(beslissing).toMatch(/bezwaar indienen bij het Departement Zorg, Afdeling Werk en Zorg binnen 30 dagen na de kennisgeving/);
    expect(beslissing).toMatch(/Raad van State.*binnen 60 dagen/);
    expect(beslissing).toMatch(/Afdelingshoofd/); // signatory
  });

  it('closing without decision: the officer drops the intent with a reason (letter optional); the recognition is unchanged', async () => {
    const p = await voornemen();
    await verstuur(p.voornemenDocumentId!, '2026-10-02');
    opDag('2026-10-20');
    await t.call('procedure.registreerReactie', { id: p.id, ontvangenOp: '2026-10-19', samenvatting: 'Nieuwe polis bij Verzekeraar BV vanaf 01/10/2026 bijgevoegd.', hoorzittingGevraagd: false });
    expect(await t.fail('procedure.sluitZonderBeslissing', { id: p.id, datum: '2026-10-20', reden: 'kort' })).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'reden' }] });
    const s = await t.call('procedure.sluitZonderBeslissing', { id: p.id, datum: '2026-10-20', reden: 'De organisatie legde een geldige nieuwe polis voor; de voorwaarde van art. 46, 3° is opnieuw vervuld.', brief: true });
    expect(s).toMatchObject({ status: 'afgesloten', afgeslotenOp: '2026-10-20', afsluitReden: expect.stringMatching(/nieuwe polis/), beslissing: null, toegestaneActies: [] });
    expect(s.documenten.map((d) => d.briefType)).toEqual(['voornemen', 'afsluiting-procedure']);
    expect(await documentTekst(t, s.documenten[1].id)).toMatch(/Wij zien af van dat voornemen\. De procedure is afgesloten zonder beslissing\..*Uw erkenning AMA-WVG-2026-0001 .* blijft ongewijzigd/);
    expect(s.tijdlijn.at(-1)).toMatchObject({ soort: 'afgesloten', datum: '2026-10-20' });
    expect((await t.call('audit.list', { entiteit: 'procedure', entiteitId: p.id }))[0]).toMatchObject({ methode: 'procedure.sluitZonderBeslissing', nieuw: { status: 'afgesloten' }, reden: expect.stringMatching(/nieuwe polis/) });
    expect(await t.call('erkenning.get', { id: erkenningId })).toMatchObject({ status: 'actief', geldigTot: '2031-05-31' });
    expect((await t.fail('procedure.stelBeslissingVoor', { id: p.id, datum: '2026-10-20', einddatum: '2026-11-30', feiten: 'Iets vastgesteld.', rechtsgronden: 'Artikel 46, 3°.' })).code).toBe('CONFLICT');
    // a closed procedure no longer blocks a new one
    opDag('2026-10-21');
    expect((await t.call('procedure.start', { soort: 'opheffing-erkenning', rechtId: erkenningId, gronden: GRONDEN, feiten: FEITEN })).status).toBe('voornemen');
  });

  it('the end date of a revocation is checked (not retroactive, within the recognition) and invalid input writes nothing', async () => {
    const p = await voornemen();
    await verstuur(p.voornemenDocumentId!, '2026-10-02');
    opDag('2026-11-09');
    const voor = [t.count('beslissing'), t.count('audit_entry'), t.count('gebeurtenis')];
    const basis = { id: p.id, datum: '2026-11-09', feiten: 'Geen reactie ontvangen.', rechtsgronden: 'Art. 46, 3° is niet nageleefd.' };
    expect(await t.fail('procedure.stelBeslissingVoor', basis)).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'einddatum' }] });
    expect(await t.fail('procedure.stelBeslissingVoor', { ...basis, einddatum: '2026-11-08' })).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'einddatum' }], message: expect.stringMatching(/werkt niet terug/) });
    expect(await t.fail('procedure.stelBeslissingVoor', { ...basis, einddatum: '2031-05-31' })).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'einddatum' }] });
    expect(await t.fail('procedure.stelBeslissingVoor', { ...basis, datum: '2026-11-10', einddatum: '2026-11-30' })).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'datum' }] });
    expect(await t.fail('procedure.stelBeslissingVoor', { ...basis, einddatum: '2026-11-31' })).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'einddatum' }] });
    expect([t.count('beslissing'), t.count('audit_entry'), t.count('gebeurtenis')]).toEqual(voor);
    expect((await t.call('procedure.get', { id: p.id })).tijdlijn.map((g) => g.soort)).toEqual(['voornemen']);
    // a draft sent back by the ondertekenaar lapses; the officer can propose again
    const eerste = await t.call('procedure.stelBeslissingVoor', { ...basis, einddatum: '2026-11-30' });
    expect((await t.fail('procedure.stelBeslissingVoor', { ...basis, einddatum: '2026-12-31' })).code).toBe('CONFLICT');
    expect((await t.fail('procedure.sluitZonderBeslissing', { id: p.id, datum: '2026-11-09', reden: 'Toch geen opheffing nodig.' })).message).toMatch(/ontwerp van beslissing/);
    await t.call('beslissing.afwijzen', { id: eerste.id, reden: 'Einddatum te kort na de kennisgeving.' }, 'ondertekenaar');
    const tweede = await t.call('procedure.stelBeslissingVoor', { ...basis, einddatum: '2026-12-31' });
    expect((await t.call('procedure.get', { id: p.id })).beslissing).toMatchObject({ id: tweede.id, status: 'ontwerp', einddatum: '2026-12-31' });
  });

  it('a recognition that is not active cannot be revoked; the WSE officer cannot start a Zorg procedure', async () => {
    const input = { soort: 'opheffing-erkenning', rechtId: erkenningId, gronden: GRONDEN, feiten: FEITEN };
    opDag('2026-10-01');
    expect((await t.fail('procedure.start', input, 'wse-dossierbeheerder')).code).toBe('VERBODEN');
    t.ctx.sqlite.prepare("UPDATE erkenning SET status = 'verlopen' WHERE id = ?").run(erkenningId);
    expect(await t.fail('procedure.start', input)).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'rechtId' }] });
    expect(t.count('procedure')).toBe(0);
  });

  it('procedure.list filters (open, recognition) and the inbox shows the response period end, then the decision deadline', async () => {
    const p = await voornemen();
    await verstuur(p.voornemenDocumentId!, '2026-10-02');
    expect(await t.call('procedure.list', { rechtEntiteit: 'erkenning', rechtId: erkenningId, open: true })).toEqual([
      expect.objectContaining({ id: p.id, status: 'reactietermijn', volgendeTermijn: '2026-11-06', soortLabel: 'Opheffing van een erkenning AMA WVG', organisatieNaam: 'vzw De Brug' }),
    ]);
    expect(await t.call('procedure.list', { status: 'beslist' })).toEqual([]);
    const inbox = async () => (await t.call('inbox.list', {})).filter((i) => i.dossierEntiteit === 'procedure');
    expect(await inbox()).toEqual([expect.objectContaining({ link: `/procedures/${p.id}`, vervaldatum: '2026-11-06', omschrijving: expect.stringMatching(/Reactietermijn loopt/) })]);
    opDag('2026-11-09');
    expect(await inbox()).toEqual([expect.objectContaining({ vervaldatum: '2027-01-05', omschrijving: expect.stringMatching(/verstreken zonder reactie/) })]);
  });
});
