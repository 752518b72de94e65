/**
 * Replacement of a partner of a samenwerkingsverband Zorg when the continuity of service is at risk
 * (BVR 18 November 2022, art. 19): a decision with a letter to the aanspreekpunt, drafted by an officer
 * and approved by an ondertekenaar. The replacement meets all conditions (same category, proofs of
 * expertise and ICF, the composition stays in order) and the common end date of the mandate stays.
 * The leaving partner keeps its running trajectories but gets no new ones (it leaves the partner list
 * the day before the replacement starts).
 */
import { AppError } from '../../../../../shared/api/errors';
import type { ParsedInput } from '../../../../../shared/api/contract';
import type { Beslissing } from '../../../../../shared/engines/beslissing.contract';
import { SWV_CATEGORIEEN, controleerSamenstelling } from '../../../../../shared/swv-zorg/samenwerkingsverband';
import { addDays } from '../../../../../shared/kernel/dates';
import { formatDatum } from '../../../../../shared/kernel/format';
import type { CallContext } from '../../../platform/context';
import { addGebeurtenis } from '../../../platform/dossier';
import { parameterGetal } from '../../../platform/parameter';
import { createDraftBeslissing, getBeslissing } from '../../../engines/beslissing/beslissing';
import type { BeslissingSoort } from '../../../engines/beslissing/beslissing';
import { addMandaatHistoriek, getPartner, maxPerCategorie, partnersVan } from './register';

interface Vervanging {
  partnerId: number;
  nieuweOrganisatieId: number;
  datum: string;
  expertise: string | null;
  icf: string | null;
}

function vervangingVan(call: CallContext, beslissingId: number): Vervanging {
  const v = call.app.sqlite
    .prepare('SELECT partner_id AS partnerId, nieuwe_organisatie_id AS nieuweOrganisatieId, datum, expertise, icf FROM swv_partner_vervanging WHERE beslissing_id = ?')
    .get(beslissingId) as Vervanging | undefined;
  if (!v) throw new AppError('INTERN', `Beslissing ${beslissingId} heeft geen gegevens van de vervanging.`);
  return v;
}

function organisatie(call: CallContext, id: number): { id: number; naam: string; kbo: string; typeNaam: string; categorie: number | null } {
  const o = call.app.sqlite
    .prepare('SELECT o.id, o.naam, o.kbo, t.naam AS typeNaam, t.swv_zorg_categorie AS categorie FROM organisatie o JOIN organisatie_type t ON t.code = o.type_code WHERE o.id = ?')
    .get(id) as { id: number; naam: string; kbo: string; typeNaam: string; categorie: number | null } | undefined;
  if (!o) throw AppError.validatie('nieuweOrganisatieId', `Organisatie ${id} bestaat niet.`);
  return o;
}

export function ontwerpVervanging(call: CallContext, input: ParsedInput<'swv.vervangPartner'>): Beslissing {
  const db = call.app.sqlite;
  const p = getPartner(db, input.partnerId);
  const swv = db.prepare('SELECT id, naam, aanspreekpunt_id AS aanspreekpuntId FROM samenwerkingsverband WHERE id = ?').get(p.swvId) as { id: number; naam: string; aanspreekpuntId: number };
  if (p.tot !== null && p.tot < input.datum) throw AppError.validatie('partnerId', `${p.organisatieNaam} is sinds ${formatDatum(p.tot)} geen partner meer.`);
  if (input.datum <= p.van) throw AppError.validatie('datum', `De vervanging begint na de start van het partnerschap (${formatDatum(p.van)}).`);
  const nieuw = organisatie(call, input.nieuweOrganisatieId);
  if (nieuw.categorie !== p.categorie) {
    throw AppError.validatie('nieuweOrganisatieId', `${nieuw.naam} (${nieuw.typeNaam}) hoort niet bij categorie ${p.categorie}: ${SWV_CATEGORIEEN[p.categorie as 1 | 2 | 3]}. De vervanger voldoet aan dezelfde voorwaarden (art. 19).`);
  }
  const lopend = partnersVan(db, p.swvId).filter((x) => x.van <= input.datum && (x.tot === null || x.tot >= input.datum));
  if (lopend.some((x) => x.organisatieId === nieuw.id)) throw AppError.validatie('nieuweOrganisatieId', `${nieuw.naam} is al partner van ${swv.naam}.`);
  if (!input.expertise) throw AppError.validatie('expertise', 'Geef het bewijs van de deskundigheid van de vervanger (art. 12).');
  if (!input.icf) throw AppError.validatie('icf', 'Geef het bewijs van ICF-kennis of het engagement daartoe van de vervanger (art. 30).');
  const na = [...lopend.filter((x) => x.id !== p.id).map((x) => ({ naam: x.organisatieNaam, categorie: x.categorie })), { naam: nieuw.naam, categorie: nieuw.categorie }];
  const samenstelling = controleerSamenstelling(na, maxPerCategorie(db, input.datum));
  if (samenstelling.length) throw AppError.validatie('nieuweOrganisatieId', samenstelling.join(' '));
  const einde = db.prepare("SELECT max(geldig_tot) AS t FROM mandaat WHERE swv_id = ? AND status = 'actief'").pluck().get(p.swvId) as string | null;
  if (!einde || einde < input.datum) throw AppError.validatie('datum', `${swv.naam} heeft op ${formatDatum(input.datum)} geen lopend mandaat.`);
  return call.tx((audit) => {
    const b = createDraftBeslissing(call, {
      type: 'vervanging-partner', dossierEntiteit: 'samenwerkingsverband', dossierId: swv.id, organisatieId: swv.aanspreekpuntId,
      rechtEntiteit: 'swv_partner', rechtId: p.id,
      beslissingsdatum: call.today(), ingangsdatum: input.datum, einddatum: einde,
      feiten: input.feiten, rechtsgronden: input.rechtsgronden, ondertekenaarId: input.ondertekenaarId,
      rechtsbasis: 'Decreet van 8 juli 2022 betreffende de werk- en zorgtrajecten; BVR van 18 november 2022, art. 7, 12, 19 en 30',
      bestuursorgaan: 'de Vlaamse ministers bevoegd voor welzijn en werk',
      bezwaarTermijnDagen: parameterGetal(db, 'SWV_ZORG_BEZWAAR_TERMIJN', call.today()),
    });
    db.prepare('INSERT INTO swv_partner_vervanging (beslissing_id, partner_id, nieuwe_organisatie_id, datum, expertise, icf) VALUES (?, ?, ?, ?, ?, ?)')
      .run(b.id, p.id, nieuw.id, input.datum, input.expertise ?? null, input.icf ?? null);
    audit({ entiteit: 'swv_partner_vervanging', entiteitId: b.id, actie: 'aangemaakt', nieuw: { partnerId: p.id, nieuweOrganisatieId: nieuw.id, datum: input.datum } });
    return getBeslissing(call, b.id);
  });
}

/** The decision kind of the dossier 'samenwerkingsverband': the replacement of a partner. */
export const vervangingBeslissing: BeslissingSoort<undefined> = {
  tekst: (call, b) => {
    if (b.type !== 'vervanging-partner') throw new AppError('INTERN', `Beslissingstype ${b.type} hoort niet bij een samenwerkingsverband.`);
    const v = vervangingVan(call, b.id);
    const p = getPartner(call.app.sqlite, v.partnerId);
    const nieuw = organisatie(call, v.nieuweOrganisatieId);
    const swv = call.app.sqlite.prepare('SELECT naam FROM samenwerkingsverband WHERE id = ?').pluck().get(p.swvId) as string;
    return {
      briefType: 'vervanging-partner-swv',
      onderwerp: `Samenwerkingsverband Zorg "${swv}": vervanging van ${p.organisatieNaam} door ${nieuw.naam}`,
      inleiding: [`Uw organisatie is het administratief aanspreekpunt van het samenwerkingsverband Zorg "${swv}". ${p.organisatieNaam} is er partner van in categorie ${p.categorie} (${SWV_CATEGORIEEN[p.categorie as 1 | 2 | 3]}).`],
      beslissing: `Vanaf ${formatDatum(v.datum)} vervangt ${nieuw.naam} (${nieuw.kbo}) ${p.organisatieNaam} als partner van het samenwerkingsverband. De einddatum van het mandaat blijft ${formatDatum(b.einddatum)}.`,
      gevolgen: [
        `${p.organisatieNaam} zet de trajecten die het op ${formatDatum(addDays(v.datum, -1))} begeleidde voort tot het eindverslag en het eindadvies geregistreerd zijn, maar neemt geen nieuwe deelnemers meer op (artikel 19).`,
        `${nieuw.naam} voldoet aan de voorwaarden: ${v.expertise} ICF: ${v.icf === 'gecertificeerd' ? 'gecertificeerde kennis' : 'engagement om de kennis te verwerven bij de start'}.`,
      ],
      artikels: 'artikel 7, 12, 19 en 30',
      bezwaarBij: 'het Departement Zorg, Afdeling Werk en Zorg',
    };
  },
  effect: (call, b, _x, audit) => {
    const db = call.app.sqlite;
    const v = vervangingVan(call, b.id);
    const p = getPartner(db, v.partnerId);
    const nieuw = organisatie(call, v.nieuweOrganisatieId);
    const tot = addDays(v.datum, -1);
    db.prepare('UPDATE swv_partner SET tot = ? WHERE id = ?').run(tot, p.id);
    const pid = Number(db.prepare('INSERT INTO swv_partner (swv_id, organisatie_id, categorie, van, expertise, icf, beslissing_id) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(p.swvId, nieuw.id, nieuw.categorie, v.datum, v.expertise, v.icf, b.id).lastInsertRowid);
    db.prepare('UPDATE samenwerkingsverband SET versie = versie + 1 WHERE id = ?').run(p.swvId);
    for (const m of db.prepare("SELECT id FROM mandaat WHERE swv_id = ? AND status = 'actief' AND geldig_tot >= ?").all(p.swvId, v.datum) as { id: number }[]) {
      addMandaatHistoriek(call, m.id, { datum: b.beslissingsdatum, wat: 'vervanging-partner', beslissingId: b.id, toelichting: `${nieuw.naam} vervangt ${p.organisatieNaam} als partner vanaf ${formatDatum(v.datum)} (art. 19); einddatum ongewijzigd` });
    }
    addGebeurtenis(call, { entiteit: 'samenwerkingsverband', entiteitId: p.swvId, datum: b.beslissingsdatum, soort: 'vervanging-partner', omschrijving: `${nieuw.naam} vervangt ${p.organisatieNaam} vanaf ${formatDatum(v.datum)}` });
    audit({ entiteit: 'swv_partner', entiteitId: p.id, actie: 'gewijzigd', oud: { tot: p.tot }, nieuw: { tot }, reden: `Vervangen (beslissing ${b.id})` });
    audit({ entiteit: 'swv_partner', entiteitId: pid, actie: 'aangemaakt', nieuw: { swvId: p.swvId, organisatieId: nieuw.id, van: v.datum, beslissingId: b.id } });
  },
};
