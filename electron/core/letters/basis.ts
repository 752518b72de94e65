/**
 * Resolving the parts every letter shares (addressee, contact person, signatory, deadlines) from the
 * database, with the rules that decide who may appear in a letter. The result is plain data that is
 * stored with the document (`document.gegevens`), so the letter can be understood later without
 * the database as it was.
 */
import { AppError } from '../../../shared/api/errors';
import type { Departement, Medewerker } from '../../../shared/platform/medewerker.contract';
import { berekenTermijn, TermijnError, type TermijnSoort } from '../../../shared/kernel/termijn';
import type { CallContext } from '../platform/context';
import { registries } from '../module';
import { getMedewerker } from '../platform/medewerker';
import { parameterOp } from '../platform/parameter';
import type { ContactpersoonGegevens, Geadresseerde, LetterParts, OndertekenaarGegevens } from './houseStyle';
import type { ParameterCode } from '../../../shared/platform/parameter-codes';

export interface GeadresseerdeGegevens extends Geadresseerde {
  organisatieId: number;
}

export interface PersoonGegevens extends ContactpersoonGegevens, OndertekenaarGegevens {
  medewerkerId: number;
}

/** A deadline as computed for a letter, with everything needed to explain it later. */
export interface TermijnGegevens {
  /** Parameter code, e.g. AMA_WVG_BESLISSINGSTERMIJN. */
  parameter: string;
  omschrijving: string;
  wettelijkeBasis: string;
  /** Parameter value on the start day. */
  dagen: number;
  soort: TermijnSoort;
  /** Day of the event (not counted). */
  start: string;
  verschuifNaarWerkdag: boolean;
  vervaldatum: string;
  /** Derivation lines from the deadline engine. */
  afleiding: string[];
}

export interface BasisGegevens {
  departement: Departement;
  /** Date of the letter. */
  datum: string;
  /** ISO timestamp the letter was made (PDF creation date). */
  aangemaaktOp: string;
  geadresseerde: GeadresseerdeGegevens;
  uwKenmerk: string | null;
  contactpersoon: PersoonGegevens;
  ondertekenaar: PersoonGegevens;
}

export interface BasisInput {
  organisatieId: number;
  uwKenmerk?: string;
  contactpersoonId?: number;
  ondertekenaarId?: number;
}

/** The addressee, from the organisation register (contributed as the address book; NIET_GEVONDEN when unknown). */
export function geadresseerde(call: CallContext, organisatieId: number): GeadresseerdeGegevens {
  return registries(call.app).adresboek.geadresseerde(call, organisatieId);
}

function persoon(m: Medewerker): PersoonGegevens {
  return {
    medewerkerId: m.id,
    naam: m.naam,
    functie: m.functie,
    dienst: m.dienst,
    email: m.email,
    telefoon: m.telefoon,
    delegatie: m.delegatie ?? null,
  };
}

function medewerker(call: CallContext, id: number, veld: string, rolNaam: string): Medewerker {
  try {
    return getMedewerker(call, id);
  } catch (err) {
    if (err instanceof AppError && err.code === 'NIET_GEVONDEN') {
      throw AppError.validatie(veld, `De gekozen ${rolNaam} (medewerker ${id}) bestaat niet.`);
    }
    throw err;
  }
}

/**
 * Contact person and signatory.
 *
 * - Contact person (Bestuursdecreet art. II.20): the chosen medewerker, by default the medewerker
 *   whose name is the signed-in user. Must be active, of the issuing department, and reachable:
 *   an e-mail address or a phone number (the letter prints both when known).
 * - Signatory: by default the contact person. The signatory must be active and of the issuing
 *   department, and either have `magOndertekenen` (a delegated signatory), or — only for a letter
 *   that is not a decision (ontvangstmelding, request for information, …) — be the contact person
 *   themselves. A decision is always signed by someone with signing authority.
 */
export function personen(
  call: CallContext,
  input: BasisInput,
  departement: Departement,
  isBeslissing: boolean,
): { contactpersoon: PersoonGegevens; ondertekenaar: PersoonGegevens } {
  const depNaam = departement === 'ZORG' ? 'Departement Zorg' : 'Departement WSE';
  let contact: Medewerker;
  if (input.contactpersoonId !== undefined) {
    contact = medewerker(call, input.contactpersoonId, 'contactpersoonId', 'contactpersoon');
  } else {
    if (call.caller.medewerkerId === null) throw AppError.validatie('contactpersoonId', 'Kies een contactpersoon voor deze brief.');
    contact = getMedewerker(call, call.caller.medewerkerId);
  }
  if (!contact.actief) throw AppError.validatie('contactpersoonId', `${contact.naam} is geen actieve medewerker meer. Kies een andere contactpersoon.`);
  if (contact.departement !== departement) {
    throw AppError.validatie('contactpersoonId', `${contact.naam} werkt niet bij het ${depNaam}, dat deze brief uitgeeft. Kies een contactpersoon van dat departement.`);
  }
  if (!contact.email && !contact.telefoon) {
    throw AppError.validatie(
      'contactpersoonId',
      `Van ${contact.naam} zijn geen e-mailadres en geen telefoonnummer gekend; die moeten in de brief staan. Een beheerder vult ze aan onder Medewerkers.`,
    );
  }

  const onder = input.ondertekenaarId !== undefined && input.ondertekenaarId !== contact.id
    ? medewerker(call, input.ondertekenaarId, 'ondertekenaarId', 'ondertekenaar')
    : contact;
  if (!onder.actief) throw AppError.validatie('ondertekenaarId', `${onder.naam} is geen actieve medewerker meer. Kies een andere ondertekenaar.`);
  if (onder.departement !== departement) {
    throw AppError.validatie('ondertekenaarId', `${onder.naam} werkt niet bij het ${depNaam}, dat deze brief uitgeeft. Kies een ondertekenaar van dat departement.`);
  }
  const isContact = onder.id === contact.id;
  if (!onder.magOndertekenen && (isBeslissing || !isContact)) {
    throw AppError.validatie(
      'ondertekenaarId',
      isBeslissing
        ? `${onder.naam} mag geen beslissingen ondertekenen. Kies een ondertekenaar met handtekeningbevoegdheid.`
        : `${onder.naam} mag niet ondertekenen. Kies een ondertekenaar met handtekeningbevoegdheid, of laat de contactpersoon zelf ondertekenen.`,
    );
  }
  return { contactpersoon: persoon(contact), ondertekenaar: persoon(onder) };
}

/** The shared parts of every letter. */
export function resolveBasis(call: CallContext, input: BasisInput, departement: Departement, isBeslissing: boolean): BasisGegevens {
  const adres = geadresseerde(call, input.organisatieId);
  const { contactpersoon, ondertekenaar } = personen(call, input, departement, isBeslissing);
  return {
    departement,
    datum: call.today(),
    aangemaaktOp: call.nowIso(),
    geadresseerde: adres,
    uwKenmerk: input.uwKenmerk ? input.uwKenmerk : null,
    contactpersoon,
    ondertekenaar,
  };
}

/**
 * A deadline from a dated parameter (value valid on the start day) through the deadline engine.
 * Letters state the last day moved to the next working day when it falls on a Saturday, Sunday or
 * legal holiday (RULES.md "Deadline counting"), so `verschuifNaarWerkdag` is on by default.
 */
export function termijnUitParameter(
  call: CallContext,
  code: ParameterCode,
  start: string,
  veld: string,
  verschuifNaarWerkdag = true,
): TermijnGegevens {
  let p;
  try {
    p = parameterOp(call.app.sqlite, code, start);
  } catch (err) {
    // No value on that day (e.g. before the regulation applies): the date is what the user can fix.
    if (err instanceof AppError && err.code === 'NIET_GEVONDEN') throw AppError.validatie(veld, err.message);
    throw err;
  }
  if (p.waardeGetal === null || (p.eenheid !== 'kalenderdagen' && p.eenheid !== 'werkdagen')) {
    throw new AppError('INTERN', `Parameter ${code} is geen termijn in kalender- of werkdagen.`);
  }
  const soort = p.eenheid as TermijnSoort;
  try {
    const r = berekenTermijn({ start, dagen: p.waardeGetal, soort, verschuifNaarWerkdag });
    return {
      parameter: code,
      omschrijving: p.omschrijving,
      wettelijkeBasis: p.wettelijkeBasis,
      dagen: p.waardeGetal,
      soort,
      start,
      verschuifNaarWerkdag,
      vervaldatum: r.vervaldatum,
      afleiding: r.afleiding,
    };
  } catch (err) {
    if (err instanceof TermijnError) throw AppError.validatie(veld, err.message);
    throw err;
  }
}

/**
 * The parts every letter takes from its resolved data the same way: letterhead of the department,
 * addressee, references, date, salutation, contact person and signatory, creation time, watermark.
 */
export function briefKop(g: BasisGegevens, opts: { kenmerk: string | null; voorbeeld?: boolean }) {
  return {
    departement: g.departement,
    adres: g.geadresseerde,
    kenmerk: opts.kenmerk,
    uwKenmerk: g.uwKenmerk,
    datum: g.datum,
    aanhef: 'Geachte mevrouw, geachte heer,',
    contactpersoon: g.contactpersoon,
    ondertekenaar: g.ondertekenaar,
    aangemaaktOp: g.aangemaaktOp,
    voorbeeld: opts.voorbeeld,
  } satisfies Partial<LetterParts>;
}
