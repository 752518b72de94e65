/**
 * How the core is composed. Every part — the platform, the letter store, each engine and each dossier
 * module — exports one `Module`: the API handlers it serves and what it plugs into the engines (kinds of
 * rights and procedures for the hearing/objection engine, decision kinds, inbox sources, registers of
 * participations, start-up jobs, the organisation address book for letters). `app.ts` lists the modules
 * in one visible array and builds the registries from them; nothing registers itself when imported.
 *
 * Engines look their registrations up through `registries(call.app)`: the registries belong to one app
 * (a test, a host, the desktop), never to the process.
 */
import type { Handlers } from './platform/router';
import type { AppContext, CallContext } from './platform/context';
import type { MethodName } from '../../shared/api/contract';
import type { Geadresseerde } from './letters/houseStyle';
import type { BeslissingSoort } from './engines/beslissing/beslissing';
import type { InboxBron } from './engines/inbox/inbox';
import type { ProcedureSoort, RechtSoort } from './engines/procedure/registry';
import type { ElkeRegeling } from './engines/betaalrun/regeling';

/** A job the app runs at every start, as the system user (audited like any write). */
export interface OpstartTaak {
  /** The API method it is recorded under in the audit trail. */
  methode: MethodName;
  voerUit: (call: CallContext) => void;
}

/** The participant and the period a participation register is asked about. */
export interface DeelnameVraag {
  insz: string;
  van: string;
  /** Null: open-ended. */
  tot: string | null;
}

/**
 * A register of participations of natural persons in a scheme (AMA WVG agreements, AMA SE
 * begeleidingsovereenkomsten, …). Schemes that exclude each other (BVR art. 42, 56) ask every other
 * register whether the person takes part during a period.
 */
export interface DeelnameRegister {
  /** Scheme code, e.g. 'AMA_WVG', 'AMA_SE'. */
  regeling: string;
  /** "AMA SE (begeleidingsovereenkomsten)" */
  label: string;
  /** The participations that overlap the period, as one Dutch sentence each ("begeleidingsovereenkomst AMA SE vanaf 01/01/2025"). */
  overlappingen: (call: CallContext, vraag: DeelnameVraag) => string[];
}

/** The organisation register as letters need it (addressee), without letters importing the module. */
export interface Adresboek {
  /** Throws NIET_GEVONDEN for an unknown organisation. */
  geadresseerde: (call: CallContext, organisatieId: number) => Geadresseerde & { organisatieId: number };
}

/**
 * A decision kind whatever value its `voorbereiden` produces: each kind only ever receives the value
 * its own `voorbereiden` produced, so the registry may erase that type.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ElkeBeslissingSoort = BeslissingSoort<any>;

export interface Module<H extends Partial<Handlers> = Partial<Handlers>> {
  /** e.g. 'ama-wvg' */
  naam: string;
  handlers: H;
  rechtSoorten?: readonly RechtSoort[];
  procedureSoorten?: readonly ProcedureSoort[];
  /** Decision kinds by decision type. */
  beslissingSoorten?: Readonly<Record<string, ElkeBeslissingSoort>>;
  /** Decision kinds for every decision taken in a dossier of this entity (e.g. every final decision of a procedure). */
  beslissingSoortenPerDossier?: Readonly<Record<string, ElkeBeslissingSoort>>;
  inboxBronnen?: readonly InboxBron[];
  deelnameRegisters?: readonly DeelnameRegister[];
  opstartTaken?: readonly OpstartTaak[];
  /** Payment schemes for the payment-run engine. */
  betaalRegelingen?: readonly ElkeRegeling[];
  adresboek?: Adresboek;
}

/** Identity function that keeps the handler type exact, so the composition can check that every method has one. */
export function defineModule<H extends Partial<Handlers>>(m: Module<H>): Module<H> {
  return m;
}

export interface Registries {
  rechten: ReadonlyMap<string, RechtSoort>;
  procedures: ReadonlyMap<string, ProcedureSoort>;
  beslissingen: ReadonlyMap<string, ElkeBeslissingSoort>;
  beslissingenPerDossier: ReadonlyMap<string, ElkeBeslissingSoort>;
  inboxBronnen: readonly InboxBron[];
  deelnameRegisters: readonly DeelnameRegister[];
  opstartTaken: readonly OpstartTaak[];
  regelingen: ReadonlyMap<string, ElkeRegeling>;
  adresboek: Adresboek;
}

/** Collect what the modules contribute; a code contributed twice is a programming error. */
export function bouwRegistries(modules: readonly Module[]): Registries {
  const uniek = <T>(soort: string, m: Map<string, T>, code: string, v: T) => {
    if (m.has(code)) throw new Error(`${soort} "${code}" wordt door twee modules bijgedragen.`);
    m.set(code, v);
  };
  const rechten = new Map<string, RechtSoort>();
  const procedures = new Map<string, ProcedureSoort>();
  const beslissingen = new Map<string, ElkeBeslissingSoort>();
  const perDossier = new Map<string, ElkeBeslissingSoort>();
  const regelingen = new Map<string, ElkeRegeling>();
  let adresboek: Adresboek | undefined;
  for (const m of modules) {
    for (const r of m.rechtSoorten ?? []) uniek('Rechtsoort', rechten, r.code, r);
    for (const p of m.procedureSoorten ?? []) uniek('Proceduresoort', procedures, p.soort, p);
    for (const [type, s] of Object.entries(m.beslissingSoorten ?? {})) uniek('Beslissingstype', beslissingen, type, s);
    for (const [entiteit, s] of Object.entries(m.beslissingSoortenPerDossier ?? {})) uniek('Beslissingsdossier', perDossier, entiteit, s);
    for (const r of m.betaalRegelingen ?? []) uniek('Regeling', regelingen, r.code, r);
    if (m.adresboek) {
      if (adresboek) throw new Error(`Twee modules bieden een adresboek aan (${m.naam}).`);
      adresboek = m.adresboek;
    }
  }
  for (const p of procedures.values()) {
    if (!rechten.has(p.recht)) throw new Error(`Procedure ${p.soort}: rechtsoort ${p.recht} is niet bijgedragen.`);
  }
  if (!adresboek) throw new Error('Geen module biedt het adresboek van de organisaties aan.');
  return {
    rechten,
    procedures,
    beslissingen,
    beslissingenPerDossier: perDossier,
    inboxBronnen: modules.flatMap((m) => m.inboxBronnen ?? []),
    deelnameRegisters: modules.flatMap((m) => m.deelnameRegisters ?? []),
    opstartTaken: modules.flatMap((m) => m.opstartTaken ?? []),
    regelingen,
    adresboek,
  };
}

const PER_APP = new WeakMap<AppContext, Registries>();

/** Attach the registries to an app (done once, by createApp). */
export function zetRegistries(app: AppContext, r: Registries): void {
  PER_APP.set(app, r);
}

/** The registries of the app a call runs in. */
export function registries(app: AppContext): Registries {
  const r = PER_APP.get(app);
  if (!r) throw new Error('Deze app werd niet samengesteld met createApp: er zijn geen registers.');
  return r;
}
