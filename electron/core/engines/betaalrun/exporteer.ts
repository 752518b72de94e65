/**
 * The payment file of an approved run for the financial system (CSV or XLSX, no personal data): the
 * payees as frozen at approval (name, KBO, IBAN), the amount to pay after offsets, the reference.
 * Payees without an IBAN at approval and amounts to recover are left out, with a warning each.
 */
import { AppError } from '../../../../shared/api/errors';
import type { Betaalbestand, Betaling } from '../../../../shared/engines/betaalrun.contract';
import { formatEuro } from '../../../../shared/kernel/format';
import type { CallContext } from '../../platform/context';
import { sha256Hex } from '../../platform/hash';
import { betaalbestandCsv, betaalbestandXlsx, type Betaalregel } from './betaalbestand';
import { controleerDepartementVoorRol } from './goedkeuring';
import { getBetaling, getRunDetail, regelingVan, runRij } from './runs';

/**
 * A payment approved without an IBAN takes the organisation's account number now registered, as an
 * explicit, audited step: the payee's name and KBO stay as approved, and only a missing IBAN can be
 * completed this way (a changed one is never paid).
 */
export function neemIbanOver(call: CallContext, input: { betalingId: number; reden: string }): Betaling {
  const db = call.app.sqlite;
  const b = getBetaling(db, input.betalingId);
  const run = runRij(db, b.runId);
  controleerDepartementVoorRol(call, run.departement);
  if (run.status !== 'goedgekeurd') throw new AppError('CONFLICT', 'Een voorstel neemt het rekeningnummer van de organisatie vanzelf over bij de goedkeuring.');
  if (b.iban) throw new AppError('CONFLICT', `Deze betaling werd goedgekeurd met IBAN ${b.iban}; een ander rekeningnummer kan enkel met een nieuwe berekening.`);
  if (b.teBetalenCent <= 0) throw new AppError('CONFLICT', 'Deze betaling heeft geen bedrag te betalen.');
  const iban = db.prepare('SELECT iban FROM organisatie WHERE id = ?').pluck().get(b.organisatieId) as string | null;
  if (!iban) throw AppError.validatie('betalingId', `Vul eerst het rekeningnummer van ${b.organisatieNaam} aan bij de organisatie.`);
  return call.tx((audit) => {
    db.prepare('UPDATE betaalrun_betaling SET iban = ? WHERE id = ? AND iban IS NULL').run(iban, b.id);
    audit({ entiteit: 'betaalrun_betaling', entiteitId: b.id, actie: 'gewijzigd', oud: { iban: null }, nieuw: { iban }, reden: input.reden });
    return getBetaling(db, b.id);
  });
}

export async function exporteer(call: CallContext, input: { runId: number; formaat: 'csv' | 'xlsx' }): Promise<Betaalbestand> {
  const run = getRunDetail(call, input.runId);
  controleerDepartementVoorRol(call, run.departement);
  if (run.status !== 'goedgekeurd') throw new AppError('CONFLICT', `Alleen een goedgekeurde run heeft een betaalbestand (deze run is ${run.status}).`);
  const regeling = regelingVan(call, run.regeling);
  const regels: Betaalregel[] = [];
  const waarschuwingen: string[] = [];
  for (const b of run.betalingen) {
    const wie = `${b.organisatieNaam} (${b.kbo})`;
    if (b.teBetalenCent > 0) {
      if (b.iban) regels.push({ organisatie: b.organisatieNaam, kbo: b.kbo, iban: b.iban, bedragCent: b.teBetalenCent, referentie: b.referentie });
      else waarschuwingen.push(`Geen IBAN gekend voor ${wie} bij de goedkeuring: de betaling van ${formatEuro(b.teBetalenCent)} is niet opgenomen in het betaalbestand. Vul het rekeningnummer aan bij de organisatie, neem het over in de betaling en exporteer opnieuw.`);
    } else if (b.saldoCent < 0) {
      waarschuwingen.push(`${wie}: ${formatEuro(-b.saldoCent)} terug te vorderen; niet in het betaalbestand (${b.terugvordering === 'vordering' ? 'afzonderlijke vordering' : 'wordt verrekend met de volgende betalingen'}).`);
    }
  }
  const basis = `betaalbestand-${regeling.referentieCode}-${run.periode.replace('-', '')}-${run.volgnummer}`;
  const aangemaakt = new Date(run.goedgekeurdOp ?? run.aangemaaktOp);
  const inhoud =
    input.formaat === 'csv'
      ? betaalbestandCsv(regels)
      : await betaalbestandXlsx(regels, { titel: `Betalingen ${regeling.label} ${run.periode} (run ${run.volgnummer})`, aangemaaktOp: aangemaakt, waarschuwingen });
  const totaalCent = regels.reduce((s, x) => s + x.bedragCent, 0);
  const sha256 = sha256Hex(inhoud);
  call.tx((audit) =>
    audit({
      entiteit: 'betaalrun',
      entiteitId: run.id,
      actie: 'geexporteerd',
      nieuw: { formaat: input.formaat, aantalBetalingen: regels.length, totaalCent, weggelaten: waarschuwingen.length, sha256 },
      reden: 'Betaalbestand voor het financieel systeem aangemaakt',
    }),
  );
  return {
    bestandsnaam: `${basis}.${input.formaat}`,
    mimeType: input.formaat === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    inhoudBase64: inhoud.toString('base64'),
    aantalBetalingen: regels.length,
    totaalCent,
    waarschuwingen,
  };
}
