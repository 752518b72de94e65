/**
 * What the generic procedure engine knows about the rights it works on: nothing but these
 * registrations. A right kind (`RechtSoort`: a recognition, a mandate, a contingent, a subsidy…)
 * says whose it is, how to describe it and whether it is in force, and how an objection outcome
 * changes it. A procedure kind (`ProcedureSoort`: revocation of a recognition, withdrawal of a
 * mandate, recovery…) says which right it acts on, which parameters give its periods, the wording of
 * its letters and what its final decision does to the right.
 *
 * A module contributes its kinds (`rechtSoorten`, `procedureSoorten` of its `Module`, e.g.
 * modules/ama-wvg/erkenning/opheffing.ts); app.ts composes them into the app's registries (module.ts).
 */
import { AppError } from '../../../../shared/api/errors';
import type { Beslissing, BeslissingType, EindeReden } from '../../../../shared/engines/beslissing.contract';
import type { BezwaarUitkomst } from '../../../../shared/engines/bezwaar.contract';
import type { Departement } from '../../../../shared/platform/medewerker.contract';
import type { AuditInput } from '../../platform/audit';
import type { CallContext } from '../../platform/context';
import { registries } from '../../module';
import type { ParameterCode } from '../../../../shared/platform/parameter-codes';

export type Audit = (e: AuditInput) => void;

/** The revised effect an officer gives when an objection leads to a revision ('herzien'). */
export interface Herziening {
  einddatum?: string | null;
}

export interface BezwaarAdapter {
  /**
   * Check and complete the revised effect for 'herzien' on `betwist` (throws VALIDATIE naming
   * `herziening.<veld>`). Without this hook the app cannot carry out a revision for this right.
   */
  valideerHerziening?: (call: CallContext, betwist: Beslissing, herziening: Herziening) => Herziening;
  /** What the objection decision says about the right (sentences for the letter's consequences). */
  gevolgen: (call: CallContext, betwist: Beslissing, uitkomst: BezwaarUitkomst, herziening: Herziening | null) => string[];
  /** The sentence describing a revision in the decision itself ("de erkenning eindigt op …"). */
  herzieningZin?: (call: CallContext, betwist: Beslissing, herziening: Herziening) => string;
  /** Write the outcome back to the right (inside the approval transaction). */
  pasToe: (call: CallContext, betwist: Beslissing, uitkomst: BezwaarUitkomst, uitspraak: Beslissing, audit: Audit) => void;
}

export interface RechtSoort {
  /** Entity name, as in `beslissing.recht_entiteit` (e.g. 'erkenning'). */
  code: string;
  /** "erkenning als begeleider van arbeidsmatige activiteiten" */
  label: string;
  departement: Departement;
  bestuursorgaan: string;
  /** With whom an objection is lodged (appeal clause), e.g. "het Departement Zorg, Afdeling Werk en Zorg". */
  bezwaarBij: string;
  /** Articles of the BVR applied in letters about this right. */
  artikels: string;
  parameters: {
    /** Objection period stated in adverse decisions on this right. */
    bezwaartermijn: ParameterCode;
    /** Period to decide on an objection, from its receipt. */
    bezwaarBeslissingstermijn: ParameterCode;
  };
  /** The organisation holding the right (throws NIET_GEVONDEN when the right does not exist). */
  organisatieVan: (call: CallContext, id: number) => number;
  /** One line for lists and letters: "erkenning AMA-WVG-2026-0001 (geldig van … tot en met …)". */
  beschrijf: (call: CallContext, id: number) => string;
  isActief: (call: CallContext, id: number) => boolean;
  /** Decisions that concern this kind of right without naming one (e.g. on an application for it). */
  omvatBeslissing?: (call: CallContext, b: Beslissing) => boolean;
  bezwaar?: BezwaarAdapter;
}

/** The wording of a voornemen letter, from the procedure kind. */
export interface VoornemenTekst {
  onderwerp: string;
  /** The intended decision in one sentence ("Wij zijn van plan …"). */
  voornemen: string;
  /** Context before it (what the right is). */
  inleiding: string[];
  /** What happens meanwhile and after ("Tot de beslissing blijft uw erkenning gelden."). */
  gevolgen: string[];
  /** Short name of the intended measure for later letters: "de opheffing van uw erkenning". */
  maatregel: string;
}

/** The wording of the final decision's letter parts that depend on the right. */
export interface EindbeslissingTekst {
  briefType: string;
  onderwerp: string;
  beslissing: string;
  gevolgen: string[];
}

/** What the procedure kind fixes on the draft decision (validated at proposal). */
export interface BeslissingEffect {
  ingangsdatum?: string | null;
  einddatum?: string | null;
  eindeReden?: EindeReden | null;
}

export interface ProcedureSoort {
  /** e.g. 'opheffing-erkenning' */
  soort: string;
  /** Code of the right kind it acts on. */
  recht: string;
  label: string;
  /** Type of the final decision. */
  beslissingType: BeslissingType;
  parameters: {
    /** Response period after notification of the voornemen. */
    reactietermijn: ParameterCode;
    /** Period to decide after the response or the hearing (or after the response period). */
    beslissingstermijn: ParameterCode;
  };
  /** Stored on the decision: "Decreet …; BVR …, art. 49 §4". */
  rechtsbasis: string;
  voornemen: (call: CallContext, rechtId: number) => VoornemenTekst;
  /** Check the officer's input for the final decision and give its effect fields (throws VALIDATIE). */
  bereidBeslissingVoor: (call: CallContext, rechtId: number, input: { datum: string; einddatum?: string }) => BeslissingEffect;
  beslissingTekst: (call: CallContext, b: Beslissing) => EindbeslissingTekst;
  /** Write the decision to the right (inside the approval transaction). */
  pasToe: (call: CallContext, b: Beslissing, audit: Audit) => void;
}

function alle(call: CallContext) {
  return registries(call.app);
}

export function rechtSoort(call: CallContext, code: string): RechtSoort {
  const r = alle(call).rechten.get(code);
  if (!r) throw new AppError('INTERN', `Rechtsoort ${code} is niet bijgedragen door een module.`);
  return r;
}

export function procedureSoort(call: CallContext, soort: string, veld = 'soort'): ProcedureSoort {
  const p = alle(call).procedures.get(soort);
  if (!p) {
    const bekend = [...alle(call).procedures.keys()].join(', ') || 'geen';
    throw AppError.validatie(veld, `Onbekend soort procedure "${soort}". Mogelijk: ${bekend}.`);
  }
  return p;
}

export function procedureSoorten(call: CallContext): ProcedureSoort[] {
  return [...alle(call).procedures.values()];
}

/** The right kind a decision is about: named on the decision, or claimed by a kind (application decisions). */
export function rechtSoortVanBeslissing(call: CallContext, b: Beslissing): RechtSoort | null {
  const rechten = alle(call).rechten;
  if (b.rechtEntiteit && rechten.has(b.rechtEntiteit)) return rechten.get(b.rechtEntiteit)!;
  for (const r of rechten.values()) if (r.omvatBeslissing?.(call, b)) return r;
  return null;
}
