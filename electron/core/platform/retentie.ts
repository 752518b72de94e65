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
 * One audit entry per run of the job with counts only (no personal data). `proef: true` computes the
 * same report without writing anything. Participants without any agreement are not considered (they
 * cannot be registered without one).
 */
import { AppError } from '../../../shared/api/errors';
import type { RetentieRapport } from '../../../shared/platform/retentie.contract';
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
    jaren = parameterGetal(db, 'PERSOONSGEGEVENS_BEWAARTERMIJN', datum);
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
                        AND coalesce(max(t.datum_eindverslag, t.datum_eindadvies), t.datum_einde, '9999-12-31') >= @grens)`;
  const samenvatting = db
    .prepare(`SELECT count(*) AS n, min(laatsteEinde) AS oudste, max(laatsteEinde) AS jongste FROM (${kandidaten})`)
    .get({ grens }) as { n: number; oudste: string | null; jongste: string | null };
  const ovk = db
    .prepare(`SELECT count(*) AS n, count(bijlage_id) AS scans FROM overeenkomst WHERE deelnemer_id IN (SELECT id FROM (${kandidaten}))`)
    .get({ grens }) as { n: number; scans: number };
  const scans = db
    .prepare(`SELECT count(*) AS n FROM bijlage WHERE entiteit = 'overeenkomst' AND entiteit_id IN (SELECT o.id FROM overeenkomst o WHERE o.deelnemer_id IN (SELECT id FROM (${kandidaten})))`)
    .get({ grens }) as { n: number };
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
      db.exec('DELETE FROM retentie_kandidaat');
    }
    audit({
      entiteit: 'deelnemer',
      entiteitId: 'retentie',
      actie: 'geanonimiseerd',
      nieuw: {
        datum, grens, bewaartermijnJaren: jaren, aantalDeelnemers: rapport.aantalDeelnemers, aantalOvereenkomsten: rapport.aantalOvereenkomsten,
        aantalScans: rapport.aantalScans, oudsteEinddatum: rapport.oudsteEinddatum, jongsteEinddatum: rapport.jongsteEinddatum,
        aantalBegeleiders: perBegeleider.length,
      },
      reden: `Bewaartermijn persoonsgegevens (${jaren} jaar, BVR art. 41): deelnemers waarvan de laatste overeenkomst vóór ${formatDatum(grens)} eindigde, geanonimiseerd`,
    });
  });
  return rapport;
}

export const retentieHandlers: Pick<Handlers, 'retentie.voerUit'> = {
  'retentie.voerUit': (input, call) => voerRetentieUit(call, input),
};
