import { eenmaalBereid, type Sqlite } from '../../../db/open';
import type { Caller } from './context';
import { AUDIT_PAGINA, type AuditRij, type ToegangRij } from '../../../shared/platform/audit.contract';
import { kolommenSql, pagina } from './pagina';
import type { Handlers } from './router';
import { inhoudHash, ketenHash, laatsteKetenHash, verifieerAuditketen, type AuditInhoud } from './auditketen';

export interface AuditInput {
  entiteit: string;
  entiteitId: string | number;
  actie: 'aangemaakt' | 'gewijzigd' | 'verwijderd' | string;
  oud?: Record<string, unknown> | null;
  nieuw?: Record<string, unknown> | null;
  reden?: string | null;
}

const INSERT_AUDIT = `INSERT INTO audit_entry (tijdstip, medewerker_id, gebruiker, rol, methode, entiteit, entiteit_id, actie, oud, nieuw, reden, inhoud_hash, keten_hash)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

export function insertAudit(db: Sqlite, caller: Caller, methode: string, tijdstip: string, e: AuditInput): void {
  const stmt = eenmaalBereid(db, INSERT_AUDIT);
  const rij: AuditInhoud = {
    tijdstip,
    medewerker_id: caller.medewerkerId,
    gebruiker: caller.gebruiker,
    rol: caller.rol,
    methode,
    entiteit: e.entiteit,
    entiteit_id: String(e.entiteitId),
    actie: e.actie,
    oud: e.oud ? JSON.stringify(e.oud) : null,
    nieuw: e.nieuw ? JSON.stringify(e.nieuw) : null,
    reden: e.reden ?? null,
  };
  // Read the head inside the caller's transaction: a concurrent writer makes this commit fail (busy
  // snapshot) instead of forking the chain.
  const inhoud = inhoudHash(rij);
  const keten = ketenHash(laatsteKetenHash(db), inhoud);
  stmt.run(rij.tijdstip, rij.medewerker_id, rij.gebruiker, rij.rol, rij.methode, rij.entiteit, rij.entiteit_id, rij.actie, rij.oud, rij.nieuw, rij.reden, inhoud, keten);
}

/** The fields whose value differs, as {oud, nieuw}; keys missing on one side count as null. */
export function diff(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): { oud: Record<string, unknown>; nieuw: Record<string, unknown> } | null {
  const oud: Record<string, unknown> = {};
  const nieuw: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = before[key] ?? null;
    const b = after[key] ?? null;
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      oud[key] = a;
      nieuw[key] = b;
    }
  }
  return Object.keys(nieuw).length ? { oud, nieuw } : null;
}

const AUDIT_RIJ = 'SELECT id, tijdstip, gebruiker, rol, methode, entiteit, entiteit_id AS entiteitId, actie, oud, nieuw, reden FROM audit_entry';
type AuditRuw = Omit<AuditRij, 'oud' | 'nieuw'> & { oud: string | null; nieuw: string | null };
const auditRij = (r: AuditRuw): AuditRij => ({ ...r, oud: r.oud ? JSON.parse(r.oud) : null, nieuw: r.nieuw ? JSON.parse(r.nieuw) : null });

/** The filters above the audit grid (entity, user, period), shared by the list and the pages. */
function auditFilter(input: { entiteit?: string; entiteitId?: string; gebruiker?: string; van?: string; tot?: string }): { waar: string[]; params: unknown[] } {
  const waar: string[] = [];
  const params: unknown[] = [];
  if (input.entiteit) (waar.push('a.entiteit = ?'), params.push(input.entiteit));
  if (input.entiteitId) (waar.push('a.entiteit_id = ?'), params.push(input.entiteitId));
  if (input.gebruiker) (waar.push('a.gebruiker = ?'), params.push(input.gebruiker));
  // tijdstip is an ISO timestamp in UTC; the period is given in calendar days (inclusive).
  if (input.van) (waar.push('a.tijdstip >= ?'), params.push(input.van));
  if (input.tot) (waar.push('a.tijdstip < ?'), params.push(`${input.tot}T99`));
  return { waar, params };
}

export const auditHandlers: Pick<Handlers, 'audit.list' | 'audit.pagina' | 'audit.toegang' | 'audit.verifieer'> = {
  'audit.verifieer': (_input, call) => verifieerAuditketen(call.app.sqlite),
  'audit.list': (input, call) => {
    const { waar, params } = auditFilter(input);
    const rows = call.app.sqlite
      .prepare(`${AUDIT_RIJ} a ${waar.length ? `WHERE ${waar.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`)
      .all(...params, input.limit ?? 5000) as AuditRuw[];
    return rows.map(auditRij);
  },
  'audit.pagina': (input, call) => {
    const { waar, params } = auditFilter(input);
    return pagina(
      call.app.sqlite,
      {
        van: 'FROM audit_entry a',
        waar,
        params,
        kolommen: kolommenSql(AUDIT_PAGINA, { tijdstip: 'a.tijdstip', gebruiker: 'a.gebruiker', methode: 'a.methode', entiteitId: 'a.entiteit_id', actie: 'a.actie', reden: 'a.reden' }),
        zoekIn: ['a.gebruiker', 'a.methode', 'a.entiteit', 'a.entiteit_id', 'a.actie', 'a.reden', 'a.oud', 'a.nieuw'],
        standaard: [{ colId: 'tijdstip', sort: 'desc' }],
        sleutel: 'a.id',
        telVan: 'FROM audit_entry a',
      },
      input,
      (ids) => (call.app.sqlite.prepare(`${AUDIT_RIJ} WHERE id IN (SELECT value FROM json_each(?))`).all(ids) as AuditRuw[]).map(auditRij),
    );
  },
  'audit.toegang': (input, call) => {
    const where: string[] = [];
    const params: unknown[] = [];
    if (input.entiteit) (where.push('entiteit = ?'), params.push(input.entiteit));
    if (input.entiteitId) (where.push('entiteit_id = ?'), params.push(input.entiteitId));
    if (input.medewerkerId) (where.push('medewerker_id = ?'), params.push(input.medewerkerId));
    return call.app.sqlite
      .prepare(
        `SELECT id, tijdstip, medewerker_id AS medewerkerId, gebruiker, rol, methode, entiteit, entiteit_id AS entiteitId, wat
           FROM toegangslog ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`,
      )
      .all(...params, input.limit ?? 5000) as ToegangRij[];
  },
};
