/**
 * The generic procedure engine on its own: the pure state machine, and the engine driven through
 * the API with a FAKE right kind registered here (it knows nothing about recognitions).
 * Day counts: RULES.md "Deadline counting" [assumed] (calendar days, start day not counted, last
 * day moved to the next working day).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, organisatieInput, type TestApp } from '../../helpers/app';
import { AppError } from '../../../shared/api/errors';
import type { ProcedureSoort, RechtSoort } from '../../../electron/core/engines/procedure/registry';
import { defineModule } from '../../../electron/core/module';
import {
  LEGE_CONTEXT,
  PROCEDURE_ACTIES,
  PROCEDURE_STATUSSEN,
  toegestaneActies,
  TransitieFout,
  volgendeStatus,
  type ProcedureActie,
  type ProcedureStatus,
  type TransitieContext,
} from '../../../electron/core/engines/procedure/statemachine';

// ---------------------------------------------------------------------------------------------
// 1. The pure state machine

const ctx = (o: Partial<TransitieContext> = {}): TransitieContext => ({ ...LEGE_CONTEXT, datum: '2026-11-10', reactietermijnEinde: '2026-11-06', ...o });

describe('state machine (pure): voornemen → reactietermijn → (hoorzitting) → te-beslissen → beslist | afgesloten', () => {
  it('the legal path with a hearing', () => {
    let s: ProcedureStatus = 'voornemen';
    s = volgendeStatus(s, 'kennisgeving', ctx());
    expect(s).toBe('reactietermijn');
    s = volgendeStatus(s, 'reactie', ctx({ hoorzittingGevraagd: true }));
    expect(s).toBe('reactietermijn'); // a hearing is asked: stay until it is planned
    s = volgendeStatus(s, 'hoorzitting-plannen', ctx({ reactieOntvangen: true, hoorzittingGevraagd: true }));
    expect(s).toBe('hoorzitting');
    s = volgendeStatus(s, 'hoorzitting-verslag', ctx({ reactieOntvangen: true, hoorzittingGevraagd: true, hoorzittingGepland: true }));
    expect(s).toBe('te-beslissen');
    s = volgendeStatus(s, 'beslissing-voorstellen', ctx({ reactieOntvangen: true, hoorzittingGevraagd: true, hoorzittingGehouden: true }));
    expect(s).toBe('te-beslissen');
    s = volgendeStatus(s, 'beslissing-uitgegeven', ctx());
    expect(s).toBe('beslist');
  });

  it('a response without asking for a hearing makes the dossier ready for a decision', () => {
    expect(volgendeStatus('reactietermijn', 'reactie', ctx({ hoorzittingGevraagd: false }))).toBe('te-beslissen');
  });

  it('no response: a decision only after the response period (BVR art. 49 §4), with a Dutch reason before', () => {
    expect(() => volgendeStatus('reactietermijn', 'beslissing-voorstellen', ctx({ datum: '2026-11-06' }))).toThrow(
      /De reactietermijn loopt nog tot en met 06\/11\/2026/,
    );
    expect(volgendeStatus('reactietermijn', 'beslissing-voorstellen', ctx({ datum: '2026-11-07' }))).toBe('te-beslissen');
  });

  it('illegal transitions throw TransitieFout with a Dutch message', () => {
    const fout = (s: ProcedureStatus, a: ProcedureActie, c = ctx()) => {
      try {
        volgendeStatus(s, a, c);
      } catch (e) {
        expect(e).toBeInstanceOf(TransitieFout);
        return (e as Error).message;
      }
      throw new Error(`${s} → ${a} was toegelaten`);
    };
    expect(fout('voornemen', 'reactie')).toMatch(/nog niet ter kennis gebracht: registreer eerst de verzending/);
    expect(fout('voornemen', 'beslissing-voorstellen')).toMatch(/reactietermijn loopt pas vanaf de kennisgeving/);
    expect(fout('voornemen', 'beslissing-uitgegeven')).toMatch(/kan men niet de beslissing uitgeven/);
    expect(fout('reactietermijn', 'beslissing-voorstellen', ctx({ datum: '2026-12-01', hoorzittingGevraagd: true }))).toMatch(/vroeg om gehoord te worden/);
    expect(fout('hoorzitting', 'beslissing-voorstellen', ctx({ hoorzittingGepland: true }))).toMatch(/leg eerst het verslag/);
    expect(fout('reactietermijn', 'hoorzitting-verslag')).toMatch(/geen hoorzitting gepland/);
    expect(fout('te-beslissen', 'afsluiten', ctx({ ontwerpBeslissing: true }))).toMatch(/ontwerp van beslissing/);
    expect(fout('te-beslissen', 'reactie', ctx({ reactieOntvangen: true }))).toMatch(/al een reactie/);
    expect(fout('beslist', 'afsluiten')).toMatch(/al beslist/);
    expect(fout('afgesloten', 'reactie')).toMatch(/afgesloten/);
    expect(fout('reactietermijn', 'kennisgeving')).toMatch(/kan men niet de kennisgeving/);
  });

  it('closing without decision is possible from every open status, never from a final one', () => {
    for (const s of PROCEDURE_STATUSSEN) {
      if (s === 'beslist' || s === 'afgesloten') expect(() => volgendeStatus(s, 'afsluiten', ctx())).toThrow(TransitieFout);
      else expect(volgendeStatus(s, 'afsluiten', ctx())).toBe('afgesloten');
    }
  });

  it('every (status, action) pair either gives a known status or a TransitieFout; final statuses allow nothing', () => {
    for (const s of PROCEDURE_STATUSSEN) {
      for (const a of PROCEDURE_ACTIES) {
        try {
          expect(PROCEDURE_STATUSSEN).toContain(volgendeStatus(s, a, ctx({ datum: '2026-12-01' })));
        } catch (e) {
          expect(e).toBeInstanceOf(TransitieFout);
          expect((e as Error).message.length).toBeGreaterThan(20);
        }
      }
    }
    expect(toegestaneActies('beslist', ctx())).toEqual([]);
    expect(toegestaneActies('voornemen', ctx({ reactietermijnEinde: null }))).toEqual(['kennisgeving', 'afsluiten']);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. The engine with a fake right kind (no recognition involved)

const rechten = new Map<number, { organisatieId: number; actief: boolean; einde: string | null }>();

const testrecht: RechtSoort = {
  code: 'testrecht',
  label: 'testrecht',
  departement: 'ZORG',
  bestuursorgaan: 'Departement Zorg',
  bezwaarBij: 'het Departement Zorg',
  artikels: 'artikel 99 (test)',
  parameters: { bezwaartermijn: 'AMA_WVG_BEZWAAR_TERMIJN', bezwaarBeslissingstermijn: 'AMA_WVG_BEZWAAR_BESLISSINGSTERMIJN' },
  organisatieVan: (_call, id) => {
    const r = rechten.get(id);
    if (!r) throw AppError.nietGevonden(`Testrecht ${id}`);
    return r.organisatieId;
  },
  beschrijf: (_call, id) => `testrecht nr. ${id}`,
  isActief: (_call, id) => rechten.get(id)?.actief ?? false,
};

const intrekking: ProcedureSoort = {
  soort: 'intrekking-testrecht',
  recht: 'testrecht',
  label: 'Intrekking van een testrecht',
  beslissingType: 'opheffing',
  parameters: { reactietermijn: 'AMA_WVG_OPHEFFING_REACTIETERMIJN', beslissingstermijn: 'AMA_WVG_OPHEFFING_BESLISSINGSTERMIJN' },
  rechtsbasis: 'Testbesluit, art. 99',
  voornemen: (_call, id) => ({
    onderwerp: `Voornemen tot intrekking van testrecht nr. ${id}`,
    voornemen: `Wij zijn van plan testrecht nr. ${id} in te trekken.`,
    inleiding: ['U hebt een testrecht.'],
    gevolgen: [],
    maatregel: `de intrekking van testrecht nr. ${id}`,
  }),
  bereidBeslissingVoor: (_call, _id, input) => {
    if (!input.einddatum) throw AppError.validatie('einddatum', 'Geef de einddatum van het testrecht.');
    return { einddatum: input.einddatum };
  },
  beslissingTekst: (_call, b) => ({
    briefType: 'beslissing-intrekking-test',
    onderwerp: `Intrekking van testrecht nr. ${b.rechtId}`,
    beslissing: `Testrecht nr. ${b.rechtId} wordt ingetrokken.`,
    gevolgen: [],
  }),
  pasToe: (_call, b, audit) => {
    const r = rechten.get(b.rechtId!)!;
    r.actief = false;
    r.einde = b.einddatum;
    audit({ entiteit: 'testrecht', entiteitId: b.rechtId!, actie: 'gewijzigd', oud: { actief: true }, nieuw: { actief: false, einde: b.einddatum } });
  },
};

/** The fake kinds as the module a dossier kind would contribute. */
const testModule = defineModule({ naam: 'test', handlers: {}, rechtSoorten: [testrecht], procedureSoorten: [intrekking] });

let t: TestApp;
let nu: Date;
const opDag = (iso: string) => {
  nu = new Date(`${iso}T08:00:00Z`);
};
const tekst = { feiten: 'Vastgesteld bij inspectie van 15/09/2026.', rechtsgronden: 'Artikel 99 van het testbesluit is geschonden.' };
let orgId: number;

beforeEach(async () => {
  rechten.clear();
  opDag('2026-10-01');
  t = createTestApp({ bereikbareMedewerkers: true, now: () => nu, extraModules: [testModule] });
  orgId = (await t.call('organisatie.create', organisatieInput())).id;
  rechten.set(1, { organisatieId: orgId, actief: true, einde: null });
});
afterEach(() => t.close());

const start = () => t.call('procedure.start', { soort: 'intrekking-testrecht', rechtId: 1, gronden: 'Voorwaarde X is niet meer vervuld.', feiten: 'Inspectie op 15/09/2026 stelde vast dat X ontbreekt.' });

describe('procedure engine with a fake right kind', () => {
  it('runs the whole procedure and writes the decision back through the kind (effect), every step audited and on the timeline', async () => {
    const p = await start();
    expect(p).toMatchObject({ status: 'voornemen', soort: 'intrekking-testrecht', rechtOmschrijving: 'testrecht nr. 1', kennisgevingsdatum: null, voornemenDatum: '2026-10-01' });
    expect(p.termijnen[0]).toMatchObject({ soort: 'reactietermijn', vervaldatum: null, stand: 'loopt-nog-niet' });
    expect(p.documenten.map((d) => d.briefType)).toEqual(['voornemen']);

    // sent through the e-loket on 01/10: notified that day; +30 = 31/10 (Saturday), 01/11 is Sunday and
    // Allerheiligen → Monday 02/11/2026
    await t.call('verzending.registreer', { documentId: p.voornemenDocumentId!, kanaal: 'e-loket', verzondenOp: '2026-10-01' });
    const verzonden = await t.call('procedure.get', { id: p.id });
    expect(verzonden).toMatchObject({ status: 'reactietermijn', kennisgevingsdatum: '2026-10-01' });
    expect(verzonden.termijnen[0]).toMatchObject({ vervaldatum: '2026-11-02', stand: 'loopt' });

    opDag('2026-11-05');
    const beslissing = await t.call('procedure.stelBeslissingVoor', { id: p.id, datum: '2026-11-05', einddatum: '2026-11-30', ...tekst });
    expect(beslissing).toMatchObject({ type: 'opheffing', status: 'ontwerp', rechtEntiteit: 'testrecht', rechtId: 1, einddatum: '2026-11-30', bezwaarTermijnDagen: 30 });
    expect(beslissing.feiten).toMatch(/Wij ontvingen binnen de reactietermijn geen reactie van u\./);
    await t.call('beslissing.goedkeuren', { id: beslissing.id }, 'ondertekenaar');
    expect(rechten.get(1)).toMatchObject({ actief: false, einde: '2026-11-30' });

    const na = await t.call('procedure.get', { id: p.id });
    expect(na.status).toBe('beslist');
    expect(na.beslissing).toMatchObject({ id: beslissing.id, status: 'uitgegeven' });
    expect(na.toegestaneActies).toEqual([]);
    expect(na.tijdlijn.map((g) => g.soort)).toEqual(['voornemen', 'kennisgeving', 'te-beslissen', 'ontwerp-beslissing', 'beslissing']);
    const audit = await t.call('audit.list', { entiteit: 'procedure', entiteitId: p.id });
    expect(audit.map((a) => a.methode)).toEqual(expect.arrayContaining(['procedure.start', 'procedure.stelBeslissingVoor', 'beslissing.goedkeuren']));
    const testrechtAudit = await t.call('audit.list', { entiteit: 'testrecht' });
    expect(testrechtAudit).toEqual([expect.objectContaining({ methode: 'beslissing.goedkeuren', nieuw: { actief: false, einde: '2026-11-30' } })]);
  });

  it('an unknown kind or right is refused naming the field; an inactive right cannot get a procedure; nothing is written', async () => {
    const voor = [t.count('procedure'), t.count('document'), t.count('audit_entry')];
    expect(await t.fail('procedure.start', { soort: 'bestaat-niet', rechtId: 1, gronden: 'Voorwaarde X is niet meer vervuld.', feiten: 'Inspectie stelde dat vast.' })).toMatchObject({
      code: 'VALIDATIE', details: [{ veld: 'soort' }], message: expect.stringMatching(/Onbekend soort procedure.*intrekking-testrecht/),
    });
    expect(await t.fail('procedure.start', { soort: 'intrekking-testrecht', rechtId: 9, gronden: 'Voorwaarde X is niet meer vervuld.', feiten: 'Inspectie stelde dat vast.' })).toMatchObject({
      code: 'VALIDATIE', details: [{ veld: 'rechtId' }],
    });
    rechten.get(1)!.actief = false;
    expect(await t.fail('procedure.start', { soort: 'intrekking-testrecht', rechtId: 1, gronden: 'Voorwaarde X is niet meer vervuld.', feiten: 'Inspectie stelde dat vast.' })).toMatchObject({
      code: 'VALIDATIE', details: [{ veld: 'rechtId' }], message: expect.stringMatching(/niet van kracht/),
    });
    expect(await t.fail('procedure.start', { soort: 'intrekking-testrecht', rechtId: 1, gronden: 'kort', feiten: 'Inspectie stelde dat vast.' })).toMatchObject({
      code: 'VALIDATIE', details: [{ veld: 'gronden' }],
    });
    expect([t.count('procedure'), t.count('document'), t.count('audit_entry')]).toEqual(voor);
  });

  it('roles: a reader and an officer of the other department (WSE) cannot act on a Zorg right', async () => {
    const input = { soort: 'intrekking-testrecht', rechtId: 1, gronden: 'Voorwaarde X is niet meer vervuld.', feiten: 'Inspectie stelde dat vast.' };
    expect((await t.fail('procedure.start', input, 'lezer')).code).toBe('VERBODEN');
    expect(await t.fail('procedure.start', input, 'wse-dossierbeheerder')).toMatchObject({ code: 'VERBODEN', message: expect.stringMatching(/Departement Zorg/) });
    expect(t.count('procedure')).toBe(0);
    const p = await t.call('procedure.start', input, 'beheerder');
    expect((await t.call('procedure.get', { id: p.id }, 'lezer')).id).toBe(p.id);
  });

  it('one open procedure of a kind per right (CONFLICT); illegal steps answer CONFLICT with the reason and write nothing', async () => {
    const p = await start();
    expect((await t.fail('procedure.start', { soort: 'intrekking-testrecht', rechtId: 1, gronden: 'Voorwaarde X is niet meer vervuld.', feiten: 'Inspectie stelde dat vast.' })).code).toBe('CONFLICT');
    const voor = t.count('audit_entry');
    const f = await t.fail('procedure.registreerReactie', { id: p.id, ontvangenOp: '2026-10-01', samenvatting: 'Wij betwisten dit.', hoorzittingGevraagd: false });
    expect(f).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/registreer eerst de verzending/) });
    expect(t.count('audit_entry')).toBe(voor);
  });

  it('open procedures appear in the deadline inbox with a link to /procedures/<id>', async () => {
    const p = await start();
    const procedures = async () => (await t.call('inbox.list', {})).filter((i) => i.dossierEntiteit === 'procedure');
    expect(await procedures()).toEqual([
      expect.objectContaining({ dossierEntiteit: 'procedure', dossierId: p.id, link: `/procedures/${p.id}`, vervaldatum: null, urgentie: 'geen-termijn', omschrijving: expect.stringMatching(/registreer de verzending/) }),
    ]);
    await t.call('verzending.registreer', { documentId: p.voornemenDocumentId!, kanaal: 'e-loket', verzondenOp: '2026-10-01' });
    expect(await procedures()).toEqual([expect.objectContaining({ dossierId: p.id, vervaldatum: '2026-11-02', urgentie: 'op-schema' })]);
  });
});

describe('minutes of a hearing only from its day on (issue 15 point 8)', () => {
  it('"Verslag hoorzitting" is not offered before the hearing date, and refused with the date; from that day on it is', async () => {
    const { toegestaneActies, volgendeStatus: volgende, LEGE_CONTEXT: leeg } = await import('../../../electron/core/engines/procedure/statemachine');
    const c = { ...leeg, datum: '2026-11-22', reactietermijnEinde: '2026-11-10', hoorzittingGepland: true, hoorzittingDatum: '2026-12-01' };
    expect(toegestaneActies('hoorzitting', c)).not.toContain('hoorzitting-verslag');
    expect(() => volgende('hoorzitting', 'hoorzitting-verslag', c)).toThrow(/hoorzitting van 01\/12\/2026 heeft nog niet plaatsgevonden/);
    expect(toegestaneActies('hoorzitting', { ...c, datum: '2026-12-01' })).toContain('hoorzitting-verslag');
  });
});
