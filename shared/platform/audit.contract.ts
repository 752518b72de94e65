import { z } from 'zod';
import { method } from '../api/define';
import { ALLE_ROLLEN, ALLEEN_BEHEERDER } from '../api/roles';
import { isoDate, regel } from '../api/common';
import { paginaVelden, type Pagina, type PaginaKolommen } from '../api/pagina';

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

/** The result of checking the audit trail's hash chain (`audit.verifieer`, `npm run audit:verifieer`). */
export interface AuditKetenRapport {
  ok: boolean;
  aantalRegels: number;
  /** Entries whose values retention erased (their content is not checked; the chain through them is). */
  aantalGewist: number;
  /** The chain hash of the last entry: note it (it is also in every backup) to detect a rewritten chain. */
  kopHash: string | null;
  eersteFout: { id: number; tijdstip: string; methode: string; melding: string } | null;
}

/** The audit trail's columns that sort and filter in the database (role and entity are chosen above the grid). */
export const AUDIT_PAGINA = {
  tijdstip: 'datum',
  gebruiker: 'tekst',
  methode: 'tekst',
  entiteitId: 'tekst',
  actie: 'tekst',
  reden: 'tekst',
} as const satisfies PaginaKolommen;

export const auditMethods = {
  'audit.verifieer': method<AuditKetenRapport>()({
    input: z.object({}),
    roles: ALLEEN_BEHEERDER,
    omschrijving: 'Audittrail controleren: de hashketen van alle auditregels narekenen en de eerste gewijzigde of ontbrekende regel tonen',
  }),
  'audit.list': method<AuditRij[]>()({
    input: z.object({
      entiteit: regel(200).optional(),
      entiteitId: z.union([regel(200), z.number()]).transform(String).optional(),
      gebruiker: regel(200).optional(),
      van: isoDate.optional(),
      tot: isoDate.optional(),
      limit: z.number().int().positive().max(50_000).optional(),
    }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Audittrail: per entiteit, per gebruiker of per periode (nieuwste eerst)',
  }),
  'audit.pagina': method<Pagina<AuditRij>>()({
    input: z.object({
      ...paginaVelden,
      entiteit: regel(200).optional(),
      entiteitId: z.union([regel(200), z.number()]).transform(String).optional(),
      gebruiker: regel(200).optional(),
      van: isoDate.optional(),
      tot: isoDate.optional(),
    }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Eén bladzijde van de audittrail (nieuwste eerst), gesorteerd, gefilterd en doorzocht (ook in oud en nieuw) in de databank',
  }),
  'audit.toegang': method<ToegangRij[]>()({
    input: z.object({
      entiteit: regel(60).optional(),
      entiteitId: z.union([regel(200), z.number()]).transform(String).optional(),
      medewerkerId: z.number().int().positive().optional(),
      limit: z.number().int().positive().max(50_000).optional(),
    }),
    roles: ALLEEN_BEHEERDER,
    omschrijving: 'Toegangslog: wie persoonsgegevens inzag (gescande overeenkomsten, deelnemers), nieuwste eerst',
  }),
};
