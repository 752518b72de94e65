import type { Rol } from '../../../shared/api/roles';

/**
 * Staff of the two departments: a case handler and a signatory in each, a beheerder and a reader. Each has the roles a
 * beheerder gave them and the identity they sign in with on a team server (`subject`: the test accounts of
 * `npm run idp:dev`, scripts/dev-idp).
 */
export interface DemoMedewerker {
  subject: string;
  rollen: readonly Rol[];
  naam: string;
  functie: string;
  departement: 'ZORG' | 'WSE';
  dienst: string;
  email: string;
  telefoon: string;
  magOndertekenen: boolean;
  delegatie: string | null;
}

export const DEMO_MEDEWERKERS: readonly DemoMedewerker[] = [
  {
    subject: 'katrien', rollen: ['zorg-dossierbeheerder'],
    naam: 'Katrien Van den Broeck', functie: 'Dossierbeheerder', departement: 'ZORG', dienst: 'Afdeling Werk en Zorg',
    email: 'katrien.vandenbroeck@vlaanderen.be', telefoon: '02 553 34 12', magOndertekenen: false, delegatie: null,
  },
  {
    subject: 'geert', rollen: ['ondertekenaar'],
    naam: 'Geert Vermeersch', functie: 'Afdelingshoofd', departement: 'ZORG', dienst: 'Afdeling Werk en Zorg',
    email: 'geert.vermeersch@vlaanderen.be', telefoon: '02 553 34 00', magOndertekenen: true,
    delegatie: 'Voor de minister, bij delegatie',
  },
  {
    subject: 'sofie', rollen: ['wse-dossierbeheerder'],
    naam: 'Sofie Claeys', functie: 'Dossierbeheerder', departement: 'WSE', dienst: 'Afdeling Sociale Economie',
    email: 'sofie.claeys@vlaanderen.be', telefoon: '02 553 44 21', magOndertekenen: false, delegatie: null,
  },
  {
    subject: 'marc', rollen: ['ondertekenaar'],
    naam: 'Marc Wuyts', functie: 'Afdelingshoofd', departement: 'WSE', dienst: 'Afdeling Sociale Economie',
    email: 'marc.wuyts@vlaanderen.be', telefoon: '02 553 44 00', magOndertekenen: true,
    delegatie: 'Voor de leidend ambtenaar',
  },
  {
    subject: 'bart', rollen: ['beheerder'],
    naam: 'Bart Claes', functie: 'Functioneel beheerder', departement: 'ZORG', dienst: 'Afdeling Werk en Zorg',
    email: 'bart.claes@vlaanderen.be', telefoon: '02 553 34 90', magOndertekenen: false, delegatie: null,
  },
  {
    subject: 'lea', rollen: ['lezer'],
    naam: 'Lea Lezer', functie: 'Beleidsmedewerker', departement: 'WSE', dienst: 'Afdeling Sociale Economie',
    email: 'lea.lezer@vlaanderen.be', telefoon: '02 553 44 90', magOndertekenen: false, delegatie: null,
  },
];

