/**
 * The register of begeleidingsovereenkomsten AMA SE (BVR art. 56, 59, 68): a participant guided by a
 * maatwerkbedrijf at a werkpost. Signals per participation: proofs due one month after the start and after the
 * end (late or missing), Dimona dates that differ from the participation's dates, and an AMA WVG agreement in
 * the same period (art. 56; asked from the other schemes' participation registers). The register is itself a
 * participation register, so the AMA WVG agreement checks see AMA SE (art. 42).
 */
import { AppError } from '../../../../../shared/api/errors';
import { SE_DEELNAME_PAGINA, type SeDeelname } from '../../../../../shared/ama-se/deelname.contract';
import type { Pagina, PaginaVraag } from '../../../../../shared/api/pagina';
import { kolommenSql, pagina } from '../../../platform/pagina';
import { addMonths } from '../../../../../shared/kernel/dates';
import { checkInsz } from '../../../../../shared/kernel/insz';
import { checkKbo } from '../../../../../shared/kernel/kbo';
import { formatDatum } from '../../../../../shared/kernel/format';
import { maskeerInsz } from '../../../../../shared/kernel/persoon';
import type { CallContext } from '../../../platform/context';
import { parameterGetal } from '../../../platform/parameter';
import { registries, type DeelnameRegister } from '../../../module';
import type { InboxBron } from '../../../engines/inbox/inbox';
import { maatwerkbedrijf } from '../contingent/register';

export const REGELING_AMA_SE = 'AMA_SE';

/** A participation as stored (the contract's row without what is derived: signals and due dates). */
type Rij = Omit<SeDeelname, 'signalen' | 'bewijsStartUiterlijk' | 'bewijsEindeUiterlijk'>;

const SELECT = `
  SELECT s.id, s.organisatie_id AS organisatieId, o.naam AS maatwerkbedrijf, o.kbo AS ondernemingsnummer, s.deelnemer_id AS deelnemerId,
         d.insz, d.voornaam, d.achternaam, s.werkpost_kbo AS werkpostKbo, s.startdatum, s.einddatum, s.vdab_beslissing_op AS vdabBeslissingOp,
         s.dimona_in AS dimonaIn, s.dimona_uit AS dimonaUit, s.bewijs_start_op AS bewijsStartOp, s.bewijs_einde_op AS bewijsEindeOp, s.bron, s.versie
    FROM se_deelname s JOIN organisatie o ON o.id = s.organisatie_id JOIN deelnemer d ON d.id = s.deelnemer_id`;

/** Proofs are due this many months after the start and after the end (art. 68; parameter). */
function bewijsTermijn(call: CallContext, datum: string): number {
  return parameterGetal(call.app.sqlite, 'AMA_SE_BEWIJSSTUKKEN_TERMIJN', datum);
}

/** The signals of one participation (Dutch sentences). `wvg`: AMA WVG overlaps, asked only in the detail and on save. */
function signalen(call: CallContext, r: Rij, vandaag: string, wvg: string[] = []): { signalen: string[]; bewijsStartUiterlijk: string; bewijsEindeUiterlijk: string | null } {
  const out: string[] = [];
  const startUiterlijk = addMonths(r.startdatum, bewijsTermijn(call, r.startdatum));
  const eindeUiterlijk = r.einddatum ? addMonths(r.einddatum, bewijsTermijn(call, r.einddatum)) : null;
  if (r.bewijsStartOp ? r.bewijsStartOp > startUiterlijk : vandaag > startUiterlijk) {
    out.push(r.bewijsStartOp ? `Bewijsstukken van de start te laat ontvangen (${formatDatum(r.bewijsStartOp)}, uiterlijk ${formatDatum(startUiterlijk)}).` : `Bewijsstukken van de start ontbreken (uiterlijk ${formatDatum(startUiterlijk)}).`);
  }
  if (eindeUiterlijk && (r.bewijsEindeOp ? r.bewijsEindeOp > eindeUiterlijk : vandaag > eindeUiterlijk)) {
    out.push(r.bewijsEindeOp ? `Bewijsstukken van het einde te laat ontvangen (${formatDatum(r.bewijsEindeOp)}, uiterlijk ${formatDatum(eindeUiterlijk)}).` : `Bewijsstukken van het einde ontbreken (uiterlijk ${formatDatum(eindeUiterlijk)}).`);
  }
  if (r.dimonaIn && r.dimonaIn !== r.startdatum) out.push(`Dimona-in (${formatDatum(r.dimonaIn)}) verschilt van de startdatum: de gesubsidieerde dagen volgen de overeenkomst, controleer het verschil.`);
  if (r.einddatum && r.dimonaUit && r.dimonaUit !== r.einddatum) out.push(`Dimona-uit (${formatDatum(r.dimonaUit)}) verschilt van de einddatum.`);
  if (r.einddatum && !r.dimonaUit && r.dimonaIn) out.push('De overeenkomst eindigde maar er is geen Dimona-uit geregistreerd.');
  out.push(...wvg);
  return { signalen: out, bewijsStartUiterlijk: startUiterlijk, bewijsEindeUiterlijk: eindeUiterlijk };
}

/** Overlaps with the participations of the schemes AMA SE excludes (art. 56: AMA WVG). */
function andereRegelingen(call: CallContext, insz: string, van: string, tot: string | null): string[] {
  return registries(call.app).deelnameRegisters
    .filter((r) => r.regeling !== REGELING_AMA_SE)
    .flatMap((r) => r.overlappingen(call, { insz, van, tot }).map((m) => `${m.replace(/\.$/, '')} (BVR art. 56; register ${r.label}).`));
}

function naar(call: CallContext, r: Rij, vandaag: string, volledig: boolean): SeDeelname {
  const wvg = volledig && r.insz ? andereRegelingen(call, r.insz, r.startdatum, r.einddatum) : [];
  return {
    ...r,
    insz: volledig ? r.insz : maskeerInsz(r.insz),
    voornaam: volledig ? r.voornaam : r.voornaam ? `${r.voornaam[0]}.` : null,
    ...signalen(call, r, vandaag, wvg),
  };
}

type DeelnameFilter = { organisatieId?: number; lopendOp?: string; jaar?: number };

/** The conditions of the filters above the grid, shared by the list and the pages. */
function deelnameFilter(f: DeelnameFilter): { waar: string[]; params: unknown[] } {
  const waar: string[] = [];
  const params: unknown[] = [];
  if (f.organisatieId) (waar.push('s.organisatie_id = ?'), params.push(f.organisatieId));
  if (f.lopendOp) (waar.push('s.startdatum <= ? AND (s.einddatum IS NULL OR s.einddatum >= ?)'), params.push(f.lopendOp, f.lopendOp));
  if (f.jaar) (waar.push('s.startdatum <= ? AND (s.einddatum IS NULL OR s.einddatum >= ?)'), params.push(`${f.jaar}-12-31`, `${f.jaar}-01-01`));
  return { waar, params };
}

/** One page of the register (issue 13); the signals are worked out for the rows of the page only. */
export function deelnamePagina(call: CallContext, f: DeelnameFilter & PaginaVraag): Pagina<SeDeelname> {
  const { waar, params } = deelnameFilter(f);
  const vandaag = call.today();
  return pagina(
    call.app.sqlite,
    {
      van: 'FROM se_deelname s LEFT JOIN organisatie o ON o.id = s.organisatie_id',
      waar,
      params,
      kolommen: kolommenSql(SE_DEELNAME_PAGINA, { maatwerkbedrijf: 'o.naam', startdatum: 's.startdatum', einddatum: 's.einddatum', werkpostKbo: 's.werkpost_kbo' }),
      zoekIn: ['o.naam', 'o.kbo', 's.werkpost_kbo'],
      standaard: [{ colId: 'maatwerkbedrijf', sort: 'asc' }, { colId: 'startdatum', sort: 'desc' }],
      sleutel: 's.id',
      telVan: 'FROM se_deelname s',
    },
    f,
    (ids) => (call.app.sqlite.prepare(`${SELECT} WHERE s.id IN (SELECT value FROM json_each(?))`).all(ids) as Rij[]).map((r) => naar(call, r, vandaag, false)),
  );
}

export function listDeelnames(call: CallContext, f: DeelnameFilter & { metSignaal?: boolean }): SeDeelname[] {
  const { waar, params } = deelnameFilter(f);
  const rows = call.app.sqlite.prepare(`${SELECT} ${waar.length ? `WHERE ${waar.join(' AND ')}` : ''} ORDER BY o.naam, s.startdatum DESC LIMIT 50000`).all(...params) as Rij[];
  const vandaag = call.today();
  const uit = rows.map((r) => naar(call, r, vandaag, false));
  return f.metSignaal ? uit.filter((x) => x.signalen.length) : uit;
}

function rij(call: CallContext, id: number): Rij {
  const r = call.app.sqlite.prepare(`${SELECT} WHERE s.id = ?`).get(id) as Rij | undefined;
  if (!r) throw AppError.nietGevonden(`Begeleidingsovereenkomst ${id}`);
  return r;
}

export function getDeelname(call: CallContext, id: number): SeDeelname {
  const r = rij(call, id);
  call.toegang({ entiteit: 'se_deelname', entiteitId: id, wat: `persoonsgegevens van de deelnemer (deelnemer ${r.deelnemerId})` });
  return naar(call, r, call.today(), true);
}

/** The participant of an INSZ: found, or created with the names given (names of a known participant are updated). */
export function deelnemerVoor(call: CallContext, insz: string, voornaam: string, achternaam: string, geboortedatum: string | null): { id: number; nieuw: boolean } {
  const db = call.app.sqlite;
  const d = db.prepare('SELECT id, voornaam, achternaam FROM deelnemer WHERE insz = ?').get(insz) as { id: number; voornaam: string | null; achternaam: string | null } | undefined;
  if (d) {
    if (d.voornaam !== voornaam || d.achternaam !== achternaam) db.prepare('UPDATE deelnemer SET voornaam = ?, achternaam = ? WHERE id = ?').run(voornaam, achternaam, d.id);
    return { id: d.id, nieuw: false };
  }
  const id = Number(db.prepare('INSERT INTO deelnemer (insz, voornaam, achternaam, geboortedatum, geboortejaar, aangemaakt_op) VALUES (?, ?, ?, ?, ?, ?)')
    .run(insz, voornaam, achternaam, geboortedatum, geboortedatum ? Number(geboortedatum.slice(0, 4)) : null, call.nowIso()).lastInsertRowid);
  return { id, nieuw: true };
}

type SaveInput = {
  id?: number; versie?: number; organisatieId: number; insz: string; voornaam: string; achternaam: string; werkpostKbo?: string | null; startdatum: string; einddatum?: string | null;
  vdabBeslissingOp?: string | null; dimonaIn?: string | null; dimonaUit?: string | null; bewijsStartOp?: string | null; bewijsEindeOp?: string | null;
};

export function bewaarDeelname(call: CallContext, input: SaveInput): SeDeelname {
  const db = call.app.sqlite;
  maatwerkbedrijf(db, input.organisatieId);
  const c = checkInsz(input.insz);
  if (!c.ok) throw AppError.validatie('insz', c.melding);
  let werkpost: string | null = null;
  if (input.werkpostKbo) {
    const k = checkKbo(input.werkpostKbo);
    if (!k.ok) throw AppError.validatie('werkpostKbo', k.melding);
    werkpost = k.kbo;
  }
  if (input.einddatum && input.einddatum < input.startdatum) throw AppError.validatie('einddatum', 'De einddatum ligt vóór de startdatum.');
  if (input.dimonaUit && input.dimonaIn && input.dimonaUit < input.dimonaIn) throw AppError.validatie('dimonaUit', 'Dimona-uit ligt vóór Dimona-in.');
  for (const [veld, d] of [['bewijsStartOp', input.bewijsStartOp], ['bewijsEindeOp', input.bewijsEindeOp]] as const) {
    if (d && d > call.today()) throw AppError.validatie(veld, 'De bewijsstukken kunnen niet in de toekomst ontvangen zijn.');
  }
  const wvg = andereRegelingen(call, c.insz, input.startdatum, input.einddatum ?? null);
  if (wvg.length) throw AppError.validatie('startdatum', `Een begeleidingsovereenkomst AMA SE kan niet samen met AMA WVG: ${wvg.join(' ')}`);
  const eigen = db
    .prepare(`SELECT s.id, s.startdatum, s.einddatum FROM se_deelname s JOIN deelnemer d ON d.id = s.deelnemer_id
               WHERE d.insz = ? AND s.organisatie_id = ? AND s.id != ? AND s.startdatum <= coalesce(?, '9999-12-31') AND (s.einddatum IS NULL OR s.einddatum >= ?)`)
    .get(c.insz, input.organisatieId, input.id ?? 0, input.einddatum ?? null, input.startdatum) as { id: number; startdatum: string } | undefined;
  if (eigen) throw AppError.validatie('startdatum', `Deze deelnemer heeft bij dit maatwerkbedrijf al een begeleidingsovereenkomst vanaf ${formatDatum(eigen.startdatum)} in dezelfde periode (nr. ${eigen.id}).`);
  const nu = call.nowIso();
  const id = call.tx((audit) => {
    const d = deelnemerVoor(call, c.insz, input.voornaam, input.achternaam, c.geboortedatum);
    const waarden = [input.organisatieId, d.id, werkpost, input.startdatum, input.einddatum ?? null, input.vdabBeslissingOp ?? null, input.dimonaIn ?? null, input.dimonaUit ?? null, input.bewijsStartOp ?? null, input.bewijsEindeOp ?? null];
    if (input.id) {
      const oud = rij(call, input.id);
      if (input.versie !== oud.versie) throw new AppError('CONFLICT', 'De begeleidingsovereenkomst werd intussen gewijzigd. Herlaad en probeer opnieuw.');
      db.prepare(`UPDATE se_deelname SET organisatie_id = ?, deelnemer_id = ?, werkpost_kbo = ?, startdatum = ?, einddatum = ?, vdab_beslissing_op = ?, dimona_in = ?, dimona_uit = ?,
                  bewijs_start_op = ?, bewijs_einde_op = ?, gewijzigd_op = ?, versie = versie + 1 WHERE id = ?`).run(...waarden, nu, input.id);
      const { insz: _i, voornaam: _v, achternaam: _a, ...rest } = oud;
      audit({ entiteit: 'se_deelname', entiteitId: input.id, actie: 'gewijzigd', oud: rest, nieuw: { organisatieId: input.organisatieId, deelnemerId: d.id, werkpostKbo: werkpost, startdatum: input.startdatum, einddatum: input.einddatum ?? null, dimonaIn: input.dimonaIn ?? null, dimonaUit: input.dimonaUit ?? null, bewijsStartOp: input.bewijsStartOp ?? null, bewijsEindeOp: input.bewijsEindeOp ?? null } });
      return input.id;
    }
    const nieuw = Number(db.prepare(`INSERT INTO se_deelname (organisatie_id, deelnemer_id, werkpost_kbo, startdatum, einddatum, vdab_beslissing_op, dimona_in, dimona_uit, bewijs_start_op, bewijs_einde_op, bron, aangemaakt_op, gewijzigd_op)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'manueel', ?, ?)`).run(...waarden, nu, nu).lastInsertRowid);
    // Personal data stays out of the audit trail: the participant by id.
    audit({ entiteit: 'se_deelname', entiteitId: nieuw, actie: 'aangemaakt', nieuw: { organisatieId: input.organisatieId, deelnemerId: d.id, werkpostKbo: werkpost, startdatum: input.startdatum, einddatum: input.einddatum ?? null } });
    return nieuw;
  });
  return naar(call, rij(call, id), call.today(), true);
}

/** AMA SE as a participation register for the schemes that exclude it (AMA WVG, art. 42). */
export const seDeelnameRegister: DeelnameRegister = {
  regeling: REGELING_AMA_SE,
  label: 'AMA SE (begeleidingsovereenkomsten)',
  overlappingen: (call, vraag) =>
    (
      call.app.sqlite
        .prepare(
          `SELECT s.startdatum AS van, s.einddatum AS tot, o.naam AS mwb FROM se_deelname s JOIN deelnemer d ON d.id = s.deelnemer_id JOIN organisatie o ON o.id = s.organisatie_id
            WHERE d.insz = ? AND s.startdatum <= coalesce(?, '9999-12-31') AND (s.einddatum IS NULL OR s.einddatum >= ?) ORDER BY s.startdatum`,
        )
        .all(vraag.insz, vraag.tot, vraag.van) as { van: string; tot: string | null; mwb: string }[]
    ).map((r) => `De deelnemer heeft een begeleidingsovereenkomst AMA SE met ${r.mwb} ${r.tot ? `van ${formatDatum(r.van)} tot ${formatDatum(r.tot)}` : `vanaf ${formatDatum(r.van)}`}.`),
};

/** Proofs due (one month after a start or an end) that have not been received: one inbox line per maatwerkbedrijf. */
export const seBewijsInbox: InboxBron = (call) => {
  const db = call.app.sqlite;
  const vandaag = call.today();
  const maanden = bewijsTermijn(call, vandaag);
  // Starts and ends of the last year without their proof; the due date is the start/end + the term.
  const rows = db
    .prepare(
      `SELECT s.organisatie_id AS org, o.naam, min(CASE WHEN s.bewijs_start_op IS NULL THEN s.startdatum END) AS start, min(CASE WHEN s.einddatum IS NOT NULL AND s.bewijs_einde_op IS NULL THEN s.einddatum END) AS einde,
              sum(CASE WHEN s.bewijs_start_op IS NULL THEN 1 ELSE 0 END) + sum(CASE WHEN s.einddatum IS NOT NULL AND s.bewijs_einde_op IS NULL THEN 1 ELSE 0 END) AS aantal
         FROM se_deelname s JOIN organisatie o ON o.id = s.organisatie_id
        WHERE (s.bewijs_start_op IS NULL AND s.startdatum >= date(?, '-12 months')) OR (s.einddatum IS NOT NULL AND s.bewijs_einde_op IS NULL AND s.einddatum >= date(?, '-12 months'))
        GROUP BY s.organisatie_id, o.naam`,
    )
    .all(vandaag, vandaag) as { org: number; naam: string; start: string | null; einde: string | null; aantal: number }[];
  return rows.map((r) => {
    const eerste = [r.start, r.einde].filter((x): x is string => !!x).sort()[0];
    return {
      dossierEntiteit: 'se_bewijs',
      dossierId: r.org,
      link: `/contingenten/deelnames?organisatieId=${r.org}`,
      organisatieNaam: r.naam,
      omschrijving: `${r.aantal} ${r.aantal === 1 ? 'bewijsstuk' : 'bewijsstukken'} van een start of einde van een begeleidingsovereenkomst AMA SE nog niet ontvangen (art. 68)`,
      vervaldatum: addMonths(eerste, maanden),
      behandelaarId: null,
      behandelaar: null,
      departement: 'WSE' as const,
    };
  });
};
