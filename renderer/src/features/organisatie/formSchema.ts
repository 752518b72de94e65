import { z } from 'zod';
import { organisatieVelden, type Organisatie } from '../../../../shared/organisatie/organisatie.contract';
import { isoDate } from '../../../../shared/api/common';

/** What the form holds: plain strings, as typed (sent raw; the core parses with the same schema). */
export interface OrganisatieFormWaarden {
  naam: string;
  kbo: string;
  typeCode: string;
  straat: string;
  postcode: string;
  gemeente: string;
  regioCode: string;
  iban: string;
  email: string;
  telefoon: string;
  contactpersonen: { naam: string; functie: string; email: string; telefoon: string }[];
  status: 'actief' | 'stopgezet';
  stopgezetOp: string;
  reden: string;
}

export const legeContactpersoon = () => ({ naam: '', functie: '', email: '', telefoon: '' });

/** New organisation: exactly the contract's schema (status fields are not shown). */
export const nieuwSchema = organisatieVelden;

/** Edit: the contract's fields plus status, date of cessation and reason. */
export const wijzigSchema = organisatieVelden
  .extend({
    status: z.enum(['actief', 'stopgezet']),
    stopgezetOp: z.string(),
    reden: z.string().trim().max(500, { error: 'De reden is te lang (maximum 500 tekens).' }),
  })
  .superRefine((v, ctx) => {
    if (v.status !== 'stopgezet') return;
    if (!v.stopgezetOp) {
      ctx.addIssue({ code: 'custom', path: ['stopgezetOp'], message: 'Vul de datum van stopzetting in.' });
    } else if (!isoDate.safeParse(v.stopgezetOp).success) {
      ctx.addIssue({ code: 'custom', path: ['stopgezetOp'], message: 'Geef een geldige datum.' });
    }
  });

export function leegFormulier(): OrganisatieFormWaarden {
  return {
    naam: '',
    kbo: '',
    typeCode: '',
    straat: '',
    postcode: '',
    gemeente: '',
    regioCode: '',
    iban: '',
    email: '',
    telefoon: '',
    contactpersonen: [legeContactpersoon()],
    status: 'actief',
    stopgezetOp: '',
    reden: '',
  };
}

export function formulierVan(o: Organisatie): OrganisatieFormWaarden {
  return {
    naam: o.naam,
    kbo: o.kbo,
    typeCode: o.typeCode,
    straat: o.straat,
    postcode: o.postcode,
    gemeente: o.gemeente,
    regioCode: o.regioCode ?? '',
    iban: o.iban ?? '',
    email: o.email ?? '',
    telefoon: o.telefoon ?? '',
    contactpersonen: o.contactpersonen.length
      ? o.contactpersonen.map((c) => ({ naam: c.naam, functie: c.functie ?? '', email: c.email ?? '', telefoon: c.telefoon ?? '' }))
      : [legeContactpersoon()],
    status: o.status,
    stopgezetOp: o.stopgezetOp ?? '',
    reden: '',
  };
}

/** The organisation's own fields as the API's input (strings; the core trims and converts). */
export function velden(v: OrganisatieFormWaarden) {
  return {
    naam: v.naam,
    kbo: v.kbo,
    typeCode: v.typeCode,
    straat: v.straat,
    postcode: v.postcode,
    gemeente: v.gemeente,
    regioCode: v.regioCode,
    iban: v.iban,
    email: v.email,
    telefoon: v.telefoon,
    contactpersonen: v.contactpersonen.map((c) => ({ naam: c.naam, functie: c.functie, email: c.email, telefoon: c.telefoon })),
  };
}
