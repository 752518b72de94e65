/** Staff of the two departments for demo letters: a case handler and a signatory in each. */
export interface DemoMedewerker {
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
    naam: 'Katrien Van den Broeck', functie: 'Dossierbeheerder', departement: 'ZORG', dienst: 'Afdeling Werk en Zorg',
    email: 'katrien.vandenbroeck@vlaanderen.be', telefoon: '02 553 34 12', magOndertekenen: false, delegatie: null,
  },
  {
    naam: 'Geert Vermeersch', functie: 'Afdelingshoofd', departement: 'ZORG', dienst: 'Afdeling Werk en Zorg',
    email: 'geert.vermeersch@vlaanderen.be', telefoon: '02 553 34 00', magOndertekenen: true,
    delegatie: 'Voor de minister, bij delegatie',
  },
  {
    naam: 'Sofie Claeys', functie: 'Dossierbeheerder', departement: 'WSE', dienst: 'Afdeling Sociale Economie',
    email: 'sofie.claeys@vlaanderen.be', telefoon: '02 553 44 21', magOndertekenen: false, delegatie: null,
  },
  {
    naam: 'Marc Wuyts', functie: 'Afdelingshoofd', departement: 'WSE', dienst: 'Afdeling Sociale Economie',
    email: 'marc.wuyts@vlaanderen.be', telefoon: '02 553 44 00', magOndertekenen: true,
    delegatie: 'Voor de leidend ambtenaar',
  },
];
