import { AppError } from '../../../../../shared/api/errors';
import type { Erkenning, ErkenningRij } from '../../../../../shared/ama-wvg/erkenning.contract';
import { erkenningEinde, hernieuwingIngang } from '../../../../../shared/ama-wvg/erkenning';
import { addMonths } from '../../../../../shared/kernel/dates';
import { formatDatum } from '../../../../../shared/kernel/format';
import type { Handlers } from '../../../platform/router';
import type { CallContext } from '../../../platform/context';
import type { AuditInput } from '../../../platform/audit';
import { addGebeurtenis } from '../../../platform/dossier';
import { parameterGetal } from '../../../platform/parameter';
import type { Beslissing } from '../../../../../shared/engines/beslissing.contract';
import { getBeslissing, type BeslissingSoort } from '../../../engines/beslissing/beslissing';
import { getAanvraag } from './aanvraag';
import { erkenningTekst, onontvankelijkTekst, ontvankelijkTekst, weigeringTekst, type AanvraagContext } from './beslissingsteksten';
import { HERINNERING_PARAMETER } from '../../../../../shared/ama-wvg/hernieuwing.contract';

const SELECT = `
  SELECT e.id, e.erkenningsnummer, e.organisatie_id AS organisatieId, o.naam AS organisatieNaam, o.kbo AS organisatieKbo,
         o.type_code AS typeCode, t.naam AS typeNaam, p.naam AS provincieNaam, e.geldig_van AS geldigVan, e.geldig_tot AS geldigTot,
         e.status, e.einde_reden AS eindeReden, e.oorsprong,
         (SELECT a.id FROM aanvraag a WHERE a.hernieuwing_van_id = e.id AND a.status IN ('ingediend', 'ontvankelijk', 'toegekend') ORDER BY a.id DESC LIMIT 1) AS hernieuwingAanvraagId,
         (SELECT d.id FROM document d WHERE d.dossier_entiteit = 'erkenning' AND d.dossier_id = CAST(e.id AS TEXT) AND d.brief_type = 'herinnering-hernieuwing' ORDER BY d.id DESC LIMIT 1) AS herinneringDocumentId,
         (SELECT json_extract(d.gegevens, '$.datum') FROM document d WHERE d.dossier_entiteit = 'erkenning' AND d.dossier_id = CAST(e.id AS TEXT) AND d.brief_type = 'herinnering-hernieuwing' ORDER BY d.id DESC LIMIT 1) AS herinneringDatum,
         e.aanvraag_id AS aanvraagId, e.beslissing_id AS beslissingId, e.vorige_erkenning_id AS vorigeErkenningId,
         (SELECT n.id FROM erkenning n WHERE n.vorige_erkenning_id = e.id) AS volgendeErkenningId, e.versie
    FROM erkenning e
    JOIN organisatie o ON o.id = e.organisatie_id
    JOIN organisatie_type t ON t.code = o.type_code
    LEFT JOIN werk_zorg_regio r ON r.code = o.regio_code
    LEFT JOIN referentieregio rr ON rr.code = r.referentieregio_code
    LEFT JOIN provincie p ON p.code = o.provincie_code`;

export function getErkenning(call: CallContext, id: number): Erkenning {
  const row = call.app.sqlite.prepare(`${SELECT} WHERE e.id = ?`).get(id) as Omit<Erkenning, 'historiek' | 'beslissingen'> | undefined;
  if (!row) throw AppError.nietGevonden(`Erkenning ${id}`);
  const historiek = call.app.sqlite
    .prepare('SELECT id, datum, status, geldig_tot AS geldigTot, beslissing_id AS beslissingId, toelichting FROM erkenning_historiek WHERE erkenning_id = ? ORDER BY id')
    .all(id) as Erkenning['historiek'];
  const beslissingen = call.app.sqlite
    .prepare(`SELECT id FROM beslissing WHERE (recht_entiteit = 'erkenning' AND recht_id = ?) OR id = ? ORDER BY id`)
    .all(id, row.beslissingId) as { id: number }[];
  return { ...row, historiek, beslissingen: beslissingen.map((b) => getBeslissing(call, b.id)) };
}

/** Next recognition number of the year: AMA-WVG-2026-0001. */
function volgendNummer(call: CallContext, jaar: string): string {
  const prefix = `AMA-WVG-${jaar}-`;
  const last = call.app.sqlite
    .prepare('SELECT erkenningsnummer AS n FROM erkenning WHERE erkenningsnummer LIKE ? ORDER BY erkenningsnummer DESC LIMIT 1')
    .get(`${prefix}%`) as { n: string } | undefined;
  const seq = last ? Number(last.n.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(seq).padStart(4, '0')}`;
}

export function addHistoriek(call: CallContext, erkenningId: number, h: { datum: string; status: string; geldigTot: string; beslissingId?: number | null; toelichting: string }): void {
  call.app.sqlite
    .prepare('INSERT INTO erkenning_historiek (erkenning_id, datum, status, geldig_tot, beslissing_id, toelichting) VALUES (?, ?, ?, ?, ?, ?)')
    .run(erkenningId, h.datum, h.status, h.geldigTot, h.beslissingId ?? null, h.toelichting);
}

export interface NieuweErkenning {
  organisatieId: number;
  geldigVan: string;
  geldigTot: string;
  oorsprong: 'aanvraag' | 'overgang';
  aanvraagId?: number | null;
  beslissingId?: number | null;
  vorigeErkenningId?: number | null;
  erkenningsnummer?: string;
  toelichting: string;
}

/** Insert a recognition with its first history line (inside the caller's transaction). */
export function insertErkenning(call: CallContext, audit: (e: AuditInput) => void, n: NieuweErkenning): number {
  const nummer = n.erkenningsnummer ?? volgendNummer(call, n.geldigVan.slice(0, 4));
  const status = n.geldigTot < call.today() ? 'verlopen' : 'actief';
  const { lastInsertRowid } = call.app.sqlite
    .prepare(
      `INSERT INTO erkenning (erkenningsnummer, organisatie_id, geldig_van, geldig_tot, status, einde_reden, oorsprong, aanvraag_id,
         beslissing_id, vorige_erkenning_id, aangemaakt_op) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(nummer, n.organisatieId, n.geldigVan, n.geldigTot, status, status === 'verlopen' ? 'verlopen' : null, n.oorsprong,
      n.aanvraagId ?? null, n.beslissingId ?? null, n.vorigeErkenningId ?? null, call.nowIso());
  const id = Number(lastInsertRowid);
  addHistoriek(call, id, { datum: n.geldigVan, status: 'actief', geldigTot: n.geldigTot, beslissingId: n.beslissingId, toelichting: n.toelichting });
  audit({ entiteit: 'erkenning', entiteitId: id, actie: 'aangemaakt', nieuw: { erkenningsnummer: nummer, organisatieId: n.organisatieId, geldigVan: n.geldigVan, geldigTot: n.geldigTot, status, oorsprong: n.oorsprong } });
  return id;
}

function setAanvraagStatus(call: CallContext, audit: (e: AuditInput) => void, aanvraagId: number, status: string, beslissingKolom: 'ontvankelijkheid_beslissing_id' | 'gegrondheid_beslissing_id', beslissingId: number): void {
  const before = call.app.sqlite.prepare('SELECT status FROM aanvraag WHERE id = ?').get(aanvraagId) as { status: string };
  call.app.sqlite.prepare(`UPDATE aanvraag SET status = ?, ${beslissingKolom} = ?, gewijzigd_op = ?, versie = versie + 1 WHERE id = ?`).run(status, beslissingId, call.nowIso(), aanvraagId);
  audit({ entiteit: 'aanvraag', entiteitId: aanvraagId, actie: 'gewijzigd', oud: { status: before.status }, nieuw: { status } });
}

function aanvraagContext(call: CallContext, aanvraagId: number): AanvraagContext & { organisatieId: number; hernieuwingVanId: number | null } {
  const a = call.app.sqlite
    .prepare('SELECT organisatie_id AS organisatieId, ontvangen_op AS ontvangenOp, hernieuwing_van_id AS hernieuwingVanId FROM aanvraag WHERE id = ?')
    .get(aanvraagId) as { organisatieId: number; ontvangenOp: string; hernieuwingVanId: number | null };
  return { ...a, hernieuwing: a.hernieuwingVanId !== null };
}

interface NieuweErkenningPlan {
  erkenningsnummer: string;
  geldigVan: string;
  geldigTot: string;
  toelichting: string;
  duurJaren: number;
  herinneringMaanden: number;
}

/**
 * Plan the recognition before the letter is rendered (the letter prints its number and validity).
 * A renewal granted while the running recognition is still valid starts the day after it ends.
 */
function planErkenning(call: CallContext, b: Beslissing): NieuweErkenningPlan {
  const db = call.app.sqlite;
  const a = aanvraagContext(call, b.dossierId);
  let geldigVan = b.ingangsdatum ?? b.beslissingsdatum;
  let toelichting = 'Erkend na aanvraag';
  if (a.hernieuwingVanId) {
    const oud = db.prepare('SELECT geldig_tot AS geldigTot, status FROM erkenning WHERE id = ?').get(a.hernieuwingVanId) as { geldigTot: string; status: string };
    if (oud.status === 'actief' && b.beslissingsdatum <= oud.geldigTot) {
      geldigVan = hernieuwingIngang(oud.geldigTot);
      toelichting = `Hernieuwing: aansluitend op de lopende erkenning (einde ${formatDatum(oud.geldigTot)})`;
    }
  }
  const duurJaren = parameterGetal(db, 'AMA_WVG_ERKENNINGSDUUR', geldigVan);
  const geldigTot = erkenningEinde(geldigVan, duurJaren);
  return { erkenningsnummer: volgendNummer(call, geldigVan.slice(0, 4)), geldigVan, geldigTot, toelichting, duurJaren, herinneringMaanden: parameterGetal(db, HERINNERING_PARAMETER, geldigVan) };
}

// The decisions on an application (BVR art. 47–49): their letters and their effects.
const ontvankelijk: BeslissingSoort<undefined> = {
  tekst: (call, b) => {
    const a = getAanvraag(call, b.dossierId);
    return ontvankelijkTekst({ ...aanvraagContext(call, b.dossierId), gegrondheidUiterlijk: a.termijnen.find((t) => t.soort === 'gegrondheid')?.vervaldatum });
  },
  effect: (call, b, _x, audit) => setAanvraagStatus(call, audit, b.dossierId, 'ontvankelijk', 'ontvankelijkheid_beslissing_id', b.id),
};
const onontvankelijk: BeslissingSoort<undefined> = {
  tekst: (call, b) => onontvankelijkTekst(aanvraagContext(call, b.dossierId)),
  effect: (call, b, _x, audit) => setAanvraagStatus(call, audit, b.dossierId, 'onontvankelijk', 'ontvankelijkheid_beslissing_id', b.id),
};
const weigering: BeslissingSoort<undefined> = {
  tekst: (call, b) => weigeringTekst(aanvraagContext(call, b.dossierId)),
  effect: (call, b, _x, audit) => setAanvraagStatus(call, audit, b.dossierId, 'geweigerd', 'gegrondheid_beslissing_id', b.id),
};
const erkenning: BeslissingSoort<NieuweErkenningPlan> = {
  voorbereiden: planErkenning,
  tekst: (call, b, plan) => erkenningTekst(aanvraagContext(call, b.dossierId), plan),
  effect: (call, b, plan, audit) => {
    const a = aanvraagContext(call, b.dossierId);
    const id = insertErkenning(call, audit, { organisatieId: a.organisatieId, geldigVan: plan.geldigVan, geldigTot: plan.geldigTot, erkenningsnummer: plan.erkenningsnummer, oorsprong: 'aanvraag', aanvraagId: b.dossierId, beslissingId: b.id, vorigeErkenningId: a.hernieuwingVanId, toelichting: plan.toelichting });
    call.app.sqlite.prepare("UPDATE beslissing SET recht_entiteit = 'erkenning', recht_id = ?, ingangsdatum = ?, einddatum = ? WHERE id = ?").run(id, plan.geldigVan, plan.geldigTot, b.id);
    setAanvraagStatus(call, audit, b.dossierId, 'toegekend', 'gegrondheid_beslissing_id', b.id);
    addGebeurtenis(call, { entiteit: 'aanvraag', entiteitId: b.dossierId, datum: b.beslissingsdatum, soort: 'erkenning', omschrijving: `Erkend (${plan.erkenningsnummer}) van ${formatDatum(plan.geldigVan)} tot en met ${formatDatum(plan.geldigTot)}` });
  },
};

/** The decision kinds of an application for recognition. */
export const aanvraagBeslissingSoorten = { ontvankelijk, onontvankelijk, weigering, erkenning };

/**
 * Recognitions whose last day has passed become 'verlopen' (run at start-up and on demand). A
 * recognition followed by a renewal ends with reason 'vervangen'.
 */
export function verwerkVerlopenErkenningen(call: CallContext): number {
  const rows = call.app.sqlite
    .prepare("SELECT id, geldig_tot AS geldigTot, (SELECT 1 FROM erkenning n WHERE n.vorige_erkenning_id = e.id) AS vervangen FROM erkenning e WHERE status = 'actief' AND geldig_tot < ?")
    .all(call.today()) as { id: number; geldigTot: string; vervangen: number | null }[];
  if (!rows.length) return 0;
  call.tx((audit) => {
    for (const r of rows) {
      const reden = r.vervangen ? 'vervangen' : 'verlopen';
      call.app.sqlite.prepare("UPDATE erkenning SET status = 'verlopen', einde_reden = ?, versie = versie + 1 WHERE id = ?").run(reden, r.id);
      addHistoriek(call, r.id, { datum: r.geldigTot, status: 'verlopen', geldigTot: r.geldigTot, toelichting: reden === 'vervangen' ? 'Einde geldigheid; opgevolgd door de hernieuwde erkenning' : 'Einde geldigheid zonder hernieuwing' });
      audit({ entiteit: 'erkenning', entiteitId: r.id, actie: 'gewijzigd', oud: { status: 'actief' }, nieuw: { status: 'verlopen', eindeReden: reden } });
    }
  });
  return rows.length;
}

export const erkenningHandlers: Pick<Handlers, 'erkenning.list' | 'erkenning.get' | 'erkenning.verwerkVervaldagen'> = {
  'erkenning.verwerkVervaldagen': (_input, call) => ({ verlopen: verwerkVerlopenErkenningen(call) }),
  'erkenning.list': (input, call) => {
    const where: string[] = [];
    const params: unknown[] = [];
    if (input.status) (where.push('e.status = ?'), params.push(input.status));
    if (input.organisatieId) (where.push('e.organisatie_id = ?'), params.push(input.organisatieId));
    if (input.vervaltBinnenMaanden) {
      where.push("e.status = 'actief' AND e.geldig_tot <= ?");
      params.push(addMonths(call.today(), input.vervaltBinnenMaanden));
    }
    return call.app.sqlite.prepare(`${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY e.geldig_tot, e.id`).all(...params) as ErkenningRij[];
  },
  'erkenning.get': (input, call) => getErkenning(call, input.id),
};
