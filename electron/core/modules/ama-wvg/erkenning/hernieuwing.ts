/**
 * Renewal reminders for AMA WVG recognitions (RULES.md: valid 5 years; reminder
 * AMA_WVG_HERINNERING_HERNIEUWING months before the end; renewal = a new application).
 *
 * `hernieuwing.herinneringen` is a batch job:
 *  1. Select: the given recognitions, or every active recognition ending within the parameter's
 *     months from `datum` that has no reminder yet, no renewal application (running or granted) and
 *     no successor. Explicitly chosen ones that do not qualify are reported in `overgeslagen`.
 *  2. Contact person and signatory are resolved once: when they cannot appear in a letter the whole
 *     batch is refused before anything is written.
 *  3. One letter per organisation, each issued in its own transaction through `geefReeksUit` (rendered on the worker threads)
 *     (document + audit + a timeline entry on the recognition). Inside that transaction it checks
 *     again that no other reminder was issued meanwhile. A failure of one organisation (no contact
 *     person, ceased, …) is reported with its Dutch reason and does not touch the others.
 *  4. Progress after every letter as `job.voortgang` push events (jobs/index.ts).
 *  5. One combined PDF of all letters (pdf-lib), stored as a document of type
 *     'herinnering-hernieuwing-bundel' with its own kenmerk series `BUNDEL/ZORG/<jaar>/<nr>` (it is
 *     not a letter: it takes no number of the letters' series, has no addressee and is not sent).
 *  6. Resumable: letters are committed one by one and the bundle last, so a batch killed in between
 *     leaves issued reminders in no bundle. The next batch puts those first in its bundle
 *     (`uitOnderbrokenReeks`) — also when it has no new letter — so every reminder gets printed.
 *
 * Only one reminder batch runs at a time per database in this process.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../../../shared/api/errors';
import type { DocumentMeta } from '../../../../../shared/letters/brief.contract';
import type { HerinneringKandidaat, HerinneringOvergeslagen, HerinneringenResultaat } from '../../../../../shared/ama-wvg/hernieuwing.contract';
import type { ParsedInput } from '../../../../../shared/api/contract';
import { addMonths } from '../../../../../shared/kernel/dates';
import { formatDatum } from '../../../../../shared/kernel/format';
import type { Sqlite } from '../../../../../db/open';
import type { Handlers } from '../../../platform/router';
import type { CallContext } from '../../../platform/context';
import { addGebeurtenis, medewerkerIdVan } from '../../../platform/dossier';
import { personen } from '../../../letters/basis';
import { geefReeksUit, getDocumentInhoud, getDocumentMeta, reeksMelding, renderBrief } from '../../../letters/store';
import { sha256Hex } from '../../../platform/hash';
import { HERINNERING_BRIEFTYPE, resolveHerinnering, voorbereideHerinnering } from './herinneringsbrief';
import { runJob } from '../../../platform/jobs';
import { voegPdfsSamen } from '../../../letters/bundel';
import { volgendInReeks } from '../../../letters/kenmerk';
import { parameterGetal } from '../../../platform/parameter';
import { aantalMet } from '../../../../../shared/kernel/format';
import { HERINNERING_PARAMETER } from '../../../../../shared/ama-wvg/hernieuwing.contract';

export const BUNDEL_BRIEFTYPE = 'herinnering-hernieuwing-bundel';
const JOB_SOORT = 'herinnering-hernieuwing';

const HEEFT_HERINNERING = `EXISTS (SELECT 1 FROM document d WHERE d.dossier_entiteit = 'erkenning' AND d.dossier_id = CAST(e.id AS TEXT) AND d.brief_type = '${HERINNERING_BRIEFTYPE}')`;
const HEEFT_HERNIEUWING = "EXISTS (SELECT 1 FROM aanvraag a WHERE a.hernieuwing_van_id = e.id AND a.status IN ('ingediend', 'ontvankelijk', 'toegekend'))";
const HEEFT_OPVOLGER = 'EXISTS (SELECT 1 FROM erkenning n WHERE n.vorige_erkenning_id = e.id)';

function herinneringMaanden(call: CallContext, datum: string): number {
  try {
    return parameterGetal(call.app.sqlite, HERINNERING_PARAMETER, datum);
  } catch (err) {
    if (err instanceof AppError && err.code === 'NIET_GEVONDEN') throw AppError.validatie('datum', err.message);
    throw err;
  }
}

/** Active recognitions ending from `datum` up to N months later, not reminded, not being renewed. */
export function herinneringKandidaten(call: CallContext, datum: string): HerinneringKandidaat[] {
  const grens = addMonths(datum, herinneringMaanden(call, datum));
  // Never about a recognition whose last day has passed (it is about to become 'verlopen').
  const vanaf = datum > call.today() ? datum : call.today();
  return call.app.sqlite
    .prepare(
      `SELECT e.id AS erkenningId, e.erkenningsnummer, e.organisatie_id AS organisatieId, o.naam AS organisatieNaam,
              e.geldig_van AS geldigVan, e.geldig_tot AS geldigTot
         FROM erkenning e JOIN organisatie o ON o.id = e.organisatie_id
        WHERE e.status = 'actief' AND e.geldig_tot >= ? AND e.geldig_tot <= ?
          AND NOT ${HEEFT_HERINNERING} AND NOT ${HEEFT_HERNIEUWING} AND NOT ${HEEFT_OPVOLGER}
        ORDER BY e.geldig_tot, o.naam, e.id`,
    )
    .all(vanaf, grens) as HerinneringKandidaat[];
}

interface Keuze {
  kandidaten: HerinneringKandidaat[];
  overgeslagen: HerinneringOvergeslagen[];
}

/** Explicitly chosen recognitions: those that qualify, and the others with the reason. */
function gekozen(call: CallContext, ids: number[]): Keuze {
  const db = call.app.sqlite;
  const q = db.prepare(
    `SELECT e.id AS erkenningId, e.erkenningsnummer, e.organisatie_id AS organisatieId, o.naam AS organisatieNaam,
            e.geldig_van AS geldigVan, e.geldig_tot AS geldigTot, e.status,
            (SELECT d.kenmerk || '|' || json_extract(d.gegevens, '$.datum') FROM document d
              WHERE d.dossier_entiteit = 'erkenning' AND d.dossier_id = CAST(e.id AS TEXT) AND d.brief_type = '${HERINNERING_BRIEFTYPE}'
              ORDER BY d.id DESC LIMIT 1) AS herinnering,
            (SELECT a.id FROM aanvraag a WHERE a.hernieuwing_van_id = e.id AND a.status IN ('ingediend', 'ontvankelijk', 'toegekend')
              ORDER BY a.id DESC LIMIT 1) AS hernieuwingAanvraagId,
            (SELECT n.erkenningsnummer FROM erkenning n WHERE n.vorige_erkenning_id = e.id) AS opvolger
       FROM erkenning e JOIN organisatie o ON o.id = e.organisatie_id WHERE e.id = ?`,
  );
  const kandidaten: HerinneringKandidaat[] = [];
  const overgeslagen: HerinneringOvergeslagen[] = [];
  const perOrganisatie = new Map<number, string>();
  for (const id of [...new Set(ids)]) {
    const r = q.get(id) as
      | (HerinneringKandidaat & { status: string; herinnering: string | null; hernieuwingAanvraagId: number | null; opvolger: string | null })
      | undefined;
    const skip = (reden: string) => overgeslagen.push({ erkenningId: id, erkenningsnummer: r?.erkenningsnummer ?? null, organisatieNaam: r?.organisatieNaam ?? null, reden });
    if (!r) skip('Deze erkenning bestaat niet.');
    else if (r.status !== 'actief') skip(`De erkenning is niet actief (status: ${r.status}).`);
    else if (r.herinnering) {
      const [kenmerk, datum] = r.herinnering.split('|');
      skip(`Er werd al een herinnering uitgegeven op ${formatDatum(datum)} (kenmerk ${kenmerk}).`);
    } else if (r.hernieuwingAanvraagId) skip(`Er is al een aanvraag tot hernieuwing (aanvraag nr. ${r.hernieuwingAanvraagId}).`);
    else if (r.opvolger) skip(`De erkenning is al hernieuwd (${r.opvolger}).`);
    else if (perOrganisatie.has(r.organisatieId)) {
      skip(`Deze organisatie krijgt in deze reeks al een herinnering (erkenning ${perOrganisatie.get(r.organisatieId)}).`);
    } else {
      perOrganisatie.set(r.organisatieId, r.erkenningsnummer);
      const { status: _s, herinnering: _h, hernieuwingAanvraagId: _a, opvolger: _o, ...k } = r;
      kandidaten.push(k);
    }
  }
  kandidaten.sort((a, b) => a.geldigTot.localeCompare(b.geldigTot) || a.organisatieNaam.localeCompare(b.organisatieNaam) || a.erkenningId - b.erkenningId);
  return { kandidaten, overgeslagen };
}

/** The default selection: one recognition per organisation (the earliest ending one). */
function standaard(call: CallContext, datum: string): Keuze {
  const kandidaten: HerinneringKandidaat[] = [];
  const overgeslagen: HerinneringOvergeslagen[] = [];
  const perOrganisatie = new Map<number, string>();
  for (const k of herinneringKandidaten(call, datum)) {
    const al = perOrganisatie.get(k.organisatieId);
    if (al) {
      overgeslagen.push({ erkenningId: k.erkenningId, erkenningsnummer: k.erkenningsnummer, organisatieNaam: k.organisatieNaam, reden: `Deze organisatie krijgt in deze reeks al een herinnering (erkenning ${al}).` });
    } else {
      perOrganisatie.set(k.organisatieId, k.erkenningsnummer);
      kandidaten.push(k);
    }
  }
  return { kandidaten, overgeslagen };
}

/** Thrown inside a letter's transaction when another reminder for the recognition was issued meanwhile. */
class AlHerinnerd extends AppError {
  constructor(kenmerk: string) {
    super('CONFLICT', `Intussen werd al een herinnering uitgegeven voor deze erkenning (kenmerk ${kenmerk}).`);
  }
}

/** Kenmerk of a bundle: its own series per department and year, `BUNDEL/ZORG/2026/000001`. */
function volgendBundelKenmerk(db: Sqlite, jaar: number): string {
  return volgendInReeks(db, `BUNDEL/ZORG/${jaar}/`);
}

/** Reminders issued by a batch (audit trail) that are in no bundle yet: a batch was interrupted before its bundle. */
function zonderBundel(db: Sqlite): DocumentMeta[] {
  const ids = db
    .prepare(
      `SELECT d.id FROM document d
        WHERE d.brief_type = ?
          AND EXISTS (SELECT 1 FROM audit_entry a WHERE a.entiteit = 'document' AND a.entiteit_id = CAST(d.id AS text) AND a.methode = 'hernieuwing.herinneringen')
          AND NOT EXISTS (SELECT 1 FROM document b, json_each(b.gegevens, '$.brieven') j
                           WHERE b.brief_type = ? AND json_extract(j.value, '$.documentId') = d.id)
        ORDER BY d.id`,
    )
    .pluck()
    .all(HERINNERING_BRIEFTYPE, BUNDEL_BRIEFTYPE) as number[];
  return ids.map((id) => getDocumentMeta(db, id));
}

const bezig = new WeakMap<Sqlite, string>();

async function herinneringen(input: ParsedInput<'hernieuwing.herinneringen'>, call: CallContext): Promise<HerinneringenResultaat> {
  const t0 = performance.now();
  const db = call.app.sqlite;
  const datum = input.datum ?? call.today();
  const lopend = bezig.get(db);
  if (lopend) throw new AppError('CONFLICT', `Er loopt al een reeks herinneringen (taak ${lopend}). Wacht tot die klaar is.`);
  // The same contact person and signatory for every letter: refuse the whole batch when they cannot sign.
  const wie = personen(call, { organisatieId: 0, contactpersoonId: input.contactpersoonId, ondertekenaarId: input.ondertekenaarId }, 'ZORG', false);
  const keuze = input.erkenningIds ? gekozen(call, input.erkenningIds) : standaard(call, datum);
  const totaal = keuze.kandidaten.length;
  const jobId = input.jobId ?? randomUUID();
  bezig.set(db, jobId);
  try {
    // Stoppable between two letters (each its own transaction): the bundle then holds the letters issued so far,
    // and the other recognitions stay candidates for the next batch.
    const opties = { soort: JOB_SOORT, jobId, totaal, intervalMs: 0, bericht: `${aantalMet(totaal, 'herinnering', 'herinneringen')} aanmaken`, stopbaar: true, medewerkerId: call.caller.medewerkerId };
    return await runJob(call.app, opties, async (job) => {
      const uitOnderbrokenReeks = zonderBundel(db);
      const documenten: DocumentMeta[] = [];
      const overgeslagen = [...keuze.overgeslagen];
      // Rendered on the worker threads while the letters before them are stored (letters/store.ts, geefReeksUit).
      await geefReeksUit(
        call,
        keuze.kandidaten.map((k) => {
          let g: ReturnType<typeof resolveHerinnering>;
          return {
            voorbereid: () => voorbereideHerinnering((g = resolveHerinnering(call, k.erkenningId, wie))),
            inTx: (doc: DocumentMeta) => {
              const ander = db
                .prepare("SELECT kenmerk FROM document WHERE dossier_entiteit = 'erkenning' AND dossier_id = ? AND brief_type = ? AND id <> ? LIMIT 1")
                .get(String(k.erkenningId), HERINNERING_BRIEFTYPE, doc.id) as { kenmerk: string } | undefined;
              if (ander) throw new AlHerinnerd(ander.kenmerk);
              addGebeurtenis(call, {
                entiteit: 'erkenning', entiteitId: k.erkenningId, datum: g.datum, soort: 'herinnering-hernieuwing', documentId: doc.id,
                omschrijving: `Herinnering tot hernieuwing uitgegeven (${doc.kenmerk}); de erkenning loopt af op ${formatDatum(k.geldigTot)}`,
              });
            },
          };
        }),
        {
          gestopt: () => job.gestopt(),
          na: (i, uitkomst) => {
            const k = keuze.kandidaten[i];
            if ('document' in uitkomst) documenten.push(uitkomst.document);
            else {
              overgeslagen.push({
                erkenningId: k.erkenningId, erkenningsnummer: k.erkenningsnummer, organisatieNaam: k.organisatieNaam,
                reden: reeksMelding(call, uitkomst.fout, `Herinnering voor erkenning ${k.erkenningId} mislukt`),
              });
            }
            job.voortgang(i + 1, `${i + 1} van ${totaal}: ${k.organisatieNaam}`);
          },
        },
      );
      const t1 = performance.now();

      let bundelDocumentId: number | null = null;
      let bundelPaginas = 0;
      const inBundel = [...uitOnderbrokenReeks, ...documenten];
      if (inBundel.length) {
        job.voortgang(totaal, `PDF-bundel van ${inBundel.length} ${inBundel.length === 1 ? 'brief' : 'brieven'} samenstellen`);
        const bundel = await voegPdfsSamen(inBundel.map((d) => getDocumentInhoud(db, d.id)), {
          titel: `Herinneringen hernieuwing erkenning AMA WVG – ${formatDatum(call.today())}`,
          aangemaaktOp: call.app.now(),
          dubbelzijdig: input.dubbelzijdig,
        });
        bundelPaginas = bundel.paginas;
        bundelDocumentId = call.tx((audit) => {
          const kenmerk = volgendBundelKenmerk(db, Number(call.today().slice(0, 4)));
          const sha256 = sha256Hex(bundel.bytes);
          const onderwerp = `Bundel om af te drukken: ${inBundel.length} ${inBundel.length === 1 ? 'herinnering' : 'herinneringen'} tot hernieuwing van ${formatDatum(call.today())}`;
          const bestandsnaam = `${kenmerk.replace(/\//g, '-')}-${BUNDEL_BRIEFTYPE}.pdf`;
          const contact = wie.contactpersoon.medewerkerId;
          const { lastInsertRowid } = db
            .prepare(
              `INSERT INTO document (kenmerk, brief_type, template_versie, departement, onderwerp, organisatie_id, dossier_entiteit, dossier_id,
                 bestandsnaam, sha256, grootte, inhoud, gegevens, contactpersoon_id, ondertekenaar_id, aangemaakt_door_id, aangemaakt_op)
               VALUES (?, ?, 1, 'ZORG', ?, NULL, 'job', ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
            )
            .run(kenmerk, BUNDEL_BRIEFTYPE, onderwerp, jobId, bestandsnaam, sha256, bundel.bytes.length, bundel.bytes,
              JSON.stringify({
                briefType: BUNDEL_BRIEFTYPE, jobId, datum: call.today(), dubbelzijdig: input.dubbelzijdig ?? false, paginas: bundel.paginas,
                brieven: inBundel.map((d, j) => ({ documentId: d.id, kenmerk: d.kenmerk, organisatieId: d.organisatieId, beginPagina: bundel.beginPagina[j] })),
                uitOnderbrokenReeks: uitOnderbrokenReeks.map((d) => d.id),
              }),
              contact, medewerkerIdVan(call), call.nowIso());
          const id = Number(lastInsertRowid);
          audit({
            entiteit: 'document', entiteitId: id, actie: 'aangemaakt',
            nieuw: { kenmerk, briefType: BUNDEL_BRIEFTYPE, jobId, brieven: inBundel.length, uitOnderbrokenReeks: uitOnderbrokenReeks.length, paginas: bundel.paginas, sha256, grootte: bundel.bytes.length },
            reden: 'Bundel van de herinneringen om af te drukken (geen brief: wordt niet zelf verstuurd)',
          });
          return id;
        });
      }
      const t2 = performance.now();
      return {
        jobId,
        documenten,
        bundelDocumentId,
        bundelPaginas,
        overgeslagen,
        uitOnderbrokenReeks,
        ms: { brieven: Math.round(t1 - t0), bundel: Math.round(t2 - t1), totaal: Math.round(t2 - t0) },
      };
    });
  } finally {
    bezig.delete(db);
  }
}

export const hernieuwingHandlers: Pick<Handlers, 'hernieuwing.kandidaten' | 'hernieuwing.voorbeeld' | 'hernieuwing.herinneringen'> = {
  'hernieuwing.kandidaten': (input, call) => herinneringKandidaten(call, input.datum ?? call.today()),
  'hernieuwing.voorbeeld': async (input, call) => {
    const wie = personen(call, { organisatieId: 0, contactpersoonId: input.contactpersoonId, ondertekenaarId: input.ondertekenaarId }, 'ZORG', false);
    const brief = await renderBrief(call, voorbereideHerinnering(resolveHerinnering(call, input.erkenningId, wie)), { voorbeeld: true });
    return { pdfBase64: brief.bytes.toString('base64'), onderwerp: brief.onderwerp };
  },
  'hernieuwing.herinneringen': herinneringen,
};
