/**
 * The register of activeringstrajecten (from VDAB's files): the list with filters and one trajectory
 * with its attribution, history and compensation. Lists show the participant by initials and birth
 * year only; the INSZ appears on the detail for the officers who handle the dossiers, and that read is
 * written to the access log.
 */
import { AppError } from '../../../../../shared/api/errors';
import type { TrajectDetail, TrajectRij } from '../../../../../shared/swv-zorg/traject.contract';
import { TRAJECT_PAGINA, TRAJECT_PERSOONSGEGEVENS } from '../../../../../shared/swv-zorg/traject.contract';
import type { Pagina, PaginaVraag } from '../../../../../shared/api/pagina';
import { kolommenSql, pagina } from '../../../platform/pagina';
import { eindeVolgensArt21, type TrajectStatus } from '../../../../../shared/swv-zorg/compensatie';
import { deelnemerLabel, maskeerInsz } from '../../../../../shared/kernel/persoon';
import { parsePeriode } from '../../../../../shared/kernel/periode';
import { formatDatum } from '../../../../../shared/kernel/format';
import { heeftRol, type CallContext } from '../../../platform/context';
import { parameterDatum } from '../../../platform/parameter';

/** A trajectory's participant: initials and birth year when the register knows the name, else the birth year (VDAB sends no names). */
export function trajectDeelnemer(d: { voornaam: string | null; achternaam: string | null; geboortejaar: number | null; geanonimiseerdOp: string | null }): string {
  if (d.voornaam || d.achternaam || d.geanonimiseerdOp) return deelnemerLabel(d);
  return d.geboortejaar ? `°${d.geboortejaar}` : '—';
}

/** The SQL of the art. 21 end of a trajectory `t` (the later of eindverslag and eindadvies, or the early end). */
export const EINDE_SQL = `CASE WHEN t.datum_eindverslag IS NOT NULL AND t.datum_eindadvies IS NOT NULL THEN max(t.datum_eindverslag, t.datum_eindadvies)
  WHEN t.status = 'vervroegd_stopgezet' THEN t.datum_einde END`;

/** What a trajectory's compensation paid so far (approved runs). */
const BETAALD_SQL = `coalesce((SELECT sum(l.te_betalen_cent) FROM compensatie_lijn l JOIN betaalrun b ON b.id = l.run_id
                    WHERE l.traject_id = t.id AND b.status = 'goedgekeurd'), 0)`;

const SELECT = `
  SELECT t.id, t.trajectnummer, t.regio_code AS regioCode, r.naam AS regioNaam, t.datum_aanmelding AS datumAanmelding,
         t.datum_trajectplan AS datumTrajectplan, t.status, t.datum_einde AS datumEinde, t.datum_eindverslag AS datumEindverslag,
         t.datum_eindadvies AS datumEindadvies, t.reden_einde AS redenEinde, t.swv_id AS swvId, s.naam AS swvNaam, t.mandaat_id AS mandaatId,
         t.oude_regeling AS oudeRegeling, t.versie, t.bron, d.insz, d.voornaam, d.achternaam, d.geboortejaar, d.geanonimiseerd_op AS geanonimiseerdOp,
         ${BETAALD_SQL} AS betaaldCent
    FROM traject t JOIN deelnemer d ON d.id = t.deelnemer_id JOIN werk_zorg_regio r ON r.code = t.regio_code
    LEFT JOIN samenwerkingsverband s ON s.id = t.swv_id`;

type Row = Omit<TrajectRij, 'deelnemer' | 'oudeRegeling' | 'einde'> & {
  oudeRegeling: number;
  versie: number;
  bron: string;
  mandaatId: number | null;
  insz: string | null;
  voornaam: string | null;
  achternaam: string | null;
  geboortejaar: number | null;
  geanonimiseerdOp: string | null;
};

function alsRij(r: Row): TrajectRij {
  const einde = eindeVolgensArt21({ ...r, status: r.status as TrajectStatus });
  return {
    id: r.id, trajectnummer: r.trajectnummer, deelnemer: trajectDeelnemer(r), regioCode: r.regioCode, regioNaam: r.regioNaam,
    datumAanmelding: r.datumAanmelding, datumTrajectplan: r.datumTrajectplan, status: r.status, datumEinde: r.datumEinde,
    datumEindverslag: r.datumEindverslag, datumEindadvies: r.datumEindadvies, redenEinde: r.redenEinde, swvId: r.swvId, swvNaam: r.swvNaam,
    oudeRegeling: r.oudeRegeling === 1, einde: einde?.datum ?? null, betaaldCent: r.betaaldCent,
  };
}

type TrajectFilter = { swvId?: number; regioCode?: string; status?: string; aangemeldVan?: string; aangemeldTot?: string; eindeIn?: string };

/** The conditions of the filters above the trajectory grid, shared by the list and the pages. */
function trajectFilter(f: TrajectFilter): { waar: string[]; params: unknown[] } {
  const waar: string[] = [];
  const params: unknown[] = [];
  if (f.swvId) (waar.push('t.swv_id = ?'), params.push(f.swvId));
  if (f.regioCode) (waar.push('t.regio_code = ?'), params.push(f.regioCode));
  if (f.status) (waar.push('t.status = ?'), params.push(f.status));
  if (f.aangemeldVan) (waar.push('t.datum_aanmelding >= ?'), params.push(f.aangemeldVan));
  if (f.aangemeldTot) (waar.push('t.datum_aanmelding <= ?'), params.push(f.aangemeldTot));
  if (f.eindeIn) {
    const h = parsePeriode(f.eindeIn, 'halfjaar');
    waar.push(`(${EINDE_SQL}) BETWEEN ? AND ?`);
    params.push(h.van, h.tot);
  }
  return { waar, params };
}

export function listTrajecten(call: CallContext, f: TrajectFilter & { zoek?: string }): TrajectRij[] {
  const { waar, params } = trajectFilter(f);
  if (f.zoek) (waar.push('t.trajectnummer LIKE ?'), params.push(`%${f.zoek}%`));
  const rows = call.app.sqlite.prepare(`${SELECT} ${waar.length ? `WHERE ${waar.join(' AND ')}` : ''} ORDER BY t.datum_aanmelding DESC, t.id DESC LIMIT 100000`).all(...params) as Row[];
  return rows.map(alsRij);
}

/** One page of the trajectories (issue 13). */
export function trajectPagina(call: CallContext, f: TrajectFilter & PaginaVraag): Pagina<TrajectRij> {
  const { waar, params } = trajectFilter(f);
  return pagina(
    call.app.sqlite,
    {
      van: 'FROM traject t LEFT JOIN werk_zorg_regio r ON r.code = t.regio_code LEFT JOIN samenwerkingsverband s ON s.id = t.swv_id',
      waar,
      params,
      kolommen: kolommenSql(TRAJECT_PAGINA, {
        trajectnummer: 't.trajectnummer', regioNaam: 'r.naam', swvNaam: 's.naam', datumAanmelding: 't.datum_aanmelding',
        datumTrajectplan: 't.datum_trajectplan', einde: `(${EINDE_SQL})`, betaaldCent: BETAALD_SQL,
      }),
      zoekIn: ['t.trajectnummer', 'r.naam', 's.naam'],
      standaard: [{ colId: 'datumAanmelding', sort: 'desc' }],
      sleutel: 't.id',
      telVan: 'FROM traject t',
    },
    f,
    (ids) => (call.app.sqlite.prepare(`${SELECT} WHERE t.id IN (SELECT value FROM json_each(?))`).all(ids) as Row[]).map(alsRij),
  );
}

export function getTraject(call: CallContext, id: number): TrajectDetail {
  const db = call.app.sqlite;
  const r = db.prepare(`${SELECT} WHERE t.id = ?`).get(id) as Row | undefined;
  if (!r) throw AppError.nietGevonden(`Traject ${id}`);
  const magZien = TRAJECT_PERSOONSGEGEVENS.some((r) => heeftRol(call.caller, r));
  if (magZien && r.insz) call.toegang({ entiteit: 'traject', entiteitId: id, wat: 'rijksregisternummer van de deelnemer' });
  const rij = alsRij(r);
  let toewijzing: string;
  const vanaf = parameterDatum(db, 'SWV_ZORG_REGELING_VANAF', call.today());
  if (rij.oudeRegeling) toewijzing = `Aangemeld op ${formatDatum(r.datumAanmelding)}, vóór ${formatDatum(vanaf)}: regeling van vóór de werk- en zorgtrajecten (art. 71), niet door deze regeling vergoed.`;
  else if (r.swvNaam) toewijzing = `Toegewezen aan ${r.swvNaam}: gemandateerd voor ${r.regioNaam} op de datum van aanmelding (${formatDatum(r.datumAanmelding)}; art. 7 en 19, mandaat ${r.mandaatId}).`;
  else toewijzing = `Niet toegewezen: er was op ${formatDatum(r.datumAanmelding)} geen (niet-geschorst) mandaat voor ${r.regioNaam}.`;
  const historiek = (db.prepare('SELECT id, gewijzigd_op AS gewijzigdOp, bron, wijzigingen FROM traject_historiek WHERE traject_id = ? ORDER BY id').all(id) as { id: number; gewijzigdOp: string; bron: string; wijzigingen: string }[])
    .map((h) => ({ ...h, wijzigingen: JSON.parse(h.wijzigingen) as Record<string, [unknown, unknown]> }));
  const compensaties = (db
    .prepare(
      `SELECT l.run_id AS runId, b.periode, b.volgnummer, b.status, l.percentage_bp AS bp, l.bedrag_cent AS bedragCent, l.reeds_betaald_cent AS reedsBetaaldCent,
              l.te_betalen_cent AS teBetalenCent, l.reden FROM compensatie_lijn l JOIN betaalrun b ON b.id = l.run_id WHERE l.traject_id = ? ORDER BY l.id`,
    )
    .all(id) as (Omit<TrajectDetail['compensaties'][number], 'percentage'> & { bp: number })[]).map(({ bp, ...c }) => ({ ...c, percentage: bp / 100 }));
  return { ...rij, insz: magZien ? (r.insz ?? '') : maskeerInsz(r.insz), toewijzing, historiek, compensaties, versie: r.versie };
}
