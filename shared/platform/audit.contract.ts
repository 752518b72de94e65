import { z } from 'zod';
import { method } from '../api/define';
import { ALLE_ROLLEN, ALLEEN_BEHEERDER } from '../api/roles';
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

/** One read of personal data: who, when, through which method, which record (never the data itself). */
export interface ToegangRij {
  id: number;
  tijdstip: string;
  medewerkerId: number | null;
  gebruiker: string;
  rol: string;
  methode: string;
  entiteit: string;
  entiteitId: string;
  wat: string;
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
  'audit.toegang': method<ToegangRij[]>()({
    input: z.object({
      entiteit: z.string().trim().max(60).optional(),
      entiteitId: z.union([z.string(), z.number()]).transform(String).optional(),
      medewerkerId: z.number().int().positive().optional(),
      limit: z.number().int().positive().max(50_000).optional(),
    }),
    roles: ALLEEN_BEHEERDER,
    omschrijving: 'Toegangslog: wie persoonsgegevens inzag (gescande overeenkomsten, deelnemers), nieuwste eerst',
  }),
};
