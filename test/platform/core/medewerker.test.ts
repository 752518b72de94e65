/**
 * Staff are identified by id (issue 8): a rename keeps every reference and every check; four eyes
 * compares persons, never names or roles; a change carries the version it started from.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aanmelden } from '../../../electron/core/app';
import { createTestApp, organisatieInput, type TestApp } from '../../helpers/app';
import { inszFor } from '../../../shared/kernel/insz';

let t: TestApp;
beforeEach(() => (t = createTestApp({ bereikbareMedewerkers: true })));
afterEach(() => t.close());

const tekst = { feiten: 'Aanvraag volledig ontvangen en nagekeken.', rechtsgronden: 'Alle voorwaarden van art. 46 zijn vervuld.' };

async function ontwerp() {
  const org = await t.call('organisatie.create', organisatieInput());
  const a = await t.call('aanvraag.registreer', {
    organisatieId: org.id, soort: 'erkenning-ama-wvg', ontvangenOp: '2026-10-01', kanaal: 'e-loket', verzekeringVerklaard: true,
    personeel: [{ naam: 'Sofie Maes', insz: inszFor('1985-07-30', 33), bachelorRichting: 'sociaal' }],
  });
  return t.call('aanvraag.ontvankelijkheid', { id: a.id, ontvankelijk: true, datum: '2026-11-20', ...tekst });
}

const medewerker = async (naam: string) => (await t.call('medewerker.list', {}, 'beheerder')).find((m) => m.naam === naam)!;

describe('staff identity by id', () => {
  it('a renamed drafter is still the drafter: the draft shows the new name and four eyes still refuses them', async () => {
    const draft = await ontwerp();
    const drafter = await medewerker('Test zorg-dossierbeheerder');
    expect(draft).toMatchObject({ aangemaaktDoorId: drafter.id, aangemaaktDoor: 'Test zorg-dossierbeheerder' });
    await t.call('medewerker.save', { ...drafter, naam: 'Test Dossierbeheerder-Nieuw' }, 'beheerder');
    expect(await t.call('beslissing.get', { id: draft.id })).toMatchObject({ aangemaaktDoorId: drafter.id, aangemaaktDoor: 'Test Dossierbeheerder-Nieuw' });
    // The same person, also holding the signing role, cannot approve their own draft.
    const zelf = { ...t.caller('zorg-dossierbeheerder'), rollen: ['zorg-dossierbeheerder', 'ondertekenaar'] as const };
    expect(await t.router('beslissing.goedkeuren', { id: draft.id }, zelf)).toMatchObject({ ok: false, error: { code: 'VERBODEN', message: expect.stringMatching(/Vier-ogenprincipe/) } });
    // Someone who signs in later under the drafter's former name is another person (another staff record).
    const naamgenoot = aanmelden(t.ctx.sqlite, { gebruiker: 'Test zorg-dossierbeheerder', rol: 'ondertekenaar' });
    expect(naamgenoot.medewerkerId).not.toBe(drafter.id);
    await t.call('medewerker.save', { ...(await medewerker('Test zorg-dossierbeheerder')), email: 'ander@vlaanderen.be', telefoon: '02 553 00 01', magOndertekenen: true }, 'beheerder');
    const uit = await t.router('beslissing.goedkeuren', { id: draft.id }, naamgenoot);
    expect(uit).toMatchObject({ ok: true, value: { status: 'uitgegeven', goedgekeurdDoorId: naamgenoot.medewerkerId } });
    // The timeline names people by their current name.
    const a = await t.call('aanvraag.get', { id: draft.dossierId });
    expect(a.tijdlijn.map((g) => g.door)).toContain('Test Dossierbeheerder-Nieuw');
    expect(a.behandelaar).toBe('Test Dossierbeheerder-Nieuw');
  });

  it('medewerker.save: a change names its version; a stale version is a CONFLICT and changes nothing', async () => {
    const m = await medewerker('Test ondertekenaar');
    expect(await t.fail('medewerker.save', { ...m, versie: undefined, functie: 'Teamleider' }, 'beheerder')).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'versie' }] });
    const na = await t.call('medewerker.save', { ...m, functie: 'Teamleider' }, 'beheerder');
    expect(na).toMatchObject({ functie: 'Teamleider', versie: m.versie + 1 });
    const voor = t.count('audit_entry');
    expect(await t.fail('medewerker.save', { ...m, functie: 'Afdelingshoofd' }, 'beheerder')).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/intussen/) });
    expect(t.count('audit_entry')).toBe(voor);
    expect((await medewerker('Test ondertekenaar')).functie).toBe('Teamleider');
  });

  it('the audit trail records the staff id with the name as it was; sessie.get gives the id', async () => {
    await t.call('organisatie.create', organisatieInput());
    const rij = t.ctx.sqlite.prepare("SELECT medewerker_id AS id, gebruiker FROM audit_entry WHERE methode = 'organisatie.create'").get();
    expect(rij).toEqual({ id: t.caller('zorg-dossierbeheerder').medewerkerId, gebruiker: 'Test zorg-dossierbeheerder' });
    expect(await t.call('sessie.get', {})).toMatchObject({ medewerkerId: t.caller('zorg-dossierbeheerder').medewerkerId });
  });
});
