/**
 * The letter pipeline: letter type + dossier data → resolved letter data (`gegevens`, stored with the
 * document) → pdfmake document definition → PDF bytes.
 *
 * A letter type is a small module with
 *  - `resolve(call, input)`: reads the database, checks the input, computes deadlines — throws
 *    AppError; the result is plain JSON and fully determines the letter;
 *  - `build(gegevens, {kenmerk})`: pure, through the house style (`houseStyle.ts`).
 * Each type has a `templateVersie`. A change to a template's text or layout bumps it; documents
 * already issued keep their stored bytes and are never re-rendered.
 *
 * To add a letter type: write `<type>.ts` with resolve/build, add its input to `briefInput` in
 * shared/letters/brief.contract.ts, and register it below (the `satisfies` makes a missing one a compile error).
 */
import type { BriefType } from '../../../shared/letters/brief.contract';
import type { ParsedInput } from '../../../shared/api/contract';
import type { Departement } from '../../../shared/platform/medewerker.contract';
import type { CallContext } from '../platform/context';
import type { BasisGegevens } from './basis';
import type { DocDefinition } from './pdf';
import { buildOntvangstmelding, onderwerpOntvangstmelding, resolveOntvangstmelding, ONTVANGSTMELDING_VERSIE, type OntvangstmeldingGegevens } from './ontvangstmelding';


export type BriefInputVan<T extends BriefType> = Extract<ParsedInput<'brief.uitgeven'>, { briefType: T }>;

export interface LetterGegevens extends BasisGegevens {
  briefType: string;
  templateVersie: number;
}

export interface BriefSjabloon<T extends BriefType, G extends LetterGegevens> {
  briefType: T;
  templateVersie: number;
  /** Decisions need a signatory with signing authority and carry a full appeal clause. */
  isBeslissing: boolean;
  resolve(call: CallContext, input: BriefInputVan<T>): G;
  onderwerp(gegevens: G): string;
  build(gegevens: G, opts: { kenmerk: string | null; voorbeeld?: boolean }): DocDefinition;
}

const ontvangstmelding: BriefSjabloon<'ontvangstmelding', OntvangstmeldingGegevens> = {
  briefType: 'ontvangstmelding',
  templateVersie: ONTVANGSTMELDING_VERSIE,
  isBeslissing: false,
  resolve: resolveOntvangstmelding,
  onderwerp: (g) => onderwerpOntvangstmelding(g.aanvraag.soort),
  build: buildOntvangstmelding,
};

/** Every letter type of the contract's `briefInput` union (a missing one is a compile error). */
export const SJABLONEN: { [T in BriefType]: BriefSjabloon<T, LetterGegevens> } = {
  ontvangstmelding,
};

/** Resolve a letter of any type: its data, subject and issuing department. */
export function resolveBrief(call: CallContext, input: ParsedInput<'brief.uitgeven'>): {
  sjabloon: BriefSjabloon<BriefType, LetterGegevens>;
  gegevens: LetterGegevens;
  onderwerp: string;
  departement: Departement;
} {
  const sjabloon: BriefSjabloon<BriefType, LetterGegevens> = SJABLONEN[input.briefType];
  const gegevens = sjabloon.resolve(call, input as never);
  return { sjabloon, gegevens, onderwerp: sjabloon.onderwerp(gegevens), departement: gegevens.departement };
}

/** The document definition of stored letter data (e.g. to check that stored bytes are reproducible). */
export function buildBrief(gegevens: LetterGegevens, kenmerk: string | null, voorbeeld = false): DocDefinition {
  const sjabloon: BriefSjabloon<BriefType, LetterGegevens> | undefined = SJABLONEN[gegevens.briefType as BriefType];
  if (!sjabloon) throw new Error(`Onbekend brieftype ${gegevens.briefType}`);
  return sjabloon.build(gegevens, { kenmerk, voorbeeld });
}
