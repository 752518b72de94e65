/**
 * Word lists and name builders for demo organisations and people. Everything is synthetic: names
 * are composed from common Flemish words and surnames; any likeness to a real organisation's number,
 * account or staff is coincidental.
 */
import type { Rng } from './prng';
import { REGIO_NAAMGEVING, type Gemeente } from './gemeenten';

export const VOORNAMEN = [
  'An', 'Ann', 'Annelies', 'Arne', 'Bart', 'Bram', 'Charlotte', 'Dirk', 'Dries', 'Elke', 'Els', 'Emma', 'Eva',
  'Evelien', 'Fatima', 'Femke', 'Fien', 'Geert', 'Glenn', 'Greet', 'Griet', 'Hanne', 'Hans', 'Hilde', 'Ilse',
  'Ine', 'Inge', 'Jan', 'Jef', 'Jens', 'Joke', 'Jolien', 'Joris', 'Karim', 'Karolien', 'Katrien', 'Kathleen',
  'Kobe', 'Koen', 'Kris', 'Lien', 'Liesbeth', 'Lieve', 'Lotte', 'Louise', 'Lucas', 'Maarten', 'Marc', 'Marleen',
  'Mieke', 'Mohamed', 'Nathalie', 'Nele', 'Nina', 'Pieter', 'Roel', 'Roos', 'Ruben', 'Sarah', 'Sofie', 'Stijn',
  'Sven', 'Thomas', 'Tine', 'Tom', 'Veerle', 'Ward', 'Wim', 'Yasmina', 'Youssef', 'Zeynep', 'Ellen', 'Brecht',
  'Gert', 'Hendrik', 'Isabelle', 'Jeroen', 'Laura', 'Leen', 'Michiel', 'Nico', 'Patrick', 'Saskia', 'Tim',
] as const;

export const ACHTERNAMEN = [
  'Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet',
  'Vermeulen', 'Van Damme', 'Hermans', 'Aerts', 'Lambrechts', 'De Clercq', 'Van de Velde', 'Verhoeven',
  'Michiels', 'Coppens', 'Pauwels', 'Martens', 'Smets', 'Claeys', 'Vandenberghe', 'Segers', 'Verstraete',
  'Van den Broeck', 'De Vos', 'Cools', 'Bogaerts', 'Van Dyck', 'Verbeke', 'Van Acker', 'Leemans', 'Vermeersch',
  'De Backer', 'Stevens', 'Lemmens', 'Dewilde', "D'hondt", 'Van Hoof', 'Van Gucht', 'El Amrani', 'Yilmaz',
  'Vanhove', 'Hendrickx', 'Baert', 'Dierickx', 'Vercammen', 'Van Looy', 'Moens', 'Geerts', 'Vandamme',
  'De Meyer', 'Thys', 'Verlinden', 'Buysse', 'Van Hecke', 'Desmet', 'Nijs', 'Huysmans', 'Wuyts', 'Sels',
  'Van Laere', 'De Ridder', 'Boonen', 'Callens', 'Verschueren', 'Bauwens', 'Ceulemans', 'Schepers',
] as const;

export const FUNCTIES = [
  'Directeur', 'Algemeen directeur', 'Coördinator', 'Teamcoördinator', 'Stafmedewerker', 'Jobcoach',
  'Trajectbegeleider', 'Maatschappelijk werker', 'Diensthoofd', 'Zorgcoördinator', 'Administratief medewerker',
  'Financieel verantwoordelijke', 'Kwaliteitscoördinator', 'HR-verantwoordelijke', 'Begeleider arbeidszorg',
] as const;

/** "De …" / "Het …" names as vzw's carry them. */
const DE_NAMEN = [
  'De Sleutel', 'De Brug', 'De Link', 'De Overstap', 'De Vonk', 'De Kering', 'De Springplank', 'De Horizon',
  'De Boei', 'De Ommekeer', 'De Schakel', 'De Oever', 'De Poort', 'De Wending', 'De Zwaluw', 'De Klaproos',
  'De Regenboog', 'De Veerman', 'De Akker', 'De Loods', 'De Werf', 'De Spiegel', 'De Stap', 'De Oase',
  'De Vuurtoren', 'De Lork', 'De Kade', 'De Stroom', 'De Bolster', 'De Wissel', 'Het Anker', 'Het Kompas',
  'Het Veer', 'Het Dak', 'Het Open Huis', 'Het Raster', 'Het Vlot', 'Het Spoor', 'Het Perspectief',
  'Het Balanske', 'Het Pleintje', 'Het Laar', 'Het Ambacht', 'Het Hof', 'Het Kruispunt',
] as const;

const HEILIGEN = [
  'Sint-Amandus', 'Sint-Camillus', 'Sint-Jozef', 'Sint-Hiëronymus', 'Onze-Lieve-Vrouw', 'Sint-Alexius',
  'Heilig Hart', 'Sint-Norbertus', 'Sint-Jan-Baptist', 'Sint-Annendael', 'Sint-Franciscus', 'Sint-Lucia',
  'Sint-Elisabeth', 'Sint-Lodewijk', 'Sint-Amedeus', 'Bethanië', 'Sint-Kamillus', 'Sint-Vincentius',
] as const;

const CGG_NAMEN = [
  'Eclips', 'De Drie Stromen', 'Vagga', 'Prisma', 'Ahasverus', 'Largo', 'Passant', 'Mandel en Leie', 'Andante',
  'De Pont', 'LITP', 'Waas en Dender', 'De Kempen', 'Zuid-Oost-Vlaanderen', 'Noord-West-Vlaanderen',
  'Kwadrant', 'Zenit', 'Ardea', 'Lenteleven',
] as const;

const ZIEKENFONDSEN = ['CM', 'Solidaris', 'Helan', 'Liberale Mutualiteit', 'Vlaams & Neutraal Ziekenfonds'] as const;

const MAATWERK_MERKEN = [
  'Kringwerf', 'Vlasbloem', 'Ter Leie', 'Kempenwerk', 'Het Ambacht', 'Werkhuis', 'Atelier Noord', 'Sobo',
  'Ateljee Zuid', 'De Kaai', 'Ten Dries', 'Groenplus', 'Pakwerk', 'Vlot', 'Ter Vaart', 'Polderwerk',
] as const;

const MAATWERK_SUFFIX = ['Werkplaats', 'Ateliers', 'Werkhuizen', 'Werkplaatsen', 'Productiebedrijf'] as const;

const WERKACTOR_NAMEN = [
  'Jobkanaal', 'Trajectum', 'Loopbaanwerk', 'Werkwijzer', 'Jobpunt', 'Talentwerk', 'Stapstenen', 'Werkkracht',
] as const;

const STRATEN = [
  'Kerkstraat', 'Stationsstraat', 'Molenstraat', 'Nieuwstraat', 'Dorpsstraat', 'Schoolstraat', 'Kapelstraat',
  'Beekstraat', 'Industrieweg', 'Zandstraat', 'Kouter', 'Markt', 'Ambachtsweg', 'Hoogstraat', 'Brugstraat',
  'Veldstraat', 'Lindenlaan', 'Leopoldlaan', 'Koning Albertlaan', 'Vaartstraat', 'Meersstraat',
  'Nijverheidsstraat', 'Zuidstraat', 'Bosstraat', 'Kasteelstraat', 'Gasthuisstraat', 'Begijnhofstraat',
  'Kloosterstraat', 'Hospitaalstraat', 'Ringlaan', 'Dokter Van De Perrestraat', 'Sint-Jansplein', 'Heirbaan',
] as const;

const BANKCODES = ['001', '068', '091', '103', '143', '310', '363', '523', '651', '733', '735', '736', '737', '751', '973', '979'];

const slugs = new Map<string, string>();

/** Lower-case ASCII slug for e-mail addresses and domains ("Sint-Hiëronymus" → "sint-hieronymus"). */
export function slug(s: string): string {
  let r = slugs.get(s);
  if (r === undefined) {
    r = maakSlug(s);
    if (slugs.size < 10_000) slugs.set(s, r);
  }
  return r;
}

function maakSlug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, 'en')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export interface NaamEnDomein {
  naam: string;
  /** Mail domain of the organisation. */
  domein: string;
}

const BRUSSELSE_NAAMGEVING = { adjectief: 'Brusselse', caw: 'CAW Brussel', streek: 'Brussel' };

const domein = (...parts: string[]) => `${parts.map(slug).join('').replace(/-/g, '')}.be`;

/** Name and mail domain for an organisation of a type in a municipality. */
export function organisatieNaam(rng: Rng, type: string, gem: Gemeente): NaamEnDomein {
  // Brussels has no werk- en zorgregio: its organisations are named after the capital.
  const regio = REGIO_NAAMGEVING[gem.regio] ?? BRUSSELSE_NAAMGEVING;
  switch (type) {
    case 'CAW': {
      const naam = rng.chance(0.5) ? regio.caw : `${regio.caw} – onthaal ${gem.naam}`;
      return { naam, domein: domein(regio.caw) };
    }
    case 'DMW_ZIEKENFONDS': {
      const fonds = rng.pick(ZIEKENFONDSEN);
      return { naam: `Dienst Maatschappelijk Werk ${fonds} ${regio.streek}`, domein: domein(fonds) };
    }
    case 'CGG': {
      const n = rng.pick(CGG_NAMEN);
      return { naam: `CGG ${n}`, domein: domein('cgg', n) };
    }
    case 'IBW': {
      const n = rng.chance(0.5) ? rng.pick(HEILIGEN) : regio.streek;
      return { naam: `Beschut Wonen ${n}`, domein: domein('bw', n) };
    }
    case 'PZ': {
      const n = rng.pick(HEILIGEN);
      return { naam: rng.chance(0.7) ? `PZ ${n}` : `Psychiatrisch Centrum ${n}`, domein: domein('pz', n) };
    }
    case 'OPGROEIEN': {
      const n = rng.pick(DE_NAMEN);
      const vorm = rng.pick(['vzw', 'Jeugdhulp', 'Centrum Kind en Gezin', 'Thuisbegeleidingsdienst']);
      return { naam: vorm === 'vzw' ? `vzw ${n}` : `${vorm} ${n}`, domein: domein(n) };
    }
    case 'VAPH': {
      const n = rng.chance(0.6) ? rng.pick(DE_NAMEN) : rng.pick(HEILIGEN);
      const vorm = rng.pick(['vzw', 'MFC', 'Dienstverlening', 'Zorgregie']);
      return { naam: vorm === 'vzw' ? `vzw ${n}` : `${vorm} ${n}`, domein: domein(n) };
    }
    case 'REVALIDATIECENTRUM': {
      const n = rng.chance(0.5) ? rng.pick(HEILIGEN) : gem.naam;
      return { naam: `Revalidatiecentrum ${n}`, domein: domein('rc', n) };
    }
    case 'REVALIDATIEVOORZIENING_953_965': {
      const n = rng.pick(DE_NAMEN);
      const vorm = rng.pick(['Centrum voor Ambulante Revalidatie', 'Dagcentrum', 'Centrum voor verslavingszorg']);
      return { naam: `${vorm} ${n}`, domein: domein(n) };
    }
    case 'OCMW':
      return rng.chance(0.9)
        ? { naam: `OCMW ${gem.naam}`, domein: domein(gem.naam) }
        : { naam: `Vereniging van OCMW's ${regio.streek}`, domein: domein('ocmw', regio.streek) };
    case 'MAATWERKBEDRIJF': {
      const n = rng.chance(0.55) ? `${regio.adjectief} ${rng.pick(MAATWERK_SUFFIX)}` : rng.pick(MAATWERK_MERKEN);
      return { naam: `Maatwerkbedrijf ${n}`, domein: domein(n) };
    }
    case 'WERKACTOR': {
      const n = rng.pick(WERKACTOR_NAMEN);
      return rng.chance(0.5)
        ? { naam: `${n} ${gem.naam} bv`, domein: domein(n) }
        : { naam: `${rng.pick(ACHTERNAMEN)} Loopbaanbegeleiding bv`, domein: domein('loopbaan', gem.naam) };
    }
    case 'GOB': {
      const n = rng.pick(DE_NAMEN);
      return { naam: `GOB ${n} ${regio.streek}`, domein: domein('gob', n) };
    }
    case 'ONDERWIJSINSTELLING': {
      return rng.chance(0.5)
        ? { naam: `Centrum voor Volwassenenonderwijs ${gem.naam}`, domein: domein('cvo', gem.naam) }
        : { naam: `Buitengewoon Secundair Onderwijs ${rng.pick(HEILIGEN)}`, domein: domein('bso', gem.naam) };
    }
    case 'PAAZ': {
      const n = rng.pick(HEILIGEN);
      return { naam: `AZ ${n} – PAAZ`, domein: domein('az', n) };
    }
    default: {
      const n = rng.pick(DE_NAMEN);
      return rng.chance(0.5)
        ? { naam: `vzw ${n}`, domein: domein(n) }
        : { naam: `Lokaal Dienstencentrum ${n}`, domein: domein('ldc', n) };
    }
  }
}

export function straatEnNummer(rng: Rng): string {
  const nr = rng.chance(0.85) ? rng.int(1, 180) : rng.int(1, 40);
  const bus = rng.chance(0.12) ? ` bus ${rng.int(1, 12)}` : '';
  return `${rng.pick(STRATEN)} ${nr}${bus}`;
}

/** A landline in the municipality's zone: "09 123 45 67", "053 21 43 65". */
export function vasteLijn(rng: Rng, zone: string): string {
  const d = (n: number) => String(rng.int(0, 10 ** n - 1)).padStart(n, '0');
  return zone.length === 2
    ? `${zone} ${rng.int(2, 9)}${d(2)} ${d(2)} ${d(2)}`
    : `${zone} ${rng.int(2, 9)}${d(1)} ${d(2)} ${d(2)}`;
}

export function gsm(rng: Rng): string {
  const d2 = () => String(rng.int(0, 99)).padStart(2, '0');
  return `04${rng.pick(['70', '71', '72', '73', '75', '76', '77', '78', '79', '84', '85', '86', '94', '95', '96', '97', '98', '99'])} ${d2()} ${d2()} ${d2()}`;
}

/** First 10 digits of a Belgian account number: a real bank code and 7 random digits. */
export function rekeningBasis(rng: Rng): number {
  return Number(rng.pick(BANKCODES) + String(rng.int(0, 9_999_999)).padStart(7, '0'));
}

export interface DemoPersoon {
  naam: string;
  functie: string;
  email: string;
  telefoon: string | null;
}

export function contactpersoon(rng: Rng, domeinNaam: string, zone: string, functie: string): DemoPersoon {
  const voornaam = rng.pick(VOORNAMEN);
  const achternaam = rng.pick(ACHTERNAMEN);
  const r = rng.next();
  return {
    naam: `${voornaam} ${achternaam}`,
    functie,
    email: `${slug(voornaam)}.${slug(achternaam).replace(/-/g, '')}@${domeinNaam}`,
    telefoon: r < 0.5 ? gsm(rng) : r < 0.9 ? vasteLijn(rng, zone) : null,
  };
}
