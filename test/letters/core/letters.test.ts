import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestApp, organisatieInput, type TestApp } from '../../helpers/app';
import { bedragenTabel, buildBrief, buildLetter, renderPdf, type LetterGegevens, type LetterParts } from '../../../electron/core/letters';
import { alinea } from '../../../electron/core/letters/houseStyle';
import { pdfInfo, pdfLayout } from '../../helpers/pdf';

/** Text of a PDF as `pdftotext -layout` gives it, and the same with all whitespace collapsed. */
function pdfTekst(bytes: Buffer): { layout: string; plat: string } {
  const layout = pdfLayout(bytes);
  return { layout, plat: layout.replace(/\s+/g, ' ') };
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** `YYYY-MM-DD` of a UTC date, computed without the app's date code. */
const iso = (d: Date) => d.toISOString().slice(0, 10);

let t: TestApp;
beforeEach(() => (t = createTestApp()));
afterEach(() => t.close());

/** Organisation, a contact person and a delegated signatory of Departement Zorg. */
async function opzet() {
  const org = await t.call('organisatie.create', organisatieInput());
  const contact = await t.call('medewerker.save', {
    naam: 'Sofie Janssens', functie: 'Dossierbeheerder', departement: 'ZORG', dienst: 'Afdeling Werk en Zorg',
    email: 'sofie.janssens@vlaanderen.be', telefoon: '02 553 12 34', magOndertekenen: false,
  }, 'beheerder');
  const ondertekenaar = await t.call('medewerker.save', {
    naam: 'Koen Vermeulen', functie: 'Afdelingshoofd', departement: 'ZORG', dienst: 'Afdeling Werk en Zorg',
    email: 'koen.vermeulen@vlaanderen.be', telefoon: '02 553 12 00', magOndertekenen: true,
    delegatie: 'Voor de leidend ambtenaar, bij delegatie',
  }, 'beheerder');
  return { org, contact, ondertekenaar };
}

describe('ontvangstmelding as PDF', () => {
  it('contains every mandatory part of a formal letter (pdftotext)', async () => {
    const { org, contact, ondertekenaar } = await opzet();
    const doc = await t.call('brief.uitgeven', {
      briefType: 'ontvangstmelding', organisatieId: org.id, aanvraagSoort: 'erkenning-ama-wvg', ontvangenOp: '2026-11-02',
      kanaalAanvraag: 'e-loket', uwKenmerk: 'AANVR-2026-17', contactpersoonId: contact.id, ondertekenaarId: ondertekenaar.id,
    });
    const bytes = Buffer.from((await t.call('document.get', { id: doc.id })).pdfBase64, 'base64');
    const { layout, plat } = pdfTekst(bytes);

    // The decision deadline, computed here without the engine: 02/11/2026 + 90 calendar days.
    const laatsteDag = new Date(Date.UTC(2026, 10, 2));
    laatsteDag.setUTCDate(laatsteDag.getUTCDate() + 90);
    expect(iso(laatsteDag)).toBe('2027-01-31');
    expect(laatsteDag.getUTCDay()).toBe(0); // a Sunday: RULES.md moves the last day to the next working day
    const verschoven = new Date(laatsteDag);
    verschoven.setUTCDate(verschoven.getUTCDate() + 1); // Monday 1 February: no legal holiday
    expect(iso(verschoven)).toBe('2027-02-01');

    // Letterhead of the issuing department (with ë rendered correctly)
    expect(plat).toContain('Vlaamse overheid');
    expect(plat).toContain('Departement Zorg');
    expect(plat).toContain('Koning Albert II-laan 35 bus 33');
    expect(plat).toContain('1030 Brussel, België');
    // Addressee: legal name, KBO, t.a.v. first contact person, address
    expect(plat).toContain('vzw De Brug');
    expect(plat).toContain('KBO-nummer 0417.497.106');
    expect(plat).toContain('t.a.v. An Peeters, Directeur');
    expect(plat).toContain('Kerkstraat 1 9000 Gent');
    // References, place and date, subject
    expect(layout).toMatch(/Uw kenmerk\s+Ons kenmerk\s+Bijlage\(n\)/);
    expect(layout).toMatch(/AANVR-2026-17\s+ZORG\/2026\/000001\s+geen/);
    expect(plat).toContain('Brussel, 22 november 2026');
    expect(plat).toContain('Betreft Ontvangstmelding van uw aanvraag tot erkenning als begeleider van arbeidsmatige activiteiten');
    expect(plat).toContain('Geachte mevrouw, geachte heer,');
    // Body: what was received, when, how; the deadlines; the suspension
    expect(plat).toContain('Op maandag 02/11/2026 ontvingen wij via het e-loket uw aanvraag tot erkenning als begeleider van arbeidsmatige activiteiten (BVR 18 november 2022, art. 46–49)');
    expect(plat).toContain(`U ontvangt onze beslissing over uw aanvraag uiterlijk op maandag ${verschoven.toISOString().slice(8, 10)}/02/2027`);
    expect(plat).not.toContain('31/01/2027');
    expect(plat).toContain('Uiterlijk op donderdag 17/12/2026 laten wij u weten of dat zo is'); // 45 days, a Thursday
    expect(plat).toContain('opgeschort');
    // Legal basis and motivation
    expect(plat).toContain('Rechtsgrond en motivering');
    expect(plat).toContain('het decreet van 8 juli 2022 over de werk- en zorgtrajecten');
    expect(plat).toContain('artikel 46 tot en met 49');
    expect(plat).toContain('Motivering');
    // Appeal clause: not a decision, no appeal
    expect(plat).toContain('Beroepsmogelijkheden');
    expect(plat).toContain('Deze brief is een ontvangstmelding en geen beslissing. U kunt er daarom geen bezwaar of beroep tegen instellen.');
    expect(plat).toContain('artikel II.21');
    // Contact person (art. II.20): name, service, e-mail, phone
    expect(plat).toContain('Contactpersoon');
    expect(plat).toContain('Sofie Janssens, Afdeling Werk en Zorg, Departement Zorg, via sofie.janssens@vlaanderen.be of op het telefoonnummer 02 553 12 34');
    expect(layout).toMatch(/Vragen naar\s+Telefoon\s+E-mail/);
    // Closing and signatory with delegation line
    expect(plat).toContain('Met vriendelijke groeten, Voor de leidend ambtenaar, bij delegatie, Koen Vermeulen Afdelingshoofd');
    // Footer
    expect(plat).toContain('Pagina 1 van');
    expect(plat).toContain('Ons kenmerk ZORG/2026/000001 · Departement Zorg');
    // Metadata
    const info = pdfInfo(bytes);
    expect(info).toMatch(/Producer:\s+WZT Backoffice/);
    expect(info).toMatch(/Subject:\s+Ons kenmerk ZORG\/2026\/000001/);
  });

  it('AMA SE: WSE letterhead and the admissibility deadline (7 days)', async () => {
    const org = await t.call('organisatie.create', organisatieInput({ naam: 'Maatwerkbedrijf Den Azalee', kbo: '0403.170.701' }));
    const wse = (await t.call('medewerker.list', {})).find((m) => m.naam === 'Test wse-dossierbeheerder')!;
    await t.call('medewerker.save', { ...wse, email: 'wse@vlaanderen.be', telefoon: '02 553 44 00' }, 'beheerder');
    const doc = await t.call('brief.uitgeven', {
      briefType: 'ontvangstmelding', organisatieId: org.id, aanvraagSoort: 'contingent-ama-se', ontvangenOp: '2026-11-20', kanaalAanvraag: 'email',
    }, 'wse-dossierbeheerder');
    const { plat } = pdfTekst(Buffer.from((await t.call('document.get', { id: doc.id })).pdfBase64, 'base64'));
    expect(plat).toContain('Departement Werk en Sociale Economie');
    expect(plat).toContain('Koning Albert II-laan 35 bus 20');
    expect(plat).toContain('ontvingen wij per e-mail uw aanvraag van een contingent arbeidsmatige activiteiten in de sociale economie');
    expect(plat).toContain('U ontvangt onze beslissing over de ontvankelijkheid uiterlijk op vrijdag 27/11/2026.');
    expect(plat).toContain('WSE/2026/000001');
    expect(plat).toMatch(/Uw kenmerk Ons kenmerk Bijlage\(n\) — WSE/);
  });

  it('a preview carries the watermark and no kenmerk', async () => {
    const { org, contact } = await opzet();
    const v = await t.call('brief.voorbeeld', {
      briefType: 'ontvangstmelding', organisatieId: org.id, aanvraagSoort: 'erkenning-ama-wvg', ontvangenOp: '2026-11-02', contactpersoonId: contact.id,
    });
    const { plat } = pdfTekst(Buffer.from(v.pdfBase64, 'base64'));
    // The diagonal watermark comes out of pdftotext in pieces; the metadata says it plainly.
    expect(pdfInfo(v.pdfBase64)).toMatch(/Subject:\s+Voorbeeld \(niet uitgegeven\)/);
    expect(plat).toContain('(toegekend bij uitgifte)');
    expect(plat).not.toContain('ZORG/2026/');
  });

  it('the stored data fully determines the bytes: rebuilding from `gegevens` gives the stored sha-256', async () => {
    const { org, contact } = await opzet();
    const doc = await t.call('brief.uitgeven', {
      briefType: 'ontvangstmelding', organisatieId: org.id, aanvraagSoort: 'erkenning-ama-wvg', ontvangenOp: '2026-11-02', contactpersoonId: contact.id,
    });
    const row = t.ctx.sqlite.prepare('SELECT gegevens, kenmerk, inhoud FROM document WHERE id = ?').get(doc.id) as { gegevens: string; kenmerk: string; inhoud: Buffer };
    const opnieuw = await renderPdf(buildBrief(JSON.parse(row.gegevens) as LetterGegevens, row.kenmerk));
    expect(sha256(opnieuw)).toBe(doc.sha256);
    expect(opnieuw.equals(row.inhoud)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// The house style on its own: the pieces later letter types (decisions, statements) reuse

function beslissingsbrief(extra: Partial<LetterParts> = {}): LetterParts {
  return {
    departement: 'ZORG',
    adres: { naam: 'vzw Zorghuis Sint-Joris', kbo: '0403.170.701', straat: 'Stationsstraat 12', postcode: '8000', gemeente: 'Brugge', tav: 'Jan Claes, Directeur' },
    kenmerk: 'ZORG/2026/000042',
    uwKenmerk: null,
    datum: '2026-11-22',
    onderwerp: 'Beslissing over uw subsidie arbeidsmatige activiteiten, eerste halfjaar 2026',
    aanhef: 'Geachte mevrouw, geachte heer,',
    body: [
      alinea('Wij kennen u voor het eerste halfjaar 2026 een subsidie toe van € 1.591,80.'),
      bedragenTabel(
        [
          { omschrijving: 'Deelnemer A (181 dagen)', detail: '€ 1.061,20 × 181/365', bedragCent: 52623 },
          { omschrijving: 'Deelnemer B (181 dagen)', detail: '€ 1.061,20 × 181/365', bedragCent: 52623 },
          { omschrijving: 'Deelnemer C (181 dagen)', detail: '€ 1.061,20 × 181/365', bedragCent: 53934 },
        ],
        { omschrijving: 'Totaal', bedragCent: 159180 },
      ),
    ],
    rechtsgrond: ['het besluit van de Vlaamse Regering van 18 november 2022, artikel 50.'],
    motivering: [alinea('U begeleidde in het eerste halfjaar drie deelnemers met een overeenkomst volgens het model.')],
    beroep: {
      soort: 'beslissing',
      bezwaar: { bij: 'het Departement Zorg', vorm: 'Uw bezwaar is schriftelijk en gemotiveerd; stuur het met een aangetekende brief of via het e-loket.', dagen: 30 },
      rvsDagen: 60,
    },
    contactpersoon: { naam: 'Sofie Janssens', dienst: 'Afdeling Werk en Zorg', email: 'sofie.janssens@vlaanderen.be', telefoon: '02 553 12 34' },
    ondertekenaar: { naam: 'Koen Vermeulen', functie: 'Afdelingshoofd', delegatie: 'Voor de minister, bij delegatie' },
    bijlagen: ['Overzicht van de begeleide deelnemers'],
    aangemaaktOp: '2026-11-22T09:00:00.000Z',
    ...extra,
  };
}

describe('house style', () => {
  it('a decision carries the full appeal clause (objection and Raad van State with address and days), amounts in €', async () => {
    const { plat } = pdfTekst(await renderPdf(buildLetter(beslissingsbrief())));
    expect(plat).toContain('bezwaar indienen bij het Departement Zorg binnen 30 dagen na de kennisgeving van deze beslissing');
    expect(plat).toContain('beroep tot nietigverklaring instellen bij de Raad van State, Wetenschapsstraat 33, 1040 Brussel, binnen 60 dagen na de kennisgeving');
    expect(plat).toContain('€ 1.061,20 × 181/365');
    expect(plat).toMatch(/Totaal € 1\.591,80/);
    expect(plat).toContain('Voor de minister, bij delegatie, Koen Vermeulen Afdelingshoofd');
    expect(plat).toContain('Bijlage(n) 1. Overzicht van de begeleide deelnemers');
    expect(plat).toMatch(/Uw kenmerk Ons kenmerk Bijlage\(n\) — ZORG\/2026\/000042 1/);
  });

  it('without an organised objection the clause says so; long letters number their pages', async () => {
    const lang = Array.from({ length: 40 }, (_, i) => alinea(`Vaststelling ${i + 1}: de gegevens van het dossier werden nagekeken en in orde bevonden.`));
    const def = buildLetter(beslissingsbrief({ beroep: { soort: 'beslissing', bezwaar: null, rvsDagen: 60 }, body: lang }));
    const { plat } = pdfTekst(await renderPdf(def));
    expect(plat).toContain('Tegen deze beslissing is geen georganiseerd administratief beroep (bezwaar) mogelijk.');
    expect(plat).toContain('U kunt tegen deze beslissing een beroep tot nietigverklaring instellen bij de Raad van State');
    const n = Number(/Pagina 1 van (\d+)/.exec(plat)?.[1]);
    expect(n).toBeGreaterThan(1);
    for (let i = 2; i <= n; i++) expect(plat).toContain(`Pagina ${i} van ${n}`);
    expect(plat).toContain(`Ons kenmerk ZORG/2026/000042 · Departement Zorg, Koning Albert II-laan 35 bus 33, 1030 Brussel Pagina ${n} van ${n}`);
  });

  it('renders deterministically: identical input gives identical bytes', async () => {
    const a = await renderPdf(buildLetter(beslissingsbrief()));
    const b = await renderPdf(buildLetter(beslissingsbrief()));
    expect(a.equals(b)).toBe(true);
    const c = await renderPdf(buildLetter(beslissingsbrief({ aangemaaktOp: '2026-11-22T09:00:01.000Z' })));
    expect(c.equals(a)).toBe(false); // the creation date is part of the file
  });

  it('the parsed fonts are shared between letters without one letter changing the next (same bytes after another text)', async () => {
    const a = await renderPdf(buildLetter(beslissingsbrief()));
    // Other glyphs (digits, accents, symbols) in between: each document must make its own font subset.
    await renderPdf({ content: [{ text: 'ÀÉÎÕÜ çñ ß æø 0123456789 ≤≥ «» ‰ € ½', bold: true }, { text: 'ŉ ĳ ŀ', italics: true }] });
    const b = await renderPdf(buildLetter(beslissingsbrief()));
    expect(b.equals(a)).toBe(true);
  });

  it('reads no file outside the font folder and fetches no URL', async () => {
    await expect(renderPdf({ content: [{ image: '/etc/hostname' }] })).rejects.toThrow(/denied|Invalid image/);
    await expect(renderPdf({ content: [{ image: 'logo' }], images: { logo: 'https://example.org/logo.png' } })).rejects.toThrow(/URL denied/);
  });

  it("sets an SVG's text (the yearly report's charts) in the bundled Roboto, bold as Roboto Medium, without a fallback font", async () => {
    const gewaarschuwd = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="0" y="15" font-family="Roboto, Arial, sans-serif" font-weight="bold">Objectief</text></svg>';
      const pdf = (await renderPdf({ content: [{ svg, width: 200 }] })).toString('latin1');
      expect([...new Set([...pdf.matchAll(/\/BaseFont \/(\S+)/g)].map((m) => m[1].replace(/^[A-Z]{6}\+/, '')))]).toEqual(['Roboto-Medium']);
      expect(gewaarschuwd.mock.calls.flat().join(' ')).not.toContain('failed to open font');
    } finally {
      gewaarschuwd.mockRestore();
    }
  });
});
