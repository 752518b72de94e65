/**
 * Fixtures for the samenwerkingsverbanden Zorg: partner organisations of each category, CSV files as
 * Belgian Excel writes them, and the mandates of two samenwerkingsverbanden.
 */
import { kboFromBase } from '../../shared/kernel/kbo';
import { inszFor } from '../../shared/kernel/insz';
import { organisatieInput, type TestApp } from './app';

export const KBO = {
  cawGent: kboFromBase(4_200_001),
  vaphGent: kboFromBase(4_200_002),
  cggGent: kboFromBase(4_200_003),
  ocmwLimburg: kboFromBase(4_200_004),
  vaphLimburg: kboFromBase(4_200_005),
  pzLimburg: kboFromBase(4_200_006),
  werkactor: kboFromBase(4_200_007),
  ibwWaas: kboFromBase(4_200_008),
  onbekend: kboFromBase(4_200_099),
};

export type Orgs = Record<keyof typeof KBO, { id: number; kbo: string }>;

/** An address in the region's province (a region lies in one province): Genk, Sint-Truiden, else the default Gent. */
export function adresInRegio(regioCode: string): { postcode?: string; gemeente?: string } {
  if (regioCode === 'OOST_LIMBURG') return { postcode: '3600', gemeente: 'Genk' };
  if (regioCode === 'ZUIDWEST_LIMBURG') return { postcode: '3800', gemeente: 'Sint-Truiden' };
  return {};
}

/** The organisations of the fixtures (all but `onbekend`), in the register. */
export async function maakOrganisaties(t: TestApp): Promise<Orgs> {
  const types: Record<keyof typeof KBO, [string, string, string]> = {
    cawGent: ['CAW Oost-Vlaanderen', 'CAW', 'GENT'],
    vaphGent: ['Vzw Ter Kouter', 'VAPH', 'GENT'],
    cggGent: ['CGG Eclips', 'CGG', 'GENT'],
    ocmwLimburg: ['OCMW Genk', 'OCMW', 'OOST_LIMBURG'],
    vaphLimburg: ['Dienstverlening De Vleugels', 'VAPH', 'OOST_LIMBURG'],
    pzLimburg: ['PZ Asster', 'PZ', 'ZUIDWEST_LIMBURG'],
    werkactor: ['Werkactor De Sprong', 'WERKACTOR', 'GENT'],
    ibwWaas: ['Beschut Wonen Waasland', 'IBW', 'WAASLAND'],
    onbekend: ['', '', ''],
  };
  const uit = {} as Orgs;
  for (const [k, [naam, typeCode, regioCode]] of Object.entries(types) as [keyof typeof KBO, [string, string, string]][]) {
    if (k === 'onbekend') continue;
    const o = await t.call('organisatie.create', organisatieInput({ naam, kbo: KBO[k], typeCode, regioCode, ...adresInRegio(regioCode) }));
    uit[k] = { id: o.id, kbo: o.kbo };
  }
  return uit;
}

/** A CSV as Belgian Excel saves it: `;`, CRLF, Windows-1252. */
export function csv(regels: string[]): string {
  return Buffer.from(regels.join('\r\n') + '\r\n', 'latin1').toString('base64');
}

export const MANDAAT_KOP = 'werk_en_zorgregio;naam_samenwerkingsverband;aanspreekpunt_ondernemingsnummer;partner_ondernemingsnummers;geldig_van;geldig_tot;ministerieel_besluit';

/** SWV Gent (GENT) and SWV Limburg (OOST_LIMBURG + ZUIDWEST_LIMBURG), 1 July 2023 – 30 June 2028. */
export function mandaatRegels(): string[] {
  return [
    MANDAAT_KOP,
    `GENT;SWV Gent;${KBO.cawGent};${KBO.cawGent}|${KBO.vaphGent}|${KBO.cggGent};2023-07-01;2028-06-30;MB 2023/123`,
    `OOST_LIMBURG;SWV Limburg;${KBO.ocmwLimburg};${KBO.ocmwLimburg}|${KBO.vaphLimburg}|${KBO.pzLimburg};01/07/2023;30/06/2028;MB 2023/124`,
    `ZUIDWEST_LIMBURG;SWV Limburg;${KBO.ocmwLimburg};${KBO.ocmwLimburg}|${KBO.vaphLimburg}|${KBO.pzLimburg};01/07/2023;30/06/2028;MB 2023/124`,
  ];
}

export async function importeerMandaten(t: TestApp, regels = mandaatRegels()) {
  return t.call('mandaat.importeer', { bestandsnaam: 'mandaten.csv', inhoudBase64: csv(regels), modus: 'alles-of-niets' });
}

export const TRAJECT_KOP = 'trajectnummer;rijksregisternummer;werk_en_zorgregio;datum_aanmelding;datum_trajectplan;status;datum_einde;datum_eindverslag;datum_eindadvies;reden_einde';

/** A valid INSZ for the n-th participant (born 1985). */
export const insz = (n: number) => inszFor('1985-03-14', 100 + 2 * n);

export async function importeerTrajecten(t: TestApp, regels: string[], modus: 'controleer' | 'alles-of-niets' | 'enkel-geldige' = 'alles-of-niets') {
  return t.call('traject.importeer', { bestandsnaam: 'trajecten.csv', inhoudBase64: csv([TRAJECT_KOP, ...regels]), modus });
}
