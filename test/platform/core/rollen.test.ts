/**
 * Roles are data (issue 11): a beheerder gives a staff member their roles, matched to the identity they sign in
 * with (subject); nobody chooses their own role; a person holds several roles; four eyes compares persons.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aanmeldenMetIdentiteit, callerVoor, desktopAanmelding, zorgVoorEersteBeheerder } from '../../../electron/core/app';
import type { Caller } from '../../../electron/core/platform/context';
import { createTestApp, type TestApp } from '../../helpers/app';

let t: TestApp;
beforeEach(() => (t = createTestApp({ bereikbareMedewerkers: true })));
afterEach(() => t.close());

const basis = { functie: 'Dossierbeheerder', departement: 'ZORG' as const, dienst: 'Afdeling Werk en Zorg', email: 'x@vlaanderen.be', telefoon: '02 553 00 00', magOndertekenen: false, actief: true };

function aangemeld(subject: string, naam: string): Caller {
  const a = aanmeldenMetIdentiteit(t.ctx.sqlite, { subject, naam });
  if (!a.ok) throw new Error(a.reden);
  return a.caller;
}

describe('roles are data', () => {
  it('a first sign-in creates a staff record without roles: only sessie.get answers, with a Dutch message for the rest', async () => {
    const c = aangemeld('sub-els', 'Els Claes');
    expect(c.rollen).toEqual([]);
    const s = await t.router('sessie.get', {}, c);
    expect(s).toMatchObject({ ok: true, value: { gebruiker: 'Els Claes', rollen: [] } });
    const lijst = await t.router('organisatie.list', {}, c);
    expect(lijst).toMatchObject({ ok: false, error: { code: 'VERBODEN', message: expect.stringMatching(/nog geen rol.*beheerder/) } });
    const m = (await t.call('medewerker.list', {}, 'beheerder')).find((x) => x.subject === 'sub-els')!;
    expect(m).toMatchObject({ naam: 'Els Claes', rollen: [], actief: true });
    const audit = t.ctx.sqlite.prepare("SELECT reden FROM audit_entry WHERE entiteit = 'medewerker' AND entiteit_id = ?").pluck().all(String(m.id));
    expect(audit).toEqual(['Eerste aanmelding: zonder rollen tot een beheerder ze toekent']);
  });

  it('a beheerder gives roles (audited); the next call of that person has them', async () => {
    const c = aangemeld('sub-els', 'Els Claes');
    const m = (await t.call('medewerker.list', {}, 'beheerder')).find((x) => x.subject === 'sub-els')!;
    const na = await t.call('medewerker.save', { ...m, ...basis, rollen: ['lezer', 'zorg-dossierbeheerder'] }, 'beheerder');
    expect(na.rollen).toEqual(['zorg-dossierbeheerder', 'lezer']);
    const entry = t.ctx.sqlite.prepare("SELECT oud, nieuw FROM audit_entry WHERE entiteit = 'medewerker' AND entiteit_id = ? AND actie = 'gewijzigd'").get(String(m.id)) as { oud: string; nieuw: string };
    expect(JSON.parse(entry.oud).rollen).toEqual([]);
    expect(JSON.parse(entry.nieuw).rollen).toEqual(['zorg-dossierbeheerder', 'lezer']);
    const opnieuw = callerVoor(t.ctx.sqlite, c.medewerkerId!, c.gebruiker);
    expect(await t.router('organisatie.list', {}, opnieuw)).toMatchObject({ ok: true });
    // The role a call acts in is the first held role the method allows (recorded in the audit trail).
    expect(await t.router('sessie.get', {}, opnieuw)).toMatchObject({ ok: true, value: { rol: 'zorg-dossierbeheerder', rollen: ['zorg-dossierbeheerder', 'lezer'] } });
  });

  it('nobody changes their own roles, not even a beheerder; another beheerder can', async () => {
    const beheerder = t.caller('beheerder');
    const ik = (await t.call('medewerker.list', {}, 'beheerder')).find((x) => x.id === beheerder.medewerkerId)!;
    const env = await t.router('medewerker.save', { ...ik, ...basis, rollen: ['beheerder', 'ondertekenaar'] }, beheerder);
    expect(env).toMatchObject({ ok: false, error: { code: 'VERBODEN', message: 'Je kan je eigen rollen niet wijzigen: een andere beheerder doet dat.' } });
    expect((await t.call('medewerker.list', {}, 'beheerder')).find((x) => x.id === ik.id)!.rollen).toEqual(ik.rollen);
    // Other fields of their own record they may change.
    expect(await t.router('medewerker.save', { ...ik, telefoon: '02 553 11 11' }, beheerder)).toMatchObject({ ok: true });
    // A non-beheerder cannot give roles at all.
    expect(await t.fail('medewerker.save', { ...ik, ...basis, rollen: ['beheerder'] }, 'zorg-dossierbeheerder')).toMatchObject({ code: 'VERBODEN' });
  });

  it('the same display name at another identity is another person, with none of the first one\'s roles', async () => {
    const eerste = aangemeld('sub-1', 'Jan Peeters');
    const m = (await t.call('medewerker.list', {}, 'beheerder')).find((x) => x.id === eerste.medewerkerId)!;
    await t.call('medewerker.save', { ...m, ...basis, naam: 'Jan Peeters', rollen: ['ondertekenaar'] }, 'beheerder');
    const tweede = aangemeld('sub-2', 'Jan Peeters');
    expect(tweede.medewerkerId).not.toBe(eerste.medewerkerId);
    expect(tweede.rollen).toEqual([]);
    expect(tweede.gebruiker).toBe('Jan Peeters (sub-2)');
  });

  it('a deactivated staff member cannot sign in', async () => {
    const c = aangemeld('sub-weg', 'Wim Weg');
    const m = (await t.call('medewerker.list', {}, 'beheerder')).find((x) => x.id === c.medewerkerId)!;
    await t.call('medewerker.save', { ...m, ...basis, naam: 'Wim Weg', actief: false }, 'beheerder');
    expect(aanmeldenMetIdentiteit(t.ctx.sqlite, { subject: 'sub-weg', naam: 'Wim Weg' })).toEqual({ ok: false, reden: expect.stringMatching(/niet meer actief/) });
  });
});

describe('bootstrap', () => {
  it('the beheerder named in the configuration becomes beheerder only while there is no active beheerder', () => {
    const db = t.ctx.sqlite;
    // The test staff are declared, not data: there is no beheerder in medewerker_rol yet.
    zorgVoorEersteBeheerder(db, { subject: 'sub-admin', naam: 'Ann Admin' });
    const admin = aangemeld('sub-admin', 'Ann Admin');
    expect(admin.rollen).toEqual(['beheerder']);
    zorgVoorEersteBeheerder(db, { subject: 'sub-ander', naam: 'Bert Ander' });
    expect(db.prepare("SELECT count(*) FROM medewerker WHERE subject = 'sub-ander'").pluck().get()).toBe(0);
  });

  it('a desktop store: the OS account signs in; an old record by name is linked once; the first user becomes beheerder', () => {
    const db = t.ctx.sqlite;
    db.prepare("INSERT INTO medewerker (naam, functie, departement) VALUES ('An Peeters', 'Dossierbeheerder', 'ZORG')").run();
    const oud = db.prepare("SELECT id FROM medewerker WHERE naam = 'An Peeters'").pluck().get();
    const a = desktopAanmelding(db, 'apeeters', ['An Peeters']);
    expect(a).toMatchObject({ ok: true, caller: { medewerkerId: oud, gebruiker: 'An Peeters', rollen: ['zorg-dossierbeheerder', 'beheerder'] } });
    expect(db.prepare('SELECT subject FROM medewerker WHERE id = ?').pluck().get(oud)).toBe('os:apeeters');
    // Another account on the same store is another person, without roles.
    const b = desktopAanmelding(db, 'bvermeulen', []);
    expect(b).toMatchObject({ ok: true, caller: { gebruiker: 'bvermeulen', rollen: [] } });
  });
});
