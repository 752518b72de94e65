/**
 * Issue 3 in the browser: AMA WVG recognitions, with two people (four eyes).
 *
 *  1. One application from receipt to a granted recognition with its letters, including a suspension
 *     for missing information: register the application (inline checks, INSZ), ask for information
 *     (the period is suspended), register the answer, draft the admissibility decision (preview of the
 *     letter), the drafter cannot approve it herself (VERBODEN), an ondertekenaar approves it, draft
 *     the decision on the merits, approve it, the recognition appears in the register valid 5 years,
 *     the letters are listed.
 *  2. That recognition through a revocation with a hearing and an objection that is upheld: start the
 *     revocation (voornemen letter), register its sending, the organisation responds and asks to be
 *     heard, plan the hearing, (a week later) record the minutes, propose the revocation, approve, the
 *     recognition is revoked; register the objection, register the sending of the decision (the
 *     objection is then in time), decide "vernietigd", approve: the recognition is active again.
 *
 * One database and one core; three HTTP hosts on it, each with its own fixed caller:
 * An Peeters (zorg-dossierbeheerder, drafts), Olga Ondertekenaar (ondertekenaar, approves) and
 * An Peeters as ondertekenaar (to show the four-eyes refusal). The core's clock is pinned and moved
 * forward once (a hearing is planned in the future, its minutes recorded after it took place).
 * Screenshots of each step: test-results/screenshots/erkenning-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import path from 'node:path';
import { SCREENSHOT_DIR, naar, startE2E, type E2E } from '../../helpers/e2e';
import { kboFromBase } from '../../../shared/kernel/kbo';
import { inszFor } from '../../../shared/kernel/insz';
import { pdfTekst } from '../../helpers/pdf';

const NAAM = 'vzw De Brug';
const KBO = kboFromBase(4174971);
const OLGA = { gebruiker: 'Olga Ondertekenaar', rol: 'ondertekenaar' } as const;
const AN_ALS_ONDERTEKENAAR = { gebruiker: 'An Peeters', rol: 'ondertekenaar' } as const;

/** Monday 23/11/2026, 09:00 in Brussels; moved to 01/12/2026 for the minutes of the hearing. */
let klok = new Date('2026-11-23T08:00:00Z');

let e: E2E;
let page: Page;
let olga: Page;
let aanvraagId: number;
let erkenningId: number;

const h1 = (p: Page, naam: string | RegExp) => p.getByRole('heading', { level: 1, name: naam });
const tekst = (l: Locator) => expect.poll(() => l.innerText().catch(() => ''), { timeout: 10_000 });
const knop = (p: Page | Locator, naam: string) => p.getByRole('button', { name: naam, exact: true });
const dialoog = (naam: string) => page.getByRole('dialog', { name: naam });
const shot = (naam: string) => e.screenshot(`erkenning-${naam}`);

async function screenshotVan(p: Page, naam: string): Promise<void> {
  await p.screenshot({ path: path.join(SCREENSHOT_DIR, `erkenning-${naam}.png`), fullPage: true });
}

/**
 * A second host on the same core with another signed-in user, and a page for it in its own browser
 * context (its own window: pages sharing one window would take each other's focus).
 */


/** The signatory opens the one draft waiting in "Goedkeuringen" and approves it. */
async function keurGoed(soort: string): Promise<void> {
  await olga.bringToFront();
  await naar(olga, '/beslissingen');
  await olga.reload();
  await h1(olga, 'Goedkeuringen').waitFor();
  const grid = olga.getByRole('region', { name: 'Beslissingen' });
  const rij = grid.locator('.ag-row[row-index="0"]');
  await tekst(rij.locator('[col-id="type"]')).toBe(soort);
  await tekst(olga.getByTestId('goedkeuringen-telling')).toBe('1 beslissing');
  await rij.dblclick();
  await h1(olga, /^Beslissing \d+:/).waitFor();
  await olga.locator('iframe[title="Voorbeeld van de beslissingsbrief"]').waitFor();
  await knop(olga, 'Goedkeuren en ondertekenen').click();
  const bevestig = olga.getByRole('dialog', { name: 'Goedkeuren en ondertekenen' });
  await knop(bevestig, 'Ja, goedkeuren en ondertekenen').click();
  await tekst(olga.getByTestId('beslissing-status')).toBe('Uitgegeven');
  await olga.getByRole('link', { name: 'Uitgegeven brief openen' }).waitFor();
  await page.bringToFront();
}

async function herlaad(): Promise<void> {
  await page.reload();
  await page.getByTestId('gebruiker').waitFor();
}

describe('erkenningen AMA WVG: van aanvraag tot erkenning, opheffing met hoorzitting en bezwaar', () => {
  beforeAll(async () => {
    e = await startE2E({ user: 'An Peeters', role: 'zorg-dossierbeheerder', bereikbaar: true, now: () => klok });
    page = e.page;
    await e.call('organisatie.create', {
      naam: NAAM, kbo: KBO, typeCode: 'CAW', straat: 'Kerkstraat 1', postcode: '9000', gemeente: 'Gent', regioCode: 'GENT',
      email: 'info@debrug.be', contactpersonen: [{ naam: 'Jan Claes', functie: 'Directeur' }],
    });
    olga = await e.als(OLGA);
    // The organisation was made after the first page load: start from fresh data.
    await herlaad();
  });
  afterAll(async () => {
    await e?.close();
  });

  it('registreert een aanvraag met controle van de velden en het rijksregisternummer', async () => {
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Erkenningen AMA WVG' }).click();
    await h1(page, 'Erkenningen AMA WVG').waitFor();
    await page.getByRole('tab', { name: 'Aanvragen' }).waitFor();
    await knop(page, 'Nieuwe aanvraag').click();
    await h1(page, 'Nieuwe aanvraag tot erkenning').waitFor();
    const form = page.getByRole('form', { name: 'Nieuwe aanvraag tot erkenning' });

    // Empty form: the contract's Dutch messages on the fields, nothing sent.
    await knop(form, 'Aanvraag registreren').click();
    await form.getByText('Kies de organisatie die de aanvraag indient.').waitFor();
    await form.getByText('Vul de naam van het personeelslid in.').waitFor();
    await form.getByText('Vul het rijksregisternummer in.').waitFor();
    await form.getByText('Verbeter de aangeduide velden.').waitFor();

    await form.getByLabel('Organisatie', { exact: true }).fill('De Brug');
    await page.getByRole('option', { name: new RegExp(NAAM) }).click();
    await form.getByLabel('Ontvangen op').fill('2026-10-01');
    await form.getByLabel('Kanaal').selectOption({ label: 'E-loket' });
    await form.getByLabel('Uw kenmerk').fill('DB/2026/17');
    await form.getByLabel('Verzekering burgerlijke aansprakelijkheid verklaard').check();
    await form.getByLabel('Naam personeelslid 1').fill('Sofie Maes');
    const insz = form.getByLabel('Rijksregisternummer personeelslid 1');
    await insz.fill('85073003329');
    await insz.blur();
    await form.getByText('Dit rijksregisternummer klopt niet: het controlegetal (laatste twee cijfers) is fout.').waitFor();
    await form.getByLabel('Bachelorrichting personeelslid 1').selectOption({ label: 'Sociaal' });
    await shot('01-formulier-fouten');

    await insz.fill(inszFor('1985-07-30', 33).replace(/\D/g, ''));
    await insz.blur();
    await expect.poll(() => insz.inputValue()).toBe('85.07.30-033.28');
    await knop(form, 'Aanvraag registreren').click();

    await page.waitForURL(/#\/erkenningen\/aanvragen\/\d+$/);
    aanvraagId = Number(/aanvragen\/(\d+)$/.exec(page.url())![1]);
    await h1(page, `Aanvraag ${aanvraagId}: ${NAAM}`).waitFor();
    await tekst(page.getByTestId('aanvraag-status')).toBe('Ingediend');
    await tekst(page.getByTestId('controles')).not.toContain('Niet in orde');
    const termijnen = page.getByTestId('termijnen');
    // 01/10/2026 + 45 = 15/11 (Sunday) → 16/11/2026; + 90 = 30/12/2026.
    await tekst(termijnen).toContain('16/11/2026');
    await tekst(termijnen).toContain('30/12/2026');
    await tekst(page.getByTestId('tijdlijn')).toContain('Aanvraag ontvangen via e-loket');
    await page.getByText('85.07.30-033.28').waitFor(); // the INSZ on the application's own page
    await shot('02-aanvraag');
  });

  it('schort de termijn op met een verzoek om informatie tot het antwoord', async () => {
    await knop(page, 'Informatie opvragen').click();
    const d = dialoog('Informatie opvragen');
    await d.getByLabel('Datum van het verzoek').fill('2026-10-10');
    await d.getByLabel('Wat ontbreekt').fill('Kopie van de verzekeringspolis burgerlijke aansprakelijkheid');
    await shot('03-informatie-opvragen');
    // The letter is previewed before it is issued (a PDF in a new tab in the browser).
    const [voorbeeld] = await Promise.all([page.waitForEvent('popup'), knop(d, 'Voorbeeld van de brief').click()]);
    expect(voorbeeld.url()).toMatch(/^blob:/);
    await voorbeeld.close();
    await knop(d, 'Informatie opvragen').click();
    await d.waitFor({ state: 'hidden' });
    await page.getByTestId('toestand').getByText('Termijn opgeschort').waitFor();
    await tekst(page.getByTestId('opschortingen')).toContain('Loopt nog');
    await shot('04-opgeschort');

    await knop(page, 'Antwoord ontvangen').click();
    const a = dialoog('Antwoord ontvangen');
    await a.getByLabel('Datum van het antwoord').fill('2026-10-19');
    await knop(a, 'Antwoord registreren').click();
    await a.waitFor({ state: 'hidden' });
    // 10 suspended days: admissibility 25/11/2026, merits 09/01/2027 (Saturday) → 11/01/2027.
    const termijnen = page.getByTestId('termijnen');
    await tekst(termijnen).toContain('25/11/2026');
    await tekst(termijnen).toContain('11/01/2027');
    await page.getByRole('button', { name: 'Hoe is deze datum berekend?' }).nth(1).click();
    await tekst(termijnen).toContain('opschorting 10/10/2026 t/m 19/10/2026: 10 dagen');
    await tekst(page.getByTestId('opschortingen')).toContain('19/10/2026');
    await shot('05-antwoord-ontvangen');
  });

  it('legt de beslissing over de ontvankelijkheid ter goedkeuring voor, met voorbeeld van de brief', async () => {
    await knop(page, 'Beslissing ontvankelijkheid').click();
    const d = dialoog('Beslissing ontvankelijkheid');
    await d.getByLabel('Ja, ontvankelijk').check();
    await d.getByLabel('Beslissingsdatum').fill('2026-10-20');
    await expect.poll(() => d.getByLabel('Feiten', { exact: true }).inputValue()).toContain('diende op 01/10/2026 via het e-loket een aanvraag in');
    // The grounds are the assessment built from blocks (not the legal basis again); a block can be inserted again.
    await expect.poll(() => d.getByLabel('Juridische gronden').inputValue()).toBe('De aanvraag bevat alle gegevens en stukken die het besluit vraagt. Ze is ontvankelijk en wordt ten gronde onderzocht.');
    await d.getByRole('group', { name: 'Bouwstenen: feiten' }).getByRole('button', { name: 'Ontvangst van de aanvraag' }).waitFor();
    await d.getByLabel('Ondertekenaar').selectOption({ label: 'Olga Ondertekenaar, Afdelingshoofd' });
    await shot('06-ontvankelijkheid');
    await knop(d, 'Ter goedkeuring voorleggen').click();
    await d.waitFor({ state: 'hidden' });
    await page.getByTestId('toestand').getByText('Wacht op goedkeuring').waitFor();
    await tekst(page.getByTestId('beslissingen')).toContain('Wacht op goedkeuring');

    await knop(page, 'Voorbeeld brief').click();
    const v = dialoog('Voorbeeld van de beslissingsbrief');
    const frame = v.locator('iframe');
    await frame.waitFor();
    expect(await frame.getAttribute('src')).toMatch(/^blob:/);
    await shot('07-voorbeeld-brief');
    await page.keyboard.press('Escape');
    await v.waitFor({ state: 'hidden' });
    // Focus returns to the button that opened the dialog.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Voorbeeld brief');
  });

  it('vier ogen: wie het ontwerp opmaakte, kan het niet goedkeuren', async () => {
    const an = await e.als(AN_ALS_ONDERTEKENAAR);
    await naar(an, '/beslissingen');
    const rij = an.getByRole('region', { name: 'Beslissingen' }).locator('.ag-row[row-index="0"]');
    await rij.dblclick();
    await knop(an, 'Goedkeuren en ondertekenen').click();
    await knop(an.getByRole('dialog', { name: 'Goedkeuren en ondertekenen' }), 'Ja, goedkeuren en ondertekenen').click();
    const fout = an.getByTestId('goedkeuring-fout');
    await tekst(fout).toContain('Vier-ogenprincipe: wie het ontwerp opmaakte, kan het niet zelf goedkeuren.');
    await screenshotVan(an, '08-vier-ogen');
    await an.close();
    await page.bringToFront();
    expect((await e.call('beslissing.list', { status: 'ontwerp' })).length).toBe(1);
  });

  it('een ondertekenaar keurt goed; de beslissing ten gronde volgt en wordt ook goedgekeurd', async () => {
    await keurGoed('Ontvankelijk');
    await screenshotVan(olga, '09-goedgekeurd');

    await herlaad();
    await tekst(page.getByTestId('aanvraag-status')).toBe('Ontvankelijk');
    await knop(page, 'Beslissing ten gronde').click();
    const d = dialoog('Beslissing ten gronde');
    await d.getByLabel('Ja, erkennen').check();
    await d.getByLabel('Beslissingsdatum').fill('2026-11-20');
    await d.getByLabel('Ingangsdatum').fill('2026-12-01');
    // The letter before the draft is saved (nothing stored): the popup shows the PDF.
    const [voorbeeldTenGronde] = await Promise.all([page.waitForEvent('popup'), knop(d, 'Voorbeeld van de brief').click()]);
    expect(voorbeeldTenGronde.url()).toMatch(/^blob:/);
    await voorbeeldTenGronde.close();
    await knop(d, 'Ter goedkeuring voorleggen').click();
    await d.waitFor({ state: 'hidden' });
    await page.getByTestId('toestand').getByText('Wacht op goedkeuring').waitFor();
    await shot('10-ten-gronde');

    await keurGoed('Erkenning');
    await herlaad();
    await tekst(page.getByTestId('aanvraag-status')).toBe('Toegekend');
    const brieven = page.getByTestId('dossier-brieven');
    await tekst(brieven).toContain('Beslissing: erkenning');
    await tekst(brieven).toContain('Beslissing: ontvankelijk');
    await tekst(page.getByTestId('tijdlijn')).toContain('Erkend (AMA-WVG-2026-0001) van 01/12/2026 tot en met 30/11/2031');
    await shot('11-toegekend');
    // The letter's motivation reads as written: facts, the assessment per condition, the conclusion — no checklist
    // fragments ("/-leden"), the legal basis once (its own list), not again in the grounds.
    const erkenning = (await e.call('beslissing.list', { status: 'uitgegeven' })).find((x) => x.type === 'erkenning')!;
    const brief = pdfTekst((await e.call('document.get', { id: erkenning.documentId! })).pdfBase64).replace(/\s+/g, ' ');
    expect(brief).toContain('De organisatie zet 1 personeelslid in met een bachelordiploma');
    expect(brief).toContain('De organisatie voldoet aan alle erkenningsvoorwaarden. De erkenning wordt toegekend voor vijf jaar.');
    expect(brief).not.toMatch(/\/-leden|personeelslid\/|via E-loket/);
    expect(brief.split('art. 46').length - 1).toBeLessThanOrEqual(1);
  });

  it('de erkenning staat in het register, vijf jaar geldig', async () => {
    await naar(page, '/erkenningen/register');
    await h1(page, 'Erkenningen AMA WVG').waitFor();
    const grid = page.getByRole('region', { name: 'Register van erkenningen' });
    const rij = grid.locator('.ag-row[row-index="0"]');
    await tekst(rij.locator('[col-id="erkenningsnummer"]')).toBe('AMA-WVG-2026-0001');
    await tekst(rij.locator('[col-id="geldigVan"]')).toBe('01/12/2026');
    await tekst(rij.locator('[col-id="geldigTot"]')).toBe('30/11/2031');
    await tekst(rij.locator('[col-id="status"]')).toBe('Actief');
    await shot('12-register');
    await rij.dblclick();
    await h1(page, 'Erkenning AMA-WVG-2026-0001').waitFor();
    erkenningId = Number(/erkenningen\/(\d+)$/.exec(page.url())![1]);
    await tekst(page.getByTestId('erkenning-historiek')).toContain('Erkend na aanvraag');
    await shot('13-erkenning');

    const docs = await e.call('document.list', { dossierEntiteit: 'aanvraag', dossierId: String(aanvraagId) });
    expect(docs.map((d) => d.briefType).sort()).toEqual(['erkenningsbeslissing', 'ontvankelijkheidsbeslissing', 'verzoek-aanvullende-informatie']);
  });

  it('opheffing: voornemen, verzending, reactie met vraag om hoorzitting, hoorzitting gepland', async () => {
    await knop(page, 'Opheffing starten').click();
    const d = dialoog('Opheffing starten');
    await d.getByLabel('Gronden').fill('Sinds oktober 2026 wordt geen begeleiding meer gegeven (art. 49, §4).');
    await d.getByLabel('Feiten').fill('Bij de inspectie op 16/11/2026 bleek dat de organisatie geen begeleider meer in dienst heeft.');
    const [voorbeeldVoornemen] = await Promise.all([page.waitForEvent('popup'), knop(d, 'Voorbeeld van de brief').click()]);
    expect(voorbeeldVoornemen.url()).toMatch(/^blob:/);
    await voorbeeldVoornemen.close();
    await knop(d, 'Voornemen uitgeven').click();
    await page.waitForURL(/#\/procedures\/\d+$/);
    await tekst(page.getByTestId('procedure-status')).toBe('Voornemen, nog niet ter kennis');
    await shot('14-voornemen');

    await knop(page, 'Verzending voornemen registreren').click();
    const v = dialoog('Verzending van het voornemen registreren');
    await v.getByLabel('Verzendkanaal').selectOption({ label: 'E-mail' });
    await v.getByLabel('Verzonden op').fill('2026-11-23');
    await v.getByLabel('Ontvangen op').fill('2026-11-23');
    await knop(v, 'Verzending registreren').click();
    await v.waitFor({ state: 'hidden' });
    await tekst(page.getByTestId('procedure-status')).toBe('Reactietermijn');
    await tekst(page.getByTestId('termijnen')).toContain('23/12/2026');

    await knop(page, 'Reactie registreren').click();
    const r = dialoog('Reactie registreren');
    await r.getByLabel('Ontvangen op').fill('2026-11-23');
    await r.getByLabel('Samenvatting van de reactie').fill('Een nieuwe begeleider start op 1 december; de organisatie wil gehoord worden.');
    await r.getByLabel('De organisatie vraagt om gehoord te worden').check();
    await knop(r, 'Reactie registreren').click();
    await r.waitFor({ state: 'hidden' });

    await knop(page, 'Hoorzitting plannen').click();
    const h = dialoog('Hoorzitting plannen');
    await h.getByLabel('Datum').fill('2026-11-30');
    await h.getByLabel('Uur').fill('10:00');
    await h.getByLabel('Plaats').fill('Koning Albert II-laan 35, 1030 Brussel, lokaal 4.12');
    const [voorbeeldUitnodiging] = await Promise.all([page.waitForEvent('popup'), knop(h, 'Voorbeeld van de brief').click()]);
    await voorbeeldUitnodiging.close();
    await knop(h, 'Plannen en uitnodiging uitgeven').click();
    await h.waitFor({ state: 'hidden' });
    await tekst(page.getByTestId('procedure-status')).toBe('Hoorzitting gepland');
    await tekst(page.getByTestId('dossier-brieven')).toContain('Uitnodiging hoorzitting');
    await shot('15-hoorzitting-gepland');
  });

  it('na de hoorzitting: verslag, beslissing tot opheffing, goedkeuring', async () => {
    klok = new Date('2026-12-01T08:00:00Z');
    await herlaad();
    await knop(page, 'Verslag hoorzitting').click();
    const v = dialoog('Verslag van de hoorzitting');
    await v.getByLabel('Aanwezigen', { exact: true }).fill('Jan Claes (organisatie), An Peeters (departement)');
    await v.getByLabel('Verslag', { exact: true }).fill('De organisatie toont geen contract van een nieuwe begeleider voor.');
    await knop(v, 'Verslag vastleggen').click();
    await v.waitFor({ state: 'hidden' });
    await tekst(page.getByTestId('procedure-status')).toBe('Te beslissen');

    await knop(page, 'Beslissing voorstellen').click();
    const b = dialoog('Beslissing voorstellen');
    await b.getByLabel('Beslissingsdatum').fill('2026-12-01');
    await b.getByLabel('Laatste dag van de erkenning').fill('2026-12-31');
    await knop(b, 'Ter goedkeuring voorleggen').click();
    await b.waitFor({ state: 'hidden' });
    await shot('16-opheffing-voorgesteld');

    await keurGoed('Opheffing');
    await herlaad();
    await tekst(page.getByTestId('procedure-status')).toBe('Beslist');
    expect((await e.call('erkenning.get', { id: erkenningId })).status).toBe('opgeheven');
    await shot('17-beslist');
  });

  it('bezwaar: registreren, tijdig na de kennisgeving, gegrond (vernietigd): de erkenning herleeft', async () => {
    await knop(page, 'Bezwaar registreren').click();
    const d = dialoog('Bezwaar registreren');
    await d.getByLabel('Ontvangen op').fill('2026-12-01');
    await d.getByLabel('Samenvatting van het bezwaar').fill('De begeleider is sinds 1 december in dienst; contract bijgevoegd.');
    await knop(d, 'Bezwaar registreren').click();
    await page.waitForURL(/#\/bezwaren\/\d+$/);
    // The decision's letter was not sent yet: the objection period has not started.
    await tekst(page.getByTestId('tijdigheid')).toBe('Nog niet te beoordelen');
    await shot('18-bezwaar-onbepaald');

    await knop(page, 'Verzending van de beslissing registreren').click();
    const v = dialoog('Verzending van de betwiste beslissing registreren');
    await v.getByLabel('Verzendkanaal').selectOption({ label: 'E-mail' });
    await v.getByLabel('Verzonden op').fill('2026-12-01');
    await v.getByLabel('Ontvangen op').fill('2026-12-01');
    await knop(v, 'Verzending registreren').click();
    await v.waitFor({ state: 'hidden' });
    await tekst(page.getByTestId('tijdigheid')).toBe('Tijdig');
    await tekst(page.getByTestId('tijdigheid-toelichting')).toContain('tot en met 31/12/2026');

    await knop(page, 'Beslissing over het bezwaar').click();
    const b = dialoog('Beslissing over het bezwaar');
    await b.getByLabel('Vernietigd (bezwaar gegrond)').check();
    await b.getByLabel('Juridische gronden').fill('De voorwaarde van art. 46 is opnieuw vervuld; de opheffing is niet langer verantwoord.');
    await shot('19-bezwaar-beslissing');
    await knop(b, 'Ter goedkeuring voorleggen').click();
    await b.waitFor({ state: 'hidden' });

    await keurGoed('Bezwaar: beslissing vernietigd');
    await herlaad();
    await tekst(page.getByTestId('bezwaar-status')).toBe('Vernietigd (bezwaar gegrond)');
    await shot('20-bezwaar-beslist');

    await naar(page, `/erkenningen/${erkenningId}`);
    await tekst(page.getByTestId('erkenning-status')).toBe('Actief');
    await tekst(page.getByTestId('erkenning-historiek')).toContain('Opheffing vernietigd na bezwaar');
    await tekst(page.getByTestId('procedures')).toContain('Beslist');
    await shot('21-erkenning-hersteld');
    const e2 = await e.call('erkenning.get', { id: erkenningId });
    expect([e2.status, e2.geldigTot]).toEqual(['actief', '2031-11-30']);
  });

  it('de termijnen-inbox op het overzicht is leeg en er waren geen scriptfouten', async () => {
    await naar(page, '/');
    await h1(page, 'Overzicht').waitFor();
    await tekst(page.getByTestId('inbox-telling')).toBe('0 dossiers');
    expect(e.errors.filter((x) => x.startsWith('pageerror'))).toEqual([]);
  });
});
