/**
 * The yearly 80 % evaluation (BVR art. 61–63): per maatwerkbedrijf with a contingent in year X the fill rate from
 * the settlement's figures; below the threshold the contingent goes down from 1 July X+1 by (threshold − fill
 * rate) × contingent, rounded as set (down by default). A preview (with another threshold or rounding: a what-if
 * that writes nothing), then the decisions in one batch with progress, approved in one batch by a signatory
 * (four eyes; each decision's letter issued with its ledger change).
 */
import { AppError } from '../../../../../shared/api/errors';
import { AFRONDING_LABEL, AFRONDINGEN, afrekening, evaluatie as evalueerRegel, type Afronding, type Deelname } from '../../../../../shared/ama-se/contingent';
import type { Evaluatie, EvaluatieBatch, EvaluatieGoedkeuring, EvaluatieRij } from '../../../../../shared/ama-se/geld.contract';
import { formatDatum, formatPercentage, maandNaamVan } from '../../../../../shared/kernel/format';
import type { CallContext } from '../../../platform/context';
import { parameterGetal } from '../../../platform/parameter';
import { keuzesTekst, PARAMETER_KEUZES } from '../../../../../shared/platform/parameter-codes';
import { runJob } from '../../../platform/jobs';
import { createDraftBeslissing, goedkeuring } from '../../../engines/beslissing/beslissing';
import { geefReeksUit, reeksMelding } from '../../../letters/store';
import { contingentSegmenten } from '../contingent/register';
import { RECHTSBASIS, WSE } from '../contingent/teksten';

interface Instellingen {
  drempelBp: number;
  afronding: Afronding;
  deler: number;
  ingangsdatum: string;
  eersteJaar: number;
}

/** The rounding of the parameter's code; an unknown code is refused (not read as one of the known ones). */
function afrondingVanCode(code: number, dag: string): Afronding {
  const afronding = AFRONDINGEN[code];
  if (afronding === undefined) {
    throw new AppError(
      'CONFLICT',
      `Parameter AMA_SE_VERMINDERING_AFRONDING heeft op ${formatDatum(dag)} de onbekende code ${code} (${keuzesTekst(PARAMETER_KEUZES.AMA_SE_VERMINDERING_AFRONDING!)}). Een beheerder past de parameter aan onder Parameters.`,
    );
  }
  return afronding;
}

function instellingen(call: CallContext, jaar: number): Instellingen {
  const db = call.app.sqlite;
  const dag = `${jaar}-12-31`;
  const code = parameterGetal(db, 'AMA_SE_VERMINDERING_AFRONDING', dag);
  const maand = parameterGetal(db, 'AMA_SE_VERMINDERING_INGANGSMAAND', dag);
  return {
    drempelBp: parameterGetal(db, 'AMA_SE_INVULLINGSGRAAD_DREMPEL', dag),
    afronding: afrondingVanCode(code, dag),
    deler: parameterGetal(db, 'AMA_SE_DEELNEMERSJAAR_DELER', dag),
    ingangsdatum: `${jaar + 1}-${String(maand).padStart(2, '0')}-01`,
    eersteJaar: parameterGetal(db, 'AMA_SE_EERSTE_EVALUATIEJAAR', dag),
  };
}

const getal = (n: number) => n.toLocaleString('nl-BE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function berekenEvaluatie(call: CallContext, input: { jaar: number; drempelPct?: number; afronding?: Afronding }): Evaluatie {
  return evalueer(call, input).evaluatie;
}

/** The evaluation, and per organisation the exact figures it rests on (stored with a decision). */
function evalueer(call: CallContext, input: { jaar: number; drempelPct?: number; afronding?: Afronding }): { evaluatie: Evaluatie; cijfers: Map<number, { plaatsDagen: number; deelnemersdagen: number }> } {
  const db = call.app.sqlite;
  const st = instellingen(call, input.jaar);
  const drempelBp = input.drempelPct === undefined ? st.drempelBp : Math.round(input.drempelPct * 100);
  const afronding = input.afronding ?? st.afronding;
  const standaard = drempelBp === st.drempelBp && afronding === st.afronding;
  const van = `${input.jaar}-01-01`;
  const tot = `${input.jaar}-12-31`;
  const segs = contingentSegmenten(db);
  const deelnames = new Map<number, Deelname[]>();
  for (const [org, deelnemerId, v, t] of db
    .prepare('SELECT organisatie_id, deelnemer_id, startdatum, einddatum FROM se_deelname WHERE startdatum <= ? AND (einddatum IS NULL OR einddatum >= ?)')
    .raw(true)
    .iterate(tot, van) as Iterable<[number, number, string, string | null]>) {
    const l = deelnames.get(org);
    const d = { deelnemerId, van: v, tot: t };
    if (l) l.push(d);
    else deelnames.set(org, [d]);
  }
  const orgs = new Map((db.prepare('SELECT id, naam, kbo FROM organisatie WHERE id IN (SELECT organisatie_id FROM se_contingent)').all() as { id: number; naam: string; kbo: string }[]).map((o) => [o.id, o]));
  const besluiten = new Map(
    (db.prepare(`SELECT e.organisatie_id AS org, e.beslissing_id AS id, b.status FROM se_evaluatie e LEFT JOIN beslissing b ON b.id = e.beslissing_id
                  WHERE e.jaar = ? AND (b.status IS NULL OR b.status != 'vervallen') ORDER BY e.id`).all(input.jaar) as { org: number; id: number | null; status: string | null }[]).map((r) => [r.org, r]),
  );
  const rijen: EvaluatieRij[] = [];
  const cijfers = new Map<number, { plaatsDagen: number; deelnemersdagen: number }>();
  for (const [organisatieId, s] of segs) {
    const o = orgs.get(organisatieId);
    if (!o) continue;
    const a = afrekening({ jaar: input.jaar, segmenten: s, deelnames: deelnames.get(organisatieId) ?? [], regels: { deler: st.deler, bedragen: [] } });
    if (a.plaatsDagen === 0) continue;
    cijfers.set(organisatieId, { plaatsDagen: a.plaatsDagen, deelnemersdagen: a.deelnemersdagen });
    // The places in force on the ingangsdatum, from the ledger already in memory (no query per organisation).
    const contingentOpIngang = s.find((x) => x.van <= st.ingangsdatum && (x.tot === null || x.tot >= st.ingangsdatum))?.plaatsen ?? 0;
    const e = evalueerRegel({ plaatsDagen: a.plaatsDagen, dagenInJaar: a.dagenInJaar, deelnemersdagen: a.deelnemersdagen, contingentOpIngang, deler: st.deler, drempelBp, afronding });
    const b = besluiten.get(organisatieId);
    const drempel = `${(drempelBp / 100).toLocaleString('nl-BE')} %`;
    rijen.push({
      organisatieId, naam: o.naam, ondernemingsnummer: o.kbo, contingentPlaatsen: a.contingentPlaatsen, deelnemersjaren: a.deelnemersjaren, bezettingsgraad: a.bezettingsgraad,
      contingentOpIngang, verminderingPlaatsen: e.vermindering, nieuwContingent: e.nieuwContingent, ingangsdatum: st.ingangsdatum,
      uitleg: e.onderDrempel
        ? `${getal(a.bezettingsgraad ?? 0)} % < ${drempel}: (${drempel} − ${getal(a.bezettingsgraad ?? 0)} %) × ${getal(a.contingentPlaatsen)} = ${getal((drempelBp / 10_000) * (a.plaatsDagen / a.dagenInJaar) - a.deelnemersdagen / (st.deler || a.dagenInJaar))}, afgerond ${AFRONDING_LABEL[afronding]}: ${e.vermindering} ${e.vermindering === 1 ? 'plaats' : 'plaatsen'} minder vanaf ${formatDatum(st.ingangsdatum)}`
        : `${getal(a.bezettingsgraad ?? 0)} % ≥ ${drempel}: geen vermindering`,
      beslissingId: b?.id ?? null,
      beslissingStatus: b?.status ?? null,
    });
  }
  rijen.sort((x, y) => y.verminderingPlaatsen - x.verminderingPlaatsen || x.naam.localeCompare(y.naam, 'nl'));
  const evaluatie: Evaluatie = {
    jaar: input.jaar, drempelPct: drempelBp / 100, afronding, deler: st.deler, ingangsdatum: st.ingangsdatum, standaard, rijen,
    organisaties: rijen.length, onderDrempel: rijen.filter((r) => r.verminderingPlaatsen > 0).length,
    vrijgekomenPlaatsen: rijen.reduce((s, r) => s + r.verminderingPlaatsen, 0),
    opmerking: input.jaar < st.eersteJaar
      ? `${input.jaar} valt onder de overgangsregeling (artikel 76): het eerste jaar dat volgens dit besluit geëvalueerd wordt, is ${st.eersteJaar}. Deze tabel is een simulatie.`
      : null,
  };
  return { evaluatie, cijfers };
}

export async function evaluatieBeslissen(call: CallContext, input: { jaar: number; datum: string; jobId?: string }): Promise<EvaluatieBatch> {
  if (input.datum > call.today()) throw AppError.validatie('datum', 'Een beslissingsdatum ligt nooit in de toekomst.');
  if (`${input.jaar}-12-31` >= call.today()) throw AppError.validatie('jaar', `Het jaar ${input.jaar} is nog niet voorbij.`);
  const { evaluatie: ev, cijfers } = evalueer(call, { jaar: input.jaar });
  if (ev.opmerking) throw AppError.validatie('jaar', ev.opmerking);
  const st = instellingen(call, input.jaar);
  const te = ev.rijen.filter((r) => r.verminderingPlaatsen > 0 && r.beslissingId === null);
  const bezwaar = parameterGetal(call.app.sqlite, 'AMA_SE_BEZWAAR_TERMIJN', input.datum);
  const ids: number[] = [];
  await runJob(call.app, { soort: 'se-evaluatie-beslissen', jobId: input.jobId, totaal: te.length, stopbaar: true, bericht: 'Ontwerpen van beslissing maken', medewerkerId: call.caller.medewerkerId }, async (job) => {
    for (const [i, r] of te.entries()) {
      if (job.gestopt()) break;
      call.tx((audit) => {
        const e = Number(
          call.app.sqlite
            .prepare(`INSERT INTO se_evaluatie (jaar, organisatie_id, plaats_dagen, deelnemersdagen, drempel_bp, afronding, deler, contingent_op_ingang, vermindering, nieuw_contingent, ingangsdatum, aangemaakt_op)
                      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
            .run(input.jaar, r.organisatieId, cijfers.get(r.organisatieId)!.plaatsDagen, cijfers.get(r.organisatieId)!.deelnemersdagen,
              st.drempelBp, st.afronding, st.deler, r.contingentOpIngang, r.verminderingPlaatsen, r.nieuwContingent, r.ingangsdatum, call.nowIso()).lastInsertRowid,
        );
        audit({ entiteit: 'se_evaluatie', entiteitId: e, actie: 'aangemaakt', nieuw: { jaar: input.jaar, organisatieId: r.organisatieId, bezettingsgraad: r.bezettingsgraad, vermindering: r.verminderingPlaatsen, ingangsdatum: r.ingangsdatum } });
        const b = createDraftBeslissing(call, {
          type: 'vermindering-contingent', dossierEntiteit: 'se_evaluatie', dossierId: e, organisatieId: r.organisatieId, beslissingsdatum: input.datum, ingangsdatum: r.ingangsdatum,
          feiten: `In ${input.jaar} bedroeg het contingent gemiddeld ${getal(r.contingentPlaatsen)} plaatsen; het maatwerkbedrijf begeleidde ${getal(r.deelnemersjaren)} deelnemersjaren, een invullingsgraad van ${getal(r.bezettingsgraad ?? 0)} %.`,
          rechtsgronden: `Ligt de invullingsgraad van een kalenderjaar onder ${formatPercentage(st.drempelBp)}, dan wordt het contingent vanaf 1 ${maandNaamVan(r.ingangsdatum)} van het volgende jaar verminderd met het verschil tussen die drempel en de invullingsgraad, toegepast op het contingent (artikel 61 tot en met 63 van het besluit).`,
          rechtsbasis: RECHTSBASIS, bezwaarTermijnDagen: bezwaar, departement: 'WSE', bestuursorgaan: WSE,
        });
        call.app.sqlite.prepare('UPDATE se_evaluatie SET beslissing_id = ? WHERE id = ?').run(b.id, e);
        ids.push(b.id);
      });
      job.voortgang(i + 1, `${i + 1} van ${te.length} ontwerpen gemaakt`);
    }
  });
  return { jaar: input.jaar, beslissingen: ids.length, overgeslagen: ev.rijen.filter((r) => r.verminderingPlaatsen > 0).length - ids.length, beslissingIds: ids };
}

export async function evaluatieGoedkeuren(call: CallContext, input: { jaar: number; jobId?: string }): Promise<EvaluatieGoedkeuring> {
  const ontwerpen = call.app.sqlite
    .prepare(`SELECT b.id, o.naam FROM se_evaluatie e JOIN beslissing b ON b.id = e.beslissing_id JOIN organisatie o ON o.id = e.organisatie_id
               WHERE e.jaar = ? AND b.status = 'ontwerp' ORDER BY o.naam`)
    .all(input.jaar) as { id: number; naam: string }[];
  if (!ontwerpen.length) throw new AppError('CONFLICT', `Er wachten geen ontwerpen van vermindering voor ${input.jaar} op goedkeuring.`);
  const mislukt: EvaluatieGoedkeuring['mislukt'] = [];
  let goedgekeurd = 0;
  await runJob(call.app, { soort: 'se-evaluatie-goedkeuren', jobId: input.jobId, totaal: ontwerpen.length, stopbaar: true, bericht: 'Beslissingen goedkeuren en brieven uitgeven', medewerkerId: call.caller.medewerkerId }, async (job) => {
    // Rendered on the worker threads while the decisions before them are approved (letters/store.ts, geefReeksUit).
    await geefReeksUit(call, ontwerpen.map((o) => goedkeuring(call, o.id)), {
      gestopt: () => job.gestopt(),
      na: (i, uitkomst) => {
        const o = ontwerpen[i];
        if ('document' in uitkomst) goedgekeurd++;
        else {
          // Four eyes or a changed ledger refuses one decision; the batch goes on and reports it — except four eyes, which refuses all.
          const err = uitkomst.fout;
          if (err instanceof AppError && err.code === 'VERBODEN') throw err;
          mislukt.push({ beslissingId: o.id, organisatieNaam: o.naam, melding: reeksMelding(call, err, `Goedkeuring van beslissing ${o.id} (evaluatie ${input.jaar}) mislukt`) });
        }
        job.voortgang(i + 1, `${i + 1} van ${ontwerpen.length} beslissingen behandeld`);
      },
    });
  });
  return { jaar: input.jaar, goedgekeurd, mislukt };
}
