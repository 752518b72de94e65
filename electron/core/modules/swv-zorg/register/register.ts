/**
 * The register of the samenwerkingsverbanden Zorg and their mandates (BVR art. 7, 12–13, 16, 19, 78):
 * reads for the screens, the partners' proofs, the mandate history, and the one place that says which
 * samenwerkingsverband a trajectory belongs to (`MandaatIndex`: the mandate for the region on the date
 * of aanmelding, not suspended then).
 */
import { AppError } from '../../../../../shared/api/errors';
import type { Mandaat, MandaatDetail, MandaatHistoriekRij, Samenwerkingsverband, SamenwerkingsverbandRij, SwvPartner } from '../../../../../shared/swv-zorg/register.contract';
import { controleerSamenstelling } from '../../../../../shared/swv-zorg/samenwerkingsverband';
import type { Sqlite } from '../../../../../db/open';
import type { CallContext } from '../../../platform/context';
import type { AuditInput } from '../../../platform/audit';
import { listGebeurtenissen } from '../../../platform/dossier';
import { parameterGetal } from '../../../platform/parameter';
import { listBeslissingen } from '../../../engines/beslissing/beslissing';
import { listDocumenten } from '../../../letters/store';

/** Region code → name, from the reference data. */
export function regioNamen(db: Sqlite): Map<string, string> {
  return new Map((db.prepare('SELECT code, naam FROM werk_zorg_regio').all() as { code: string; naam: string }[]).map((r) => [r.code, r.naam]));
}

/** The adjacency pairs of the werk- en zorgregio's (reference data). */
export function aangrenzend(db: Sqlite): [string, string][] {
  return (db.prepare('SELECT regio_a AS a, regio_b AS b FROM regio_aangrenzend').all() as { a: string; b: string }[]).map((r) => [r.a, r.b]);
}

/** The maximum number of partners per category on a date (setting; 0 = no maximum). */
export function maxPerCategorie(db: Sqlite, datum: string): number | null {
  try {
    return parameterGetal(db, 'SWV_ZORG_MAX_PARTNERS_PER_CATEGORIE', datum) || null;
  } catch {
    return null;
  }
}

const PARTNER_SELECT = `
  SELECT p.id, p.organisatie_id AS organisatieId, o.naam AS organisatieNaam, o.kbo, t.naam AS typeNaam, p.categorie, p.van, p.tot,
         p.expertise, p.icf, p.beslissing_id AS beslissingId
    FROM swv_partner p JOIN organisatie o ON o.id = p.organisatie_id JOIN organisatie_type t ON t.code = o.type_code`;

export function partnersVan(db: Sqlite, swvId: number): SwvPartner[] {
  return db.prepare(`${PARTNER_SELECT} WHERE p.swv_id = ? ORDER BY p.categorie, o.naam, p.van`).all(swvId) as SwvPartner[];
}

export function getPartner(db: Sqlite, id: number): SwvPartner & { swvId: number } {
  const p = db.prepare(`${PARTNER_SELECT.replace('SELECT p.id,', 'SELECT p.id, p.swv_id AS swvId,')} WHERE p.id = ?`).get(id) as (SwvPartner & { swvId: number }) | undefined;
  if (!p) throw AppError.nietGevonden(`Partner ${id}`);
  return p;
}

/** Partners in the samenwerkingsverband on a day (replaced partners have `tot` before it). */
const lopend = (p: Pick<SwvPartner, 'van' | 'tot'>, dag: string) => p.van <= dag && (p.tot === null || p.tot >= dag);

const MANDAAT_SELECT = `
  SELECT m.id, m.swv_id AS swvId, s.naam AS swvNaam, m.regio_code AS regioCode, r.naam AS regioNaam, rr.provincie_code AS provincieCode,
         m.geldig_van AS geldigVan, m.geldig_tot AS geldigTot, m.status, m.ministerieel_besluit AS ministerieelBesluit,
         m.beslissing_id AS beslissingId, m.bron, a.naam AS aanspreekpuntNaam, m.versie,
         (SELECT count(*) FROM swv_partner p WHERE p.swv_id = m.swv_id AND p.van <= @peil AND (p.tot IS NULL OR p.tot >= @peil)) AS aantalPartners,
         EXISTS (SELECT 1 FROM mandaat_schorsing z WHERE z.mandaat_id = m.id AND z.van <= @peil AND (z.tot IS NULL OR z.tot >= @peil)) AS geschorst
    FROM mandaat m JOIN samenwerkingsverband s ON s.id = m.swv_id JOIN werk_zorg_regio r ON r.code = m.regio_code
    JOIN referentieregio rr ON rr.code = r.referentieregio_code JOIN organisatie a ON a.id = s.aanspreekpunt_id`;

type MandaatRow = Omit<Mandaat, 'geschorst'> & { geschorst: number };
const alsMandaat = (r: MandaatRow): Mandaat => ({ ...r, geschorst: r.geschorst === 1 });

export function listMandaten(call: CallContext, f: { peildatum?: string; regioCode?: string; swvId?: number }): Mandaat[] {
  const where: string[] = [];
  const params: Record<string, unknown> = { peil: f.peildatum ?? call.today() };
  if (f.peildatum) where.push('m.geldig_van <= @peil AND m.geldig_tot >= @peil');
  if (f.regioCode) (where.push('m.regio_code = @regio'), (params.regio = f.regioCode));
  if (f.swvId) (where.push('m.swv_id = @swv'), (params.swv = f.swvId));
  const rows = call.app.sqlite
    .prepare(`${MANDAAT_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY rr.provincie_code, r.naam, m.geldig_van`)
    .all(params) as MandaatRow[];
  return rows.map(alsMandaat);
}

export function getMandaat(call: CallContext, id: number): MandaatDetail {
  const db = call.app.sqlite;
  const r = db.prepare(`${MANDAAT_SELECT} WHERE m.id = @id`).get({ id, peil: call.today() }) as MandaatRow | undefined;
  if (!r) throw AppError.nietGevonden(`Mandaat ${id}`);
  const historiek = db
    .prepare('SELECT id, datum, wat, beslissing_id AS beslissingId, toelichting FROM mandaat_historiek WHERE mandaat_id = ? ORDER BY datum, id')
    .all(id) as MandaatHistoriekRij[];
  const schorsingen = db.prepare('SELECT id, van, tot, beslissing_id AS beslissingId FROM mandaat_schorsing WHERE mandaat_id = ? ORDER BY van').all(id) as MandaatDetail['schorsingen'];
  return { ...alsMandaat(r), historiek, schorsingen };
}

export function addMandaatHistoriek(call: CallContext, mandaatId: number, h: { datum: string; wat: string; beslissingId?: number | null; toelichting: string }): void {
  call.app.sqlite
    .prepare('INSERT INTO mandaat_historiek (mandaat_id, datum, wat, beslissing_id, toelichting) VALUES (?, ?, ?, ?, ?)')
    .run(mandaatId, h.datum, h.wat, h.beslissingId ?? null, h.toelichting);
}

const SWV_SELECT = `
  SELECT s.id, s.naam, s.aanspreekpunt_id AS aanspreekpuntId, a.naam AS aanspreekpuntNaam, s.versie,
         (SELECT count(*) FROM swv_partner p WHERE p.swv_id = s.id AND p.van <= @peil AND (p.tot IS NULL OR p.tot >= @peil)) AS aantalPartners,
         coalesce((SELECT group_concat(naam, ', ') FROM (SELECT r.naam FROM mandaat m JOIN werk_zorg_regio r ON r.code = m.regio_code
                    WHERE m.swv_id = s.id AND m.geldig_van <= @peil AND m.geldig_tot >= @peil ORDER BY r.naam)), '') AS regios
    FROM samenwerkingsverband s JOIN organisatie a ON a.id = s.aanspreekpunt_id`;

export function listSwv(call: CallContext, peildatum?: string): SamenwerkingsverbandRij[] {
  const rows = call.app.sqlite.prepare(`${SWV_SELECT} ORDER BY s.naam`).all({ peil: peildatum ?? call.today() }) as (SamenwerkingsverbandRij & { versie: number })[];
  return rows.map(({ versie: _v, ...r }) => r);
}

/** The composition's shortcomings of the partners running today (Dutch; empty when in order). */
export function samenstellingControles(db: Sqlite, partners: SwvPartner[], dag: string): string[] {
  const nu = partners.filter((p) => lopend(p, dag));
  const fouten = controleerSamenstelling(nu.map((p) => ({ naam: p.organisatieNaam, categorie: p.categorie })), maxPerCategorie(db, dag));
  for (const p of nu) {
    if (!p.expertise) fouten.push(`Het bewijs van deskundigheid van ${p.organisatieNaam} ontbreekt (BVR art. 12).`);
    if (!p.icf) fouten.push(`Het bewijs van ICF-kennis of het engagement daartoe van ${p.organisatieNaam} ontbreekt (BVR art. 30).`);
  }
  return fouten;
}

export function getSwv(call: CallContext, id: number): Samenwerkingsverband {
  const db = call.app.sqlite;
  const vandaag = call.today();
  const r = db.prepare(`${SWV_SELECT} WHERE s.id = @id`).get({ id, peil: vandaag }) as (SamenwerkingsverbandRij & { versie: number }) | undefined;
  if (!r) throw AppError.nietGevonden(`Samenwerkingsverband ${id}`);
  const partners = partnersVan(db, id);
  const mandaten = listMandaten(call, { swvId: id }).map((m) => getMandaat(call, m.id));
  return {
    ...r,
    partners,
    mandaten,
    beslissingen: listBeslissingen(call, 'samenwerkingsverband', id),
    documenten: listDocumenten(db, { dossierEntiteit: 'samenwerkingsverband', dossierId: String(id) }).reverse(),
    tijdlijn: listGebeurtenissen(call, 'samenwerkingsverband', id),
    controles: samenstellingControles(db, partners, vandaag),
  };
}

/** Update a partner's proofs (expertise, ICF), with its audit entry. */
export function wijzigPartner(call: CallContext, input: { partnerId: number; expertise: string | null; icf: 'gecertificeerd' | 'engagement' | null }): SwvPartner {
  const db = call.app.sqlite;
  const p = getPartner(db, input.partnerId);
  return call.tx((audit: (e: AuditInput) => void) => {
    db.prepare('UPDATE swv_partner SET expertise = ?, icf = ? WHERE id = ?').run(input.expertise || null, input.icf, p.id);
    db.prepare('UPDATE samenwerkingsverband SET versie = versie + 1 WHERE id = ?').run(p.swvId);
    audit({ entiteit: 'swv_partner', entiteitId: p.id, actie: 'gewijzigd', oud: { expertise: p.expertise, icf: p.icf }, nieuw: { expertise: input.expertise || null, icf: input.icf } });
    return getPartner(db, p.id);
  });
}

/**
 * Which samenwerkingsverband takes a trajectory: the one mandated for its werk- en zorgregio on the date
 * of aanmelding (art. 19), the mandate not suspended on that date (art. 40). Loaded once for an import
 * of thousands of rows. A withdrawn mandate ends on its last day (geldig_tot), so it takes nothing after.
 */
export class MandaatIndex {
  private readonly perRegio = new Map<string, { id: number; swvId: number; van: string; tot: string; schorsingen: { van: string; tot: string | null }[] }[]>();

  constructor(db: Sqlite) {
    const schorsingen = new Map<number, { van: string; tot: string | null }[]>();
    for (const z of db.prepare('SELECT mandaat_id AS m, van, tot FROM mandaat_schorsing').all() as { m: number; van: string; tot: string | null }[]) {
      schorsingen.set(z.m, [...(schorsingen.get(z.m) ?? []), { van: z.van, tot: z.tot }]);
    }
    for (const m of db.prepare('SELECT id, swv_id AS swvId, regio_code AS regio, geldig_van AS van, geldig_tot AS tot FROM mandaat').all() as { id: number; swvId: number; regio: string; van: string; tot: string }[]) {
      const l = this.perRegio.get(m.regio) ?? [];
      l.push({ id: m.id, swvId: m.swvId, van: m.van, tot: m.tot, schorsingen: schorsingen.get(m.id) ?? [] });
      this.perRegio.set(m.regio, l);
    }
  }

  /** The mandate that takes a trajectory aangemeld on `datum` in `regio`, or why none does. */
  voor(regio: string, datum: string): { mandaatId: number; swvId: number } | { mandaatId: null; swvId: null; reden: string } {
    const m = (this.perRegio.get(regio) ?? []).find((x) => x.van <= datum && x.tot >= datum);
    if (!m) return { mandaatId: null, swvId: null, reden: 'geen mandaat voor de regio op de datum van aanmelding' };
    if (m.schorsingen.some((z) => z.van <= datum && (z.tot === null || z.tot >= datum))) {
      return { mandaatId: null, swvId: null, reden: 'het mandaat voor de regio was geschorst op de datum van aanmelding (art. 40)' };
    }
    return { mandaatId: m.id, swvId: m.swvId };
  }
}
