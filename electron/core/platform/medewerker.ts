import { asc, eq } from 'drizzle-orm';
import { AppError } from '../../../shared/api/errors';
import { medewerker } from '../../../db/schema';
import type { Medewerker } from '../../../shared/platform/medewerker.contract';
import type { Handlers } from './router';
import type { CallContext } from './context';
import { diff, insertAudit } from './audit';
import type { Sqlite } from '../../../db/open';
import { SYSTEEM, type Caller } from './context';

// Staff rows are read through drizzle: their type comes from the schema (db/schema/platform/medewerker.ts).
export function getMedewerker(call: CallContext, id: number): Medewerker {
  const row = call.app.orm.select().from(medewerker).where(eq(medewerker.id, id)).get();
  if (!row) throw AppError.nietGevonden(`Medewerker ${id}`);
  return row;
}

export const medewerkerHandlers: Pick<Handlers, 'medewerker.list' | 'medewerker.save'> = {
  'medewerker.list': (_input, call) => call.app.orm.select().from(medewerker).orderBy(asc(medewerker.naam)).all(),
  'medewerker.save': (input, call) =>
    call.tx((audit) => {
      const db = call.app.sqlite;
      const values = [input.naam, input.functie, input.departement, input.dienst, input.email, input.telefoon,
        input.magOndertekenen ? 1 : 0, input.delegatie ?? null, input.actief ? 1 : 0];
      if (input.id) {
        const before = getMedewerker(call, input.id);
        if (input.versie === undefined) throw AppError.validatie('versie', 'Geef de versie van de medewerker die u wijzigt.');
        if (input.versie !== before.versie) {
          throw new AppError('CONFLICT', `${before.naam} werd intussen door iemand anders gewijzigd. Herlaad de gegevens en probeer opnieuw.`);
        }
        db.prepare(
          `UPDATE medewerker SET naam = ?, functie = ?, departement = ?, dienst = ?, email = ?, telefoon = ?,
             mag_ondertekenen = ?, delegatie = ?, actief = ?, versie = versie + 1 WHERE id = ? AND versie = ?`,
        ).run(...values, input.id, input.versie);
        const after = getMedewerker(call, input.id);
        const { versie: _v1, ...oud } = before;
        const { versie: _v2, ...nieuw } = after;
        const changes = diff(oud, nieuw);
        if (!changes) throw new AppError('VALIDATIE', 'Er is niets gewijzigd.');
        // A rename keeps every reference (they point at the id); the audit entry keeps the earlier name.
        audit({ entiteit: 'medewerker', entiteitId: input.id, actie: 'gewijzigd', ...changes });
        return after;
      }
      const { lastInsertRowid } = db
        .prepare(
          `INSERT INTO medewerker (naam, functie, departement, dienst, email, telefoon, mag_ondertekenen, delegatie, actief)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(...values);
      const created = getMedewerker(call, Number(lastInsertRowid));
      audit({ entiteit: 'medewerker', entiteitId: created.id, actie: 'aangemaakt', nieuw: { ...created } });
      return created;
    }),
};

/** The function a staff record gets at first sign-in, from the role. */
const FUNCTIE_VAN_ROL: Record<Caller['rol'], string> = {
  'zorg-dossierbeheerder': 'Dossierbeheerder',
  'wse-dossierbeheerder': 'Dossierbeheerder',
  ondertekenaar: 'Afdelingshoofd',
  beheerder: 'Functioneel beheerder',
  lezer: 'Medewerker (inzage)',
};

/**
 * The signed-in user appears in letters as contact person: make sure a medewerker record exists
 * (department from the role; an administrator completes function, e-mail and phone) and give its id —
 * the identity every write records.
 */
export function ensureMedewerker(sqlite: Sqlite, caller: Omit<Caller, 'medewerkerId'>, now = new Date()): number {
  const bestaand = sqlite.prepare('SELECT id FROM medewerker WHERE naam = ?').get(caller.gebruiker) as { id: number } | undefined;
  if (bestaand) return bestaand.id;
  // The role says the function; the department only for a dossierbeheerder (a signatory, reader or administrator may be
  // of either: Zorg until a beheerder completes the record, as the audit entry shows).
  const departement = caller.rol === 'wse-dossierbeheerder' ? 'WSE' : 'ZORG';
  const dienst = departement === 'WSE' ? 'Afdeling Sociale Economie' : 'Afdeling Werk en Zorg';
  const functie = FUNCTIE_VAN_ROL[caller.rol];
  return sqlite.transaction(() => {
    const id = Number(
      sqlite
        .prepare(
          `INSERT INTO medewerker (naam, functie, departement, dienst, email, telefoon, mag_ondertekenen, actief)
           VALUES (?, ?, ?, ?, '', '', ?, 1)`,
        )
        .run(caller.gebruiker, functie, departement, dienst,
          caller.rol === 'ondertekenaar' ? 1 : 0).lastInsertRowid,
    );
    insertAudit(sqlite, SYSTEEM, 'sessie.aanmelden', now.toISOString(), {
      entiteit: 'medewerker', entiteitId: id, actie: 'aangemaakt',
      nieuw: { naam: caller.gebruiker, departement }, reden: 'Eerste aanmelding van deze gebruiker',
    });
    return id;
  })();
}

/** The caller for a signed-in person: their staff record (created on first sign-in) gives the id every write records. */
export function aanmelden(sqlite: Sqlite, wie: { gebruiker: string; rol: Caller['rol'] }, now = new Date()): Caller {
  return { medewerkerId: ensureMedewerker(sqlite, wie, now), gebruiker: wie.gebruiker, rol: wie.rol };
}
