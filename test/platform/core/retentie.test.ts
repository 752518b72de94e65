import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { createApp } from '../../../electron/core/app';
import { verifieerAuditketen } from '../../../electron/core/platform/auditketen';
import { createTestApp, type TestApp } from '../../helpers/app';
import { maakBegeleider, maakDeelnemer, maakOvereenkomst, type Begeleider } from '../../helpers/overeenkomsten';

let t: TestApp;
let oud: Begeleider;
let nieuw: Begeleider;
const d: Record<string, number> = {};
const o: Record<string, number> = {};

/**
 * Reference date 22/11/2026, retention 10 years (BVR art. 41): the limit is 22/11/2016 — a participant
 * whose last agreement ended before it is anonymised.
 */
beforeEach(async () => {
  t = createTestApp();
  oud = await maakBegeleider(t, { naam: 'CAW Oost-Vlaanderen', erkenning: { van: '2008-01-01', tot: '2030-12-31' } });
  nieuw = await maakBegeleider(t, { naam: 'OCMW Gent', erkenning: { van: '2010-01-01', tot: '2030-12-31' } });
  d.an = maakDeelnemer(t, { voornaam: 'An', achternaam: 'Smet', geboortedatum: '1960-04-03' });
  d.bart = maakDeelnemer(t, { voornaam: 'Bart', achternaam: 'Goossens', geboortedatum: '1962-08-09' });
  d.carla = maakDeelnemer(t, { voornaam: 'Carla', achternaam: 'Jacobs', geboortedatum: '1958-12-24' });
  d.dirk = maakDeelnemer(t, { voornaam: 'Dirk', achternaam: 'Mertens', geboortedatum: '1965-01-30' });
  d.els = maakDeelnemer(t, { voornaam: 'Els', achternaam: 'Willems', geboortedatum: '1970-06-06' });
  // An: two agreements with two begeleiders, the last one ended 30/06/2015 → anonymised (counts for OCMW Gent).
  o.an1 = maakOvereenkomst(t, oud, d.an, { van: '2009-01-01', tot: '2012-12-31', contactEmail: 'an.smet@example.be' });
  o.an2 = maakOvereenkomst(t, nieuw, d.an, { van: '2013-01-01', tot: '2015-06-30' });
  // Bart: ended 21/11/2016, one day more than 10 years ago → anonymised.
  o.bart = maakOvereenkomst(t, oud, d.bart, { van: '2011-01-01', tot: '2016-11-21' });
  // Carla: ended exactly 10 years ago (22/11/2016) → kept.
  o.carla = maakOvereenkomst(t, oud, d.carla, { van: '2011-01-01', tot: '2016-11-22' });
  // Dirk: an old agreement, but another one still runs → kept.
  maakOvereenkomst(t, oud, d.dirk, { van: '2009-01-01', tot: '2010-12-31' });
  maakOvereenkomst(t, nieuw, d.dirk, { van: '2024-01-01' });
  // Els: recent → kept.
  maakOvereenkomst(t, nieuw, d.els, { van: '2020-01-01', tot: '2025-12-31' });
  // A scanned agreement and an evaluation remark for An; a subsidy line referring to her (aggregates stay).
  const scan = t.ctx.sqlite
    .prepare(`INSERT INTO bijlage (entiteit, entiteit_id, bestandsnaam, mime_type, grootte, sha256, inhoud, toegevoegd_door_id, toegevoegd_op)
              VALUES ('overeenkomst', ?, 'overeenkomst-an-smet.pdf', 'application/pdf', 4, 'x', X'25504446', NULL, '2013-01-05T10:00:00Z')`)
    .run(o.an2);
  t.ctx.sqlite.prepare('UPDATE overeenkomst SET bijlage_id = ? WHERE id = ?').run(Number(scan.lastInsertRowid), o.an2);
  t.ctx.sqlite.prepare("INSERT INTO evaluatie (overeenkomst_id, datum, opmerking) VALUES (?, '2014-01-10', 'An functioneert goed, wil meer uren')").run(o.an2);
  const run = t.ctx.sqlite
    .prepare(`INSERT INTO betaalrun (regeling, departement, periode, volgnummer, status, berekening, totaal_cent, aangemaakt_door_id, aangemaakt_op)
              VALUES ('AMA_WVG', 'ZORG', '2015-H1', 1, 'goedgekeurd', '{}', 52624, ?, '2015-08-01T00:00:00Z')`)
    .run(t.caller('zorg-dossierbeheerder').medewerkerId);
  t.ctx.sqlite
    .prepare("INSERT INTO subsidie_lijn (run_id, organisatie_id, deelnemer_id, dagen, bedrag_cent, berekening) VALUES (?, ?, ?, 181, 52624, '{}')")
    .run(Number(run.lastInsertRowid), nieuw.organisatieId, d.an);
});
afterEach(() => t.close());

const deelnemer = (id: number) =>
  t.ctx.sqlite.prepare('SELECT insz, voornaam, achternaam, geboortedatum, geboortejaar, geanonimiseerd_op AS geanonimiseerdOp FROM deelnemer WHERE id = ?').get(id) as Record<string, unknown>;

describe('retention of participants’ personal data (BVR art. 41: 10 years, parameter PERSOONSGEGEVENS_BEWAARTERMIJN)', () => {
  it('proef: reports what would be anonymised and changes nothing (no audit entry)', async () => {
    const audits = t.count('audit_entry');
    const r = await t.call('retentie.voerUit', { proef: true }, 'beheerder');
    expect(r).toEqual({
      datum: '2026-11-22',
      bewaartermijnJaren: 10,
      grens: '2016-11-22',
      proef: true,
      aantalDeelnemers: 2,
      aantalOvereenkomsten: 3,
      aantalScans: 1,
      aantalAuditregels: 0,
      oudsteEinddatum: '2015-06-30',
      jongsteEinddatum: '2016-11-21',
      perBegeleider: [
        { organisatieId: oud.organisatieId, organisatieNaam: 'CAW Oost-Vlaanderen', aantalDeelnemers: 1 },
        { organisatieId: nieuw.organisatieId, organisatieNaam: 'OCMW Gent', aantalDeelnemers: 1 },
      ],
    });
    expect(deelnemer(d.an).voornaam).toBe('An');
    expect(t.count('bijlage')).toBe(1);
    expect(t.count('audit_entry')).toBe(audits);
  });

  it('anonymises: INSZ, names and birth date cleared, birth year kept; agreements, subsidy lines and aggregates stay; one audit entry with counts only', async () => {
    const ovk = t.count('overeenkomst');
    const r = await t.call('retentie.voerUit', {}, 'beheerder');
    expect(r).toMatchObject({ proef: false, aantalDeelnemers: 2, aantalOvereenkomsten: 3, aantalScans: 1 });
    for (const id of [d.an, d.bart]) {
      expect(deelnemer(id)).toMatchObject({ insz: null, voornaam: null, achternaam: null, geboortedatum: null, geanonimiseerdOp: '2026-11-22T09:00:00.000Z' });
    }
    expect(deelnemer(d.an).geboortejaar).toBe(1960);
    for (const id of [d.carla, d.dirk, d.els]) expect(deelnemer(id)).toMatchObject({ geanonimiseerdOp: null, insz: expect.any(String) });
    expect(t.count('overeenkomst')).toBe(ovk);
    expect(t.count('bijlage')).toBe(0);
    expect(t.ctx.sqlite.prepare('SELECT bijlage_id AS b, contact_email AS e FROM overeenkomst WHERE id IN (?, ?)').all(o.an1, o.an2)).toEqual([{ b: null, e: null }, { b: null, e: null }]);
    expect(t.ctx.sqlite.prepare('SELECT datum, opmerking FROM evaluatie').all()).toEqual([{ datum: '2014-01-10', opmerking: null }]);
    expect(t.ctx.sqlite.prepare('SELECT deelnemer_id AS d, bedrag_cent AS b FROM subsidie_lijn').all()).toEqual([{ d: d.an, b: 52_624 }]);
    // The aggregates of the begeleiders stay: agreements per begeleider and days.
    expect(t.ctx.sqlite.prepare('SELECT count(*) AS n FROM overeenkomst WHERE organisatie_id = ?').get(oud.organisatieId)).toEqual({ n: 4 });

    const audits = await t.call('audit.list', { entiteit: 'deelnemer', entiteitId: 'retentie' });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actie: 'geanonimiseerd', gebruiker: 'Test beheerder' });
    expect(JSON.stringify(audits[0])).not.toMatch(/Smet|Goossens|An |Bart|60\.04\.03|an\.smet/);

    // Idempotent: a second run finds nothing, and is audited again.
    const again = await t.call('retentie.voerUit', {}, 'beheerder');
    expect(again).toMatchObject({ aantalDeelnemers: 0, oudsteEinddatum: null, perBegeleider: [] });
    expect(await t.call('audit.list', { entiteit: 'deelnemer', entiteitId: 'retentie' })).toHaveLength(2);
  });

  it('a reference date in the past moves the limit; roles and dates are checked, nothing written on error', async () => {
    expect((await t.call('retentie.voerUit', { datum: '2025-07-01', proef: true }, 'beheerder'))).toMatchObject({ grens: '2015-07-01', aantalDeelnemers: 1 });
    const audits = t.count('audit_entry');
    expect(await t.fail('retentie.voerUit', {}, 'zorg-dossierbeheerder')).toMatchObject({ code: 'VERBODEN' });
    expect(await t.fail('retentie.voerUit', { datum: '2027-01-01' }, 'beheerder')).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'datum' }] });
    expect(await t.fail('retentie.voerUit', { datum: '2020-01-01' }, 'beheerder')).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'datum' }] }); // parameter starts 01/07/2023
    expect(await t.fail('retentie.voerUit', { datum: '22/11/2026' }, 'beheerder')).toMatchObject({ code: 'VALIDATIE' });
    expect(t.count('audit_entry')).toBe(audits);
    expect(deelnemer(d.an).voornaam).toBe('An');
  });

  it('runs at every start-up as the systeem user, and a start-up with nothing to purge leaves no audit entry (art. 41)', async () => {
    const audit = () => t.ctx.sqlite.prepare("SELECT gebruiker, methode FROM audit_entry WHERE entiteit = 'deelnemer' AND entiteit_id = 'retentie'").all();
    expect(audit()).toHaveLength(0);
    const start = () => createApp({ dbFile: t.file, now: () => new Date('2026-11-22T15:00:00Z'), log: () => {} }).close();
    start();
    expect(deelnemer(d.an)).toMatchObject({ voornaam: null, achternaam: null, insz: null });
    expect(deelnemer(d.carla).voornaam).toBe('Carla');
    expect(audit()).toEqual([{ gebruiker: 'systeem', methode: 'retentie.voerUit' }]);
    start();
    expect(audit()).toHaveLength(1);
  });
});

describe('retention erases: no byte of a purged participant remains in the file, its WAL or the audit trail', () => {
  it('after changes with a reason naming her, a purge at 2036 leaves neither INSZ (formatted or digits), name nor e-mail in any byte; the audit chain still verifies', async () => {
    const insz = (t.ctx.sqlite.prepare('SELECT insz FROM deelnemer WHERE id = ?').get(d.els) as { insz: string }).insz;
    const ovk = t.ctx.sqlite.prepare('SELECT id, versie FROM overeenkomst WHERE deelnemer_id = ?').get(d.els) as { id: number; versie: number };
    // Real, audited changes that put her data in the audit trail: a new contact e-mail, a reason with her surname.
    await t.call('overeenkomst.wijzig', { id: ovk.id, versie: ovk.versie, contactEmail: 'els.willems@example.be', reden: 'Op vraag van mevrouw Willems zelf' });
    await t.call('overeenkomst.wijzig', { id: ovk.id, versie: ovk.versie + 1, contactEmail: 'e.willems@voorbeeld.be', reden: 'Nieuw adres van Els Willems' });
    const auditOver = () => t.ctx.sqlite.prepare("SELECT oud, nieuw, reden, gewist_op AS gewist FROM audit_entry WHERE entiteit = 'overeenkomst' AND entiteit_id = ?").all(String(ovk.id)) as Record<string, string | null>[];
    expect(JSON.stringify(auditOver())).toMatch(/Willems/);
    t.ctx.now = () => new Date('2036-06-01T09:00:00Z');

    const r = await t.call('retentie.voerUit', {}, 'beheerder');
    expect(r.aantalDeelnemers).toBeGreaterThanOrEqual(1);
    expect(r.aantalAuditregels).toBe(2);
    expect(t.ctx.sqlite.prepare('SELECT insz, achternaam FROM deelnemer WHERE id = ?').get(d.els)).toEqual({ insz: null, achternaam: null });
    // The audit entries keep that something changed and which fields, not the values.
    for (const a of auditOver()) {
      expect(a.gewist).not.toBeNull();
      expect(JSON.parse(a.nieuw!)).toMatchObject({ contactEmail: '[gewist]' });
      expect(a.reden).toBe('[gewist: bewaartermijn persoonsgegevens]');
    }
    expect(verifieerAuditketen(t.ctx.sqlite)).toMatchObject({ ok: true, aantalGewist: 2, eersteFout: null });

    const bytes = Buffer.concat(['', '-wal'].filter((s) => fs.existsSync(t.file + s)).map((s) => fs.readFileSync(t.file + s)));
    for (const geheim of [insz, insz.replace(/\D/g, ''), 'Willems', 'els.willems@example.be', 'e.willems@voorbeeld.be', 'Smet', 'Goossens', 'overeenkomst-an-smet', 'wil meer uren']) {
      expect(bytes.includes(Buffer.from(geheim)), `${geheim} staat nog in de databank`).toBe(false);
    }
    // Someone kept in the register is still there (the grep can find what is present).
    expect(bytes.includes(Buffer.from('Mertens'))).toBe(true);
  });
});
