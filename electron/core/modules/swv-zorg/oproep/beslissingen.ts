/**
 * The decisions on an application for a mandate (BVR 18 November 2022, art. 15–18): their letters
 * and what they do once approved. One decision kind for the dossier 'swv_aanvraag' that follows the
 * decision type: ontvankelijk / onontvankelijk (art. 15), gegrond / ongegrond (art. 16 §1), mandaat /
 * weigering-mandaat (art. 16–18, with the elements of the call's editable art. 18 template).
 *
 * A mandate decision, when issued, writes the mandates for the regions the application won in the
 * ranking (computed again: the scores are locked once the decisions are drafted), creates the
 * samenwerkingsverband with its partners when it was not registered yet (or brings the partners of an
 * existing one in line with the application from the start of the mandate), and records the history.
 */
import { AppError } from '../../../../../shared/api/errors';
import type { Beslissing } from '../../../../../shared/engines/beslissing.contract';
import { addDays } from '../../../../../shared/kernel/dates';
import { formatDatum } from '../../../../../shared/kernel/format';
import type { CallContext } from '../../../platform/context';
import type { AuditInput } from '../../../platform/audit';
import { addGebeurtenis } from '../../../platform/dossier';
import type { BeslissingSoort } from '../../../engines/beslissing/beslissing';
import type { BeslissingTekst } from '../../../letters/beslissingsbrief';
import { addMandaatHistoriek, regioNamen } from '../register/register';
import { aanvraagRow, getAanvraag, oproepKern, rangschikking, termijnen } from './oproep';

const DEP = 'het Departement Zorg, Afdeling Werk en Zorg';
const ARTIKELS = 'artikel 7, 12 tot en met 18 en 78';
const ONDERWERP = 'Uw aanvraag tot mandatering als samenwerkingsverband Zorg';

type Audit = (e: AuditInput) => void;

function context(call: CallContext, b: Beslissing) {
  const a = aanvraagRow(call, b.dossierId);
  const o = oproepKern(call, a.oproepId);
  const namen = regioNamen(call.app.sqlite);
  const naam = (r: string) => namen.get(r) ?? r;
  const inleiding = `Op ${formatDatum(a.ontvangenOp)} ontvingen wij de aanvraag van "${a.naam}" tot mandatering als samenwerkingsverband Zorg voor ${a.regioLijst.map(naam).join(', ')}, ingediend op de oproep "${o.titel}". Uw organisatie is het administratief aanspreekpunt.`;
  return { a, o, naam, inleiding };
}

function zetStatus(call: CallContext, audit: Audit, b: Beslissing, status: string, omschrijving: string): void {
  const voor = aanvraagRow(call, b.dossierId);
  call.app.sqlite.prepare('UPDATE swv_aanvraag SET status = ?, versie = versie + 1 WHERE id = ?').run(status, b.dossierId);
  addGebeurtenis(call, { entiteit: 'swv_aanvraag', entiteitId: b.dossierId, datum: b.beslissingsdatum, soort: status, omschrijving });
  audit({ entiteit: 'swv_aanvraag', entiteitId: b.dossierId, actie: 'gewijzigd', oud: { status: voor.status }, nieuw: { status } });
}

/** The regions an application wins in the (locked) ranking of its call. */
function gewonnen(call: CallContext, b: Beslissing): { regios: string[]; uitleg: string } {
  const { a, o } = context(call, b);
  const rang = rangschikking(call, o);
  const u = rang.uitkomsten.find((x) => x.aanvraagId === a.id);
  if (!rang.volledig || !u) throw new AppError('CONFLICT', 'De rangschikking van de oproep is niet meer volledig: de beslissing kan niet uitgevoerd worden.');
  return { regios: u.regios, uitleg: u.uitleg };
}

function tekst(call: CallContext, b: Beslissing): BeslissingTekst {
  const { a, o, naam, inleiding } = context(call, b);
  switch (b.type) {
    case 'ontvankelijk': {
      const gegrond = termijnen(call, o, { status: 'ontvankelijk' }, []).find((t) => t.soort === 'gegrondheid');
      return {
        briefType: 'ontvankelijkheidsbeslissing-swv', onderwerp: `${ONDERWERP}: ontvankelijk`, inleiding: [inleiding],
        beslissing: 'Uw aanvraag is ontvankelijk. Wij onderzoeken ze nu ten gronde en vergelijken ze per werk- en zorgregio met de andere aanvragen.',
        gevolgen: [
          `U ontvangt de beslissing over de mandatering uiterlijk op ${formatDatum(gegrond?.vervaldatum)}. Vragen wij u bijkomende informatie (artikel 17), dan wordt die termijn opgeschort tot wij uw antwoord ontvangen.`,
          'Deze beslissing stelt alleen vast dat uw aanvraag volledig is; ze zegt nog niets over het mandaat zelf.',
        ],
        artikels: 'artikel 14 en 15',
      };
    }
    case 'onontvankelijk':
      return {
        briefType: 'onontvankelijkheidsbeslissing-swv', onderwerp: `${ONDERWERP}: onontvankelijk`, inleiding: [inleiding],
        beslissing: 'Uw aanvraag is onontvankelijk. Wij kunnen ze daarom niet ten gronde onderzoeken en niet met de andere aanvragen vergelijken.',
        gevolgen: ['De redenen leest u hieronder onder "Motivering".'], artikels: 'artikel 14 en 15', bezwaarBij: DEP,
      };
    case 'gegrond':
      return {
        briefType: 'gegrondheidsbeslissing-swv', onderwerp: `${ONDERWERP}: voldoet aan de voorwaarden`, inleiding: [inleiding, 'Uw aanvraag was ontvankelijk; wij hebben ze ten gronde onderzocht.'],
        beslissing: 'Uw aanvraag voldoet aan de voorwaarden om gemandateerd te worden (artikel 16, §1). Wij vergelijken ze nu per werk- en zorgregio met de andere gegronde aanvragen.',
        gevolgen: [
          a.keuze === 'combinatie'
            ? 'U vroeg het mandaat alleen als combinatie aan: u krijgt het enkel als uw aanvraag in elke regio van uw werkingsgebied de hoogst gerangschikte is.'
            : 'U vroeg het mandaat ook per regio aan: u krijgt het voor elke regio waar uw aanvraag de hoogst gerangschikte is.',
          'Deze beslissing kent nog geen mandaat toe; de beslissing over de mandatering volgt na de vergelijking.',
        ],
        artikels: 'artikel 16',
      };
    case 'ongegrond':
      return {
        briefType: 'ongegrondheidsbeslissing-swv', onderwerp: `${ONDERWERP}: voldoet niet aan de voorwaarden`, inleiding: [inleiding, 'Uw aanvraag was ontvankelijk; wij hebben ze ten gronde onderzocht.'],
        beslissing: 'Uw aanvraag voldoet niet aan de voorwaarden om gemandateerd te worden (artikel 16, §1). Ze wordt niet met de andere aanvragen vergeleken.',
        gevolgen: ['De redenen leest u hieronder onder "Motivering".'], artikels: ARTIKELS, bezwaarBij: DEP,
      };
    case 'mandaat': {
      const w = gewonnen(call, b);
      const niet = a.regioLijst.filter((r) => o.regios.includes(r) && !w.regios.includes(r));
      return {
        briefType: 'mandaatbeslissing-swv', onderwerp: `${ONDERWERP}: mandaat voor ${w.regios.map(naam).join(', ')}`, inleiding: [inleiding],
        beslissing:
          `"${a.naam}" wordt gemandateerd als samenwerkingsverband Zorg voor ${w.regios.map(naam).join(', ')}, van ${formatDatum(o.mandaatVan)} tot en met ${formatDatum(o.mandaatTot)}.` +
          (niet.length ? ` Voor ${niet.map(naam).join(', ')} wordt geen mandaat toegekend.` : ''),
        gevolgen: [
          `Uitkomst van de vergelijking: ${w.uitleg}`,
          ...o.briefElementen.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean),
          `Het mandaat eindigt op de gemeenschappelijke einddatum (${formatDatum(o.mandaatTot)}). Na die datum zet u de lopende trajecten voort tot het eindverslag en het eindadvies geregistreerd zijn, maar neemt u geen nieuwe deelnemers meer op (artikel 19).`,
          'Het mandaat wordt bevestigd bij ministerieel besluit.',
        ],
        artikels: ARTIKELS,
        ...(niet.length ? { bezwaarBij: DEP } : {}),
      };
    }
    case 'weigering-mandaat': {
      const w = gewonnen(call, b);
      return {
        briefType: 'weigering-mandaat-swv', onderwerp: `${ONDERWERP}: geen mandaat`, inleiding: [inleiding, 'Uw aanvraag voldeed aan de voorwaarden en werd per werk- en zorgregio vergeleken met de andere gegronde aanvragen.'],
        beslissing: `Aan "${a.naam}" wordt geen mandaat als samenwerkingsverband Zorg toegekend.`,
        gevolgen: [`Uitkomst van de vergelijking: ${w.uitleg}`, ...o.briefElementen.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)],
        artikels: ARTIKELS,
        bezwaarBij: DEP,
      };
    }
    default:
      throw new AppError('INTERN', `Beslissingstype ${b.type} hoort niet bij een aanvraag tot mandatering.`);
  }
}

/** Create or update the samenwerkingsverband of a mandated application and write its mandates. */
function mandateer(call: CallContext, b: Beslissing, audit: Audit): void {
  const db = call.app.sqlite;
  const { a, o, naam } = context(call, b);
  const { regios } = gewonnen(call, b);
  const nu = call.nowIso();
  const aanvraag = getAanvraag(call, a.id);
  let swvId = a.swvId;
  if (swvId === null) {
    swvId = Number(db.prepare('INSERT INTO samenwerkingsverband (naam, aanspreekpunt_id, aangemaakt_op) VALUES (?, ?, ?)').run(a.naam, a.aanspreekpuntId, nu).lastInsertRowid);
    db.prepare('UPDATE swv_aanvraag SET swv_id = ? WHERE id = ?').run(swvId, a.id);
    audit({ entiteit: 'samenwerkingsverband', entiteitId: swvId, actie: 'aangemaakt', nieuw: { naam: a.naam, aanspreekpuntId: a.aanspreekpuntId, beslissingId: b.id } });
  } else {
    const s = db.prepare('SELECT aanspreekpunt_id AS ap FROM samenwerkingsverband WHERE id = ?').get(swvId) as { ap: number };
    if (s.ap !== a.aanspreekpuntId) {
      db.prepare('UPDATE samenwerkingsverband SET aanspreekpunt_id = ?, versie = versie + 1 WHERE id = ?').run(a.aanspreekpuntId, swvId);
      audit({ entiteit: 'samenwerkingsverband', entiteitId: swvId, actie: 'gewijzigd', oud: { aanspreekpuntId: s.ap }, nieuw: { aanspreekpuntId: a.aanspreekpuntId }, reden: `Mandaat (beslissing ${b.id})` });
    }
  }
  // The partners from the start of the mandate: as in the application.
  const lopend = db.prepare('SELECT id, organisatie_id AS o FROM swv_partner WHERE swv_id = ? AND (tot IS NULL OR tot >= ?)').all(swvId, o.mandaatVan) as { id: number; o: number }[];
  const gevraagd = new Set(aanvraag.partners.map((p) => p.organisatieId));
  for (const p of lopend.filter((x) => !gevraagd.has(x.o))) {
    db.prepare('UPDATE swv_partner SET tot = ? WHERE id = ?').run(addDays(o.mandaatVan, -1), p.id);
    audit({ entiteit: 'swv_partner', entiteitId: p.id, actie: 'gewijzigd', nieuw: { tot: addDays(o.mandaatVan, -1) }, reden: `Niet meer in de aanvraag van het nieuwe mandaat (beslissing ${b.id})` });
  }
  const al = new Set(lopend.map((x) => x.o));
  for (const p of aanvraag.partners.filter((x) => !al.has(x.organisatieId))) {
    const pid = Number(db.prepare('INSERT INTO swv_partner (swv_id, organisatie_id, categorie, van, expertise, icf, beslissing_id) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(swvId, p.organisatieId, p.categorie ?? 0, o.mandaatVan, p.expertise, p.icf, b.id).lastInsertRowid);
    audit({ entiteit: 'swv_partner', entiteitId: pid, actie: 'aangemaakt', nieuw: { swvId, organisatieId: p.organisatieId, van: o.mandaatVan } });
  }
  const overlap = db.prepare("SELECT m.id, s.naam FROM mandaat m JOIN samenwerkingsverband s ON s.id = m.swv_id WHERE m.regio_code = ? AND m.geldig_van <= ? AND m.geldig_tot >= ?");
  for (const r of regios) {
    const bezet = overlap.get(r, o.mandaatTot, o.mandaatVan) as { id: number; naam: string } | undefined;
    if (bezet) throw new AppError('CONFLICT', `${naam(r)} heeft voor die periode al een mandaat (${bezet.naam}, mandaat ${bezet.id}): per werk- en zorgregio één mandaat tegelijk (art. 16).`);
    const mid = Number(db.prepare("INSERT INTO mandaat (swv_id, regio_code, geldig_van, geldig_tot, status, beslissing_id, bron, aangemaakt_op) VALUES (?, ?, ?, ?, 'actief', ?, ?, ?)")
      .run(swvId, r, o.mandaatVan, o.mandaatTot, b.id, `beslissing:${b.id}`, nu).lastInsertRowid);
    addMandaatHistoriek(call, mid, { datum: b.beslissingsdatum, wat: 'mandaat', beslissingId: b.id, toelichting: `Gemandateerd na de oproep "${o.titel}" voor ${naam(r)}, van ${formatDatum(o.mandaatVan)} tot en met ${formatDatum(o.mandaatTot)}` });
    audit({ entiteit: 'mandaat', entiteitId: mid, actie: 'aangemaakt', nieuw: { swvId, regioCode: r, geldigVan: o.mandaatVan, geldigTot: o.mandaatTot, beslissingId: b.id } });
  }
  db.prepare("UPDATE beslissing SET recht_entiteit = 'samenwerkingsverband', recht_id = ? WHERE id = ?").run(swvId, b.id);
  addGebeurtenis(call, { entiteit: 'samenwerkingsverband', entiteitId: swvId, datum: b.beslissingsdatum, soort: 'mandaat', omschrijving: `Gemandateerd voor ${regios.map(naam).join(', ')} (beslissing ${b.id})` });
}

/** The decision kind of every decision on an application for a mandate. */
export const swvAanvraagBeslissing: BeslissingSoort<undefined> = {
  tekst: (call, b) => tekst(call, b),
  effect: (call, b, _x, audit) => {
    switch (b.type) {
      case 'ontvankelijk':
        return zetStatus(call, audit, b, 'ontvankelijk', 'Ontvankelijk verklaard (art. 15)');
      case 'onontvankelijk':
        return zetStatus(call, audit, b, 'onontvankelijk', 'Onontvankelijk verklaard (art. 15)');
      case 'gegrond':
        return zetStatus(call, audit, b, 'gegrond', 'Gegrond: voldoet aan de voorwaarden (art. 16 §1); wordt gescoord en gerangschikt');
      case 'ongegrond':
        return zetStatus(call, audit, b, 'ongegrond', 'Ongegrond (art. 16 §1)');
      case 'mandaat':
        mandateer(call, b, audit);
        return zetStatus(call, audit, b, 'gemandateerd', 'Gemandateerd (art. 16–18)');
      case 'weigering-mandaat':
        return zetStatus(call, audit, b, 'geweigerd', 'Geen mandaat (art. 16–18)');
      default:
        throw new AppError('INTERN', `Beslissingstype ${b.type} hoort niet bij een aanvraag tot mandatering.`);
    }
  },
};
