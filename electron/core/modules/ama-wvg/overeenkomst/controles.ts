/**
 * What a registration, a change and every import row of an agreement check besides the pure rules of
 * shared/ama-wvg/overeenkomst.ts: the dated parameters valid on the start date (read once per call)
 * and the other schemes' participation registers (art. 42). Shared by the service (overeenkomst.ts)
 * and the import (import.ts).
 */
import type { OvereenkomstFeiten, Overtreding, Periode } from '../../../../../shared/ama-wvg/overeenkomst';
import { formatDatum } from '../../../../../shared/kernel/format';
import { ParameterGeheugen } from '../../../platform/parameter';
import type { Sqlite } from '../../../../../db/open';
import type { CallContext } from '../../../platform/context';
import { registries, type DeelnameRegister } from '../../../module';

// ---------------------------------------------------------------------------------------------------
// Combination checks (art. 42: no AMA SE, no VAPH dagondersteuning, no begeleid werken) against the
// participation registers of the other schemes (contributed by their modules, see module.ts).
// ---------------------------------------------------------------------------------------------------

export interface CombinatieDeelnemer {
  /** Null for a participant not registered yet. */
  id: number | null;
  insz: string;
  geboortedatum: string | null;
}

const ARTIKEL_COMBINATIE = 'BVR art. 42';

/** The agreements' conflicts with every other scheme's participations during the period. */
export function combinatieConflicten(call: CallContext, deelnemer: CombinatieDeelnemer, periode: Periode): Overtreding[] {
  const out: Overtreding[] = [];
  for (const register of registries(call.app).deelnameRegisters) {
    if (register.regeling === REGELING_AMA_WVG) continue;
    for (const melding of register.overlappingen(call, { insz: deelnemer.insz, van: periode.van, tot: periode.tot })) {
      out.push({ veld: 'geenCombinatieVerklaard', melding: `${melding.replace(/\.$/, '')} (${ARTIKEL_COMBINATIE}; register ${register.label}).`, artikel: ARTIKEL_COMBINATIE });
    }
  }
  return out;
}

const REGELING_AMA_WVG = 'AMA_WVG';

/** The AMA WVG agreements as a participation register, for the schemes that exclude AMA WVG (AMA SE, art. 56). */
export const overeenkomstRegister: DeelnameRegister = {
  regeling: REGELING_AMA_WVG,
  label: 'AMA WVG (overeenkomsten)',
  overlappingen: (call, vraag) =>
    (
      call.app.sqlite
        .prepare(
          `SELECT o.startdatum AS van, o.einddatum AS tot, org.naam AS begeleider
             FROM overeenkomst o JOIN deelnemer d ON d.id = o.deelnemer_id JOIN organisatie org ON org.id = o.organisatie_id
            WHERE d.insz = ? AND o.startdatum <= coalesce(?, '9999-12-31') AND (o.einddatum IS NULL OR o.einddatum >= ?)
            ORDER BY o.startdatum`,
        )
        .all(vraag.insz, vraag.tot, vraag.van) as { van: string; tot: string | null; begeleider: string }[]
    ).map((r) => `De deelnemer heeft een overeenkomst AMA WVG met ${r.begeleider} ${r.tot ? `van ${formatDatum(r.van)} tot ${formatDatum(r.tot)}` : `vanaf ${formatDatum(r.van)}`}.`),
};

// ---------------------------------------------------------------------------------------------------
// Dated parameters, read once per call (the import resolves them in memory for every row).
// ---------------------------------------------------------------------------------------------------

export const OVEREENKOMST_PARAMETERS = [
  'DEELNEMER_MINIMUMLEEFTIJD',
  'WETTELIJKE_PENSIOENLEEFTIJD',
  'AMA_WVG_MODELOVEREENKOMST_VANAF',
  'AMA_WVG_EEN_BEGELEIDER_VANAF',
  'AMA_WVG_EVALUATIE_INTERVAL',
  'AMA_WVG_SCAN_MAX_MB',
] as const;
/** The agreement parameters, read once per check or import (platform/parameter.ts). */
export class ParameterCache extends ParameterGeheugen<(typeof OVEREENKOMST_PARAMETERS)[number]> {
  constructor(db: Sqlite) {
    super(db, OVEREENKOMST_PARAMETERS);
  }
}

/** Facts that depend on the start date: the parameters valid on it. */
export function parameterFeiten(p: ParameterCache, startdatum: string): Pick<OvereenkomstFeiten, 'minimumleeftijd' | 'pensioenleeftijd' | 'modelVerplichtVanaf' | 'eenBegeleiderVanaf'> {
  return {
    minimumleeftijd: p.getal('DEELNEMER_MINIMUMLEEFTIJD', startdatum),
    pensioenleeftijd: p.getal('WETTELIJKE_PENSIOENLEEFTIJD', startdatum),
    modelVerplichtVanaf: p.datum('AMA_WVG_MODELOVEREENKOMST_VANAF', startdatum),
    eenBegeleiderVanaf: p.datum('AMA_WVG_EEN_BEGELEIDER_VANAF', startdatum),
  };
}

