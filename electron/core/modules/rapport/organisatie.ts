/**
 * An organisation's whole relationship with the departments (issue 15 point 11: officers answer the phone with the
 * organisation page): its dossiers in every dossier kind, newest first within each kind, each with a link. Read-only,
 * across the registers (which is why it lives with the report, not in a dossier module).
 */
import type { OrganisatieDossier } from '../../../../shared/rapport/contract';
import { aantalMet, formatEuro } from '../../../../shared/kernel/format';
import type { CallContext } from '../../platform/context';

const REGELING: Record<string, string> = { AMA_WVG: 'Subsidie AMA WVG', SWV_ZORG: 'Compensatie samenwerkingsverband Zorg', AMA_SE_VOORSCHOT: 'Voorschot AMA SE', AMA_SE_AFREKENING: 'Jaarafrekening AMA SE' };
const RUN_PAD: Record<string, string> = { AMA_WVG: '/subsidies', SWV_ZORG: '/samenwerkingsverbanden/compensatie', AMA_SE_VOORSCHOT: '/contingenten/voorschotten', AMA_SE_AFREKENING: '/contingenten/afrekeningen' };

export function organisatieDossiers(call: CallContext, organisatieId: number): OrganisatieDossier[] {
  const db = call.app.sqlite;
  const vandaag = call.today();
  const uit: OrganisatieDossier[] = [];
  for (const a of db.prepare("SELECT id, soort, ontvangen_op AS datum, status FROM aanvraag WHERE organisatie_id = ? ORDER BY ontvangen_op DESC").all(organisatieId) as { id: number; soort: string; datum: string; status: string }[]) {
    uit.push({ groep: 'Aanvragen AMA WVG', titel: `Aanvraag ${a.id}`, detail: a.soort === 'erkenning-ama-wvg' ? 'Erkenning als begeleider' : a.soort, status: a.status, datum: a.datum, link: `/erkenningen/aanvragen/${a.id}` });
  }
  for (const e of db.prepare('SELECT id, erkenningsnummer AS nr, status, geldig_van AS van, geldig_tot AS tot FROM erkenning WHERE organisatie_id = ? ORDER BY geldig_van DESC').all(organisatieId) as { id: number; nr: string; status: string; van: string; tot: string }[]) {
    uit.push({ groep: 'Erkenningen AMA WVG', titel: e.nr, detail: `van ${e.van.split('-').reverse().join('/')} tot en met ${e.tot.split('-').reverse().join('/')}`, status: e.status, datum: e.van, link: `/erkenningen/${e.id}` });
  }
  const ovk = db.prepare('SELECT count(*) AS n, sum(CASE WHEN startdatum <= ? AND (einddatum IS NULL OR einddatum >= ?) THEN 1 ELSE 0 END) AS lopend FROM overeenkomst WHERE organisatie_id = ?').get(vandaag, vandaag, organisatieId) as { n: number; lopend: number | null };
  if (ovk.n) uit.push({ groep: 'Overeenkomsten AMA WVG', titel: `${ovk.n} ${ovk.n === 1 ? 'overeenkomst' : 'overeenkomsten'}`, detail: `${ovk.lopend ?? 0} lopend vandaag`, status: 'register', datum: null, link: `/overeenkomsten?begeleider=${organisatieId}` });
  for (const p of db.prepare('SELECT id, soort, status, voornemen_datum AS datum FROM procedure WHERE organisatie_id = ? ORDER BY voornemen_datum DESC').all(organisatieId) as { id: number; soort: string; status: string; datum: string }[]) {
    uit.push({ groep: 'Procedures', titel: `Procedure ${p.id}`, detail: p.soort, status: p.status, datum: p.datum, link: `/procedures/${p.id}` });
  }
  for (const b of db
    .prepare(`SELECT r.id AS run, r.regeling, r.periode, r.status, b.saldo_cent AS saldo, b.te_betalen_cent AS betaald FROM betaalrun_betaling b JOIN betaalrun r ON r.id = b.run_id
               WHERE b.organisatie_id = ? AND r.status != 'geannuleerd' ORDER BY r.id DESC LIMIT 60`)
    .all(organisatieId) as { run: number; regeling: string; periode: string; status: string; saldo: number; betaald: number }[]) {
    uit.push({ groep: 'Betalingen', titel: `${REGELING[b.regeling] ?? b.regeling} ${b.periode}`, detail: b.saldo < 0 ? `terug te vorderen ${formatEuro(-b.saldo)}` : `te betalen ${formatEuro(b.betaald)}`, status: b.status, datum: null, link: `${RUN_PAD[b.regeling] ?? '/betaalruns'}/${b.run}` });
  }
  for (const s of db
    .prepare(`SELECT DISTINCT s.id, s.naam, CASE WHEN s.aanspreekpunt_id = ? THEN 'aanspreekpunt' ELSE 'partner' END AS rol FROM samenwerkingsverband s
               LEFT JOIN swv_partner p ON p.swv_id = s.id WHERE s.aanspreekpunt_id = ? OR p.organisatie_id = ?`)
    .all(organisatieId, organisatieId, organisatieId) as { id: number; naam: string; rol: string }[]) {
    uit.push({ groep: 'Samenwerkingsverbanden Zorg', titel: s.naam, detail: s.rol === 'aanspreekpunt' ? 'administratief aanspreekpunt' : 'partner', status: s.rol, datum: null, link: `/samenwerkingsverbanden/${s.id}` });
  }
  const c = db.prepare('SELECT plaatsen, geldig_van AS van FROM se_contingent WHERE organisatie_id = ? AND geldig_van <= ? AND (geldig_tot IS NULL OR geldig_tot >= ?)').get(organisatieId, vandaag, vandaag) as { plaatsen: number; van: string } | undefined;
  const heeftLedger = db.prepare('SELECT 1 FROM se_contingent WHERE organisatie_id = ? LIMIT 1').get(organisatieId);
  if (heeftLedger) uit.push({ groep: 'Contingent AMA SE', titel: `${aantalMet(c?.plaatsen ?? 0, 'plaats', 'plaatsen')} vandaag`, detail: c ? `sinds ${c.van.split('-').reverse().join('/')}` : 'geen contingent vandaag', status: c && c.plaatsen > 0 ? 'actief' : 'geen', datum: c?.van ?? null, link: `/contingenten/${organisatieId}` });
  const se = db.prepare('SELECT count(*) AS n, sum(CASE WHEN startdatum <= ? AND (einddatum IS NULL OR einddatum >= ?) THEN 1 ELSE 0 END) AS lopend FROM se_deelname WHERE organisatie_id = ?').get(vandaag, vandaag, organisatieId) as { n: number; lopend: number | null };
  if (se.n) uit.push({ groep: 'Begeleidingsovereenkomsten AMA SE', titel: `${se.n} ${se.n === 1 ? 'begeleidingsovereenkomst' : 'begeleidingsovereenkomsten'}`, detail: `${se.lopend ?? 0} lopend vandaag`, status: 'register', datum: null, link: `/contingenten/deelnames?organisatieId=${organisatieId}` });
  return uit;
}
