/**
 * Fixtures for AMA SE: maatwerkbedrijven and partners in the register, a signatory of the Departement WSE,
 * CSV files of contingents and begeleidingsovereenkomsten as Belgian Excel writes them.
 */
import { aanmelden } from '../../electron/core/app';
import type { Caller } from '../../electron/core/platform/context';
import type { Input, MethodName, Output } from '../../shared/api/contract';
import { kboFromBase } from '../../shared/kernel/kbo';
import { inszFor } from '../../shared/kernel/insz';
import { organisatieInput, TEST_NOW, type TestApp } from './app';
import { csv } from './swv';

export const SE_KBO = {
  mwbA: kboFromBase(4_300_001),
  mwbB: kboFromBase(4_300_002),
  caw: kboFromBase(4_300_003),
  paaz: kboFromBase(4_300_004),
  werkpost: kboFromBase(4_300_050),
  onbekend: kboFromBase(4_300_099),
};

export interface SeOrgs {
  mwbA: number;
  mwbB: number;
  caw: number;
  paaz: number;
}

export async function maakSeOrganisaties(t: TestApp): Promise<SeOrgs> {
  const maak = async (naam: string, kbo: string, typeCode: string, regioCode = 'GENT') => (await t.call('organisatie.create', organisatieInput({ naam, kbo, typeCode, regioCode }), 'wse-dossierbeheerder')).id;
  return {
    mwbA: await maak('Maatwerkbedrijf De Ploeg', SE_KBO.mwbA, 'MAATWERKBEDRIJF'),
    mwbB: await maak('Maatwerkbedrijf Kringloop Waas', SE_KBO.mwbB, 'MAATWERKBEDRIJF', 'WAASLAND'),
    caw: await maak('CAW Oost-Vlaanderen', SE_KBO.caw, 'CAW'),
    paaz: await maak('PAAZ AZ Sint-Lucas', SE_KBO.paaz, 'PAAZ'),
  };
}

/** A signatory of the Departement WSE (the test signatory is of Zorg), reachable for letters. */
export function wseOndertekenaar(t: TestApp, naam = 'Hilde Wuyts'): Caller {
  const c = aanmelden(t.ctx.sqlite, { gebruiker: naam, rol: 'ondertekenaar' }, TEST_NOW);
  t.ctx.sqlite
    .prepare("UPDATE medewerker SET departement = 'WSE', dienst = 'Afdeling Sociale Economie', email = 'hilde.wuyts@vlaanderen.be', telefoon = '02 553 00 00' WHERE id = ?")
    .run(c.medewerkerId);
  return c;
}

/** Call the router as a given person; throws with the error's message. */
export async function als<K extends MethodName>(t: TestApp, caller: Caller, method: K, input: Input<K>): Promise<Output<K>> {
  const env = await t.router(method, input, caller);
  if (!env.ok) throw Object.assign(new Error(`${env.error.code}: ${env.error.message}`), { fout: env.error });
  return env.value as Output<K>;
}

export const CONTINGENT_KOP = 'ondernemingsnummer;plaatsen;geldig_van;geldig_tot;beslissing';
export const DEELNAME_KOP = 'ondernemingsnummer_maatwerkbedrijf;rijksregisternummer;voornaam;achternaam;startdatum;einddatum;ondernemingsnummer_werkpost';

/** A: 20 places from 2024; B: 10 places until 30/06/2025, then 20. */
export function contingentRegels(): string[] {
  return [
    CONTINGENT_KOP,
    `${SE_KBO.mwbA};20;2024-01-01;;MB 15/12/2023`,
    `${SE_KBO.mwbB};10;01/01/2024;30/06/2025;MB 15/12/2023`,
    `${SE_KBO.mwbB};20;2025-07-01;;MB 20/06/2025`,
  ];
}

export async function importeerContingenten(t: TestApp, regels = contingentRegels(), modus: 'controleer' | 'alles-of-niets' | 'enkel-geldige' = 'alles-of-niets') {
  return t.call('contingent.importeer', { bestandsnaam: 'contingenten.csv', inhoudBase64: csv(regels), modus }, 'wse-dossierbeheerder');
}

/** A valid INSZ for the n-th AMA SE participant (born 1990). */
export const seInsz = (n: number) => inszFor('1990-05-20', 200 + 2 * n);

/** n participants of one maatwerkbedrijf, all of 2025 (numbered from `vanaf`). */
export function deelnameRegels(kbo: string, n: number, vanaf = 1, start = '2025-01-01', einde = '2025-12-31'): string[] {
  return Array.from({ length: n }, (_, i) => `${kbo};${seInsz(vanaf + i)};Deelnemer;Nummer ${vanaf + i};${start};${einde};${SE_KBO.werkpost}`);
}

export async function importeerDeelnames(t: TestApp, regels: string[], modus: 'controleer' | 'alles-of-niets' | 'enkel-geldige' = 'alles-of-niets') {
  return t.call('seOvereenkomst.importeer', { bestandsnaam: 'deelnames.csv', inhoudBase64: csv([DEELNAME_KOP, ...regels]), modus }, 'wse-dossierbeheerder');
}
