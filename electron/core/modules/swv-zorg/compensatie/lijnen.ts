/** The stored lines of a compensation run, as the screens, the API and the statement show them. */
import type { CompensatieRij } from '../../../../../shared/swv-zorg/compensatie.contract';
import type { Sqlite } from '../../../../../db/open';
import { runRij } from '../../../engines/betaalrun/runs';
import { trajectDeelnemer } from '../traject/traject';

/** The lines of a run (of one payee or all), trajectories by number, participants by initials and birth year. */
export function lijnen(db: Sqlite, runId: number, organisatieId?: number): CompensatieRij[] {
  runRij(db, runId);
  const rows = db
    .prepare(
      `SELECT l.traject_id AS trajectId, t.trajectnummer, l.organisatie_id AS organisatieId, l.swv_id AS swvId, s.naam AS swvNaam, l.einddatum,
              l.looptijd_dagen AS looptijdDagen, l.percentage_bp AS percentageBp, l.bedrag_cent AS bedragCent, l.reeds_betaald_cent AS reedsBetaaldCent,
              l.te_betalen_cent AS teBetalenCent, l.reden, d.voornaam, d.achternaam, d.geboortejaar, d.geanonimiseerd_op AS geanonimiseerdOp
         FROM compensatie_lijn l JOIN traject t ON t.id = l.traject_id JOIN deelnemer d ON d.id = t.deelnemer_id
         JOIN samenwerkingsverband s ON s.id = l.swv_id
        WHERE l.run_id = ? ${organisatieId ? 'AND l.organisatie_id = ?' : ''} ORDER BY s.naam, t.trajectnummer`,
    )
    .all(...(organisatieId ? [runId, organisatieId] : [runId])) as (Omit<CompensatieRij, 'percentage' | 'deelnemer'> & {
    percentageBp: number;
    voornaam: string | null;
    achternaam: string | null;
    geboortejaar: number | null;
    geanonimiseerdOp: string | null;
  })[];
  return rows.map(({ percentageBp, voornaam, achternaam, geboortejaar, geanonimiseerdOp, ...r }) => ({
    ...r,
    deelnemer: trajectDeelnemer({ voornaam, achternaam, geboortejaar, geanonimiseerdOp }),
    percentage: percentageBp / 100,
  }));
}
