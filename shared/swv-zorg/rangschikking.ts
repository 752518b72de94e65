/**
 * Ranking of competing applications for a mandate, per werk- en zorgregio (BVR 18 November 2022, art. 16).
 * Pure: the scores come from the officers, the criteria, weights and tie rule from the call.
 *
 * - Per region every application covering it gets a total: Σ weight × score over the call's criteria
 *   (each score motivated by the officer; the seeds leave the art. 16 §2 criteria open, RULES.md).
 * - A tie is broken by the call's rule: the higher score on one named criterion, or the earliest
 *   application; then the lower application number (a stable, stated last resort).
 * - An application **only as a combination** is mandated only when it ranks first in every region it
 *   covers; one **also per region** only where it ranks first; at most one mandate per region.
 * - A combination that is not first everywhere drops out, and the regions are ranked again without it
 *   (so the next application can be first there). One at a time: first a combination beaten by an
 *   application that cannot drop out (one per region), else the one with the lowest total where it is
 *   beaten — so a combination is not dropped because of another combination that drops out itself.
 */
export type Keuze = 'combinatie' | 'per-regio';

export interface Criterium {
  code: string;
  omschrijving: string;
  gewicht: number;
  /** Highest score allowed. */
  max: number;
}

export type Beslechting = { soort: 'criterium'; criterium: string } | { soort: 'vroegst-ingediend' };

export interface RangAanvraag {
  id: number;
  naam: string;
  keuze: Keuze;
  regios: string[];
  ontvangenOp: string;
}

export interface Score {
  aanvraagId: number;
  regio: string;
  criterium: string;
  score: number;
}

export interface RangschikkingInvoer {
  regios: string[];
  criteria: Criterium[];
  beslechting: Beslechting;
  aanvragen: RangAanvraag[];
  scores: Score[];
  /** Region names for the explanations (default: the codes). */
  regioNamen?: Record<string, string>;
}

export interface RegioRang {
  aanvraagId: number;
  naam: string;
  totaal: number;
  perCriterium: Record<string, number>;
  /** 1 = first among the applications still in contention; null for one that dropped out. */
  rang: number | null;
  /** How a tie with the next one was broken, or why it dropped out. */
  uitleg: string;
}

export interface Uitkomst {
  aanvraagId: number;
  /** The regions it is mandated for (empty: refused). */
  regios: string[];
  uitleg: string;
}

export interface Rangschikking {
  /** Per region the application mandated, or null. */
  mandaten: Record<string, number | null>;
  perRegio: Record<string, RegioRang[]>;
  uitkomsten: Uitkomst[];
}

export class RangschikkingFout extends Error {}

export function rangschik(inv: RangschikkingInvoer): Rangschikking {
  const naamVan = (r: string) => inv.regioNamen?.[r] ?? r;
  const inOproep = new Set(inv.regios);
  const scoreVan = new Map<string, number>();
  for (const s of inv.scores) scoreVan.set(`${s.aanvraagId}|${s.regio}|${s.criterium}`, s.score);
  const regiosVan = (a: RangAanvraag) => a.regios.filter((r) => inOproep.has(r));

  // Totals per application and region; every score must be given and within its range.
  const totaal = new Map<string, { totaal: number; perCriterium: Record<string, number> }>();
  for (const a of inv.aanvragen) {
    for (const r of regiosVan(a)) {
      const perCriterium: Record<string, number> = {};
      let t = 0;
      for (const c of inv.criteria) {
        const s = scoreVan.get(`${a.id}|${r}|${c.code}`);
        if (s === undefined) throw new RangschikkingFout(`Voor ${a.naam} ontbreekt in ${naamVan(r)} de score op "${c.omschrijving}".`);
        if (!Number.isInteger(s) || s < 0 || s > c.max) throw new RangschikkingFout(`De score van ${a.naam} in ${naamVan(r)} op "${c.omschrijving}" ligt niet tussen 0 en ${c.max}.`);
        perCriterium[c.code] = s;
        t += c.gewicht * s;
      }
      totaal.set(`${a.id}|${r}`, { totaal: t, perCriterium });
    }
  }
  const tot = (a: RangAanvraag, r: string) => totaal.get(`${a.id}|${r}`)!.totaal;
  const beslechtCriterium = inv.beslechting.soort === 'criterium' ? inv.criteria.find((c) => c.code === (inv.beslechting as { criterium: string }).criterium) : undefined;
  if (inv.beslechting.soort === 'criterium' && !beslechtCriterium) throw new RangschikkingFout(`De beslechtingsregel verwijst naar een onbekend criterium.`);

  /** Negative when a ranks before b in region r. */
  const vergelijk = (a: RangAanvraag, b: RangAanvraag, r: string): number => {
    const d = tot(b, r) - tot(a, r);
    if (d !== 0) return d;
    if (beslechtCriterium) {
      const c = (totaal.get(`${b.id}|${r}`)!.perCriterium[beslechtCriterium.code] ?? 0) - (totaal.get(`${a.id}|${r}`)!.perCriterium[beslechtCriterium.code] ?? 0);
      if (c !== 0) return c;
    } else if (a.ontvangenOp !== b.ontvangenOp) return a.ontvangenOp < b.ontvangenOp ? -1 : 1;
    return a.id - b.id;
  };
  const gelijkUitleg = (a: RangAanvraag, b: RangAanvraag, r: string): string => {
    if (tot(a, r) !== tot(b, r)) return '';
    if (beslechtCriterium) {
      const sa = totaal.get(`${a.id}|${r}`)!.perCriterium[beslechtCriterium.code];
      const sb = totaal.get(`${b.id}|${r}`)!.perCriterium[beslechtCriterium.code];
      if (sa !== sb) return `Gelijke stand met ${b.naam} (${tot(a, r)} punten): beslecht op "${beslechtCriterium.omschrijving}" (${sa} tegen ${sb}).`;
    } else if (a.ontvangenOp !== b.ontvangenOp) return `Gelijke stand met ${b.naam} (${tot(a, r)} punten): beslecht op de vroegste indiening.`;
    return `Gelijke stand met ${b.naam} (${tot(a, r)} punten): beslecht op het laagste aanvraagnummer.`;
  };

  const actief = new Set(inv.aanvragen.map((a) => a.id));
  const uitgevallen = new Map<number, string>();
  const rangVan = (r: string) => inv.aanvragen.filter((a) => actief.has(a.id) && regiosVan(a).includes(r)).sort((a, b) => vergelijk(a, b, r));
  for (;;) {
    const verliezers: { a: RangAanvraag; r: string; winnaar: RangAanvraag }[] = [];
    for (const a of inv.aanvragen) {
      if (!actief.has(a.id) || a.keuze !== 'combinatie') continue;
      for (const r of regiosVan(a)) {
        const eerste = rangVan(r)[0];
        if (eerste.id !== a.id) {
          verliezers.push({ a, r, winnaar: eerste });
          break;
        }
      }
    }
    if (!verliezers.length) break;
    // Drop first a combination beaten by an application that cannot drop out (one "also per region").
    const zeker = verliezers.find((v) => v.winnaar.keuze === 'per-regio');
    const v = zeker ?? [...verliezers].sort((x, y) => tot(x.a, x.r) - tot(y.a, y.r) || y.a.id - x.a.id)[0];
    actief.delete(v.a.id);
    uitgevallen.set(
      v.a.id,
      `Alleen als combinatie aangevraagd en niet de hoogste in ${naamVan(v.r)} (${v.winnaar.naam}: ${tot(v.winnaar, v.r)} punten, ${v.a.naam}: ${tot(v.a, v.r)} punten): geen mandaat.`,
    );
  }

  const mandaten: Record<string, number | null> = {};
  const perRegio: Record<string, RegioRang[]> = {};
  for (const r of inv.regios) {
    const lopend = rangVan(r);
    mandaten[r] = lopend[0]?.id ?? null;
    const alle = inv.aanvragen.filter((a) => regiosVan(a).includes(r)).sort((a, b) => vergelijk(a, b, r));
    perRegio[r] = alle.map((a) => {
      const i = lopend.findIndex((x) => x.id === a.id);
      const volgende = i >= 0 ? lopend[i + 1] : undefined;
      return {
        aanvraagId: a.id,
        naam: a.naam,
        totaal: tot(a, r),
        perCriterium: totaal.get(`${a.id}|${r}`)!.perCriterium,
        rang: i >= 0 ? i + 1 : null,
        uitleg: i < 0 ? (uitgevallen.get(a.id) ?? '') : volgende ? gelijkUitleg(a, volgende, r) : '',
      };
    });
  }

  const uitkomsten: Uitkomst[] = inv.aanvragen.map((a) => {
    const regios = regiosVan(a).filter((r) => mandaten[r] === a.id);
    if (uitgevallen.has(a.id)) return { aanvraagId: a.id, regios: [], uitleg: uitgevallen.get(a.id)! };
    const zinnen = regiosVan(a).map((r) => {
      const eerste = rangVan(r)[0];
      return eerste.id === a.id
        ? `${naamVan(r)}: de hoogste (${tot(a, r)} punten)`
        : `${naamVan(r)}: niet de hoogste (${eerste.naam}: ${tot(eerste, r)} punten, ${a.naam}: ${tot(a, r)} punten)`;
    });
    const kop = a.keuze === 'combinatie' ? 'Als combinatie gemandateerd' : regios.length ? `Gemandateerd voor ${regios.map(naamVan).join(' en ')}` : 'Geen mandaat';
    return { aanvraagId: a.id, regios, uitleg: `${kop}: ${zinnen.join('; ')}.` };
  });
  return { mandaten, perRegio, uitkomsten };
}
