import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, organisatieInput, TEST_NOW, type TestApp } from '../../helpers/app';
import type { Input } from '../../../shared/api/contract';
import { kennisgevingsdatum } from '../../../electron/core/letters/handlers';

let t: TestApp;
let klok: Date;
beforeEach(() => {
  klok = TEST_NOW; // Sunday 22/11/2026
  t = createTestApp({ now: () => klok });
});
afterEach(() => t.close());

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** An organisation, and the calling dossier manager completed with e-mail and phone (contact person). */
async function opzet() {
  const org = await t.call('organisatie.create', organisatieInput());
  return { org, medewerkers: await vulMedewerkersAan() };
}

async function vulMedewerkersAan() {
  const medewerkers = await t.call('medewerker.list', {});
  for (const naam of ['Test zorg-dossierbeheerder', 'Test wse-dossierbeheerder']) {
    const m = medewerkers.find((x) => x.naam === naam)!;
    await t.call('medewerker.save', { ...m, email: `${m.departement.toLowerCase()}@vlaanderen.be`, telefoon: '02 553 00 00' }, 'beheerder');
  }
  return t.call('medewerker.list', {});
}

function ontvangstmelding(organisatieId: number, extra: Partial<Input<'brief.uitgeven'>> = {}): Input<'brief.uitgeven'> {
  return {
    briefType: 'ontvangstmelding',
    organisatieId,
    aanvraagSoort: 'erkenning-ama-wvg',
    ontvangenOp: '2026-11-02',
    kanaalAanvraag: 'e-loket',
    uwKenmerk: 'AANVR-17',
    ...extra,
  } as Input<'brief.uitgeven'>;
}

describe('brief.uitgeven', () => {
  it('stores exactly one immutable document with one audit entry; sha-256 and size match the bytes', async () => {
    const { org } = await opzet();
    const docsVoor = t.count('document');
    const auditVoor = t.count('audit_entry');
    const doc = await t.call('brief.uitgeven', ontvangstmelding(org.id));
    expect(t.count('document')).toBe(docsVoor + 1);
    expect(t.count('audit_entry')).toBe(auditVoor + 1);
    expect(doc).toMatchObject({
      kenmerk: 'ZORG/2026/000001',
      briefType: 'ontvangstmelding',
      templateVersie: 1,
      departement: 'ZORG',
      organisatieId: org.id,
      organisatieNaam: 'vzw De Brug',
      bestandsnaam: 'ZORG-2026-000001-ontvangstmelding.pdf',
      aangemaaktDoor: 'Test zorg-dossierbeheerder',
      aangemaaktOp: TEST_NOW.toISOString(),
      verzendingen: [],
    });
    const audit = await t.call('audit.list', { entiteit: 'document', entiteitId: doc.id });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actie: 'aangemaakt', methode: 'brief.uitgeven', gebruiker: 'Test zorg-dossierbeheerder' });
    expect(audit[0].nieuw).toMatchObject({ kenmerk: doc.kenmerk, sha256: doc.sha256 });

    const row = t.ctx.sqlite.prepare('SELECT inhoud, sha256, grootte FROM document WHERE id = ?').get(doc.id) as { inhoud: Buffer; sha256: string; grootte: number };
    expect(row.inhoud.subarray(0, 5).toString()).toBe('%PDF-');
    expect(sha256(row.inhoud)).toBe(row.sha256);
    expect(row.grootte).toBe(row.inhoud.length);
    expect(doc.sha256).toBe(row.sha256);
  });

  it('document.get returns the stored bytes, identical on every call', async () => {
    const { org } = await opzet();
    const doc = await t.call('brief.uitgeven', ontvangstmelding(org.id));
    const a = await t.call('document.get', { id: doc.id });
    const b = await t.call('document.get', { id: doc.id });
    expect(a.pdfBase64).toBe(b.pdfBase64);
    expect(sha256(Buffer.from(a.pdfBase64, 'base64'))).toBe(doc.sha256);
    expect(await t.call('document.get', { id: doc.id }, 'lezer')).toMatchObject({ kenmerk: doc.kenmerk });
  });

  it('stores the resolved letter data: addressee, dates, contact person, signatory, deadline with derivation', async () => {
    const { org } = await opzet();
    const doc = await t.call('brief.uitgeven', ontvangstmelding(org.id));
    const g = JSON.parse((t.ctx.sqlite.prepare('SELECT gegevens FROM document WHERE id = ?').get(doc.id) as { gegevens: string }).gegevens);
    expect(g).toMatchObject({
      briefType: 'ontvangstmelding',
      templateVersie: 1,
      departement: 'ZORG',
      datum: '2026-11-22',
      uwKenmerk: 'AANVR-17',
      geadresseerde: { organisatieId: org.id, naam: 'vzw De Brug', kbo: '0417.497.106', tav: 'An Peeters, Directeur', postcode: '9000', gemeente: 'Gent' },
      contactpersoon: { naam: 'Test zorg-dossierbeheerder', email: 'zorg@vlaanderen.be', dienst: 'Afdeling Werk en Zorg' },
      ondertekenaar: { naam: 'Test zorg-dossierbeheerder' },
      aanvraag: { soort: 'erkenning-ama-wvg', ontvangenOp: '2026-11-02', kanaal: 'e-loket' },
      termijnen: {
        ontvankelijkheid: { parameter: 'AMA_WVG_ONTVANKELIJKHEID_TERMIJN', dagen: 45, vervaldatum: '2026-12-17' },
        beslissing: { parameter: 'AMA_WVG_BESLISSINGSTERMIJN', dagen: 90, soort: 'kalenderdagen', start: '2026-11-02', verschuifNaarWerkdag: true, vervaldatum: '2027-02-01' },
      },
    });
    // 02/11/2026 + 90 days = Sunday 31/01/2027 → next working day Monday 01/02/2027, and the derivation says so.
    expect(g.termijnen.beslissing.afleiding.join('\n')).toContain('31/01/2027 valt op een zondag → volgende werkdag 01/02/2027');
    const doc2 = await t.call('document.get', { id: doc.id });
    expect(doc2.departement).toBe('ZORG');
  });

  it('numbers kenmerken sequentially per department and per year, also for concurrent calls', async () => {
    const { org } = await opzet();
    const parallel = await Promise.all([1, 2, 3].map(() => t.call('brief.uitgeven', ontvangstmelding(org.id))));
    expect(parallel.map((d) => d.kenmerk).sort()).toEqual(['ZORG/2026/000001', 'ZORG/2026/000002', 'ZORG/2026/000003']);
    const wse = await t.call('brief.uitgeven', ontvangstmelding(org.id, { aanvraagSoort: 'contingent-ama-se' }), 'wse-dossierbeheerder');
    expect(wse).toMatchObject({ kenmerk: 'WSE/2026/000001', departement: 'WSE' });
    klok = new Date('2027-01-04T09:00:00Z');
    const volgendJaar = await t.call('brief.uitgeven', ontvangstmelding(org.id));
    expect(volgendJaar.kenmerk).toBe('ZORG/2027/000001');
  });

  it('mandaat-swv-zorg runs its periods from the closing of the call when given', async () => {
    const { org } = await opzet();
    const doc = await t.call('brief.uitgeven', ontvangstmelding(org.id, { aanvraagSoort: 'mandaat-swv-zorg', oproepAfgeslotenOp: '2026-11-15' }));
    const g = JSON.parse((t.ctx.sqlite.prepare('SELECT gegevens FROM document WHERE id = ?').get(doc.id) as { gegevens: string }).gegevens);
    expect(g.termijnen.beslissing).toMatchObject({ parameter: 'SWV_ZORG_BESLISSINGSTERMIJN', start: '2026-11-15' });
    expect(g.termijnen.ontvankelijkheid).toMatchObject({ parameter: 'SWV_ZORG_ONTVANKELIJKHEID_TERMIJN', start: '2026-11-15', vervaldatum: '2026-12-15' });
    const fout = await t.fail('brief.uitgeven', ontvangstmelding(org.id, { oproepAfgeslotenOp: '2026-11-15' }));
    expect(fout).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'oproepAfgeslotenOp' }] });
  });

  it('invalid input writes nothing: unknown organisation → NIET_GEVONDEN, bad or future date → VALIDATIE with the field', async () => {
    const { org } = await opzet();
    const docs = t.count('document');
    const audits = t.count('audit_entry');
    expect(await t.fail('brief.uitgeven', ontvangstmelding(9999))).toMatchObject({ code: 'NIET_GEVONDEN' });
    const slecht = await t.fail('brief.uitgeven', ontvangstmelding(org.id, { ontvangenOp: '2026-02-30' }));
    expect(slecht.code).toBe('VALIDATIE');
    expect(slecht.details?.[0].veld).toBe('ontvangenOp');
    const toekomst = await t.fail('brief.uitgeven', ontvangstmelding(org.id, { ontvangenOp: '2026-11-23' }));
    expect(toekomst).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'ontvangenOp' }] });
    const voorRegeling = await t.fail('brief.uitgeven', ontvangstmelding(org.id, { ontvangenOp: '2023-01-10' }));
    expect(voorRegeling).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'ontvangenOp' }] });
    expect(await t.fail('brief.uitgeven', { ...ontvangstmelding(org.id), aanvraagSoort: 'iets' })).toMatchObject({ code: 'VALIDATIE' });
    expect(await t.fail('brief.uitgeven', ontvangstmelding(org.id, { dossierId: '12' }))).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'dossierEntiteit' }] });
    expect(t.count('document')).toBe(docs);
    expect(t.count('audit_entry')).toBe(audits);
  });

  it('role lezer (and ondertekenaar) may not issue or register; VERBODEN', async () => {
    const { org } = await opzet();
    expect(await t.fail('brief.uitgeven', ontvangstmelding(org.id), 'lezer')).toMatchObject({ code: 'VERBODEN' });
    expect(await t.fail('brief.voorbeeld', ontvangstmelding(org.id), 'lezer')).toMatchObject({ code: 'VERBODEN' });
    expect(await t.fail('brief.uitgeven', ontvangstmelding(org.id), 'ondertekenaar')).toMatchObject({ code: 'VERBODEN' });
    expect(await t.fail('verzending.registreer', { documentId: 1, kanaal: 'email', verzondenOp: '2026-11-22' }, 'lezer')).toMatchObject({ code: 'VERBODEN' });
    expect(t.count('document')).toBe(0);
  });
});

describe('contact person and signatory', () => {
  it('signatory: the contact person may sign a non-decision letter; someone else needs signing authority', async () => {
    const { org, medewerkers } = await opzet();
    const andere = await t.call('medewerker.save', {
      naam: 'Piet Peeters', functie: 'Dossierbeheerder', departement: 'ZORG', dienst: 'Afdeling Werk en Zorg',
      email: 'piet@vlaanderen.be', telefoon: '02 553 00 01', magOndertekenen: false,
    }, 'beheerder');
    const fout = await t.fail('brief.uitgeven', ontvangstmelding(org.id, { ondertekenaarId: andere.id }));
    expect(fout).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'ondertekenaarId' }] });

    const baas = medewerkers.find((m) => m.naam === 'Test ondertekenaar')!;
    expect(baas.magOndertekenen).toBe(true);
    await t.call('medewerker.save', { ...baas, delegatie: 'Voor de leidend ambtenaar, bij delegatie', email: 'baas@vlaanderen.be', telefoon: '02 553 00 02' }, 'beheerder');
    const doc = await t.call('brief.uitgeven', ontvangstmelding(org.id, { contactpersoonId: andere.id, ondertekenaarId: baas.id }));
    const g = JSON.parse((t.ctx.sqlite.prepare('SELECT gegevens FROM document WHERE id = ?').get(doc.id) as { gegevens: string }).gegevens);
    expect(g.contactpersoon).toMatchObject({ medewerkerId: andere.id, naam: 'Piet Peeters' });
    expect(g.ondertekenaar).toMatchObject({ medewerkerId: baas.id, delegatie: 'Voor de leidend ambtenaar, bij delegatie' });
  });

  it('a contact person needs e-mail or phone, must be active and of the issuing department', async () => {
    const org = await t.call('organisatie.create', organisatieInput());
    // Fresh medewerker record of the caller: no e-mail, no phone.
    expect(await t.fail('brief.uitgeven', ontvangstmelding(org.id))).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'contactpersoonId' }] });
    const medewerkers = await vulMedewerkersAan();
    // A WSE letter (AMA SE contingent) with a Zorg contact person.
    const fout = await t.fail('brief.uitgeven', ontvangstmelding(org.id, { aanvraagSoort: 'contingent-ama-se' }));
    expect(fout).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'contactpersoonId' }] });
    expect(fout.message).toContain('Departement WSE');
    expect(await t.fail('brief.uitgeven', ontvangstmelding(org.id, { contactpersoonId: 999 }))).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'contactpersoonId' }] });
    const zelf = medewerkers.find((m) => m.naam === 'Test zorg-dossierbeheerder')!;
    await t.call('medewerker.save', { ...zelf, actief: false }, 'beheerder');
    expect(await t.fail('brief.uitgeven', ontvangstmelding(org.id))).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'contactpersoonId' }] });
    expect(t.count('document')).toBe(0);
  });
});

describe('brief.voorbeeld', () => {
  it('renders a PDF without storing anything', async () => {
    const { org } = await opzet();
    const audits = t.count('audit_entry');
    const v = await t.call('brief.voorbeeld', ontvangstmelding(org.id));
    expect(Buffer.from(v.pdfBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(v.onderwerp).toBe('Ontvangstmelding van uw aanvraag tot erkenning als begeleider van arbeidsmatige activiteiten');
    expect(t.count('document')).toBe(0);
    expect(t.count('audit_entry')).toBe(audits);
    // A preview reserves no number.
    expect((await t.call('brief.uitgeven', ontvangstmelding(org.id))).kenmerk).toBe('ZORG/2026/000001');
  });
});

describe('document.list', () => {
  it('filters on organisation and dossier, newest first, with organisation name and sendings', async () => {
    const { org } = await opzet();
    const ander = await t.call('organisatie.create', organisatieInput({ naam: 'CGG Noord', kbo: '0403.170.701' }));
    const d1 = await t.call('brief.uitgeven', ontvangstmelding(org.id, { dossierEntiteit: 'aanvraag', dossierId: '7' }));
    klok = new Date('2026-11-23T09:00:00Z');
    const d2 = await t.call('brief.uitgeven', ontvangstmelding(org.id));
    const d3 = await t.call('brief.uitgeven', ontvangstmelding(ander.id));
    await t.call('verzending.registreer', { documentId: d2.id, kanaal: 'email', verzondenOp: '2026-11-23' });

    const alle = await t.call('document.list', {}, 'lezer');
    expect(alle.map((d) => d.id)).toEqual([d3.id, d2.id, d1.id]);
    const vanOrg = await t.call('document.list', { organisatieId: org.id });
    expect(vanOrg.map((d) => d.id)).toEqual([d2.id, d1.id]);
    expect(vanOrg[0].organisatieNaam).toBe('vzw De Brug');
    expect(vanOrg[0].verzendingen).toMatchObject([{ kanaal: 'email', verzondenOp: '2026-11-23', geachtOntvangenOp: null }]);
    expect(vanOrg[1].verzendingen).toEqual([]);
    const dossier = await t.call('document.list', { dossierEntiteit: 'aanvraag', dossierId: '7' });
    expect(dossier.map((d) => d.id)).toEqual([d1.id]);
    expect(await t.call('document.list', { limit: 1 })).toHaveLength(1);
    expect('pdfBase64' in alle[0]).toBe(false);
  });
});

describe('sending register', () => {
  /** A document made on Thursday 19/11/2026. */
  async function document19nov() {
    klok = new Date('2026-11-19T09:00:00Z');
    const { org } = await opzet();
    const doc = await t.call('brief.uitgeven', ontvangstmelding(org.id));
    klok = new Date('2026-11-30T09:00:00Z');
    return doc;
  }

  it('registered mail posted on Friday is deemed received on Wednesday (3rd working day, over the weekend)', async () => {
    const doc = await document19nov();
    const audits = t.count('audit_entry');
    const v = await t.call('verzending.registreer', { documentId: doc.id, kanaal: 'aangetekend', verzondenOp: '2026-11-20', bewijsReferentie: 'RR123456789BE' });
    expect(v).toMatchObject({ kanaal: 'aangetekend', verzondenOp: '2026-11-20', ontvangenOp: null, geachtOntvangenOp: '2026-11-25', bewijsReferentie: 'RR123456789BE', geregistreerdDoor: 'Test zorg-dossierbeheerder' });
    expect(t.count('audit_entry')).toBe(audits + 1);
    expect(kennisgevingsdatum(t.ctx.sqlite, doc.id)).toBe('2026-11-25');
    expect((await t.call('document.get', { id: doc.id })).verzendingen).toHaveLength(1);

    // The proof of receipt, once known, is the notification date.
    const b = await t.call('verzending.bevestig', { id: v.id, ontvangenOp: '2026-11-23' });
    expect(b).toMatchObject({ ontvangenOp: '2026-11-23', geachtOntvangenOp: '2026-11-25', bewijsReferentie: 'RR123456789BE' });
    expect(kennisgevingsdatum(t.ctx.sqlite, doc.id)).toBe('2026-11-23');
    const audit = await t.call('audit.list', { entiteit: 'verzending', entiteitId: v.id });
    expect(audit.map((a) => a.actie).sort()).toEqual(['aangemaakt', 'gewijzigd']);
  });

  it('notification date: null before sending, the sent date for electronic channels, the earliest of several sendings', async () => {
    const doc = await document19nov();
    expect(kennisgevingsdatum(t.ctx.sqlite, doc.id)).toBeNull();
    await t.call('verzending.registreer', { documentId: doc.id, kanaal: 'aangetekend', verzondenOp: '2026-11-19' });
    expect(kennisgevingsdatum(t.ctx.sqlite, doc.id)).toBe('2026-11-24'); // Thu → Fri, Mon, Tue
    await t.call('verzending.registreer', { documentId: doc.id, kanaal: 'ebox', verzondenOp: '2026-11-20' });
    expect(kennisgevingsdatum(t.ctx.sqlite, doc.id)).toBe('2026-11-20');
  });

  it('refuses a sent date before the document or in the future, a receipt before sending, a duplicate; nothing written', async () => {
    const doc = await document19nov();
    const audits = t.count('audit_entry');
    expect(await t.fail('verzending.registreer', { documentId: doc.id, kanaal: 'email', verzondenOp: '2026-11-18' })).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'verzondenOp' }] });
    expect(await t.fail('verzending.registreer', { documentId: doc.id, kanaal: 'email', verzondenOp: '2026-12-01' })).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'verzondenOp' }] });
    expect(await t.fail('verzending.registreer', { documentId: doc.id, kanaal: 'email', verzondenOp: '2026-11-20', ontvangenOp: '2026-11-19' })).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'ontvangenOp' }] });
    expect(await t.fail('verzending.registreer', { documentId: doc.id, kanaal: 'fax', verzondenOp: '2026-11-20' })).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'kanaal' }] });
    expect(await t.fail('verzending.registreer', { documentId: 999, kanaal: 'email', verzondenOp: '2026-11-20' })).toMatchObject({ code: 'NIET_GEVONDEN' });
    expect(t.count('verzending')).toBe(0);
    expect(t.count('audit_entry')).toBe(audits);

    const v = await t.call('verzending.registreer', { documentId: doc.id, kanaal: 'email', verzondenOp: '2026-11-20' });
    expect(await t.fail('verzending.registreer', { documentId: doc.id, kanaal: 'email', verzondenOp: '2026-11-20' })).toMatchObject({ code: 'CONFLICT' });
    expect(await t.fail('verzending.bevestig', { id: v.id, ontvangenOp: '2026-11-19' })).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'ontvangenOp' }] });
    expect(await t.fail('verzending.bevestig', { id: v.id, ontvangenOp: '2026-12-24' })).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'ontvangenOp' }] });
    expect(await t.fail('verzending.bevestig', { id: 999, ontvangenOp: '2026-11-24' })).toMatchObject({ code: 'NIET_GEVONDEN' });
    expect(t.count('verzending')).toBe(1);
  });
});
