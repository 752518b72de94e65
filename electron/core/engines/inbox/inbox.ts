import type { InboxItem } from '../../../../shared/engines/inbox.contract';
import { diffDays } from '../../../../shared/kernel/dates';
import type { Handlers } from '../../platform/router';
import type { CallContext } from '../../platform/context';
import { registries } from '../../module';

/** A source of open work with deadlines; each module contributes its own (`inboxBronnen`). */
export type InboxBron = (call: CallContext) => Omit<InboxItem, 'dagenResterend' | 'urgentie'>[];

/** Due within this many days counts as "binnenkort" (colour in the inbox). */
export const BINNENKORT_DAGEN = 7;

export function urgentie(vandaag: string, vervaldatum: string | null): Pick<InboxItem, 'dagenResterend' | 'urgentie'> {
  if (!vervaldatum) return { dagenResterend: null, urgentie: 'geen-termijn' };
  const d = diffDays(vervaldatum, vandaag);
  return { dagenResterend: d, urgentie: d < 0 ? 'te-laat' : d <= BINNENKORT_DAGEN ? 'binnenkort' : 'op-schema' };
}

export const inboxHandlers: Pick<Handlers, 'inbox.list'> = {
  'inbox.list': (input, call) => {
    const today = call.today();
    return registries(call.app).inboxBronnen.flatMap((b) => b(call))
      .filter((i) => !input.behandelaarId || i.behandelaarId === input.behandelaarId)
      .map((i) => ({ ...i, ...urgentie(today, i.vervaldatum) }))
      .sort((a, b) => (a.vervaldatum ?? '9999').localeCompare(b.vervaldatum ?? '9999') || a.dossierId - b.dossierId);
  },
};
