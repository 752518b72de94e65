import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, organisatieInput, type TestApp } from '../../helpers/app';

let t: TestApp;
beforeEach(() => (t = createTestApp()));
afterEach(() => t.close());

describe('organisatie.create', () => {
  it('stores the organisation with formatted KBO, compact IBAN, region hierarchy and contact persons', async () => {
    const o = await t.call('organisatie.create', organisatieInput({ kbo: '0417497106' }));
    expect(o).toMatchObject({
      naam: 'vzw De Brug',
      kbo: '0417.497.106',
      iban: 'BE68539007547034',
      regioNaam: 'Regio Gent',
      referentieregioCode: 'GENT',
      provincieNaam: 'Oost-Vlaanderen',
      typeNaam: 'Centrum voor algemeen welzijnswerk',
      status: 'actief',
      versie: 1,
    });
    expect(o.contactpersonen).toHaveLength(1);
    expect(o.aangemaaktOp).toBe('2026-11-22T09:00:00.000Z');
  });

  it('writes one audit entry in the same transaction, with who, role, method and new values', async () => {
    const o = await t.call('organisatie.create', organisatieInput());
    const audit = await t.call('audit.list', { entiteit: 'organisatie', entiteitId: o.id });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      gebruiker: 'Test zorg-dossierbeheerder',
      rol: 'zorg-dossierbeheerder',
      methode: 'organisatie.create',
      actie: 'aangemaakt',
      oud: null,
    });
    expect(audit[0].nieuw).toMatchObject({ kbo: '0417.497.106', naam: 'vzw De Brug' });
  });

  it('invalid KBO → VALIDATIE naming the field, and nothing written (no row, no audit entry)', async () => {
    const auditBefore = t.count('audit_entry');
    const fout = await t.fail('organisatie.create', organisatieInput({ kbo: '0417.497.107' }));
    expect(fout.code).toBe('VALIDATIE');
    expect(fout.details).toEqual([{ veld: 'kbo', melding: expect.stringMatching(/controlegetal/) }]);
    expect(fout.message).toMatch(/^kbo: Dit ondernemingsnummer klopt niet/);
    expect(t.count('organisatie')).toBe(0);
    expect(t.count('contactpersoon')).toBe(0);
    expect(t.count('audit_entry')).toBe(auditBefore);
  });

  it('several invalid fields are all listed with their paths in Dutch', async () => {
    const fout = await t.fail('organisatie.create', organisatieInput({ naam: '', postcode: '90', iban: 'BE00 1234', contactpersonen: [{ naam: '', email: 'x' }] }));
    expect(fout.code).toBe('VALIDATIE');
    const velden = fout.details!.map((d) => d.veld).sort();
    expect(velden).toEqual(['contactpersonen.0.email', 'contactpersonen.0.naam', 'iban', 'naam', 'postcode']);
    expect(fout.details!.find((d) => d.veld === 'postcode')!.melding).toBe('Een Belgische postcode telt 4 cijfers.');
  });

  it('unknown organisation type or region → VALIDATIE on that field, nothing written', async () => {
    const fout = await t.fail('organisatie.create', organisatieInput({ regioCode: 'ATLANTIS' }));
    expect(fout).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'regioCode' }] });
    expect(t.count('organisatie')).toBe(0);
  });

  it('a werk- en zorgregio of another province than the postcode (9000 with Regio Antwerpen) is refused on the region, naming both', async () => {
    const fout = await t.fail('organisatie.create', organisatieInput({ postcode: '9000', gemeente: 'Gent', regioCode: 'ANTWERPEN' }));
    expect(fout).toMatchObject({
      code: 'VALIDATIE',
      details: [{ veld: 'regioCode', melding: 'Postcode 9000 ligt in de provincie Oost-Vlaanderen, Regio Antwerpen in Antwerpen. Controleer de postcode of kies een regio in Oost-Vlaanderen.' }],
    });
    expect(t.count('organisatie')).toBe(0);
    expect(await t.call('organisatie.create', organisatieInput({ postcode: '2000', gemeente: 'Antwerpen', regioCode: 'ANTWERPEN' }))).toMatchObject({ provincieCode: 'ANT' });
  });

  it('duplicate KBO → CONFLICT, also when typed differently', async () => {
    await t.call('organisatie.create', organisatieInput());
    const fout = await t.fail('organisatie.create', organisatieInput({ naam: 'Andere vzw', kbo: '0417 497 106' }));
    expect(fout.code).toBe('CONFLICT');
    expect(fout.message).toMatch(/0417\.497\.106.*vzw De Brug/);
    expect(t.count('organisatie')).toBe(1);
  });

  it('role lezer may not create (VERBODEN), may read', async () => {
    const fout = await t.fail('organisatie.create', organisatieInput(), 'lezer');
    expect(fout.code).toBe('VERBODEN');
    expect(await t.call('organisatie.list', {}, 'lezer')).toEqual([]);
  });
});

describe('organisatie.update', () => {
  it('records old → new of the changed fields only, with the reason, and bumps the version', async () => {
    const o = await t.call('organisatie.create', organisatieInput());
    const u = await t.call('organisatie.update', {
      ...organisatieInput({ gemeente: 'Gentbrugge', postcode: '9050' }),
      id: o.id, versie: o.versie, status: 'actief', reden: 'Verhuis',
    });
    expect(u.versie).toBe(2);
    const [last] = await t.call('audit.list', { entiteit: 'organisatie', entiteitId: o.id });
    expect(last).toMatchObject({ actie: 'gewijzigd', reden: 'Verhuis', oud: { gemeente: 'Gent', postcode: '9000' }, nieuw: { gemeente: 'Gentbrugge', postcode: '9050' } });
  });

  it('a stale version → CONFLICT and nothing changes', async () => {
    const o = await t.call('organisatie.create', organisatieInput());
    await t.call('organisatie.update', { ...organisatieInput({ naam: 'Nieuw' }), id: o.id, versie: 1, status: 'actief' });
    const fout = await t.fail('organisatie.update', { ...organisatieInput({ naam: 'Ouder' }), id: o.id, versie: 1, status: 'actief' });
    expect(fout.code).toBe('CONFLICT');
    expect((await t.call('organisatie.get', { id: o.id })).naam).toBe('Nieuw');
  });

  it('ceasing needs a date; unknown id → NIET_GEVONDEN', async () => {
    const o = await t.call('organisatie.create', organisatieInput());
    const fout = await t.fail('organisatie.update', { ...organisatieInput(), id: o.id, versie: 1, status: 'stopgezet' });
    expect(fout).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'stopgezetOp' }] });
    expect((await t.fail('organisatie.get', { id: 999 })).code).toBe('NIET_GEVONDEN');
    const stop = await t.call('organisatie.update', { ...organisatieInput(), id: o.id, versie: 1, status: 'stopgezet', stopgezetOp: '2026-11-30' });
    expect(stop).toMatchObject({ status: 'stopgezet', stopgezetOp: '2026-11-30' });
  });
});

describe('organisatie.list', () => {
  it('searches by name, municipality and KBO with or without dots', async () => {
    await t.call('organisatie.create', organisatieInput());
    await t.call('organisatie.create', organisatieInput({ naam: 'OCMW Brugge', kbo: '0212.345.671'.replace(/.{2}$/, String(97 - (2123456 % 97)).padStart(2, '0')), gemeente: 'Brugge', postcode: '8000', regioCode: 'BRUGGE', typeCode: 'OCMW' }));
    expect((await t.call('organisatie.list', { zoek: 'brug' })).map((r) => r.naam)).toEqual(['OCMW Brugge', 'vzw De Brug']);
    expect((await t.call('organisatie.list', { zoek: '0417497' })).map((r) => r.naam)).toEqual(['vzw De Brug']);
    expect((await t.call('organisatie.list', { zoek: '0417.497' })).map((r) => r.naam)).toEqual(['vzw De Brug']);
    expect((await t.call('organisatie.list', { zoek: '100%_' }))).toEqual([]);
  });
});
