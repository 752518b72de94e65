/**
 * The statements (berekeningsnota's) of a run: one decision letter per payee whose saldo is not zero,
 * each issued in its own transaction (the document, the link on the payment row and their audit entries
 * together). The approval is the decision; the letters notify it. If issuing stops half-way (a crash, a
 * rendering error, the officer cancels the job), the run stays approved and issuing again issues only
 * the missing letters (a payment with a document gets none).
 */
import { AppError } from '../../../../shared/api/errors';
import type { BriefUitgifte } from '../../../../shared/engines/betaalrun.contract';
import type { CallContext } from '../../platform/context';
import { runJob } from '../../platform/jobs';
import { geefReeksUit, reeksMelding, renderBrief } from '../../letters/store';
import type { AuditInput } from '../../platform/audit';
import type { DocumentMeta } from '../../../../shared/letters/brief.contract';
import { controleerDepartementVoorRol } from './goedkeuring';
import { regelingVan, runRij } from './runs';

/** The signatory of a preview before approval: the caller when they may sign for the department, else its first signatory. */
function voorbeeldOndertekenaar(call: CallContext, departement: string): number | undefined {
  const db = call.app.sqlite;
  const zelf = db
    .prepare('SELECT id FROM medewerker WHERE id = ? AND mag_ondertekenen = 1 AND actief = 1 AND departement = ?')
    .pluck()
    .get(call.caller.medewerkerId, departement) as number | undefined;
  return zelf ?? (db.prepare('SELECT id FROM medewerker WHERE mag_ondertekenen = 1 AND actief = 1 AND departement = ? ORDER BY id LIMIT 1').pluck().get(departement) as number | undefined);
}

export async function voorbeeldNota(call: CallContext, input: { runId: number; organisatieId: number }): Promise<{ pdfBase64: string; onderwerp: string }> {
  const r = runRij(call.app.sqlite, input.runId);
  const v = regelingVan(call, r.regeling).nota(call, r.id, input.organisatieId, {
    contactpersoonId: r.aangemaaktDoorId,
    ondertekenaarId: r.goedgekeurdDoorId ?? voorbeeldOndertekenaar(call, r.departement),
  });
  const brief = await renderBrief(call, v, { voorbeeld: true });
  return { pdfBase64: brief.bytes.toString('base64'), onderwerp: brief.onderwerp };
}

/** Issue the missing statements of an approved run (saldo ≠ 0, no document yet), one transaction each, as a job. */
export async function geefNotasUit(call: CallContext, runId: number, jobId?: string): Promise<BriefUitgifte> {
  const db = call.app.sqlite;
  const r = runRij(db, runId);
  controleerDepartementVoorRol(call, r.departement);
  if (r.status !== 'goedgekeurd') throw new AppError('CONFLICT', `Berekeningsnota’s worden pas uitgegeven na de goedkeuring (deze run is ${r.status}).`);
  const regeling = regelingVan(call, r.regeling);
  const te = db
    .prepare(
      `SELECT b.id, b.organisatie_id AS organisatieId, coalesce(b.begunstigde_naam, o.naam) AS naam
         FROM betaalrun_betaling b JOIN organisatie o ON o.id = b.organisatie_id
        WHERE b.run_id = ? AND b.saldo_cent <> 0 AND b.document_id IS NULL ORDER BY naam, b.id`,
    )
    .all(runId) as { id: number; organisatieId: number; naam: string }[];
  const overgeslagen = db.prepare('SELECT count(*) FROM betaalrun_betaling WHERE run_id = ? AND (saldo_cent = 0 OR document_id IS NOT NULL)').pluck().get(runId) as number;
  const personen = { contactpersoonId: r.aangemaaktDoorId, ondertekenaarId: r.goedgekeurdDoorId ?? undefined };
  const mislukt: BriefUitgifte['mislukt'] = [];
  let uitgegeven = 0;
  const opties = { soort: 'berekeningsnotas', jobId: jobId ?? `betaalrun-${runId}-brieven`, totaal: te.length, bericht: `${te.length} berekeningsnota’s uitgeven`, stopbaar: true, medewerkerId: call.caller.medewerkerId };
  await runJob(call.app, opties, async (job) => {
    // Each letter is its own transaction: stopping between two letters leaves nothing half done. Rendered on the
    // worker threads while the letters before them are stored (letters/store.ts, geefReeksUit).
    await geefReeksUit(
      call,
      te.map((b) => ({
        voorbereid: () => regeling.nota(call, runId, b.organisatieId, personen),
        inTx: (doc: DocumentMeta, audit: (e: AuditInput) => void) => {
          const n = db.prepare('UPDATE betaalrun_betaling SET document_id = ? WHERE id = ? AND document_id IS NULL').run(doc.id, b.id).changes;
          if (!n) throw new AppError('CONFLICT', `De berekeningsnota voor ${b.naam} werd intussen al uitgegeven.`);
          audit({ entiteit: 'betaalrun_betaling', entiteitId: b.id, actie: 'gewijzigd', oud: { documentId: null }, nieuw: { documentId: doc.id, kenmerk: doc.kenmerk }, reden: 'Berekeningsnota uitgegeven' });
        },
      })),
      {
        gestopt: () => job.gestopt(),
        na: (i, uitkomst) => {
          const b = te[i];
          if ('document' in uitkomst) uitgegeven++;
          else {
            mislukt.push({ organisatieId: b.organisatieId, organisatieNaam: b.naam, melding: reeksMelding(call, uitkomst.fout, `Berekeningsnota voor organisatie ${b.organisatieId} (run ${runId}) mislukt`) });
          }
          job.voortgang(i + 1, `Berekeningsnota ${i + 1} van ${te.length}: ${b.naam}`);
        },
      },
    );
  });
  return { uitgegeven, overgeslagen, mislukt };
}
