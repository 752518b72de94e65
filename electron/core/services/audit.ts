import type { AuditRij } from '../../../shared/platform/audit.contract';
import type { Handlers } from '../router';

export const auditHandlers: Pick<Handlers, 'audit.list'> = {
  'audit.list': (input, call) => {
    const where: string[] = [];
    const params: unknown[] = [];
    if (input.entiteit) (where.push('entiteit = ?'), params.push(input.entiteit));
    if (input.entiteitId) (where.push('entiteit_id = ?'), params.push(input.entiteitId));
    if (input.gebruiker) (where.push('gebruiker = ?'), params.push(input.gebruiker));
    // tijdstip is an ISO timestamp in UTC; the period is given in calendar days (inclusive).
    if (input.van) (where.push('tijdstip >= ?'), params.push(input.van));
    if (input.tot) (where.push('tijdstip < ?'), params.push(`${input.tot}T99`));
    const rows = call.app.sqlite
      .prepare(
        `SELECT id, tijdstip, gebruiker, rol, methode, entiteit, entiteit_id AS entiteitId, actie, oud, nieuw, reden
           FROM audit_entry ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`,
      )
      .all(...params, input.limit ?? 5000) as (Omit<AuditRij, 'oud' | 'nieuw'> & { oud: string | null; nieuw: string | null })[];
    return rows.map((r) => ({ ...r, oud: r.oud ? JSON.parse(r.oud) : null, nieuw: r.nieuw ? JSON.parse(r.nieuw) : null }));
  },
};
