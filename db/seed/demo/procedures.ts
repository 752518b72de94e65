/**
 * Demo procedures, through the real API (after the data seed, outside its transaction): every step
 * is a normal audited call by the demo medewerkers — Katrien Van den Broeck (zorg-dossierbeheerder)
 * drafts, Geert Vermeersch (ondertekenaar) approves — and every letter is really issued. So the
 * deadline inbox, the approvals and the procedure screens can be seen populated:
 *
 *  1. a revocation whose intent letter was just issued (not sent yet);
 *  2. a revocation in its response period, the organisation asked to be heard, hearing planned;
 *  3. a revocation whose decision waits for approval;
 *  4. a revocation decided, and an objection against it registered (to be handled);
 *  5. a proposal for the subsidy of the last closed half-year.
 *
 * All dated today (letters cannot be dated in the past). Each scenario stands alone: one that fails
 * (e.g. no suitable recognition) is reported and the others still run.
 */
import { aanmelden, type App } from '../../../electron/core/app';
import type { Caller } from '../../../electron/core/platform/context';
import type { Input, MethodName, Output } from '../../../shared/api/contract';
import { addDays } from '../../../shared/kernel/dates';
import { nextWorkingDay } from '../../../shared/kernel/termijn';
import { DEMO_MEDEWERKERS } from './medewerkers';

export interface ProceduresSummary {
  procedures: number;
  bezwaren: number;
  subsidieVoorstel: string | null;
  /** The compensation of the samenwerkingsverbanden Zorg: the previous half-year approved, the last one proposed. */
  compensatie: string[];
  /** AMA SE: this month's advance approved, last year's settlement proposed. */
  amaSe: string[];
  fouten: string[];
}

const DOSSIERBEHEERDER = DEMO_MEDEWERKERS.find((m) => m.departement === 'ZORG' && !m.magOndertekenen)!.naam;
const ONDERTEKENAAR = DEMO_MEDEWERKERS.find((m) => m.departement === 'ZORG' && m.magOndertekenen)!.naam;
const WSE_DOSSIERBEHEERDER = DEMO_MEDEWERKERS.find((m) => m.departement === 'WSE' && !m.magOndertekenen)!.naam;
const WSE_ONDERTEKENAAR = DEMO_MEDEWERKERS.find((m) => m.departement === 'WSE' && m.magOndertekenen)!.naam;

const GRONDEN = 'BVR art. 46, 3°: de begeleider moet verzekerd zijn voor burgerlijke aansprakelijkheid, ook voor beroepsfouten.';
const FEITEN = 'Bij de controle bleek dat de polis burgerlijke aansprakelijkheid door de verzekeraar werd opgezegd; er werd geen nieuwe polis voorgelegd.';

export async function seedProcedures(app: App, o: { vandaag: string; organisatieVan: number; organisatieTot: number }): Promise<ProceduresSummary> {
  const katrien: Caller = aanmelden(app.ctx.sqlite, { gebruiker: DOSSIERBEHEERDER, rol: 'zorg-dossierbeheerder' });
  const geert: Caller = aanmelden(app.ctx.sqlite, { gebruiker: ONDERTEKENAAR, rol: 'ondertekenaar' });
  const call = async <K extends MethodName>(als: Caller, method: K, input: Input<K>): Promise<Output<K>> => {
    const env = await app.router(method, input, als);
    if (!env.ok) throw new Error(`${method}: ${env.error.message}`);
    return env.value as Output<K>;
  };
  const s: ProceduresSummary = { procedures: 0, bezwaren: 0, subsidieVoorstel: null, compensatie: [], amaSe: [], fouten: [] };
  const V = o.vandaag;

  // Active recognitions of this batch that end well after today, of organisations with a contact person.
  const kandidaten = (await call(katrien, 'erkenning.list', { status: 'actief' }))
    .filter((e) => e.organisatieId >= o.organisatieVan && e.organisatieId <= o.organisatieTot && e.geldigTot > addDays(V, 365) && e.hernieuwingAanvraagId === null)
    .slice(-4);

  const start = async (erkenningId: number) => {
    const p = await call(katrien, 'procedure.start', { soort: 'opheffing-erkenning', rechtId: erkenningId, gronden: GRONDEN, feiten: FEITEN });
    s.procedures++;
    return p;
  };
  const verstuurd = async (documentId: number) => call(katrien, 'verzending.registreer', { documentId, kanaal: 'e-loket', verzondenOp: V });
  const scenarios: ((erkenningId: number) => Promise<void>)[] = [
    async (id) => {
      await start(id);
    },
    async (id) => {
      const p = await start(id);
      await verstuurd(p.voornemenDocumentId!);
      await call(katrien, 'procedure.registreerReactie', { id: p.id, ontvangenOp: V, samenvatting: 'De organisatie betwist de opzegging en vraagt om gehoord te worden.', hoorzittingGevraagd: true });
      await call(katrien, 'procedure.planHoorzitting', { id: p.id, datum: nextWorkingDay(addDays(V, 13)), uur: '10:00', plaats: 'Koning Albert II-laan 35, 1030 Brussel, lokaal 4.12', aanwezigen: `${DOSSIERBEHEERDER} en ${ONDERTEKENAAR}` });
    },
    async (id) => {
      const p = await start(id);
      await verstuurd(p.voornemenDocumentId!);
      await call(katrien, 'procedure.registreerReactie', { id: p.id, ontvangenOp: V, samenvatting: 'Geen nieuwe polis; de organisatie bouwt haar werking af.', hoorzittingGevraagd: false });
      await call(katrien, 'procedure.stelBeslissingVoor', { id: p.id, datum: V, einddatum: addDays(V, 38), feiten: 'De organisatie legde geen nieuwe polis voor en bevestigt dat ze haar werking afbouwt.', rechtsgronden: 'BVR art. 46, 3° is niet langer vervuld; de erkenning wordt opgeheven (art. 49 §4).' });
    },
    async (id) => {
      const p = await start(id);
      await verstuurd(p.voornemenDocumentId!);
      await call(katrien, 'procedure.registreerReactie', { id: p.id, ontvangenOp: V, samenvatting: 'De organisatie meldt dat een nieuwe polis in aanvraag is.', hoorzittingGevraagd: false });
      const b = await call(katrien, 'procedure.stelBeslissingVoor', { id: p.id, datum: V, einddatum: addDays(V, 38), feiten: 'Er werd binnen de reactietermijn geen nieuwe polis voorgelegd.', rechtsgronden: 'BVR art. 46, 3° is niet langer vervuld; de erkenning wordt opgeheven (art. 49 §4).' });
      const uit = await call(geert, 'beslissing.goedkeuren', { id: b.id });
      if (uit.documentId) await verstuurd(uit.documentId);
      await call(katrien, 'bezwaar.registreer', { beslissingId: b.id, ontvangenOp: V, kanaal: 'aangetekend', samenvatting: 'De organisatie legt alsnog een nieuwe polis voor en vraagt de opheffing te herzien.' });
      s.bezwaren++;
    },
  ];
  for (let i = 0; i < scenarios.length; i++) {
    const e = kandidaten[i];
    if (!e) {
      s.fouten.push(`Procedure ${i + 1}: geen geschikte erkenning.`);
      continue;
    }
    try {
      await scenarios[i](e.id);
    } catch (err) {
      s.fouten.push(`Procedure ${i + 1} (${e.erkenningsnummer}): ${(err as Error).message}`);
    }
  }

  // The subsidy of the last closed half-year, as a proposal to review.
  const jaar = Number(V.slice(0, 4));
  const periode = V.slice(5, 7) >= '07' ? `${jaar}-H1` : `${jaar - 1}-H2`;
  try {
    await call(katrien, 'subsidie.berekenVoorstel', { periode });
    s.subsidieVoorstel = periode;
  } catch (err) {
    s.fouten.push(`Subsidie ${periode}: ${(err as Error).message}`);
  }
  // Compensation: the half-year before the last one approved (four eyes), the last one as a proposal.
  const vorige = periode.endsWith('H1') ? `${jaar - 1}-H2` : `${periode.slice(0, 4)}-H1`;
  try {
    const run = await call(katrien, 'compensatie.berekenVoorstel', { periode: vorige });
    await call(geert, 'compensatie.goedkeuren', { runId: run.id });
    s.compensatie.push(`${vorige} goedgekeurd`);
    await call(katrien, 'compensatie.berekenVoorstel', { periode });
    s.compensatie.push(`${periode} voorstel`);
  } catch (err) {
    s.fouten.push(`Compensatie: ${(err as Error).message}`);
  }
  // AMA SE (Departement WSE): this month's advance approved (a statement per maatwerkbedrijf), last year's settlement proposed.
  const sofie: Caller = aanmelden(app.ctx.sqlite, { gebruiker: WSE_DOSSIERBEHEERDER, rol: 'wse-dossierbeheerder' });
  const marc: Caller = aanmelden(app.ctx.sqlite, { gebruiker: WSE_ONDERTEKENAAR, rol: 'ondertekenaar' });
  try {
    const maand = V.slice(0, 7);
    const voorschot = await call(sofie, 'voorschot.berekenVoorstel', { periode: maand });
    await call(marc, 'contingent.goedkeuren', { runId: voorschot.id });
    s.amaSe.push(`voorschot ${maand} goedgekeurd`);
    await call(sofie, 'contingent.berekenAfrekening', { jaar: jaar - 1 });
    s.amaSe.push(`afrekening ${jaar - 1} voorstel`);
  } catch (err) {
    s.fouten.push(`AMA SE: ${(err as Error).message}`);
  }
  return s;
}
