import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/app';

/**
 * The list of Belgian postcodes (issue 15, point 12): loaded by a beheerder from a file that replaces the whole list,
 * checked per row (postcode, place, municipality, a region that exists and lies in the postcode's province, none in
 * Brussels), read per postcode by the organisation form. Expected values follow from the sample files' rows.
 */
let t: TestApp;
beforeAll(() => {
  t = createTestApp();
});
afterAll(() => t.close());

const csv = (tekst: string) => Buffer.from(tekst, 'utf8').toString('base64');

describe('postcodes', () => {
  it('without a list a postcode has no places and the stand is zero', async () => {
    expect(await t.call('postcode.zoek', { postcode: '9000' })).toEqual([]);
    expect(await t.call('postcode.stand', {})).toEqual({ plaatsen: 0, postcodes: 0, metRegio: 0 });
    expect(await t.fail('postcode.zoek', { postcode: '900' })).toMatchObject({ code: 'VALIDATIE', message: expect.stringMatching(/vier cijfers/) });
  });

  it('the sample with mistakes names one field per wrong row; only a beheerder loads the list', async () => {
    const b = await t.call('postcode.voorbeeldbestand', { soort: 'met-fouten' }, 'beheerder');
    const r = await t.call('postcode.importeer', { ...b, modus: 'controleer' }, 'beheerder');
    expect(r.rapport.meldingen.map((m) => [m.rij, m.veld])).toEqual([
      [3, 'postcode'], [4, 'gemeente'], [5, 'werk_en_zorgregio'], [6, 'werk_en_zorgregio'], [7, 'werk_en_zorgregio'], [8, 'plaatsnaam'],
    ]);
    expect(r.rapport).toMatchObject({ aantalRijen: 7, geldigeRijen: 1 });
    expect(r.rapport.meldingen[4].melding).toContain('Brussels Hoofdstedelijk Gewest');
    expect(r.rapport.meldingen[3].melding).toBe('Regio Antwerpen ligt in Antwerpen, postcode 9300 niet. Controleer de postcode of de regio.');
    expect(await t.fail('postcode.importeer', { ...b, modus: 'controleer' }, 'zorg-dossierbeheerder')).toMatchObject({ code: 'VERBODEN' });
    expect((await t.call('postcode.importeer', { ...b, modus: 'alles-of-niets' }, 'beheerder')).uitkomst).toBe('niets-geimporteerd');
    expect(t.count('postcode_plaats')).toBe(0);
  });

  it('the valid sample loads: places per postcode with municipality and region, Brussels without a region; one audit entry', async () => {
    const b = await t.call('postcode.voorbeeldbestand', { soort: 'geldig' }, 'beheerder');
    const audits = t.count('audit_entry');
    const r = await t.call('postcode.importeer', { ...b, modus: 'alles-of-niets' }, 'beheerder');
    expect(r).toMatchObject({ uitkomst: 'geimporteerd', geimporteerd: 9, plaatsen: 9 });
    expect(await t.call('postcode.stand', {})).toEqual({ plaatsen: 9, postcodes: 9, metRegio: 8 });
    expect(await t.call('postcode.zoek', { postcode: '9030' })).toEqual([{ postcode: '9030', plaatsnaam: 'Mariakerke', gemeente: 'Gent', regioCode: 'GENT' }]);
    expect(await t.call('postcode.zoek', { postcode: '1000' })).toEqual([{ postcode: '1000', plaatsnaam: 'Brussel', gemeente: 'Brussel', regioCode: null }]);
    expect(t.count('audit_entry')).toBe(audits + 1);
  });

  it('a new file replaces the whole list; a region may be given by its name; the place named after the municipality comes first', async () => {
    const r = await t.call('postcode.importeer', {
      bestandsnaam: 'gent.csv', modus: 'alles-of-niets',
      inhoudBase64: csv('postcode;plaatsnaam;gemeente;werk_en_zorgregio\r\n9000;Gent;Gent;Regio Gent\r\n9032;Wondelgem;Gent;GENT\r\n9032;Gent;Gent;GENT\r\n'),
    }, 'beheerder');
    expect(r).toMatchObject({ uitkomst: 'geimporteerd', plaatsen: 3 });
    expect(await t.call('postcode.zoek', { postcode: '3000' })).toEqual([]);
    expect((await t.call('postcode.zoek', { postcode: '9032' })).map((p) => p.plaatsnaam)).toEqual(['Gent', 'Wondelgem']);
    expect((await t.call('postcode.zoek', { postcode: '9000' }))[0].regioCode).toBe('GENT');
  });
});
