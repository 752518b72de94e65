/**
 * The allocation proposal of a call for AMA SE places (BVR art. 60–63): the minister sets the distribution
 * and priority criteria; the app's default proposal, which the officer adjusts with a motivation:
 *  - applications with a higher priority score are served first (no score counts as 0);
 *  - when a priority group asks more than what is left, the rest is shared in proportion to what each asked,
 *    in whole places by largest remainder (ties: earlier receipt, then lower id); lower groups get nothing;
 *  - nobody gets more than asked; an application that may not receive aid (state aid, art. 67) gets 0.
 */
export interface VerdelingAanvraag {
  id: number;
  gevraagd: number;
  prioriteit: number | null;
  ontvangenOp: string;
  /** False: excluded (e.g. an onderneming in moeilijkheden). */
  mag: boolean;
}

export function verdeel(plaatsen: number, aanvragen: readonly VerdelingAanvraag[]): Map<number, number> {
  const uit = new Map<number, number>(aanvragen.map((a) => [a.id, 0]));
  const groepen = new Map<number, VerdelingAanvraag[]>();
  for (const a of aanvragen.filter((x) => x.mag && x.gevraagd > 0)) {
    const p = a.prioriteit ?? 0;
    groepen.set(p, [...(groepen.get(p) ?? []), a]);
  }
  let rest = plaatsen;
  for (const p of [...groepen.keys()].sort((a, b) => b - a)) {
    if (rest <= 0) break;
    const groep = groepen.get(p)!;
    const gevraagd = groep.reduce((s, a) => s + a.gevraagd, 0);
    if (gevraagd <= rest) {
      for (const a of groep) uit.set(a.id, a.gevraagd);
      rest -= gevraagd;
      continue;
    }
    // Proportional, largest remainder: quota = rest × gevraagd / Σ gevraagd.
    const delen = groep.map((a) => ({ a, heel: Math.floor((rest * a.gevraagd) / gevraagd), restant: (rest * a.gevraagd) % gevraagd }));
    let over = rest - delen.reduce((s, d) => s + d.heel, 0);
    delen.sort((x, y) => y.restant - x.restant || x.a.ontvangenOp.localeCompare(y.a.ontvangenOp) || x.a.id - y.a.id);
    for (const d of delen) {
      const extra = over > 0 ? 1 : 0;
      over -= extra;
      uit.set(d.a.id, d.heel + extra);
    }
    rest = 0;
  }
  return uit;
}
