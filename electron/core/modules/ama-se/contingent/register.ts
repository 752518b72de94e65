/**
 * The contingent ledger of the maatwerkbedrijven (BVR art. 58, 60, 64, 76): places per period with the
 * decision behind each period, the partners of the samenwerkingsverband a maatwerkbedrijf represents, and
 * the changes it reported. One function changes the ledger (`wijzigContingent`): an award, a reduction after
 * the evaluation, a suspension or a withdrawal all go through it, inside the decision's transaction.
 */
import { AppError } from '../../../../../shared/api/errors';
import type {
  ContingentDossier, ContingentOverzicht, ContingentPeriode, ContingentReden, SeMelding, SePartner, SePartnerRol,
} from '../../../../../shared/ama-se/contingent.contract';
import type { ContingentSegment } from '../../../../../shared/ama-se/contingent';
import { addDays } from '../../../../../shared/kernel/dates';
import { formatDatum } from '../../../../../shared/kernel/format';
import type { Sqlite } from '../../../../../db/open';
import type { CallContext } from '../../../platform/context';
import type { AuditInput } from '../../../platform/audit';
import { addGebeurtenis, medewerkerIdVan } from '../../../platform/dossier';
import { getBeslissing } from '../../../engines/beslissing/beslissing';
import type { Beslissing } from '../../../../../shared/engines/beslissing.contract';

export const MAATWERKBEDRIJF_TYPE = 'MAATWERKBEDRIJF';
type Audit = (e: AuditInput) => void;

const ORG_SELECT = `
  SELECT o.id AS organisatieId, o.naam, o.kbo AS ondernemingsnummer, p.naam AS provincie
    FROM organisatie o LEFT JOIN provincie p ON p.code = o.provincie_code`;

/** The ledger of every organisation (or one), as segments for the pure rules. */
export function contingentSegmenten(db: Sqlite, organisatieId?: number): Map<number, ContingentSegment[]> {
  const m = new Map<number, ContingentSegment[]>();
  const rows = db
    .prepare(`SELECT organisatie_id, geldig_van, geldig_tot, plaatsen FROM se_contingent ${organisatieId ? 'WHERE organisatie_id = ?' : ''} ORDER BY organisatie_id, geldig_van`)
    .raw(true)
    .all(...(organisatieId ? [organisatieId] : [])) as [number, string, string | null, number][];
  for (const [o, van, tot, plaatsen] of rows) {
    const l = m.get(o);
    const s = { van, tot, plaatsen };
    if (l) l.push(s);
    else m.set(o, [s]);
  }
  return m;
}

/** The places in force on a day (0 when none). */
export function plaatsenOp(db: Sqlite, organisatieId: number, datum: string): number {
  const r = db
    .prepare('SELECT plaatsen FROM se_contingent WHERE organisatie_id = ? AND geldig_van <= ? AND (geldig_tot IS NULL OR geldig_tot >= ?) ORDER BY geldig_van DESC LIMIT 1')
    .get(organisatieId, datum, datum) as { plaatsen: number } | undefined;
  return r?.plaatsen ?? 0;
}

/** A maatwerkbedrijf of the register, or a Dutch validation error on `veld`. */
export function maatwerkbedrijf(db: Sqlite, organisatieId: number, veld = 'organisatieId'): { id: number; naam: string; kbo: string } {
  const o = db.prepare('SELECT id, naam, kbo, type_code AS type FROM organisatie WHERE id = ?').get(organisatieId) as { id: number; naam: string; kbo: string; type: string } | undefined;
  if (!o) throw AppError.nietGevonden(`Organisatie ${organisatieId}`);
  if (o.type !== MAATWERKBEDRIJF_TYPE) throw AppError.validatie(veld, `${o.naam} is geen maatwerkbedrijf: een contingent AMA SE gaat naar een maatwerkbedrijf (BVR art. 58).`);
  return o;
}

export interface ContingentWijziging {
  organisatieId: number;
  /** First day of the new number of places. */
  vanaf: string;
  /** The new number of places on `vanaf`, from the number in force then. Later periods move by the same difference. */
  nieuw: (oud: number) => number;
  reden: ContingentReden;
  beslissing: string;
  beslissingId: number | null;
  bron: string;
}

/**
 * Change the ledger from a day on, in the caller's transaction: the period in force on `vanaf` is closed the day
 * before (or changed when it starts that day) and a period with the new number opens; later periods move by the
 * same difference (never below 0). Without a contingent on `vanaf` an award opens an open-ended period.
 * Returns the difference on `vanaf`.
 */
export function wijzigContingent(call: CallContext, audit: Audit, w: ContingentWijziging): number {
  const db = call.app.sqlite;
  const nu = call.nowIso();
  const rows = db
    .prepare('SELECT id, plaatsen, geldig_van AS van, geldig_tot AS tot FROM se_contingent WHERE organisatie_id = ? AND (geldig_tot IS NULL OR geldig_tot >= ?) ORDER BY geldig_van')
    .all(w.organisatieId, w.vanaf) as { id: number; plaatsen: number; van: string; tot: string | null }[];
  const huidig = rows.find((r) => r.van <= w.vanaf);
  const oud = huidig?.plaatsen ?? 0;
  const nieuw = Math.max(0, w.nieuw(oud));
  const verschil = nieuw - oud;
  const ins = db.prepare(
    'INSERT INTO se_contingent (organisatie_id, plaatsen, geldig_van, geldig_tot, reden, beslissing, beslissing_id, bron, aangemaakt_op) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const nieuwePeriode = (plaatsen: number, van: string, tot: string | null) => {
    const id = Number(ins.run(w.organisatieId, plaatsen, van, tot, w.reden, w.beslissing, w.beslissingId, w.bron, nu).lastInsertRowid);
    audit({ entiteit: 'se_contingent', entiteitId: id, actie: 'aangemaakt', nieuw: { organisatieId: w.organisatieId, plaatsen, geldigVan: van, geldigTot: tot, reden: w.reden, beslissing: w.beslissing, beslissingId: w.beslissingId } });
  };
  if (huidig && huidig.van === w.vanaf) {
    // A period that starts that very day takes the new number and the new decision.
    db.prepare('UPDATE se_contingent SET plaatsen = ?, reden = ?, beslissing = ?, beslissing_id = ?, bron = ? WHERE id = ?').run(nieuw, w.reden, w.beslissing, w.beslissingId, w.bron, huidig.id);
    audit({ entiteit: 'se_contingent', entiteitId: huidig.id, actie: 'gewijzigd', oud: { plaatsen: huidig.plaatsen }, nieuw: { plaatsen: nieuw, reden: w.reden, beslissing: w.beslissing, beslissingId: w.beslissingId } });
  } else if (huidig) {
    db.prepare('UPDATE se_contingent SET geldig_tot = ? WHERE id = ?').run(addDays(w.vanaf, -1), huidig.id);
    audit({ entiteit: 'se_contingent', entiteitId: huidig.id, actie: 'gewijzigd', oud: { geldigTot: huidig.tot }, nieuw: { geldigTot: addDays(w.vanaf, -1) }, reden: w.beslissing });
    nieuwePeriode(nieuw, w.vanaf, huidig.tot);
  } else if (nieuw > 0) {
    const volgende = rows.find((r) => r.van > w.vanaf);
    nieuwePeriode(nieuw, w.vanaf, volgende ? addDays(volgende.van, -1) : null);
  }
  for (const r of rows.filter((x) => x.van > w.vanaf && verschil !== 0)) {
    const p = Math.max(0, r.plaatsen + verschil);
    db.prepare('UPDATE se_contingent SET plaatsen = ? WHERE id = ?').run(p, r.id);
    audit({ entiteit: 'se_contingent', entiteitId: r.id, actie: 'gewijzigd', oud: { plaatsen: r.plaatsen }, nieuw: { plaatsen: p }, reden: w.beslissing });
  }
  addGebeurtenis(call, {
    entiteit: 'organisatie', entiteitId: w.organisatieId, datum: call.today(), soort: `contingent-${w.reden}`,
    omschrijving: `Contingent AMA SE vanaf ${formatDatum(w.vanaf)}: ${nieuw} plaatsen (was ${oud}); ${w.beslissing}`,
  });
  return verschil;
}

export function listContingenten(call: CallContext, peildatum?: string): ContingentOverzicht[] {
  const dag = peildatum ?? call.today();
  const rows = call.app.sqlite
    .prepare(
      `SELECT o.id AS organisatieId, o.naam, o.kbo AS ondernemingsnummer, p.naam AS provincie, c.plaatsen, c.geldig_van AS sinds, c.geldig_tot AS tot,
              (SELECT count(*) FROM se_partner sp WHERE sp.maatwerkbedrijf_id = o.id AND sp.van <= @dag AND (sp.tot IS NULL OR sp.tot >= @dag)) AS partners,
              (SELECT count(*) FROM se_deelname d WHERE d.organisatie_id = o.id AND d.startdatum <= @dag AND (d.einddatum IS NULL OR d.einddatum >= @dag)) AS lopendeDeelnames
         FROM organisatie o LEFT JOIN provincie p ON p.code = o.provincie_code
         LEFT JOIN se_contingent c ON c.organisatie_id = o.id AND c.geldig_van <= @dag AND (c.geldig_tot IS NULL OR c.geldig_tot >= @dag)
        WHERE o.id IN (SELECT organisatie_id FROM se_contingent)
        ORDER BY o.naam`,
    )
    .all({ dag }) as (ContingentOverzicht & { plaatsen: number | null })[];
  return rows.map((x) => ({ ...x, plaatsen: x.plaatsen ?? 0 }));
}

function perioden(db: Sqlite, organisatieId: number): ContingentPeriode[] {
  return db
    .prepare(
      `SELECT id, plaatsen, geldig_van AS geldigVan, geldig_tot AS geldigTot, reden, beslissing, beslissing_id AS beslissingId, bron, aangemaakt_op AS aangemaaktOp
         FROM se_contingent WHERE organisatie_id = ? ORDER BY geldig_van DESC`,
    )
    .all(organisatieId) as ContingentPeriode[];
}

function partners(db: Sqlite, maatwerkbedrijfId: number): SePartner[] {
  return db
    .prepare(
      `SELECT sp.id, sp.organisatie_id AS organisatieId, o.naam AS organisatieNaam, o.kbo AS ondernemingsnummer, t.naam AS typeNaam, sp.rol, sp.van, sp.tot
         FROM se_partner sp JOIN organisatie o ON o.id = sp.organisatie_id JOIN organisatie_type t ON t.code = o.type_code
        WHERE sp.maatwerkbedrijf_id = ? ORDER BY sp.tot IS NOT NULL, o.naam`,
    )
    .all(maatwerkbedrijfId) as SePartner[];
}

function meldingen(db: Sqlite, organisatieId: number): SeMelding[] {
  return db
    .prepare(
      `SELECT m.id, m.datum, m.omschrijving, w.naam AS geregistreerdDoor, m.aangemaakt_op AS aangemaaktOp
         FROM se_melding m JOIN medewerker w ON w.id = m.geregistreerd_door_id WHERE m.organisatie_id = ? ORDER BY m.datum DESC, m.id DESC`,
    )
    .all(organisatieId) as SeMelding[];
}

export function getContingent(call: CallContext, organisatieId: number): ContingentDossier {
  const db = call.app.sqlite;
  maatwerkbedrijf(db, organisatieId);
  const overzicht = listContingenten(call).find((r) => r.organisatieId === organisatieId);
  const basis =
    overzicht ??
    ({ ...(db.prepare(`${ORG_SELECT} WHERE o.id = ?`).get(organisatieId) as Pick<ContingentOverzicht, 'organisatieId' | 'naam' | 'ondernemingsnummer' | 'provincie'>), plaatsen: 0, sinds: null, tot: null, partners: 0, lopendeDeelnames: 0 } as ContingentOverzicht);
  return {
    ...basis,
    perioden: perioden(db, organisatieId),
    partnersLijst: partners(db, organisatieId),
    meldingen: meldingen(db, organisatieId),
    beslissingen: listBeslissingenVanOrganisatie(call, organisatieId),
  };
}

const PAAZ = 'PAAZ';
const BRUSSEL = 'BRU';

/** Add a partner, or end one (same organisation with `tot`). Art. 58: a change may be reported at any time. */
export function wijzigPartner(
  call: CallContext,
  input: { maatwerkbedrijfId: number; organisatieId: number; rol: SePartnerRol; van: string; tot?: string | null; uitsluitendVlaams?: boolean },
): ContingentDossier {
  const db = call.app.sqlite;
  maatwerkbedrijf(db, input.maatwerkbedrijfId, 'maatwerkbedrijfId');
  if (input.maatwerkbedrijfId === input.organisatieId) throw AppError.validatie('organisatieId', 'Het maatwerkbedrijf zelf is geen partner van zijn samenwerkingsverband.');
  const p = db
    .prepare('SELECT o.naam, o.type_code AS type, o.provincie_code AS provincie FROM organisatie o WHERE o.id = ?')
    .get(input.organisatieId) as { naam: string; type: string; provincie: string } | undefined;
  if (!p) throw AppError.nietGevonden(`Organisatie ${input.organisatieId}`);
  if (input.rol === 'maatwerkbedrijf' && p.type !== MAATWERKBEDRIJF_TYPE) throw AppError.validatie('rol', `${p.naam} is geen maatwerkbedrijf.`);
  if ((p.type === PAAZ) !== (input.rol === 'paaz-werkpost')) {
    throw AppError.validatie('rol', p.type === PAAZ ? 'Een PAAZ kan enkel als werkpost partner zijn (BVR art. 58).' : 'Kies "PAAZ (enkel als werkpost)" alleen voor een PAAZ.');
  }
  if (p.provincie === BRUSSEL && !input.uitsluitendVlaams) {
    throw AppError.validatie('uitsluitendVlaams', `${p.naam} is in Brussel gevestigd: een partner in Brussel behoort uitsluitend tot de Vlaamse Gemeenschap (BVR art. 58). Bevestig dat.`);
  }
  if (input.tot && input.tot < input.van) throw AppError.validatie('tot', 'De einddatum ligt vóór de begindatum.');
  const lopend = db.prepare('SELECT id, van, tot FROM se_partner WHERE maatwerkbedrijf_id = ? AND organisatie_id = ? AND tot IS NULL').get(input.maatwerkbedrijfId, input.organisatieId) as
    | { id: number; van: string; tot: string | null }
    | undefined;
  call.tx((audit) => {
    if (lopend && input.tot) {
      db.prepare('UPDATE se_partner SET tot = ? WHERE id = ?').run(input.tot, lopend.id);
      audit({ entiteit: 'se_partner', entiteitId: lopend.id, actie: 'gewijzigd', oud: { tot: null }, nieuw: { tot: input.tot } });
    } else if (lopend) {
      throw AppError.validatie('organisatieId', `${p.naam} is al partner sinds ${formatDatum(lopend.van)}. Geef een einddatum om het partnerschap te beëindigen.`);
    } else {
      const id = Number(db.prepare('INSERT INTO se_partner (maatwerkbedrijf_id, organisatie_id, rol, van, tot, aangemaakt_op) VALUES (?, ?, ?, ?, ?, ?)')
        .run(input.maatwerkbedrijfId, input.organisatieId, input.rol, input.van, input.tot ?? null, call.nowIso()).lastInsertRowid);
      audit({ entiteit: 'se_partner', entiteitId: id, actie: 'aangemaakt', nieuw: { ...input, brussel: p.provincie === BRUSSEL } });
    }
    addGebeurtenis(call, { entiteit: 'organisatie', entiteitId: input.maatwerkbedrijfId, datum: call.today(), soort: 'se-partner', omschrijving: `Partner ${p.naam}: ${input.tot ? `tot ${formatDatum(input.tot)}` : `vanaf ${formatDatum(input.van)}`}` });
  });
  return getContingent(call, input.maatwerkbedrijfId);
}

export function registreerMelding(call: CallContext, input: { organisatieId: number; datum: string; omschrijving: string }): ContingentDossier {
  const db = call.app.sqlite;
  maatwerkbedrijf(db, input.organisatieId);
  if (input.datum > call.today()) throw AppError.validatie('datum', 'Een melding kan niet in de toekomst liggen.');
  const medewerkerId = medewerkerIdVan(call);
  call.tx((audit) => {
    const id = Number(db.prepare('INSERT INTO se_melding (organisatie_id, datum, omschrijving, geregistreerd_door_id, aangemaakt_op) VALUES (?, ?, ?, ?, ?)')
      .run(input.organisatieId, input.datum, input.omschrijving, medewerkerId, call.nowIso()).lastInsertRowid);
    audit({ entiteit: 'se_melding', entiteitId: id, actie: 'aangemaakt', nieuw: input });
    addGebeurtenis(call, { entiteit: 'organisatie', entiteitId: input.organisatieId, datum: input.datum, soort: 'se-melding', omschrijving: `Wijziging gemeld (art. 64): ${input.omschrijving}` });
  });
  return getContingent(call, input.organisatieId);
}

/** Every AMA SE decision about an organisation, newest first. */
export function listBeslissingenVanOrganisatie(call: CallContext, organisatieId: number): Beslissing[] {
  const ids = call.app.sqlite
    .prepare("SELECT id FROM beslissing WHERE organisatie_id = ? AND dossier_entiteit IN ('se_aanvraag', 'se_evaluatie') ORDER BY id DESC")
    .pluck()
    .all(organisatieId) as number[];
  return ids.map((id) => getBeslissing(call, id));
}
