import { z } from 'zod';
import { method } from '../api/define';
import { ALLE_ROLLEN } from '../api/roles';
import { isoDate } from '../api/common';

export interface AuditRij {
  id: number;
  tijdstip: string;
  gebruiker: string;
  rol: string;
  methode: string;
  entiteit: string;
  entiteitId: string;
  actie: string;
  oud: Record<string, unknown> | null;
  nieuw: Record<string, unknown> | null;
  reden: string | null;
}

export const auditMethods = {
  'audit.list': method<AuditRij[]>()({
    input: z.object({
      entiteit: z.string().optional(),
      entiteitId: z.union([z.string(), z.number()]).transform(String).optional(),
      gebruiker: z.string().optional(),
      van: isoDate.optional(),
      tot: isoDate.optional(),
      limit: z.number().int().positive().max(50_000).optional(),
    }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Audittrail: per entiteit, per gebruiker of per periode (nieuwste eerst)',
  }),
};
