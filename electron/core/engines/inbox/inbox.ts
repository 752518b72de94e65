import { BINNENKORT_DAGEN, type InboxItem, type TeOndertekenen } from '../../../../shared/engines/inbox.contract';
import { diffDays } from '../../../../shared/kernel/dates';
import type { Handlers } from '../../platform/router';
import { heeftRol, type CallContext } from '../../platform/context';
import { registries } from '../../module';

/** A source of open work with deadlines; each module contributes its own (`inboxBronnen`). */
export type InboxBron = (call: CallContext) => Omit<InboxItem, 'dagenResterend' | 'urgentie'>[];


export function urgentie(vandaag: string, vervaldatum: string | null): Pick<InboxItem, 'dagenResterend' | 'urgentie'> {
  if (!vervaldatum) return { dagenResterend: null, urgentie: 'geen-termijn' };
  const d = diffDays(vervaldatum, vandaag);
  return { dagenResterend: d, urgentie: d < 0 ? 'te-laat' : d <= BINNENKORT_DAGEN ? 'binnenkort' : 'op-schema' };
}

/**
 * The signatory's inbox: draft decisions and payment-run proposals of their department (a beheerder sees both
 * departments), oldest first. What they prepared themselves is listed but marked: four eyes needs another signatory.
 */
function teOndertekenen(call: CallContext): TeOndertekenen[] {
  const db = call.app.sqlite;
  const ik = call.caller.medewerkerId;
  const dep = ik === null ? null : ((db.prepare('SELECT departement FROM medewerker WHERE id = ?').pluck().get(ik) as string | undefined) ?? null);
  const alleDepartementen = heeftRol(call.caller, 'beheerder') || dep === null;
  const beslissingen = db
    .prepare(
      `SELECT b.id, b.type AS wat, o.naam AS over, b.departement, b.aangemaakt_op AS sinds, m.naam AS door, b.aangemaakt_door_id AS doorId
         FROM beslissing b JOIN organisatie o ON o.id = b.organisatie_id JOIN medewerker m ON m.id = b.aangemaakt_door_id
        WHERE b.status = 'ontwerp' AND (@alle OR b.departement = @dep)`,
    )
    .all({ alle: alleDepartementen ? 1 : 0, dep }) as { id: number; wat: string; over: string; departement: 'ZORG' | 'WSE'; sinds: string; door: string; doorId: number }[];
  const regelingen = registries(call.app).regelingen;
  const runs = db
    .prepare(
      `SELECT r.id, r.regeling, r.periode, r.volgnummer, r.departement, r.aangemaakt_op AS sinds, m.naam AS door, r.aangemaakt_door_id AS doorId,
              (SELECT coalesce(sum(b.te_betalen_cent), 0) FROM betaalrun_betaling b WHERE b.run_id = r.id) AS bedrag,
              (SELECT count(*) FROM betaalrun_betaling b WHERE b.run_id = r.id) AS aantal
         FROM betaalrun r JOIN medewerker m ON m.id = r.aangemaakt_door_id
        WHERE r.status = 'voorstel' AND (@alle OR r.departement = @dep)`,
    )
    .all({ alle: alleDepartementen ? 1 : 0, dep }) as { id: number; regeling: string; periode: string; volgnummer: number; departement: 'ZORG' | 'WSE'; sinds: string; door: string; doorId: number; bedrag: number; aantal: number }[];
  return [
    ...beslissingen.map((b): TeOndertekenen => ({ soort: 'beslissing', id: b.id, wat: b.wat, over: b.over, departement: b.departement, bedragCent: null, aantalBetalingen: null, sinds: b.sinds, door: b.door, eigen: b.doorId === ik, link: `/beslissingen/${b.id}` })),
    ...runs.map((r): TeOndertekenen => ({
      soort: 'betaalrun', id: r.id, wat: regelingen.get(r.regeling)?.label ?? r.regeling, over: `${r.periode}${r.volgnummer > 1 ? ` (run ${r.volgnummer})` : ''}`, departement: r.departement,
      bedragCent: r.bedrag, aantalBetalingen: r.aantal, sinds: r.sinds, door: r.door, eigen: r.doorId === ik, link: `/betaalruns/${r.id}`,
    })),
  ].sort((a, b) => a.sinds.localeCompare(b.sinds) || a.id - b.id);
}

export const inboxHandlers: Pick<Handlers, 'inbox.list' | 'inbox.teOndertekenen'> = {
  'inbox.teOndertekenen': (_input, call) => teOndertekenen(call),
  'inbox.list': (input, call) => {
    const today = call.today();
    return registries(call.app).inboxBronnen.flatMap((b) => b(call))
      .filter((i) => !input.behandelaarId || i.behandelaarId === input.behandelaarId)
      .map((i) => ({ ...i, ...urgentie(today, i.vervaldatum) }))
      .sort((a, b) => (a.vervaldatum ?? '9999').localeCompare(b.vervaldatum ?? '9999') || a.dossierId - b.dossierId);
  },
};
