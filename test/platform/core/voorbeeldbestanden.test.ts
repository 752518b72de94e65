import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_NOW, type TestApp } from '../../helpers/app';
import { seedDemo } from '../../../db/seed/demo';
import type { Rol } from '../../../shared/api/roles';
import type { ImportResultaat } from '../../../shared/platform/import.contract';

/**
 * Sample files of every import (issue 15): made from the demo store, the valid sample passes every check of its import
 * and the sample with mistakes gets exactly the messages expected for its rows (one typical mistake per row, worked
 * out by hand from the rules of each import), while the first row stays valid. Making a sample writes nothing.
 * (The agreements' samples are tested in test/ama-wvg/core/overeenkomst-import.test.ts.)
 */
let t: TestApp;
beforeAll(() => {
  t = createTestApp({ bereikbareMedewerkers: true });
  seedDemo(t.ctx.sqlite, { scale: 1, now: TEST_NOW });
});
afterAll(() => t.close());

type Soort = 'overgang' | 'mandaat' | 'traject' | 'contingent' | 'seOvereenkomst';
const ROL: Record<Soort, Rol> = {
  overgang: 'zorg-dossierbeheerder', mandaat: 'zorg-dossierbeheerder', traject: 'zorg-dossierbeheerder',
  contingent: 'wse-dossierbeheerder', seOvereenkomst: 'wse-dossierbeheerder',
};

async function proef(soort: Soort, voorbeeld: 'geldig' | 'met-fouten', modus: 'controleer' | 'alles-of-niets' = 'controleer'): Promise<ImportResultaat> {
  const b = await t.call(`${soort}.voorbeeldbestand` as 'overgang.voorbeeldbestand', { soort: voorbeeld }, ROL[soort]);
  expect(b.bestandsnaam).toMatch(voorbeeld === 'geldig' ? /^voorbeeld-[a-z-]+\.csv$/ : /^voorbeeld-[a-z-]+-met-fouten\.csv$/);
  // What Belgian Excel saves: a byte order mark, `;` and CRLF.
  const bytes = Buffer.from(b.inhoudBase64, 'base64');
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8')).toMatch(/^\ufeff[a-z_]+(;[a-z_]+)+\r\n/);
  return t.call(`${soort}.importeer` as 'overgang.importeer', { bestandsnaam: b.bestandsnaam, inhoudBase64: b.inhoudBase64, modus }, ROL[soort]);
}

const fouten = (r: ImportResultaat) => r.rapport.meldingen.filter((m) => m.ernst === 'fout').map((m) => [m.rij, m.veld]);
const tabellen = ['erkenning', 'samenwerkingsverband', 'mandaat', 'traject', 'deelnemer', 'se_contingent', 'se_deelname', 'audit_entry'];
const tel = () => tabellen.map((x) => t.count(x));

describe('sample files of every import, from the store itself', () => {
  it('each valid sample passes every check of its import; asking for samples writes nothing', async () => {
    const voor = tel();
    for (const [soort, rijen] of [['overgang', 5], ['mandaat', 3], ['traject', 6], ['contingent', 5], ['seOvereenkomst', 5]] as const) {
      const r = await proef(soort, 'geldig');
      expect(fouten(r), soort).toEqual([]);
      expect(r.rapport, soort).toMatchObject({ aantalRijen: rijen, geldigeRijen: rijen, foutieveRijen: 0 });
    }
    expect(tel()).toEqual(voor);
  });

  it('the transition sample with mistakes: wrong check digit, unknown organisation, new-style number, starts after or ends before the transition, end before start, empty number, type not recognisable, number already used', async () => {
    const r = await proef('overgang', 'met-fouten');
    expect(fouten(r)).toEqual([
      [3, 'ondernemingsnummer'], [4, 'ondernemingsnummer'], [5, 'erkenningsnummer'], [6, 'geldig_van'], [7, 'geldig_tot'],
      [8, 'geldig_tot'], [9, 'erkenningsnummer'], [10, 'ondernemingsnummer'], [11, 'erkenningsnummer'],
    ]);
    expect(r.rapport).toMatchObject({ aantalRijen: 10, geldigeRijen: 1 });
  });

  it('the mandate sample with mistakes: unknown region, wrong check digit, unknown partner, end before start, no partner of category 3, no name, a region that already has a mandate', async () => {
    const r = await proef('mandaat', 'met-fouten');
    expect(fouten(r)).toEqual([
      [3, 'werk_en_zorgregio'], [4, 'aanspreekpunt_ondernemingsnummer'], [5, 'partner_ondernemingsnummers'], [6, 'geldig_tot'],
      [7, 'partner_ondernemingsnummers'], [8, 'naam_samenwerkingsverband'], [9, 'geldig_van'],
    ]);
    expect(r.rapport).toMatchObject({ aantalRijen: 8, geldigeRijen: 1 });
  });

  it('the trajectory sample with mistakes: a number twice, wrong check digit, unknown region and status, a future registration, plan before registration, stopped without a date, an impossible date, a known number for another participant', async () => {
    const r = await proef('traject', 'met-fouten');
    expect(fouten(r)).toEqual([
      [3, 'trajectnummer'], [4, 'rijksregisternummer'], [5, 'werk_en_zorgregio'], [6, 'status'], [7, 'datum_aanmelding'],
      [8, 'datum_trajectplan'], [9, 'datum_einde'], [10, 'datum_aanmelding'], [11, 'rijksregisternummer'],
    ]);
    expect(r.rapport).toMatchObject({ aantalRijen: 10, geldigeRijen: 1 });
  });

  it('the contingent sample with mistakes: wrong check digit, unknown organisation, a decimal and a zero number of places, end before start, no decision, no maatwerkbedrijf, a changed contingent', async () => {
    const r = await proef('contingent', 'met-fouten');
    expect(fouten(r)).toEqual([
      [3, 'ondernemingsnummer'], [4, 'ondernemingsnummer'], [5, 'plaatsen'], [6, 'plaatsen'], [7, 'geldig_tot'],
      [8, 'beslissing'], [9, 'ondernemingsnummer'], [10, 'geldig_van'],
    ]);
    expect(r.rapport).toMatchObject({ aantalRijen: 9, geldigeRijen: 1 });
  });

  it('the participation sample with mistakes: the same agreement twice, wrong check digit, no last name, an impossible date, end before start, wrong workplace number, no maatwerkbedrijf', async () => {
    const r = await proef('seOvereenkomst', 'met-fouten');
    expect(fouten(r)).toEqual([
      [3, 'startdatum'], [4, 'rijksregisternummer'], [5, 'achternaam'], [6, 'startdatum'], [7, 'einddatum'],
      [8, 'ondernemingsnummer_werkpost'], [9, 'ondernemingsnummer_maatwerkbedrijf'],
    ]);
    expect(r.rapport).toMatchObject({ aantalRijen: 8, geldigeRijen: 1 });
  });

  it('the valid samples import: new trajectories, participations, mandates and transition recognitions are in the register', async () => {
    const [erk, swv, mandaat, traject, , , deelname] = tel();
    for (const soort of ['overgang', 'mandaat', 'traject', 'seOvereenkomst'] as const) {
      const r = await proef(soort, 'geldig', 'alles-of-niets');
      expect(r.uitkomst, soort).toBe('geimporteerd');
    }
    const na = tel();
    expect([na[0] - erk, na[1] - swv, na[2] - mandaat, na[3] - traject, na[6] - deelname]).toEqual([5, 2, 3, 6, 5]);
  });
});

describe('a sample needs something of the store to refer to', () => {
  it('in an empty store the samples that need organisations say so in Dutch', async () => {
    const leeg = createTestApp();
    try {
      for (const soort of ['overgang', 'contingent', 'seOvereenkomst', 'mandaat'] as const) {
        expect(await leeg.fail(`${soort}.voorbeeldbestand`, { soort: 'geldig' }, ROL[soort]), soort).toMatchObject({
          code: 'VALIDATIE', message: expect.stringMatching(/Organisaties/),
        });
      }
    } finally {
      leeg.close();
    }
  });
});
