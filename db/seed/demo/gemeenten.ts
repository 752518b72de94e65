/**
 * Flemish municipalities for demo addresses: postcode, the werk- en zorgregio they belong to, the
 * telephone zone and a weight (≈ inhabitants in thousands, rounded) so that cities get more
 * organisations than villages.
 *
 * DEMO DATA ONLY: the mapping to the 17 werk- en zorgregio's is a best-knowledge approximation
 * (arrondissement-based; Limburg split into Noord-, Oost- and Zuid-West-Limburg), good enough to make
 * lists, filters and region reports look real. It is not reference data and nothing in the
 * application derives a region from a municipality with it.
 */
export interface Gemeente {
  naam: string;
  postcode: string;
  regio: string;
  /** Telephone zone, e.g. '09', '053'. */
  zone: string;
  gewicht: number;
}

const g = (naam: string, postcode: string, regio: string, zone: string, gewicht: number): Gemeente => ({
  naam, postcode, regio, zone, gewicht,
});

export const GEMEENTEN: readonly Gemeente[] = [
  // Kempen
  g('Turnhout', '2300', 'KEMPEN', '014', 45),
  g('Geel', '2440', 'KEMPEN', '014', 41),
  g('Mol', '2400', 'KEMPEN', '014', 37),
  g('Herentals', '2200', 'KEMPEN', '014', 29),
  g('Westerlo', '2260', 'KEMPEN', '014', 25),
  g('Hoogstraten', '2320', 'KEMPEN', '03', 22),
  g('Beerse', '2340', 'KEMPEN', '014', 18),
  g('Balen', '2490', 'KEMPEN', '014', 23),
  g('Kasterlee', '2460', 'KEMPEN', '014', 19),
  // Regio Antwerpen
  g('Antwerpen', '2000', 'ANTWERPEN', '03', 530),
  g('Schoten', '2900', 'ANTWERPEN', '03', 34),
  g('Brasschaat', '2930', 'ANTWERPEN', '03', 38),
  g('Kapellen', '2950', 'ANTWERPEN', '03', 27),
  g('Mortsel', '2640', 'ANTWERPEN', '03', 26),
  g('Edegem', '2650', 'ANTWERPEN', '03', 22),
  g('Brecht', '2960', 'ANTWERPEN', '03', 30),
  g('Kontich', '2550', 'ANTWERPEN', '03', 21),
  g('Stabroek', '2940', 'ANTWERPEN', '03', 19),
  // Rivierenland
  g('Mechelen', '2800', 'RIVIERENLAND', '015', 87),
  g('Lier', '2500', 'RIVIERENLAND', '03', 37),
  g('Willebroek', '2830', 'RIVIERENLAND', '03', 27),
  g('Duffel', '2570', 'RIVIERENLAND', '015', 18),
  g('Bornem', '2880', 'RIVIERENLAND', '03', 21),
  g('Sint-Katelijne-Waver', '2860', 'RIVIERENLAND', '015', 21),
  g('Puurs-Sint-Amands', '2870', 'RIVIERENLAND', '03', 26),
  g('Nijlen', '2560', 'RIVIERENLAND', '03', 23),
  g('Bonheiden', '2820', 'RIVIERENLAND', '015', 15),
  // Noord-Limburg
  g('Lommel', '3920', 'NOORD_LIMBURG', '011', 35),
  g('Pelt', '3900', 'NOORD_LIMBURG', '011', 33),
  g('Hamont-Achel', '3930', 'NOORD_LIMBURG', '011', 14),
  g('Leopoldsburg', '3970', 'NOORD_LIMBURG', '011', 16),
  g('Beringen', '3580', 'NOORD_LIMBURG', '011', 47),
  g('Peer', '3990', 'NOORD_LIMBURG', '011', 17),
  g('Bree', '3960', 'NOORD_LIMBURG', '089', 16),
  g('Bocholt', '3950', 'NOORD_LIMBURG', '089', 13),
  // Oost-Limburg
  g('Genk', '3600', 'OOST_LIMBURG', '089', 67),
  g('Maasmechelen', '3630', 'OOST_LIMBURG', '089', 39),
  g('Maaseik', '3680', 'OOST_LIMBURG', '089', 25),
  g('Dilsen-Stokkem', '3650', 'OOST_LIMBURG', '089', 21),
  g('Lanaken', '3620', 'OOST_LIMBURG', '089', 26),
  g('Houthalen-Helchteren', '3530', 'OOST_LIMBURG', '011', 31),
  g('Bilzen', '3740', 'OOST_LIMBURG', '089', 33),
  // Zuid-West-Limburg
  g('Hasselt', '3500', 'ZUIDWEST_LIMBURG', '011', 80),
  g('Sint-Truiden', '3800', 'ZUIDWEST_LIMBURG', '011', 41),
  g('Tongeren', '3700', 'ZUIDWEST_LIMBURG', '012', 31),
  g('Heusden-Zolder', '3550', 'ZUIDWEST_LIMBURG', '011', 34),
  g('Lummen', '3560', 'ZUIDWEST_LIMBURG', '013', 15),
  g('Herk-de-Stad', '3540', 'ZUIDWEST_LIMBURG', '013', 13),
  g('Diepenbeek', '3590', 'ZUIDWEST_LIMBURG', '011', 19),
  // Denderregio
  g('Aalst', '9300', 'DENDER', '053', 89),
  g('Dendermonde', '9200', 'DENDER', '052', 46),
  g('Ninove', '9400', 'DENDER', '054', 40),
  g('Geraardsbergen', '9500', 'DENDER', '054', 34),
  g('Denderleeuw', '9470', 'DENDER', '053', 21),
  g('Lede', '9340', 'DENDER', '053', 19),
  g('Hamme', '9220', 'DENDER', '052', 26),
  g('Wichelen', '9260', 'DENDER', '052', 12),
  // Regio Gent
  g('Gent', '9000', 'GENT', '09', 265),
  g('Eeklo', '9900', 'GENT', '09', 21),
  g('Deinze', '9800', 'GENT', '09', 45),
  g('Merelbeke-Melle', '9820', 'GENT', '09', 36),
  g('Lochristi', '9080', 'GENT', '09', 23),
  g('Evergem', '9940', 'GENT', '09', 36),
  g('Wetteren', '9230', 'GENT', '09', 26),
  g('Destelbergen', '9070', 'GENT', '09', 18),
  g('Maldegem', '9990', 'GENT', '050', 24),
  g('Zelzate', '9060', 'GENT', '09', 13),
  // Vlaamse Ardennen
  g('Oudenaarde', '9700', 'VLAAMSE_ARDENNEN', '055', 32),
  g('Ronse', '9600', 'VLAAMSE_ARDENNEN', '055', 27),
  g('Zottegem', '9620', 'VLAAMSE_ARDENNEN', '09', 27),
  g('Brakel', '9660', 'VLAAMSE_ARDENNEN', '055', 15),
  g('Kruisem', '9770', 'VLAAMSE_ARDENNEN', '09', 16),
  g('Zwalm', '9630', 'VLAAMSE_ARDENNEN', '055', 8),
  // Waasland
  g('Sint-Niklaas', '9100', 'WAASLAND', '03', 80),
  g('Lokeren', '9160', 'WAASLAND', '09', 42),
  g('Beveren', '9120', 'WAASLAND', '03', 50),
  g('Temse', '9140', 'WAASLAND', '03', 30),
  g('Stekene', '9190', 'WAASLAND', '03', 18),
  g('Sint-Gillis-Waas', '9170', 'WAASLAND', '03', 20),
  // Halle-Vilvoorde
  g('Vilvoorde', '1800', 'HALLE_VILVOORDE', '02', 45),
  g('Halle', '1500', 'HALLE_VILVOORDE', '02', 40),
  g('Asse', '1730', 'HALLE_VILVOORDE', '02', 33),
  g('Dilbeek', '1700', 'HALLE_VILVOORDE', '02', 43),
  g('Grimbergen', '1850', 'HALLE_VILVOORDE', '02', 38),
  g('Zaventem', '1930', 'HALLE_VILVOORDE', '02', 35),
  g('Machelen', '1830', 'HALLE_VILVOORDE', '02', 16),
  g('Liedekerke', '1770', 'HALLE_VILVOORDE', '053', 13),
  g('Sint-Pieters-Leeuw', '1600', 'HALLE_VILVOORDE', '02', 34),
  g('Londerzeel', '1840', 'HALLE_VILVOORDE', '052', 19),
  // Oost-Brabant
  g('Leuven', '3000', 'OOST_BRABANT', '016', 102),
  g('Aarschot', '3200', 'OOST_BRABANT', '016', 30),
  g('Diest', '3290', 'OOST_BRABANT', '013', 24),
  g('Tienen', '3300', 'OOST_BRABANT', '016', 35),
  g('Landen', '3400', 'OOST_BRABANT', '011', 16),
  g('Haacht', '3150', 'OOST_BRABANT', '016', 15),
  g('Tervuren', '3080', 'OOST_BRABANT', '02', 22),
  g('Herent', '3020', 'OOST_BRABANT', '016', 22),
  g('Scherpenheuvel-Zichem', '3270', 'OOST_BRABANT', '013', 23),
  // Midwest
  g('Roeselare', '8800', 'MIDWEST', '051', 64),
  g('Tielt', '8700', 'MIDWEST', '051', 21),
  g('Izegem', '8870', 'MIDWEST', '051', 28),
  g('Lichtervelde', '8810', 'MIDWEST', '051', 9),
  g('Ardooie', '8850', 'MIDWEST', '051', 9),
  g('Ingelmunster', '8770', 'MIDWEST', '051', 11),
  g('Hooglede', '8830', 'MIDWEST', '051', 10),
  // Regio Brugge
  g('Brugge', '8000', 'BRUGGE', '050', 119),
  g('Blankenberge', '8370', 'BRUGGE', '050', 20),
  g('Knokke-Heist', '8300', 'BRUGGE', '050', 33),
  g('Beernem', '8730', 'BRUGGE', '050', 16),
  g('Zedelgem', '8210', 'BRUGGE', '050', 23),
  g('Oostkamp', '8020', 'BRUGGE', '050', 24),
  g('Torhout', '8820', 'BRUGGE', '050', 21),
  // Regio Oostende
  g('Oostende', '8400', 'OOSTENDE', '059', 72),
  g('Bredene', '8450', 'OOSTENDE', '059', 18),
  g('Middelkerke', '8430', 'OOSTENDE', '059', 20),
  g('De Haan', '8420', 'OOSTENDE', '059', 13),
  g('Gistel', '8470', 'OOSTENDE', '059', 12),
  // Westhoek
  g('Ieper', '8900', 'WESTHOEK', '057', 35),
  g('Poperinge', '8970', 'WESTHOEK', '057', 20),
  g('Diksmuide', '8600', 'WESTHOEK', '051', 17),
  g('Veurne', '8630', 'WESTHOEK', '058', 12),
  g('Koksijde', '8670', 'WESTHOEK', '058', 22),
  g('Wervik', '8940', 'WESTHOEK', '056', 19),
  // Zuid-West-Vlaanderen
  g('Kortrijk', '8500', 'ZUIDWEST_VLAANDEREN', '056', 78),
  g('Waregem', '8790', 'ZUIDWEST_VLAANDEREN', '056', 39),
  g('Menen', '8930', 'ZUIDWEST_VLAANDEREN', '056', 34),
  g('Harelbeke', '8530', 'ZUIDWEST_VLAANDEREN', '056', 28),
  g('Wevelgem', '8560', 'ZUIDWEST_VLAANDEREN', '056', 32),
  g('Zwevegem', '8550', 'ZUIDWEST_VLAANDEREN', '056', 25),
  g('Avelgem', '8580', 'ZUIDWEST_VLAANDEREN', '056', 10),
];

const BY_REGIO = new Map<string, Gemeente[]>();
for (const gem of GEMEENTEN) {
  const list = BY_REGIO.get(gem.regio) ?? [];
  list.push(gem);
  BY_REGIO.set(gem.regio, list);
}

export function gemeentenIn(regio: string): readonly Gemeente[] {
  const list = BY_REGIO.get(regio);
  if (!list) throw new Error(`Geen demogemeenten voor werk- en zorgregio ${regio}.`);
  return list;
}

/**
 * Adjective of a region as used in names ("Wase Werkplaats", "Kempense Ateliers"), and the name of
 * the CAW that covers it (there is one CAW per area in Flanders).
 */
export const REGIO_NAAMGEVING: Readonly<Record<string, { adjectief: string; caw: string; streek: string }>> = {
  KEMPEN: { adjectief: 'Kempense', caw: 'CAW De Kempen', streek: 'Kempen' },
  ANTWERPEN: { adjectief: 'Antwerpse', caw: 'CAW Antwerpen', streek: 'Antwerpen' },
  RIVIERENLAND: { adjectief: 'Mechelse', caw: 'CAW Boom Mechelen Lier', streek: 'Rivierenland' },
  NOORD_LIMBURG: { adjectief: 'Noord-Limburgse', caw: 'CAW Limburg', streek: 'Noord-Limburg' },
  OOST_LIMBURG: { adjectief: 'Maaslandse', caw: 'CAW Limburg', streek: 'Maasland' },
  ZUIDWEST_LIMBURG: { adjectief: 'Haspengouwse', caw: 'CAW Limburg', streek: 'Haspengouw' },
  DENDER: { adjectief: 'Denderse', caw: 'CAW Oost-Vlaanderen', streek: 'Dender' },
  GENT: { adjectief: 'Gentse', caw: 'CAW Oost-Vlaanderen', streek: 'Gent' },
  VLAAMSE_ARDENNEN: { adjectief: 'Ardense', caw: 'CAW Oost-Vlaanderen', streek: 'Vlaamse Ardennen' },
  WAASLAND: { adjectief: 'Wase', caw: 'CAW Oost-Vlaanderen', streek: 'Waasland' },
  HALLE_VILVOORDE: { adjectief: 'Pajotse', caw: 'CAW Halle-Vilvoorde', streek: 'Halle-Vilvoorde' },
  OOST_BRABANT: { adjectief: 'Leuvense', caw: 'CAW Oost-Brabant', streek: 'Oost-Brabant' },
  MIDWEST: { adjectief: 'Roeselaarse', caw: 'CAW Centraal-West-Vlaanderen', streek: 'Midwest' },
  BRUGGE: { adjectief: 'Brugse', caw: 'CAW Noord-West-Vlaanderen', streek: 'Brugge' },
  OOSTENDE: { adjectief: 'Oostendse', caw: 'CAW Noord-West-Vlaanderen', streek: 'Kust' },
  WESTHOEK: { adjectief: 'Westhoekse', caw: 'CAW Centraal-West-Vlaanderen', streek: 'Westhoek' },
  ZUIDWEST_VLAANDEREN: { adjectief: 'Kortrijkse', caw: 'CAW Zuid-West-Vlaanderen', streek: 'Zuid-West-Vlaanderen' },
};
