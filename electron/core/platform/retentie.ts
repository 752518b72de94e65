/**
 * Retention of participants' personal data (BVR 18 November 2022, art. 41; parameter
 * PERSOONSGEGEVENS_BEWAARTERMIJN, 10 years): a participant whose **last** agreement ended more than the
 * retention period before the reference date (and who has no agreement without end date) is
 * anonymised:
 *
 * - `deelnemer`: INSZ, first name, last name and birth date cleared; the birth year kept (age-group
 *   reports); `geanonimiseerd_op` set. The row, its id and every reference to it stay.
 * - the participant's agreements keep begeleider, werkpost, dates and recognition (the aggregates and
 *   the subsidy lines need them); their scanned copies (`bijlage`, which show names and the INSZ) are
 *   deleted and the agreement's contact e-mail and the evaluations' remarks are cleared.
 * - subsidy runs, lines, payments and issued letters are not touched (the letters already identify
 *   participants only by initials and birth year).
 *
 * - the audit trail: entries about the participant, their agreements, evaluations and AMA SE participations
 *   keep who did what when and which fields changed, but the values and the reason are erased
 *   (`gewist_op`; the hash chain still verifies, see auditketen.ts).
 *
 * Erased means gone from the file: the connection runs with `secure_delete` (freed space is zeroed),
 * and after a purge the WAL is checkpointed and truncated and the file vacuumed, so no old page with
 * the values survives in the database, its WAL or free pages (a test greps the bytes).
 *
 * One audit entry per run of the job with counts only (no personal data). `proef: true` computes the
 * same report without writing anything. Participants without any agreement are not considered (they
 * cannot be registered without one).
 */
import { AppError } from '../../../shared/api/errors';
import { BEWAARTERMIJN_PARAMETER, type RetentieRapport } from '../../../shared/platform/retentie.contract';
import { addMonths } from '../../../shared/kernel/dates';
import { formatDatum } from '../../../shared/kernel/format';
import type { Handlers } from './router';
import type { CallContext } from './context';
import { parameterGetal } from './parameter';

export function voerRetentieUit(call: CallContext, input: { datum?: string; proef?: boolean }): RetentieRapport {
  const db = call.app.sqlite;
  const datum = input.datum ?? call.today();
  if (datum > call.today()) throw AppError.validatie('datum', `De datum (${formatDatum(datum)}) ligt in de toekomst.`);
  let jaren: number;
  try {
    jaren = parameterGetal(db, BEWAARTERMIJN_PARAMETER, datum);
  } catch (err) {
    if (err instanceof AppError && err.code === 'NIET_GEVONDEN') throw AppError.validatie('datum', err.message);
    throw err;
  }
  // "Ended more than N years before the date": last end date < date − N years.
  const grens = addMonths(datum, -12 * jaren);
  const proef = input.proef === true;

  // Candidates: not yet anonymised, no open agreement, the latest end date before the limit.
  const kandidaten = `
    SELECT d.id, max(o.einddatum) AS laatsteEinde
      FROM deelnemer d JOIN overeenkomst o ON o.deelnemer_id = d.id
     WHERE d.geanonimiseerd_op IS NULL
     GROUP BY d.id
    HAVING count(*) = count(o.einddatum) AND max(o.einddatum) < @grens
       -- an activeringstraject keeps the person's data until it too ended before the limit
       AND NOT EXISTS (SELECT 1 FROM traject t WHERE t.deelnemer_id = d.id
                        AND coalesce(max(t.datum_eindverslag, t.datum_eindadvies), t.datum_einde, '9999-12-31') >= @grens)
       -- and so does an AMA SE participation (begeleidingsovereenkomst)
       AND NOT EXISTS (SELECT 1 FROM se_deelname s WHERE s.deelnemer_id = d.id AND coalesce(s.einddatum, '9999-12-31') >= @grens)`;
  // The audit entries that hold values about these participants (by entity; index audit_entiteit_idx).
  const auditregels = (kandidaatIds: string) => `
    SELECT a.id FROM audit_entry a WHERE a.gewist_op IS NULL AND (
         (a.entiteit = 'deelnemer' AND a.entiteit_id IN (SELECT CAST(id AS text) FROM ${kandidaatIds}))
      OR (a.entiteit = 'overeenkomst' AND a.entiteit_id IN (SELECT CAST(o.id AS text) FROM overeenkomst o WHERE o.deelnemer_id IN (SELECT id FROM ${kandidaatIds})))
      OR (a.entiteit = 'evaluatie' AND a.entiteit_id IN (SELECT CAST(e.id AS text) FROM evaluatie e JOIN overeenkomst o ON o.id = e.overeenkomst_id
                                                          WHERE o.deelnemer_id IN (SELECT id FROM ${kandidaatIds})))
      OR (a.entiteit = 'se_deelname' AND a.entiteit_id IN (SELECT CAST(s.id AS text) FROM se_deelname s WHERE s.deelnemer_id IN (SELECT id FROM ${kandidaatIds}))))`;
  const samenvatting = db
    .prepare(`SELECT count(*) AS n, min(laatsteEinde) AS oudste, max(laatsteEinde) AS jongste FROM (${kandidaten})`)
    .get({ grens }) as { n: number; oudste: string | null; jongste: string | null };
  const ovk = db
    .prepare(`SELECT count(*) AS n, count(bijlage_id) AS scans FROM overeenkomst WHERE deelnemer_id IN (SELECT id FROM (${kandidaten}))`)
    .get({ grens }) as { n: number; scans: number };
  const scans = db
    .prepare(`SELECT count(*) AS n FROM bijlage WHERE entiteit = 'overeenkomst' AND entiteit_id IN (SELECT o.id FROM overeenkomst o WHERE o.deelnemer_id IN (SELECT id FROM (${kandidaten})))`)
    .get({ grens }) as { n: number };
  const audits = db.prepare(`SELECT count(*) AS n FROM (${auditregels(`(${kandidaten})`)})`).get({ grens }) as { n: number };
  // Per begeleider: the begeleider of the participant's last agreement.
  const perBegeleider = db
    .prepare(
      `SELECT org.id AS organisatieId, org.naam AS organisatieNaam, count(*) AS aantalDeelnemers
         FROM (${kandidaten}) k
         JOIN overeenkomst o ON o.id = (SELECT o2.id FROM overeenkomst o2 WHERE o2.deelnemer_id = k.id ORDER BY o2.einddatum DESC, o2.id DESC LIMIT 1)
         JOIN organisatie org ON org.id = o.organisatie_id
        GROUP BY org.id ORDER BY org.naam`,
    )
    .all({ grens }) as RetentieRapport['perBegeleider'];

  const rapport: RetentieRapport = {
    datum,
    bewaartermijnJaren: jaren,
    grens,
    proef,
    aantalDeelnemers: samenvatting.n,
    aantalOvereenkomsten: ovk.n,
    aantalScans: scans.n,
    aantalAuditregels: audits.n,
    oudsteEinddatum: samenvatting.oudste,
    jongsteEinddatum: samenvatting.jongste,
    perBegeleider,
  };
  if (proef) return rapport;

  call.tx((audit) => {
    if (samenvatting.n > 0) {
      db.exec('CREATE TEMP TABLE IF NOT EXISTS retentie_kandidaat (id INTEGER PRIMARY KEY)');
      db.exec('DELETE FROM retentie_kandidaat');
      db.prepare(`INSERT INTO retentie_kandidaat (id) SELECT id FROM (${kandidaten})`).run({ grens });
      const nu = call.nowIso();
      db.prepare(
        `DELETE FROM bijlage WHERE entiteit = 'overeenkomst'
            AND entiteit_id IN (SELECT o.id FROM overeenkomst o WHERE o.deelnemer_id IN (SELECT id FROM retentie_kandidaat))`,
      ).run();
      db.prepare('UPDATE overeenkomst SET bijlage_id = NULL, contact_email = NULL WHERE deelnemer_id IN (SELECT id FROM retentie_kandidaat)').run();
      db.prepare(
        'UPDATE evaluatie SET opmerking = NULL WHERE overeenkomst_id IN (SELECT o.id FROM overeenkomst o WHERE o.deelnemer_id IN (SELECT id FROM retentie_kandidaat))',
      ).run();
      db.prepare(
        `UPDATE deelnemer SET insz = NULL, voornaam = NULL, achternaam = NULL,
                geboortejaar = coalesce(geboortejaar, CAST(substr(geboortedatum, 1, 4) AS INTEGER)), geboortedatum = NULL, geanonimiseerd_op = ?
          WHERE id IN (SELECT id FROM retentie_kandidaat)`,
      ).run(nu);
      db.prepare(
        `UPDATE audit_entry SET
            oud = CASE WHEN oud IS NULL THEN NULL ELSE (SELECT json_group_object(key, '[gewist]') FROM json_each(audit_entry.oud)) END,
            nieuw = CASE WHEN nieuw IS NULL THEN NULL ELSE (SELECT json_group_object(key, '[gewist]') FROM json_each(audit_entry.nieuw)) END,
            reden = CASE WHEN reden IS NULL THEN NULL ELSE '[gewist: bewaartermijn persoonsgegevens]' END,
            gewist_op = ?
          WHERE id IN (${auditregels('retentie_kandidaat')})`,
      ).run(nu);
      db.exec('DELETE FROM retentie_kandidaat');
    }
    audit({
      entiteit: 'deelnemer',
      entiteitId: 'retentie',
      actie: 'geanonimiseerd',
      nieuw: {
        datum, grens, bewaartermijnJaren: jaren, aantalDeelnemers: rapport.aantalDeelnemers, aantalOvereenkomsten: rapport.aantalOvereenkomsten,
        aantalScans: rapport.aantalScans, aantalAuditregels: rapport.aantalAuditregels, oudsteEinddatum: rapport.oudsteEinddatum, jongsteEinddatum: rapport.jongsteEinddatum,
        aantalBegeleiders: perBegeleider.length,
      },
      reden: `Bewaartermijn persoonsgegevens (${jaren} jaar, BVR art. 41): deelnemers waarvan de laatste overeenkomst vóór ${formatDatum(grens)} eindigde, geanonimiseerd`,
    });
  });
  if (samenvatting.n > 0) wisVrijgekomenRuimte(call);
  return rapport;
}

/**
 * Make the erasure physical: copy the WAL into the file and truncate it, then rebuild the file without
 * free pages (VACUUM) and truncate the WAL that wrote. Needs no open read transaction on this
 * connection; another connection's reader can block it, which is logged (secure_delete has then still
 * zeroed the freed space in the file; the next purge or backup retries).
 */
function wisVrijgekomenRuimte(call: CallContext): void {
  const db = call.app.sqlite;
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.exec('VACUUM');
    const [r] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    if (r && r.busy) call.app.log('warn', 'Bewaartermijn: de WAL kon niet volledig geleegd worden (een andere verbinding las nog).');
  } catch (err) {
    call.app.log('warn', 'Bewaartermijn: VACUUM na het wissen lukte niet; opnieuw bij de volgende uitvoering', err);
  }
}

export const retentieHandlers: Pick<Handlers, 'retentie.voerUit'> = {
  'retentie.voerUit': (input, call) => voerRetentieUit(call, input),
};
