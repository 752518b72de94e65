/**
 * The state machine of an adverse-decision procedure on a right (voornemen → reactietermijn →
 * (hoorzitting) → te-beslissen → beslist | afgesloten). Pure: no clock, no I/O, no knowledge of
 * which right it is about. The service layer gathers the facts (`TransitieContext`), asks for the
 * next status and writes it; an illegal step throws {@link TransitieFout} with a Dutch message.
 *
 *   voornemen ──kennisgeving──▶ reactietermijn ──reactie (zonder vraag om hoorzitting)──▶ te-beslissen
 *       │                          │  ▲                                                    │  ▲
 *       │                          │  └─reactie (met vraag om hoorzitting)                  │  │
 *       │                          └──hoorzitting-plannen──▶ hoorzitting ──verslag──────────┘  │
 *       │                          └──beslissing-voorstellen (termijn voorbij)────────────────┘
 *       │                                                             te-beslissen ──beslissing-uitgegeven──▶ beslist
 *       └── afsluiten (from every open status) ──▶ afgesloten
 *
 * Rules behind the guards (BVR art. 49 §4; hoorplicht as a principle of good administration):
 *  - the response period runs only from the notification of the voornemen letter: nothing can be
 *    responded to or decided before (status 'voornemen');
 *  - a decision can be proposed once the organisation has responded or the response period is over;
 *  - when the organisation asked to be heard, no decision before the hearing was held;
 *  - a planned hearing is concluded by its minutes before a decision;
 *  - a procedure with a draft decision waiting for approval cannot be closed or sent back to a hearing;
 *  - 'beslist' and 'afgesloten' are final.
 */
import { formatDatum } from '../../../../shared/kernel/dates';
import { PROCEDURE_ACTIES, PROCEDURE_STATUSSEN, type ProcedureActie, type ProcedureStatus } from '../../../../shared/engines/procedure.contract';

export { PROCEDURE_STATUSSEN, PROCEDURE_ACTIES, type ProcedureStatus, type ProcedureActie };

export const STATUS_LABELS: Record<ProcedureStatus, string> = {
  voornemen: 'voornemen uitgegeven, nog niet ter kennis gebracht',
  reactietermijn: 'reactietermijn',
  hoorzitting: 'hoorzitting gepland',
  'te-beslissen': 'te beslissen',
  beslist: 'beslist',
  afgesloten: 'afgesloten zonder beslissing',
};

export const ACTIE_LABELS: Record<ProcedureActie, string> = {
  kennisgeving: 'de kennisgeving van het voornemen registreren',
  reactie: 'een reactie registreren',
  'hoorzitting-plannen': 'een hoorzitting plannen',
  'hoorzitting-verslag': 'het verslag van de hoorzitting vastleggen',
  'beslissing-voorstellen': 'een beslissing voorstellen',
  'beslissing-uitgegeven': 'de beslissing uitgeven',
  afsluiten: 'de procedure afsluiten zonder beslissing',
};

/** The facts the guards need, gathered by the service at the moment of the step. */
export interface TransitieContext {
  /** Date of the step (YYYY-MM-DD). */
  datum: string;
  /** Last day of the response period; null while the voornemen is not notified. */
  reactietermijnEinde: string | null;
  /** A written response was registered already (before this step). */
  reactieOntvangen: boolean;
  /** The organisation asked to be heard (for 'reactie': the value after this response). */
  hoorzittingGevraagd: boolean;
  /** A hearing is planned whose minutes are not recorded yet. */
  hoorzittingGepland: boolean;
  /** Its date (minutes can be recorded from that day on); null when none is planned or unknown. */
  hoorzittingDatum?: string | null;
  /** A hearing took place (minutes recorded). */
  hoorzittingGehouden: boolean;
  /** A draft decision is waiting for approval. */
  ontwerpBeslissing: boolean;
}

export const LEGE_CONTEXT: TransitieContext = {
  datum: '1970-01-01',
  reactietermijnEinde: null,
  reactieOntvangen: false,
  hoorzittingGevraagd: false,
  hoorzittingGepland: false,
  hoorzittingGehouden: false,
  ontwerpBeslissing: false,
};

export class TransitieFout extends Error {
  constructor(
    readonly status: ProcedureStatus,
    readonly actie: ProcedureActie,
    message: string,
  ) {
    super(message);
    this.name = 'TransitieFout';
  }
}

export function isOpen(status: ProcedureStatus): boolean {
  return status !== 'beslist' && status !== 'afgesloten';
}

type Regel = (ctx: TransitieContext) => ProcedureStatus | string;

const fout = (tekst: string): Regel => () => tekst;

function beslissingVoorstellen(ctx: TransitieContext): ProcedureStatus | string {
  if (ctx.ontwerpBeslissing) return 'Er wacht al een ontwerp van beslissing op goedkeuring.';
  if (ctx.hoorzittingGepland) return 'Er is een hoorzitting gepland: leg eerst het verslag ervan vast.';
  if (ctx.hoorzittingGevraagd && !ctx.hoorzittingGehouden) {
    return 'De organisatie vroeg om gehoord te worden: plan de hoorzitting en leg het verslag vast vóór u een beslissing voorstelt (hoorrecht).';
  }
  if (!ctx.reactieOntvangen && !ctx.hoorzittingGehouden) {
    if (ctx.reactietermijnEinde === null) return 'De reactietermijn is nog niet beginnen lopen: registreer eerst de verzending van het voornemen.';
    if (ctx.datum <= ctx.reactietermijnEinde) {
      return `De reactietermijn loopt nog tot en met ${formatDatum(ctx.reactietermijnEinde)}: wacht de reactie van de organisatie of het einde van de termijn af.`;
    }
  }
  return 'te-beslissen';
}

const NIET_TER_KENNIS = 'Het voornemen is nog niet ter kennis gebracht: registreer eerst de verzending van de brief. De reactietermijn loopt pas vanaf de kennisgeving.';
const GEEN_TWEEDE_REACTIE = (ctx: TransitieContext): string | null => (ctx.reactieOntvangen ? 'Er is al een reactie van de organisatie geregistreerd.' : null);

/** The transition table: per status, per action, the next status or why the step is not allowed. */
const TABEL: Record<ProcedureStatus, Partial<Record<ProcedureActie, Regel>>> = {
  voornemen: {
    kennisgeving: () => 'reactietermijn',
    reactie: fout(NIET_TER_KENNIS),
    'hoorzitting-plannen': fout(NIET_TER_KENNIS),
    'beslissing-voorstellen': fout(NIET_TER_KENNIS),
    afsluiten: () => 'afgesloten',
  },
  reactietermijn: {
    reactie: (ctx) => GEEN_TWEEDE_REACTIE(ctx) ?? (ctx.hoorzittingGevraagd ? 'reactietermijn' : 'te-beslissen'),
    'hoorzitting-plannen': () => 'hoorzitting',
    'hoorzitting-verslag': fout('Er is geen hoorzitting gepland.'),
    'beslissing-voorstellen': beslissingVoorstellen,
    afsluiten: () => 'afgesloten',
  },
  hoorzitting: {
    reactie: (ctx) => GEEN_TWEEDE_REACTIE(ctx) ?? 'hoorzitting',
    'hoorzitting-plannen': () => 'hoorzitting',
    'hoorzitting-verslag': (ctx) =>
      ctx.hoorzittingDatum && ctx.hoorzittingDatum > ctx.datum ? `de hoorzitting van ${formatDatum(ctx.hoorzittingDatum)} heeft nog niet plaatsgevonden.` : 'te-beslissen',
    'beslissing-voorstellen': beslissingVoorstellen,
    afsluiten: () => 'afgesloten',
  },
  'te-beslissen': {
    reactie: (ctx) => GEEN_TWEEDE_REACTIE(ctx) ?? 'te-beslissen',
    'hoorzitting-plannen': (ctx) => (ctx.ontwerpBeslissing ? 'Er wacht een ontwerp van beslissing op goedkeuring: laat het eerst terugsturen.' : 'hoorzitting'),
    'hoorzitting-verslag': fout('Er is geen hoorzitting gepland.'),
    'beslissing-voorstellen': beslissingVoorstellen,
    'beslissing-uitgegeven': () => 'beslist',
    afsluiten: (ctx) => (ctx.ontwerpBeslissing ? 'Er wacht een ontwerp van beslissing op goedkeuring: laat het eerst terugsturen.' : 'afgesloten'),
  },
  beslist: {},
  afgesloten: {},
};

/**
 * The status after `actie`, or a {@link TransitieFout} explaining in Dutch why the step is not
 * allowed now.
 */
export function volgendeStatus(status: ProcedureStatus, actie: ProcedureActie, ctx: TransitieContext): ProcedureStatus {
  if (!isOpen(status)) {
    throw new TransitieFout(status, actie, `De procedure is ${status === 'beslist' ? 'al beslist' : 'afgesloten'}: ${ACTIE_LABELS[actie]} kan niet meer.`);
  }
  const regel = TABEL[status][actie];
  if (!regel) {
    throw new TransitieFout(status, actie, `In de fase "${STATUS_LABELS[status]}" kan men niet ${ACTIE_LABELS[actie]}.`);
  }
  const uitkomst = regel(ctx);
  if ((PROCEDURE_STATUSSEN as readonly string[]).includes(uitkomst)) return uitkomst as ProcedureStatus;
  throw new TransitieFout(status, actie, `${capitalize(ACTIE_LABELS[actie])} kan niet: ${uitkomst}`);
}

/** The actions allowed now (for the screen's buttons). 'kennisgeving' and 'beslissing-uitgegeven' are system steps. */
export function toegestaneActies(status: ProcedureStatus, ctx: TransitieContext): ProcedureActie[] {
  return PROCEDURE_ACTIES.filter((a) => {
    try {
      volgendeStatus(status, a, a === 'reactie' ? { ...ctx, hoorzittingGevraagd: false } : ctx);
      return true;
    } catch {
      return false;
    }
  });
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
