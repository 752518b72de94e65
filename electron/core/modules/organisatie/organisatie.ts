import { AppError } from '../../../../shared/api/errors';
import { ORGANISATIE_PAGINA, type Organisatie, type OrganisatieRij, type Contactpersoon } from '../../../../shared/organisatie/organisatie.contract';
import { kolommenSql, pagina, type PaginaDef } from '../../platform/pagina';
import type { Handlers } from '../../platform/router';
import type { CallContext } from '../../platform/context';
import { eenmaalBereid } from '../../../../db/open';
import { diff } from '../../platform/audit';
import type { Adresboek } from '../../module';
import { provincieVanPostcode, type ProvincieCode } from '../../../../shared/kernel/postcode';

const SELECT_ORGANISATIE = `
  SELECT o.id, o.naam, o.kbo, o.type_code AS typeCode, t.naam AS typeNaam, o.straat, o.postcode, o.gemeente,
         o.regio_code AS regioCode, r.naam AS regioNaam, rr.code AS referentieregioCode, rr.naam AS referentieregioNaam,
         p.code AS provincieCode, p.naam AS provincieNaam, o.iban, o.email, o.telefoon, o.status,
         o.stopgezet_op AS stopgezetOp, o.aangemaakt_op AS aangemaaktOp, o.gewijzigd_op AS gewijzigdOp, o.versie
    FROM organisatie o
    JOIN organisatie_type t ON t.code = o.type_code
    LEFT JOIN werk_zorg_regio r ON r.code = o.regio_code
    LEFT JOIN referentieregio rr ON rr.code = r.referentieregio_code
    LEFT JOIN provincie p ON p.code = o.provincie_code`;

/** The grid query: one indexed scan, only the columns the list shows. */
export const ORGANISATIE_LIST_SQL = `
  SELECT o.id, o.naam, o.kbo, o.type_code AS typeCode, t.naam AS typeNaam, o.postcode, o.gemeente,
         r.naam AS regioNaam, p.naam AS provincieNaam, o.status
    FROM organisatie o
    JOIN organisatie_type t ON t.code = o.type_code
    LEFT JOIN werk_zorg_regio r ON r.code = o.regio_code
    LEFT JOIN provincie p ON p.code = o.provincie_code`;

type Velden = {
  naam: string;
  kbo: string;
  typeCode: string;
  straat: string;
  postcode: string;
  gemeente: string;
  regioCode?: string | null;
  iban?: string | null;
  email?: string | null;
  telefoon?: string | null;
  contactpersonen: { naam: string; functie?: string | null; email?: string | null; telefoon?: string | null }[];
};

export function getOrganisatie(call: CallContext, id: number): Organisatie {
  const db = call.app.sqlite;
  const row = eenmaalBereid(db, `${SELECT_ORGANISATIE} WHERE o.id = ?`).get(id) as Omit<Organisatie, 'contactpersonen'> | undefined;
  if (!row) throw AppError.nietGevonden(`Organisatie ${id}`);
  const contactpersonen = eenmaalBereid(db, 'SELECT id, naam, functie, email, telefoon FROM contactpersoon WHERE organisatie_id = ? ORDER BY volgorde, id')
    .all(id) as Contactpersoon[];
  return { ...row, contactpersonen };
}

/**
 * Type and region must exist; the province follows from the postcode. An organisation established in the
 * Brussels-Capital Region has province BRU and no werk- en zorgregio; one in Flanders needs its region; the
 * werk- en zorgtrajecten do not cover organisations established in Wallonia.
 */
function plaats(call: CallContext, v: Velden): { provincieCode: ProvincieCode; regioCode: string | null } {
  const db = call.app.sqlite;
  if (!db.prepare('SELECT 1 FROM organisatie_type WHERE code = ?').get(v.typeCode)) {
    throw AppError.validatie('typeCode', 'Kies een bestaand type organisatie.');
  }
  const provincieCode = provincieVanPostcode(v.postcode);
  if (!provincieCode) throw AppError.validatie('postcode', 'Geef de postcode van een vestiging in Vlaanderen of in het Brussels Hoofdstedelijk Gewest.');
  if (provincieCode === 'BRU') {
    if (v.regioCode) throw AppError.validatie('regioCode', 'Een organisatie in het Brussels Hoofdstedelijk Gewest hoort bij geen werk- en zorgregio: laat dit veld leeg.');
    return { provincieCode, regioCode: null };
  }
  if (!v.regioCode) throw AppError.validatie('regioCode', 'Kies de werk- en zorgregio.');
  const regio = db
    .prepare(
      `SELECT w.naam, rr.provincie_code AS provincieCode, p.naam AS provincieNaam FROM werk_zorg_regio w
         JOIN referentieregio rr ON rr.code = w.referentieregio_code JOIN provincie p ON p.code = rr.provincie_code WHERE w.code = ?`,
    )
    .get(v.regioCode) as { naam: string; provincieCode: string; provincieNaam: string } | undefined;
  if (!regio) throw AppError.validatie('regioCode', 'Kies een bestaande werk- en zorgregio.');
  // Every werk- en zorgregio lies within one province: a region of another province than the postcode's is a typo
  // in one of the two (postcode 9000 with "Regio Antwerpen").
  if (regio.provincieCode !== provincieCode) {
    const naam = db.prepare('SELECT naam FROM provincie WHERE code = ?').pluck().get(provincieCode) as string;
    throw AppError.validatie('regioCode', `Postcode ${v.postcode} ligt in de provincie ${naam}, ${regio.naam} in ${regio.provincieNaam}. Controleer de postcode of kies een regio in ${naam}.`);
  }
  return { provincieCode, regioCode: v.regioCode };
}

function checkKboFree(call: CallContext, kbo: string, exceptId?: number): void {
  const other = call.app.sqlite.prepare('SELECT id, naam FROM organisatie WHERE kbo = ?').get(kbo) as
    | { id: number; naam: string }
    | undefined;
  if (other && other.id !== exceptId) {
    throw new AppError('CONFLICT', `Ondernemingsnummer ${kbo} is al geregistreerd voor "${other.naam}".`, [
      { veld: 'kbo', melding: `Al geregistreerd voor "${other.naam}".` },
    ]);
  }
}

function replaceContactpersonen(call: CallContext, organisatieId: number, list: Velden['contactpersonen']): void {
  const db = call.app.sqlite;
  db.prepare('DELETE FROM contactpersoon WHERE organisatie_id = ?').run(organisatieId);
  const ins = db.prepare(
    'INSERT INTO contactpersoon (organisatie_id, volgorde, naam, functie, email, telefoon) VALUES (?, ?, ?, ?, ?, ?)',
  );
  list.forEach((c, i) => ins.run(organisatieId, i, c.naam, c.functie ?? null, c.email ?? null, c.telefoon ?? null));
}

/** The audited view of an organisation: its fields and its contact persons without ids. */
function auditView(o: Organisatie): Record<string, unknown> {
  return {
    naam: o.naam,
    kbo: o.kbo,
    typeCode: o.typeCode,
    straat: o.straat,
    postcode: o.postcode,
    gemeente: o.gemeente,
    regioCode: o.regioCode,
    provincieCode: o.provincieCode,
    iban: o.iban,
    email: o.email,
    telefoon: o.telefoon,
    status: o.status,
    stopgezetOp: o.stopgezetOp,
    contactpersonen: o.contactpersonen.map(({ naam, functie, email, telefoon }) => ({ naam, functie, email, telefoon })),
  };
}

/** The register as pages (issue 13). */
function registerPagina(): PaginaDef {
  return {
    van: `FROM organisatie o LEFT JOIN organisatie_type t ON t.code = o.type_code LEFT JOIN werk_zorg_regio r ON r.code = o.regio_code
          LEFT JOIN provincie p ON p.code = o.provincie_code`,
    waar: [],
    params: [],
    kolommen: kolommenSql(ORGANISATIE_PAGINA, { naam: 'o.naam', kbo: 'o.kbo', typeNaam: 't.naam', gemeente: 'o.gemeente', regioNaam: 'r.naam', provincieNaam: 'p.naam' }),
    // The enterprise number is found with or without its dots.
    zoekIn: ['o.naam', 'o.gemeente', 'o.kbo', "replace(o.kbo, '.', '')"],
    standaard: [{ colId: 'naam', sort: 'asc' }],
    sleutel: 'o.id',
    telVan: 'FROM organisatie o',
  };
}

export const organisatieHandlers: Pick<Handlers, 'organisatie.create' | 'organisatie.update' | 'organisatie.get' | 'organisatie.list' | 'organisatie.pagina'> = {
  'organisatie.create': (input, call) => {
    const p = plaats(call, input);
    checkKboFree(call, input.kbo);
    return call.tx((audit) => {
      const now = call.nowIso();
      const { lastInsertRowid } = call.app.sqlite
        .prepare(
          `INSERT INTO organisatie (naam, kbo, type_code, straat, postcode, gemeente, regio_code, provincie_code, iban, email, telefoon,
                                    status, aangemaakt_op, gewijzigd_op, versie)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'actief', ?, ?, 1)`,
        )
        .run(input.naam, input.kbo, input.typeCode, input.straat, input.postcode, input.gemeente, p.regioCode, p.provincieCode,
          input.iban ?? null, input.email ?? null, input.telefoon ?? null, now, now);
      const id = Number(lastInsertRowid);
      replaceContactpersonen(call, id, input.contactpersonen);
      const created = getOrganisatie(call, id);
      audit({ entiteit: 'organisatie', entiteitId: id, actie: 'aangemaakt', nieuw: auditView(created) });
      return created;
    });
  },

  'organisatie.update': (input, call) => {
    const p = plaats(call, input);
    checkKboFree(call, input.kbo, input.id);
    if (input.status === 'stopgezet' && !input.stopgezetOp) {
      throw AppError.validatie('stopgezetOp', 'Vul de datum van stopzetting in.');
    }
    return call.tx((audit) => {
      const before = getOrganisatie(call, input.id);
      if (before.versie !== input.versie) {
        throw new AppError(
          'CONFLICT',
          `Iemand anders wijzigde deze organisatie intussen (versie ${before.versie}). Herlaad en probeer opnieuw.`,
        );
      }
      call.app.sqlite
        .prepare(
          `UPDATE organisatie SET naam = ?, kbo = ?, type_code = ?, straat = ?, postcode = ?, gemeente = ?, regio_code = ?, provincie_code = ?,
                  iban = ?, email = ?, telefoon = ?, status = ?, stopgezet_op = ?, gewijzigd_op = ?, versie = versie + 1
            WHERE id = ?`,
        )
        .run(input.naam, input.kbo, input.typeCode, input.straat, input.postcode, input.gemeente, p.regioCode, p.provincieCode,
          input.iban ?? null, input.email ?? null, input.telefoon ?? null, input.status,
          input.status === 'stopgezet' ? (input.stopgezetOp ?? null) : null, call.nowIso(), input.id);
      replaceContactpersonen(call, input.id, input.contactpersonen);
      const after = getOrganisatie(call, input.id);
      const changes = diff(auditView(before), auditView(after));
      if (!changes) throw new AppError('VALIDATIE', 'Er is niets gewijzigd.');
      audit({ entiteit: 'organisatie', entiteitId: input.id, actie: 'gewijzigd', ...changes, reden: input.reden || null });
      return after;
    });
  },

  'organisatie.get': (input, call) => getOrganisatie(call, input.id),

  'organisatie.pagina': (input, call) => {
    const def = registerPagina();
    if (input.status) (def.waar.push('o.status = ?'), def.params.push(input.status));
    return pagina(call.app.sqlite, def, input, (ids) => call.app.sqlite.prepare(`${ORGANISATIE_LIST_SQL} WHERE o.id IN (SELECT value FROM json_each(?))`).all(ids) as OrganisatieRij[]);
  },

  'organisatie.list': (input, call) => {
    const where: string[] = [];
    const params: unknown[] = [];
    if (input.status) {
      where.push('o.status = ?');
      params.push(input.status);
    }
    if (input.zoek) {
      // Searching by KBO works with or without dots.
      const digits = input.zoek.replace(/[.\s]/g, '');
      where.push("(o.naam LIKE ? ESCAPE '\\' OR o.gemeente LIKE ? ESCAPE '\\' OR replace(o.kbo, '.', '') LIKE ?)");
      const like = `%${input.zoek.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      params.push(like, like, `%${digits}%`);
    }
    const sql = `${ORGANISATIE_LIST_SQL} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY o.naam LIMIT ?`;
    return call.app.sqlite.prepare(sql).all(...params, input.limit ?? 200_000) as OrganisatieRij[];
  },
};

/** The address book letters use: the addressee is the organisation, for the attention of its first contact person. */
export const organisatieAdresboek: Adresboek = {
  geadresseerde: (call, organisatieId) => {
    const o = getOrganisatie(call, organisatieId);
    const eerste = o.contactpersonen[0];
    return {
      organisatieId: o.id,
      naam: o.naam,
      kbo: o.kbo,
      straat: o.straat,
      postcode: o.postcode,
      gemeente: o.gemeente,
      land: null,
      tav: eerste ? (eerste.functie ? `${eerste.naam}, ${eerste.functie}` : eerste.naam) : null,
    };
  },
};
