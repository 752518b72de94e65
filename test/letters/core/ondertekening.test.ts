/**
 * Issue 15 point 2: the closing and the signature are never alone on the last page. Letters with ever longer bodies
 * (so the page break falls at every possible place near the end) must keep the contact paragraph with the closing.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildLetter, renderPdf } from '../../../electron/core/letters';
import { pdfPaginas } from '../../helpers/pdf';

const basis = {
  departement: 'ZORG' as const,
  adres: { naam: 'vzw De Brug', kbo: '0417.497.106', straat: 'Kerkstraat 1', postcode: '9000', gemeente: 'Gent', tav: 'An Peeters, Directeur' },
  kenmerk: 'ZORG/2026/000123',
  uwKenmerk: null,
  datum: '2026-11-22',
  onderwerp: 'Opheffing van uw erkenning AMA WVG',
  aanhef: 'Geachte mevrouw Peeters,',
  rechtsgrond: ['Besluit van de Vlaamse Regering van 18 november 2022, artikel 53'],
  beroep: { soort: 'beslissing' as const, rvsDagen: 60, bezwaar: null },
  contactpersoon: { naam: 'Katrien Van den Broeck', dienst: 'Afdeling Werk en Zorg', email: 'katrien@vlaanderen.be', telefoon: '02 553 00 00' },
  ondertekenaar: { naam: 'Geert Vermeersch', functie: 'Afdelingshoofd', delegatie: 'Voor de leidend ambtenaar, bij delegatie' },
  bijlagen: [],
  aangemaaktOp: '2026-11-22T09:00:00Z',
};

const laatstePagina = (pdf: Buffer, n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', '-', '-'], { input: pdf }).toString('utf8');

describe('the signature is never alone on the last page', () => {
  it('for every body length around a page break, the last page holds the contact paragraph with the closing and signature', async () => {
    let gezien = 0;
    for (let alineas = 8; alineas <= 26; alineas++) {
      const body = Array.from({ length: alineas }, (_, i) => ({ text: `Alinea ${i + 1}. De organisatie werd op de hoogte gebracht van de vaststellingen en kreeg de gelegenheid om te reageren binnen de termijn.`, margin: [0, 0, 0, 6] }));
      const pdf = await renderPdf(buildLetter({ ...basis, body }));
      const n = pdfPaginas(pdf);
      if (n < 2) continue;
      gezien++;
      const tekst = laatstePagina(pdf, n);
      expect(tekst, `${alineas} alinea's`).toContain('Geert Vermeersch');
      expect(tekst, `${alineas} alinea's: de handtekening staat alleen op de laatste pagina`).toContain('Contactpersoon');
    }
    expect(gezien).toBeGreaterThan(5);
  });
});

describe('a recognition number is never split over two lines in "Betreft" (issue 15 point 17)', () => {
  it('whatever the text before it, the number stays whole on one line', async () => {
    for (let n = 0; n < 40; n += 3) {
      const onderwerp = `Beslissing over uw aanvraag ${'x'.repeat(n)} tot erkenning AMA-WVG-2026-0031 als begeleider`;
      const pdf = await renderPdf(buildLetter({ ...basis, onderwerp, body: [{ text: 'Tekst.' }] }));
      const tekst = execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8');
      expect(tekst, `${n} tekens ervoor`).toContain('AMA-WVG-2026-0031');
    }
  });
});
