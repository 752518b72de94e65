/**
 * What a scheme (regeling) contributes to the payment-run engine. The engine does what every scheme
 * shares — the run and its re-runs per period, the saldo against earlier approved runs, four-eyes
 * approval with the offset of open recoveries, the payee frozen at approval, statements issued one per
 * payee, the payment file, recovery as a separate claim through the procedure engine. The scheme says
 * what it pays for: its period, how a run is computed from its registers (pure rules in
 * shared/<module>/), where its lines are kept, and its statement letter.
 */
import type { Departement } from '../../../../shared/platform/medewerker.contract';
import type { PeriodeSoort, Periode } from '../../../../shared/kernel/periode';
import type { BetaalRun, Betaling } from '../../../../shared/engines/betaalrun.contract';
import type { CallContext } from '../../platform/context';
import type { VoorbereideBrief } from '../../letters/store';
import type { ParameterCode } from '../../../../shared/platform/parameter-codes';

/** One payee of a computed run (before the engine adds the earlier settled amounts and the saldo). */
export interface BegunstigdePlan<P = unknown> {
  organisatieId: number;
  aantalLijnen: number;
  dagen: number | null;
  brutoCent: number;
  verminderingCent: number;
  verschuldigdCent: number;
  /** The payee's computation, stored as JSON with the payment. */
  berekening: P;
}

export interface RunPlan<R = unknown, P = unknown, L = unknown> {
  /** The run's computation (parameters, caps…), stored as JSON with the run. */
  berekening: R;
  aantalLijnen: number;
  begunstigden: BegunstigdePlan<P>[];
  /** The scheme's lines, handed back to `bewaarLijnen` in the proposal's transaction. */
  lijnen: L;
}

/** Wording and parameters of recovery as a separate claim (hearing procedure, objection). */
export interface TerugvorderingRegeling {
  /** Right kind code of a payment row of this scheme (stored on procedures and decisions). */
  rechtCode: string;
  procedureSoort: string;
  /** "Terugvordering van subsidie AMA WVG" */
  procedureLabel: string;
  /** What is paid, as in "… van uw organisatie": "de subsidie van uw organisatie als begeleider van arbeidsmatige activiteiten". */
  watBetaald: string;
  /** Short noun for subjects: "subsidie arbeidsmatige activiteiten". */
  onderwerp: string;
  /** The money as a word in sentences: "subsidie", "compensatie". */
  bedragWoord: string;
  /** Why it can be recovered, with the article: "Subsidie die niet of niet meer verschuldigd is, kan worden teruggevorderd (artikel 50 van het besluit)." */
  grond: string;
  bestuursorgaan: string;
  /** With whom an objection is lodged. */
  bezwaarBij: string;
  /** Articles cited in letters: "artikel 50". */
  artikels: string;
  /** Stored on decisions: "Decreet …; BVR …, art. 50". */
  rechtsbasis: string;
  parameters: { reactietermijn: ParameterCode; beslissingstermijn: ParameterCode; bezwaartermijn: ParameterCode; bezwaarBeslissingstermijn: ParameterCode };
}

export interface NotaPersonen {
  contactpersoonId?: number;
  ondertekenaarId?: number;
}

/**
 * A scheme whatever its computation types: the engine stores and hands back each scheme's own values
 * only to that scheme, so the registry may erase them.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ElkeRegeling = BetaalRegeling<any, any, any>;

/**
 * `R` the run's computation, `P` a payee's computation, `L` the scheme's lines of one run.
 */
export interface BetaalRegeling<R = unknown, P = unknown, L = unknown> {
  /** e.g. 'AMA_WVG' */
  code: string;
  /** "Subsidie AMA WVG" */
  label: string;
  departement: Departement;
  periode: PeriodeSoort;
  /** Code in payment references and file names, e.g. 'AMAWVG'. */
  referentieCode: string;
  /** How the payees are called: { enkelvoud: 'begeleider', meervoud: 'begeleiders' }. */
  begunstigde: { enkelvoud: string; meervoud: string };
  /**
   * Compute a run for the period from the registers as they are now (no writes). `eerder`: per payee the
   * Σ saldo of the earlier approved runs of the period — a payee with only an earlier amount must appear
   * (its saldo is then a recovery). Throws VALIDATIE naming `periode` (not ended yet, a parameter missing).
   */
  bereken: (call: CallContext, periode: Periode, eerder: ReadonlyMap<number, number>) => RunPlan<R, P, L>;
  /** Store the scheme's lines of a new run (inside the proposal's transaction). */
  bewaarLijnen: (call: CallContext, runId: number, plan: RunPlan<R, P, L>) => void;
  /** Scheme-specific remarks for the reviewer (the engine adds IBAN, recovery and offset warnings). */
  waarschuwingen?: (run: BetaalRun<R>, betalingen: Betaling<P>[]) => string[];
  /** The statement of one payee, ready to render (the engine previews or issues it). */
  nota: (call: CallContext, runId: number, organisatieId: number, personen: NotaPersonen) => VoorbereideBrief;
  terugvordering: TerugvorderingRegeling;
}
