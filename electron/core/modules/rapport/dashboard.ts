/**
 * The live key figures per department on the Overzicht (issue 12): what is open and what needs a decision, and how
 * this year is going against its targets. Read-only, counted with indexed queries.
 */
import { deelnemersdagen, plaatsDagen, type ContingentSegment, type Deelname } from '../../../../shared/ama-se/contingent';
import type { Dashboard, Kengetal } from '../../../../shared/rapport/contract';
import { addMonths, brusselsBegin } from '../../../../shared/kernel/dates';
import { parameterGetal, parameterGetalOfNull } from '../../platform/parameter';
import { HERINNERING_PARAMETER } from '../../../../shared/ama-wvg/hernieuwing.contract';
import type { CallContext } from '../../platform/context';
import { registries } from '../../module';
import { aantalMet, formatAantal, formatPercentage } from '../../../../shared/kernel/format';

export function dashboard(call: CallContext): Dashboard {
  const db = call.app.sqlite;
  const vandaag = call.today();
  const jaar = vandaag.slice(0, 4);
  const rechtenVan = (dep: 'ZORG' | 'WSE') => [...registries(call.app).rechten.values()].filter((r) => r.departement === dep).map((r) => r.code);
  const openProcedures = (dep: 'ZORG' | 'WSE') => {
    const codes = rechtenVan(dep);
    return codes.length ? (db.prepare(`SELECT count(*) FROM procedure WHERE status NOT IN ('beslist', 'afgesloten') AND recht_entiteit IN (${codes.map(() => '?').join(', ')})`).pluck().get(...codes) as number) : 0;
  };
  const runsTerGoedkeuring = (dep: 'ZORG' | 'WSE') => db.prepare("SELECT count(*) FROM betaalrun WHERE status = 'voorstel' AND departement = ?").pluck().get(dep) as number;
  const ontwerpen = (dep: 'ZORG' | 'WSE') => db.prepare("SELECT count(*) FROM beslissing WHERE status = 'ontwerp' AND departement = ?").pluck().get(dep) as number;

  // Zorg: recognitions ending within the renewal reminder's months (the 'te hernieuwen' list's window), trajectories
  // aangemeld this year against the year's objective.
  const herinneringMaanden = parameterGetalOfNull(db, HERINNERING_PARAMETER, vandaag);
  const vervallend = herinneringMaanden === null ? 0 : (db.prepare("SELECT count(*) FROM erkenning WHERE status = 'actief' AND geldig_tot BETWEEN ? AND ?").pluck().get(vandaag, addMonths(vandaag, herinneringMaanden)) as number);
  const trajecten = db.prepare("SELECT count(*) FROM traject WHERE datum_aanmelding BETWEEN ? AND ? AND status != 'geinitieerd'").pluck().get(`${jaar}-01-01`, vandaag) as number;
  const objectief = parameterGetalOfNull(db, 'ACTIVERINGSTRAJECTEN_PER_JAAR', vandaag);

  // WSE: fill rate so far this year per maatwerkbedrijf (participant days against place-days from 1 January to today).
  const segs = new Map<number, ContingentSegment[]>();
  for (const r of db.prepare('SELECT organisatie_id AS o, geldig_van AS van, geldig_tot AS tot, plaatsen FROM se_contingent WHERE geldig_van <= ? AND (geldig_tot IS NULL OR geldig_tot >= ?)').all(vandaag, `${jaar}-01-01`) as { o: number; van: string; tot: string | null; plaatsen: number }[]) {
    segs.set(r.o, [...(segs.get(r.o) ?? []), r]);
  }
  const dln = new Map<number, Deelname[]>();
  for (const r of db.prepare('SELECT organisatie_id AS o, deelnemer_id AS deelnemerId, startdatum AS van, einddatum AS tot FROM se_deelname WHERE startdatum <= ? AND (einddatum IS NULL OR einddatum >= ?)').all(vandaag, `${jaar}-01-01`) as (Deelname & { o: number })[]) {
    dln.set(r.o, [...(dln.get(r.o) ?? []), r]);
  }
  const drempel = parameterGetal(db, 'AMA_SE_INVULLINGSGRAAD_DREMPEL', vandaag);
  let metContingent = 0;
  let onder = 0;
  for (const [o, s] of segs) {
    const pd = plaatsDagen(s, `${jaar}-01-01`, vandaag);
    if (pd === 0) continue;
    metContingent++;
    if (deelnemersdagen(dln.get(o) ?? [], `${jaar}-01-01`, vandaag) * 10_000 < pd * drempel) onder++;
  }
  const aanvragen = db.prepare("SELECT count(*) FROM se_aanvraag WHERE status = 'ingediend'").pluck().get() as number;

  const tel = (sql: string, ...p: unknown[]) => db.prepare(sql).pluck().get(...p) as number;
  const maandBegin = brusselsBegin(`${vandaag.slice(0, 7)}-01`).toISOString();
  const volgendeMaand = brusselsBegin(addMonths(`${vandaag.slice(0, 7)}-01`, 1)).toISOString();
  const totalen = {
    actieveOrganisaties: tel("SELECT count(*) FROM organisatie WHERE status = 'actief'"),
    actieveErkenningen: tel("SELECT count(*) FROM erkenning WHERE status = 'actief'"),
    terGoedkeuring: tel("SELECT count(*) FROM beslissing WHERE status = 'ontwerp'"),
    brievenDezeMaand: tel('SELECT count(*) FROM document WHERE aangemaakt_op >= ? AND aangemaakt_op < ?', maandBegin, volgendeMaand),
  };

  const k = (id: string, titel: string, waarde: number, link: string, context: string | null = null, aandacht = waarde > 0): Kengetal => ({ id, titel, waarde, context, link, aandacht });
  return {
    peildatum: vandaag,
    totalen,
    departementen: [
      {
        departement: 'ZORG', naam: 'Departement Zorg',
        kengetallen: [
          k('zorg-ontwerpen', 'Beslissingen ter goedkeuring', ontwerpen('ZORG'), '/beslissingen'),
          k('zorg-runs', 'Betaalruns ter goedkeuring', runsTerGoedkeuring('ZORG'), '/subsidies'),
          k('zorg-procedures', 'Lopende procedures', openProcedures('ZORG'), '/erkenningen/register', null, false),
          k('zorg-vervallend', `Erkenningen die binnen ${aantalMet(herinneringMaanden ?? 0, 'maand', 'maanden')} vervallen`, vervallend, '/erkenningen/te-hernieuwen'),
          k('zorg-trajecten', `Trajecten aangemeld in ${jaar}`, trajecten, '/samenwerkingsverbanden/trajecten', objectief ? `van ${formatAantal(objectief)} gepland (objectief ${jaar})` : null, false),
        ],
      },
      {
        departement: 'WSE', naam: 'Departement Werk en Sociale Economie',
        kengetallen: [
          k('wse-ontwerpen', 'Beslissingen ter goedkeuring', ontwerpen('WSE'), '/beslissingen'),
          k('wse-runs', 'Betaalruns ter goedkeuring', runsTerGoedkeuring('WSE'), '/contingenten/voorschotten'),
          k('wse-procedures', 'Lopende procedures', openProcedures('WSE'), '/contingenten', null, false),
          k('wse-aanvragen', 'Aanvragen: ontvankelijkheid te beslissen', aanvragen, '/contingenten/oproepen'),
          k('wse-onder80', `Contingenten onder ${formatPercentage(drempel)} in ${jaar} tot nu`, onder, '/contingenten/evaluatie', `op ${formatAantal(metContingent)} maatwerkbedrijven`),
        ],
      },
    ],
  };
}
