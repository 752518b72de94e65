/**
 * Recovery of a negative saldo. By default it is offset against the payee's next payments of the scheme
 * (goedkeuring.ts); the officer can instead handle it as a separate claim, which goes through the
 * procedure engine (voornemen → reactie/hoorzitting → beslissing 'terugvordering' → bezwaar). The right
 * the procedure acts on is the payment row; each scheme gets its own right and procedure kind from
 * `terugvorderingSoorten`, with its wording, department and periods. The final decision records the
 * procedure on the payment row; an objection that annuls it marks the claim 'vervallen' (neither
 * recovered nor offset).
 */
import { AppError } from '../../../../shared/api/errors';
import type { Betaling, TerugvorderingWijze } from '../../../../shared/engines/betaalrun.contract';
import { formatDatum, formatEuro } from '../../../../shared/kernel/format';
import { parsePeriode, voorPeriode } from '../../../../shared/kernel/periode';
import type { CallContext } from '../../platform/context';
import { brusselsDate } from '../../../../shared/kernel/dates';
import { getDocumentMeta } from '../../letters/store';
import type { ProcedureSoort, RechtSoort } from '../procedure/registry';
import { controleerDepartementVoorRol } from './goedkeuring';
import { openTerugvorderingen } from './saldo';
import type { ElkeRegeling } from './regeling';
import { getBetaling, regelingVan, runRij } from './runs';

export function kiesTerugvordering(call: CallContext, input: { betalingId: number; wijze: TerugvorderingWijze; reden?: string }): Betaling {
  const db = call.app.sqlite;
  const b = getBetaling(db, input.betalingId);
  const r = runRij(db, b.runId);
  controleerDepartementVoorRol(call, r.departement);
  const regeling = regelingVan(call, r.regeling);
  if (r.status !== 'goedgekeurd' || b.saldoCent >= 0) {
    throw new AppError('CONFLICT', 'Alleen een negatief saldo van een goedgekeurde run kan teruggevorderd worden.');
  }
  if (b.terugvordering === input.wijze) throw AppError.validatie('wijze', `Deze terugvordering wordt al zo behandeld (${input.wijze}).`);
  if (input.wijze === 'vordering') {
    const open = openTerugvorderingen(db, r.regeling).get(b.organisatieId) ?? 0;
    if (open < -b.saldoCent) {
      throw new AppError('CONFLICT', `Dit saldo werd al (deels) verrekend met een latere betaling (nog open: ${formatEuro(open)}); een afzonderlijke vordering kan niet meer.`);
    }
  } else {
    const p = db
      .prepare("SELECT id, status FROM procedure WHERE recht_entiteit = ? AND recht_id = ? AND status <> 'afgesloten' ORDER BY id DESC LIMIT 1")
      .get(regeling.terugvordering.rechtCode, b.id) as { id: number; status: string } | undefined;
    if (p || b.procedureId !== null) {
      throw new AppError('CONFLICT', `Voor deze terugvordering ${p?.status === 'beslist' || !p ? 'werd beslist' : 'loopt een procedure'} (procedure ${p?.id ?? b.procedureId}); ze kan niet meer verrekend worden.`);
    }
    if (b.terugvordering === 'vervallen') throw new AppError('CONFLICT', 'Deze terugvordering is vervallen na bezwaar.');
  }
  return call.tx((audit) => {
    db.prepare('UPDATE betaalrun_betaling SET terugvordering = ? WHERE id = ?').run(input.wijze, b.id);
    audit({ entiteit: 'betaalrun_betaling', entiteitId: b.id, actie: 'gewijzigd', oud: { terugvordering: b.terugvordering }, nieuw: { terugvordering: input.wijze }, reden: input.reden || null });
    return getBetaling(db, b.id);
  });
}

interface BetalingKern {
  id: number;
  runId: number;
  organisatieId: number;
  regeling: string;
  periode: string;
  volgnummer: number;
  status: string;
  verschuldigdCent: number;
  eerderBetaaldCent: number;
  saldoCent: number;
  terugvordering: string | null;
  procedureId: number | null;
  referentie: string;
  documentId: number | null;
}

function betalingKern(call: CallContext, id: number): BetalingKern {
  const b = call.app.sqlite
    .prepare(
      `SELECT b.id, b.run_id AS runId, b.organisatie_id AS organisatieId, r.regeling, r.periode, r.volgnummer, r.status,
              b.verschuldigd_cent AS verschuldigdCent, b.eerder_betaald_cent AS eerderBetaaldCent, b.saldo_cent AS saldoCent,
              b.terugvordering, b.procedure_id AS procedureId, b.referentie, b.document_id AS documentId
         FROM betaalrun_betaling b JOIN betaalrun r ON r.id = b.run_id WHERE b.id = ?`,
    )
    .get(id) as BetalingKern | undefined;
  if (!b) throw AppError.nietGevonden(`Betaling ${id}`);
  return b;
}

/** The right (a payment row with a negative saldo handled as a claim) and the recovery procedure of a scheme. */
export function terugvorderingSoorten(regeling: ElkeRegeling): { recht: RechtSoort; procedure: ProcedureSoort } {
  const t = regeling.terugvordering;
  const kern = (call: CallContext, id: number) => {
    const b = betalingKern(call, id);
    if (b.regeling !== regeling.code) throw AppError.nietGevonden(`Betaling ${id} van ${regeling.label}`);
    return b;
  };
  const voorHet = (b: BetalingKern) => voorPeriode(parsePeriode(b.periode, regeling.periode));
  const periodeNaam = (b: BetalingKern) => parsePeriode(b.periode, regeling.periode).naam;
  const notaVerwijzing = (call: CallContext, b: BetalingKern) => {
    if (!b.documentId) return `de afrekening ${b.volgnummer} van de ${t.bedragWoord} ${voorHet(b)}`;
    const d = getDocumentMeta(call.app.sqlite, b.documentId);
    // The statement's date is its letter date: the day it was issued in Brussels.
    return `onze berekeningsnota van ${formatDatum(brusselsDate(new Date(d.aangemaaktOp)))} (ons kenmerk ${d.kenmerk})`;
  };
  const recht: RechtSoort = {
    code: t.rechtCode,
    label: t.onderwerp,
    departement: regeling.departement,
    bestuursorgaan: t.bestuursorgaan,
    bezwaarBij: t.bezwaarBij,
    artikels: t.artikels,
    parameters: { bezwaartermijn: t.parameters.bezwaartermijn, bezwaarBeslissingstermijn: t.parameters.bezwaarBeslissingstermijn },
    organisatieVan: (call, id) => kern(call, id).organisatieId,
    beschrijf: (call, id) => {
      const b = kern(call, id);
      const stand =
        b.saldoCent >= 0
          ? ''
          : b.terugvordering === 'vordering'
            ? `, ${formatEuro(-b.saldoCent)} terug te vorderen`
            : b.terugvordering === 'vervallen'
              ? ', terugvordering vervallen'
              : `, ${formatEuro(-b.saldoCent)} te verrekenen met volgende betalingen (kies eerst een afzonderlijke vordering)`;
      return `${regeling.label.charAt(0).toLowerCase()}${regeling.label.slice(1)} ${periodeNaam(b)} (afrekening ${b.volgnummer}, mededeling ${b.referentie}${stand})`;
    },
    isActief: (call, id) => {
      const b = kern(call, id);
      return b.status === 'goedgekeurd' && b.saldoCent < 0 && b.terugvordering === 'vordering';
    },
    bezwaar: {
      gevolgen: (call, betwist, uitkomst) => {
        if (betwist.type !== 'terugvordering' || betwist.rechtId === null) return [];
        const b = kern(call, betwist.rechtId);
        return uitkomst === 'vernietigd'
          ? [`De terugvordering van ${formatEuro(-b.saldoCent)} vervalt: u hoeft dat bedrag niet terug te betalen.`]
          : [`De terugvordering van ${formatEuro(-b.saldoCent)} blijft behouden.`];
      },
      pasToe: (call, betwist, uitkomst, uitspraak, audit) => {
        if (betwist.type !== 'terugvordering' || betwist.rechtId === null || uitkomst !== 'vernietigd') return;
        call.app.sqlite.prepare("UPDATE betaalrun_betaling SET terugvordering = 'vervallen' WHERE id = ?").run(betwist.rechtId);
        audit({ entiteit: 'betaalrun_betaling', entiteitId: betwist.rechtId, actie: 'gewijzigd', oud: { terugvordering: 'vordering' }, nieuw: { terugvordering: 'vervallen' }, reden: `Terugvordering (beslissing ${betwist.id}) vernietigd na bezwaar (beslissing ${uitspraak.id})` });
      },
    },
  };
  const procedure: ProcedureSoort = {
    soort: t.procedureSoort,
    recht: t.rechtCode,
    label: t.procedureLabel,
    beslissingType: 'terugvordering',
    parameters: { reactietermijn: t.parameters.reactietermijn, beslissingstermijn: t.parameters.beslissingstermijn },
    rechtsbasis: t.rechtsbasis,
    voornemen: (call, id) => {
      const b = kern(call, id);
      const bedrag = formatEuro(-b.saldoCent);
      return {
        onderwerp: `Voornemen tot terugvordering van ${t.onderwerp} – ${periodeNaam(b)}`,
        inleiding: [
          `Met ${notaVerwijzing(call, b)} stelden wij ${t.watBetaald} ${voorHet(b)} vast op ${formatEuro(b.verschuldigdCent)}. ` +
            `Voor die periode ontving uw organisatie al ${formatEuro(b.eerderBetaaldCent)}, dat is ${bedrag} te veel. ${t.grond}`,
        ],
        voornemen: `Wij zijn van plan ${bedrag} ${t.bedragWoord} terug te vorderen van uw organisatie.`,
        gevolgen: ['Zolang wij niet beslist hebben, vorderen wij niets terug en houden wij dit bedrag niet in op andere betalingen.'],
        maatregel: `de terugvordering van ${bedrag} ${t.bedragWoord} ${voorHet(b)}`,
      };
    },
    bereidBeslissingVoor: (call, id, input) => {
      kern(call, id);
      if (input.einddatum) throw AppError.validatie('einddatum', 'Een terugvordering heeft geen einddatum: laat dit veld leeg.');
      return {};
    },
    beslissingTekst: (call, b) => {
      const k = kern(call, b.rechtId!);
      const bedrag = formatEuro(-k.saldoCent);
      return {
        briefType: 'beslissing-terugvordering',
        onderwerp: `Terugvordering van ${t.onderwerp} – ${periodeNaam(k)}`,
        beslissing: `Wij vorderen ${bedrag} terug van de ${t.bedragWoord} ${voorHet(k)} die uw organisatie te veel ontving.`,
        gevolgen: [
          `U ontvangt van onze financiële dienst een betalingsuitnodiging met het rekeningnummer en de uiterste betaaldatum. Vermeld bij de betaling de mededeling ${k.referentie}.`,
          `Dit bedrag wordt niet verrekend met andere betalingen van ${t.bedragWoord}, tenzij u daar zelf om vraagt.`,
        ],
      };
    },
    pasToe: (call, b, audit) => {
      const k = kern(call, b.rechtId!);
      if (k.terugvordering !== 'vordering') {
        throw new AppError('CONFLICT', 'Dit saldo wordt intussen niet meer als afzonderlijke vordering behandeld; de terugvordering kan niet beslist worden.');
      }
      call.app.sqlite.prepare('UPDATE betaalrun_betaling SET procedure_id = ? WHERE id = ?').run(b.dossierId, k.id);
      audit({ entiteit: 'betaalrun_betaling', entiteitId: k.id, actie: 'gewijzigd', oud: { procedureId: k.procedureId }, nieuw: { procedureId: b.dossierId, terugvordering: 'vordering', bedragCent: -k.saldoCent }, reden: `Terugvordering beslist (beslissing ${b.id})` });
    },
  };
  return { recht, procedure };
}
