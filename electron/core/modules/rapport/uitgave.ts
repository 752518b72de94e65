/**
 * Issuing the yearly report: a PDF in the house style with its tables, charts and counting rules, stored like a
 * letter (the `document` table: immutable bytes with their sha256, its own kenmerk series `JAARVERSLAG/<jaar>/<nr>`),
 * with the figures it showed kept beside it. Re-running the report later gives the same figures unless facts about
 * that period were recorded or corrected since; the report then lists every figure that differs from the first
 * issued version for the same year and peildatum (`correcties`).
 */
import { AppError } from '../../../../shared/api/errors';
import type { Jaarverslag, RapportCorrectie, RapportGrafiek, RapportTabel, RapportUitgave } from '../../../../shared/rapport/contract';
import { formatDatum, formatDatumLang } from '../../../../shared/kernel/format';
import type { Sqlite } from '../../../../db/open';
import type { CallContext } from '../../platform/context';
import { medewerkerIdVan } from '../../platform/dossier';
import { sha256Hex } from '../../platform/hash';
import { renderPdf, type Content, type DocDefinition } from '../../letters/pdf';
import { DONKER, GRIJS, LIJN } from '../../letters/houseStyle';
import { volgendInReeks } from '../../letters/kenmerk';
import { rapportWaarde } from '../../../../shared/rapport/format';
import { alsRapportTabel, jaarverslagMetLeden, standaardPeildatum } from './jaarverslag';
import { rapportGrafieken } from './grafieken';

export const JAARVERSLAG_BRIEFTYPE = 'jaarverslag';

interface Gegevens {
  jaar: number;
  peildatum: string;
  tabellen: RapportTabel[];
}

/** The issued versions of the report for a year and peildatum, oldest first. */
export function uitgaven(db: Sqlite, jaar: number, peildatum: string): (RapportUitgave & { tabellen: RapportTabel[] })[] {
  return (
    db
      .prepare(
        `SELECT d.id AS documentId, d.kenmerk, d.aangemaakt_op AS uitgegevenOp, m.naam AS door, d.gegevens
           FROM document d LEFT JOIN medewerker m ON m.id = d.aangemaakt_door_id
          WHERE d.brief_type = ? AND json_extract(d.gegevens, '$.jaar') = ? AND json_extract(d.gegevens, '$.peildatum') = ?
          ORDER BY d.id`,
      )
      .all(JAARVERSLAG_BRIEFTYPE, jaar, peildatum) as (RapportUitgave & { gegevens: string })[]
  ).map(({ gegevens, ...u }) => ({ ...u, tabellen: (JSON.parse(gegevens) as Gegevens).tabellen }));
}

/** Every figure that differs between the first issued version and now (rows that appeared or disappeared included). */
export function correcties(eerste: RapportTabel[], nu: RapportTabel[]): RapportCorrectie[] {
  const uit: RapportCorrectie[] = [];
  for (const t of nu) {
    const vroeger = eerste.find((x) => x.id === t.id);
    if (!vroeger) continue;
    const rijen = new Map<string, string>();
    for (const r of [...vroeger.rijen, ...t.rijen]) rijen.set(r.sleutel, r.label);
    const waarde = (tab: RapportTabel, sleutel: string | null, kolom: string) =>
      sleutel === null ? (tab.totaal[kolom] ?? null) : (tab.rijen.find((r) => r.sleutel === sleutel)?.waarden[kolom] ?? null);
    for (const [sleutel, label] of [...rijen, [null, 'Totaal'] as const]) {
      for (const k of t.kolommen) {
        const was = waarde(vroeger, sleutel, k.id);
        const wordt = waarde(t, sleutel, k.id);
        if (was !== wordt) uit.push({ tabelId: t.id, tabelTitel: t.titel, rij: label, kolom: k.titel, soort: k.soort, was, nu: wordt });
      }
    }
  }
  return uit;
}

/** The issued versions and the corrections since the first, for the report as computed now. */
export function uitgaveStand(db: Sqlite, v: Jaarverslag): Pick<Jaarverslag, 'uitgaven' | 'correcties'> {
  const u = uitgaven(db, v.jaar, v.peildatum);
  return {
    uitgaven: u.map(({ tabellen: _t, ...x }) => x),
    correcties: u.length ? correcties(u[0].tabellen, v.tabellen) : [],
  };
}

function tabelInhoud(t: RapportTabel): Content {
  const kop = [{ text: '', style: 'tabelKop' }, ...t.kolommen.map((k) => ({ text: k.titel, style: 'tabelKop', alignment: 'right' }))];
  const rijen = t.rijen.map((r) => [r.label, ...t.kolommen.map((k) => ({ text: rapportWaarde(k.soort, r.waarden[k.id]), alignment: 'right' }))]);
  const totaal = [{ text: 'Totaal', bold: true }, ...t.kolommen.map((k) => ({ text: rapportWaarde(k.soort, t.totaal[k.id]), alignment: 'right', bold: true }))];
  return [
    { text: t.titel, style: 'kop', headlineLevel: 2 },
    { text: `Bron: ${t.bron}`, style: 'klein', margin: [0, 0, 0, 4] },
    {
      table: { headerRows: 1, widths: ['*', ...t.kolommen.map(() => 'auto')], body: [kop, ...rijen, totaal], dontBreakRows: true },
      layout: { hLineWidth: (i: number) => (i <= 1 ? 0.8 : 0.3), vLineWidth: () => 0, hLineColor: () => '#999999', paddingTop: () => 2, paddingBottom: () => 2 },
      fontSize: 8.5,
    },
    { text: t.toelichting, style: 'klein', margin: [0, 4, 0, 10] },
  ];
}

export function jaarverslagPdf(v: Jaarverslag, grafieken: RapportGrafiek[], opts: { kenmerk: string; uitgegevenOp: string; door: string; correcties: RapportCorrectie[] }): DocDefinition {
  const bijTabel: Record<string, string> = { 'trajecten-per-regio': 'trajecten-objectief', 'ama-se-per-provincie': 'invulling-verdeling' };
  const grafiek = (id: string | undefined): Content[] => {
    const g = grafieken.find((x) => x.id === id);
    return g ? [{ stack: [{ text: g.titel, bold: true, fontSize: 9 }, { svg: g.svg, width: 430, margin: [0, 4, 0, 2] }, { text: g.beschrijving, style: 'klein' }], unbreakable: true, margin: [0, 0, 0, 14] }] : [];
  };
  const content: Content[] = [
    {
      columns: [
        { width: '*', stack: [{ text: 'Vlaamse overheid', fontSize: 9, color: GRIJS }, { text: 'Departement Zorg · Departement Werk en Sociale Economie', fontSize: 12, bold: true, margin: [0, 1, 0, 0] }] },
      ],
    },
    { canvas: [{ type: 'line', x1: 0, y1: 4, x2: 463, y2: 4, lineWidth: 3, lineColor: LIJN }], margin: [0, 2, 0, 16] },
    { text: `Jaarverslag werk- en zorgtrajecten ${v.jaar}`, fontSize: 18, bold: true },
    { text: 'aan de Vlaamse Regering', fontSize: 11, color: GRIJS, margin: [0, 2, 0, 10] },
    {
      text: [
        `Geteld uit de registers van de toepassing zoals de feiten waren op de peildatum ${formatDatumLang(v.peildatum)}. `,
        `Uitgegeven op ${formatDatumLang(opts.uitgegevenOp.slice(0, 10))} door ${opts.door}, kenmerk ${opts.kenmerk}. `,
        'Elke tabel vermeldt haar bron en haar telregel; de totalen tellen een organisatie, deelnemer of samenwerkingsverband één keer, ook als ze in meer rijen voorkomt.',
      ],
      margin: [0, 0, 0, 14],
    },
    ...v.tabellen.flatMap((t) => [tabelInhoud(t), ...grafiek(bijTabel[t.id])]),
    ...grafiek('trend'),
  ];
  if (opts.correcties.length) {
    content.push(
      { text: 'Correcties sinds de eerste uitgave', style: 'kop', pageBreak: 'before' },
      { text: 'Na de eerste uitgave van dit verslag werden feiten over deze periode geregistreerd of verbeterd. Deze cijfers verschillen daardoor:', margin: [0, 0, 0, 6] },
      {
        table: {
          headerRows: 1,
          widths: ['*', 'auto', 'auto', 'auto', 'auto'],
          body: [
            ['Tabel', 'Rij', 'Kolom', 'Was', 'Nu'].map((t) => ({ text: t, style: 'tabelKop' })),
            ...opts.correcties.map((c) => [c.tabelTitel, c.rij, c.kolom, { text: rapportWaarde(c.soort, c.was), alignment: 'right' }, { text: rapportWaarde(c.soort, c.nu), alignment: 'right' }]),
          ],
        },
        layout: 'lightHorizontalLines',
        fontSize: 8.5,
      },
    );
  }
  return {
    pageSize: 'A4',
    pageMargins: [66, 48, 66, 60],
    language: 'nl-BE',
    info: { title: `Jaarverslag werk- en zorgtrajecten ${v.jaar}`, author: 'Vlaamse overheid, Departement Zorg en Departement Werk en Sociale Economie', subject: `Kenmerk ${opts.kenmerk}, peildatum ${formatDatum(v.peildatum)}`, creationDate: new Date(opts.uitgegevenOp) },
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2, color: DONKER },
    styles: {
      kop: { fontSize: 11, bold: true, margin: [0, 8, 0, 2] },
      klein: { fontSize: 8, color: GRIJS, lineHeight: 1.15 },
      tabelKop: { bold: true, fontSize: 8.5 },
    },
    content,
    paginaVoet: {
      marge: [66, 20, 66, 0],
      links: [{ text: `Kenmerk ${opts.kenmerk}`, bold: true }, `  ·  Jaarverslag ${v.jaar}, peildatum ${formatDatum(v.peildatum)}`],
      stijl: 'klein',
    },
  };
}

function volgendKenmerk(db: Sqlite, jaar: number): string {
  return volgendInReeks(db, `JAARVERSLAG/${jaar}/`, 3);
}

/** Issue the report: render, store immutably with its figures, audit. */
export async function geefJaarverslagUit(call: CallContext, input: { jaar: number; peildatum?: string }): Promise<RapportUitgave> {
  const db = call.app.sqlite;
  const peildatum = input.peildatum ?? standaardPeildatum(input.jaar);
  const metLeden = jaarverslagMetLeden(db, input.jaar, peildatum, false);
  const v: Jaarverslag = { jaar: input.jaar, peildatum, tabellen: metLeden.map(alsRapportTabel) };
  const grafieken = await rapportGrafieken(db, input.jaar, metLeden);
  const door = (db.prepare('SELECT naam, departement FROM medewerker WHERE id = ?').get(medewerkerIdVan(call)) as { naam: string; departement: string } | undefined) ?? { naam: call.caller.gebruiker, departement: 'ZORG' };
  const uitgegevenOp = call.nowIso();
  const eerdere = uitgaven(db, input.jaar, peildatum);
  const corr = eerdere.length ? correcties(eerdere[0].tabellen, v.tabellen) : [];
  const kenmerk = volgendKenmerk(db, input.jaar);
  const bytes = await renderPdf(jaarverslagPdf(v, grafieken, { kenmerk, uitgegevenOp, door: door.naam, correcties: corr }));
  return call.tx((audit) => {
    // Re-check the number inside the transaction: another issue may have taken it while the PDF rendered.
    if (volgendKenmerk(db, input.jaar) !== kenmerk) throw new AppError('CONFLICT', 'Intussen werd het jaarverslag ook door iemand anders uitgegeven. Probeer opnieuw.');
    const sha256 = sha256Hex(bytes);
    const gegevens: Gegevens = { jaar: v.jaar, peildatum, tabellen: v.tabellen };
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO document (kenmerk, brief_type, template_versie, departement, onderwerp, organisatie_id, dossier_entiteit, dossier_id,
           bestandsnaam, sha256, grootte, inhoud, gegevens, contactpersoon_id, ondertekenaar_id, aangemaakt_door_id, aangemaakt_op)
         VALUES (?, ?, 1, ?, ?, NULL, 'jaarverslag', ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?)`,
      )
      .run(kenmerk, JAARVERSLAG_BRIEFTYPE, door.departement === 'WSE' ? 'WSE' : 'ZORG', `Jaarverslag werk- en zorgtrajecten ${v.jaar} (peildatum ${formatDatum(peildatum)})`,
        String(v.jaar), `${kenmerk.replace(/\//g, '-')}.pdf`, sha256, bytes.length, bytes, JSON.stringify(gegevens), medewerkerIdVan(call), uitgegevenOp);
    const documentId = Number(lastInsertRowid);
    audit({
      entiteit: 'document', entiteitId: documentId, actie: 'aangemaakt',
      nieuw: { kenmerk, briefType: JAARVERSLAG_BRIEFTYPE, jaar: v.jaar, peildatum, sha256, grootte: bytes.length, correcties: corr.length },
      reden: eerdere.length ? `Jaarverslag ${v.jaar} opnieuw uitgegeven (${corr.length} gecorrigeerde cijfers sinds ${eerdere[0].kenmerk})` : `Jaarverslag ${v.jaar} uitgegeven`,
    });
    return { documentId, kenmerk, uitgegevenOp, door: door.naam };
  });
}
