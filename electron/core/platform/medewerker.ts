import { asc, eq, sql } from 'drizzle-orm';
import { AppError } from '../../../shared/api/errors';
import { ROLLEN, type Rol } from '../../../shared/api/roles';
import { medewerker } from '../../../db/schema';
import type { Medewerker } from '../../../shared/platform/medewerker.contract';
import type { Handlers } from './router';
import type { CallContext } from './context';
import { diff, insertAudit } from './audit';
import type { Orm, Sqlite } from '../../../db/open';
import { SYSTEEM, type Caller } from './context';

/** The roles of a staff member, in the order of ROLLEN. */
export function rollenVan(sqlite: Sqlite, id: number): Rol[] {
  const rows = sqlite.prepare('SELECT rol FROM medewerker_rol WHERE medewerker_id = ?').pluck().all(id) as Rol[];
  return ROLLEN.filter((r) => rows.includes(r));
}

const bereid = (orm: Orm) => orm.select().from(medewerker).where(eq(medewerker.id, sql.placeholder('id'))).prepare();
// Per connection, made once: drizzle builds and prepares a query anew on every call (≈ 125 µs against 12 µs prepared),
// and every letter reads its contact person and signatory (a batch of 200 letters, 400 reads).
const perVerbinding = new WeakMap<Orm, ReturnType<typeof bereid>>();

// Staff rows are read through drizzle: their type comes from the schema (db/schema/platform/medewerker.ts).
export function getMedewerker(call: CallContext, id: number): Medewerker {
  let q = perVerbinding.get(call.app.orm);
  if (!q) perVerbinding.set(call.app.orm, (q = bereid(call.app.orm)));
  const row = q.get({ id });
  if (!row) throw AppError.nietGevonden(`Medewerker ${id}`);
  return { ...row, rollen: rollenVan(call.app.sqlite, id) };
}

function zetRollen(sqlite: Sqlite, id: number, rollen: readonly Rol[]): void {
  sqlite.prepare('DELETE FROM medewerker_rol WHERE medewerker_id = ?').run(id);
  const ins = sqlite.prepare('INSERT INTO medewerker_rol (medewerker_id, rol) VALUES (?, ?)');
  for (const r of new Set(rollen)) ins.run(id, r);
}

export const medewerkerHandlers: Pick<Handlers, 'medewerker.list' | 'medewerker.save'> = {
  'medewerker.list': (_input, call) => {
    const rollen = new Map<number, Rol[]>();
    for (const r of call.app.sqlite.prepare('SELECT medewerker_id AS id, rol FROM medewerker_rol').all() as { id: number; rol: Rol }[]) {
      rollen.set(r.id, [...(rollen.get(r.id) ?? []), r.rol]);
    }
    return call.app.orm.select().from(medewerker).orderBy(asc(medewerker.naam)).all()
      .map((m) => ({ ...m, rollen: ROLLEN.filter((r) => rollen.get(m.id)?.includes(r)) }));
  },
  'medewerker.save': (input, call) =>
    call.tx((audit) => {
      const db = call.app.sqlite;
      const values = [input.naam, input.functie, input.departement, input.dienst, input.email, input.telefoon,
        input.magOndertekenen ? 1 : 0, input.delegatie ?? null, input.actief ? 1 : 0];
      if (input.id) {
        const before = getMedewerker(call, input.id);
        if (input.versie === undefined) throw AppError.validatie('versie', 'Geef de versie van de medewerker die je wijzigt.');
        if (input.versie !== before.versie) {
          throw new AppError('CONFLICT', `${before.naam} werd intussen door iemand anders gewijzigd. Herlaad de gegevens en probeer opnieuw.`);
        }
        const rollen = input.rollen ? ROLLEN.filter((r) => input.rollen!.includes(r)) : before.rollen;
        if (input.id === call.caller.medewerkerId && rollen.join() !== before.rollen.join()) {
          throw new AppError('VERBODEN', 'Je kan je eigen rollen niet wijzigen: een andere beheerder doet dat.');
        }
        const subject = input.subject === undefined ? before.subject : input.subject?.trim() || null;
        db.prepare(
          `UPDATE medewerker SET naam = ?, functie = ?, departement = ?, dienst = ?, email = ?, telefoon = ?,
             mag_ondertekenen = ?, delegatie = ?, actief = ?, subject = ?, versie = versie + 1 WHERE id = ? AND versie = ?`,
        ).run(...values, subject, input.id, input.versie);
        zetRollen(db, input.id, rollen);
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
          `INSERT INTO medewerker (naam, functie, departement, dienst, email, telefoon, mag_ondertekenen, delegatie, actief, subject)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(...values, input.subject?.trim() || null);
      zetRollen(db, Number(lastInsertRowid), input.rollen ?? []);
      const created = getMedewerker(call, Number(lastInsertRowid));
      audit({ entiteit: 'medewerker', entiteitId: created.id, actie: 'aangemaakt', nieuw: { ...created } });
      return created;
    }),
};

/** The function a staff record gets at first sign-in in the development host, from the declared role. */
const FUNCTIE_VAN_ROL: Record<Caller['rol'], string> = {
  'zorg-dossierbeheerder': 'Dossierbeheerder',
  'wse-dossierbeheerder': 'Dossierbeheerder',
  ondertekenaar: 'Afdelingshoofd',
  beheerder: 'Functioneel beheerder',
  lezer: 'Medewerker (inzage)',
};

/**
 * Development host only (`npm run serve --user --role`, the end-to-end tests): the name and role are declared on
 * the command line, not proven. Makes sure a medewerker record exists for the name (department from the role) and
 * gives its id — the identity every write records. The team server and the desktop use `aanmeldenMetIdentiteit`.
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

/** Development host: the caller for a declared name and role (see ensureMedewerker). */
export function aanmelden(sqlite: Sqlite, wie: { gebruiker: string; rol: Caller['rol'] }, now = new Date()): Caller {
  return { medewerkerId: ensureMedewerker(sqlite, wie, now), gebruiker: wie.gebruiker, rol: wie.rol, rollen: [wie.rol] };
}

/** A proven identity: the identity provider's subject (or `os:<account>`) and the name it gives. */
export interface Identiteit {
  subject: string;
  naam: string;
}

export type Aanmelding = { ok: true; caller: Caller } | { ok: false; reden: string };

/**
 * Sign in with a proven identity: the staff member with this subject, with the roles a beheerder gave them (possibly
 * none: they see nothing until a beheerder acts). An unknown subject gets a staff record without roles at first
 * sign-in (audited) so a beheerder finds them under *Medewerkers*; the name is never used to link an identity to an
 * existing record (another account with the same display name must not inherit someone's roles). A deactivated
 * staff member is refused.
 */
export function aanmeldenMetIdentiteit(sqlite: Sqlite, id: Identiteit, now = new Date()): Aanmelding {
  const rij = sqlite.prepare('SELECT id, naam, actief FROM medewerker WHERE subject = ?').get(id.subject) as
    | { id: number; naam: string; actief: number }
    | undefined;
  if (rij) {
    if (!rij.actief) return { ok: false, reden: `${rij.naam} is niet meer actief in WZT Backoffice. Vraag een beheerder om de toegang te herstellen.` };
    return { ok: true, caller: callerVoor(sqlite, rij.id, rij.naam) };
  }
  const mid = sqlite.transaction(() => {
    const naam = vrijeNaam(sqlite, id.naam.trim() || id.subject, id.subject);
    const nieuw = Number(
      sqlite
        .prepare(`INSERT INTO medewerker (naam, functie, departement, dienst, email, telefoon, mag_ondertekenen, actief, subject)
                  VALUES (?, '', 'ZORG', '', '', '', 0, 1, ?)`)
        .run(naam, id.subject).lastInsertRowid,
    );
    insertAudit(sqlite, SYSTEEM, 'sessie.aanmelden', now.toISOString(), {
      entiteit: 'medewerker', entiteitId: nieuw, actie: 'aangemaakt', nieuw: { naam, subject: id.subject, rollen: [] },
      reden: 'Eerste aanmelding: zonder rollen tot een beheerder ze toekent',
    });
    return nieuw;
  }).immediate();
  return { ok: true, caller: callerVoor(sqlite, mid, naam(sqlite, mid)) };
}

function naam(sqlite: Sqlite, id: number): string {
  return sqlite.prepare('SELECT naam FROM medewerker WHERE id = ?').pluck().get(id) as string;
}

/** Staff names are unique: a second person with the same display name gets their subject added. */
function vrijeNaam(sqlite: Sqlite, gewenst: string, subject: string): string {
  const bezet = (n: string) => !!sqlite.prepare('SELECT 1 FROM medewerker WHERE naam = ?').get(n);
  return bezet(gewenst) ? `${gewenst} (${subject})`.slice(0, 200) : gewenst.slice(0, 200);
}

/** The caller of a staff member: their roles from the database (no roles: `rollen` empty, nothing allowed). */
export function callerVoor(sqlite: Sqlite, medewerkerId: number, gebruiker: string): Caller {
  const rollen = rollenVan(sqlite, medewerkerId);
  return { medewerkerId, gebruiker, rol: rollen[0] ?? 'lezer', rollen };
}

/**
 * First start: the person named in the configuration becomes beheerder when no active staff member is one yet, so
 * someone can give the others their roles. Their record is found by subject, or created; audited.
 */
export function zorgVoorEersteBeheerder(sqlite: Sqlite, id: Identiteit, now = new Date()): void {
  const heeftBeheerder = sqlite
    .prepare("SELECT 1 FROM medewerker_rol r JOIN medewerker m ON m.id = r.medewerker_id WHERE r.rol = 'beheerder' AND m.actief = 1")
    .get();
  if (heeftBeheerder) return;
  sqlite.transaction(() => {
    let mid = sqlite.prepare('SELECT id FROM medewerker WHERE subject = ?').pluck().get(id.subject) as number | undefined;
    if (mid === undefined) {
      mid = Number(
        sqlite
          .prepare(`INSERT INTO medewerker (naam, functie, departement, dienst, email, telefoon, mag_ondertekenen, actief, subject)
                    VALUES (?, 'Functioneel beheerder', 'ZORG', '', '', '', 0, 1, ?)`)
          .run(vrijeNaam(sqlite, id.naam, id.subject), id.subject).lastInsertRowid,
      );
    }
    sqlite.prepare('UPDATE medewerker SET actief = 1 WHERE id = ?').run(mid);
    sqlite.prepare("INSERT OR IGNORE INTO medewerker_rol (medewerker_id, rol) VALUES (?, 'beheerder')").run(mid);
    insertAudit(sqlite, SYSTEEM, 'sessie.aanmelden', now.toISOString(), {
      entiteit: 'medewerker', entiteitId: mid, actie: 'gewijzigd', oud: { rollen: [] }, nieuw: { subject: id.subject, rollen: rollenVan(sqlite, mid) },
      reden: 'Eerste beheerder uit de configuratie: er was nog geen actieve beheerder',
    });
  }).immediate();
}

/**
 * A desktop with its own store (one officer, offline): the identity is the operating-system account, signed in by
 * the operating system — `os:<account>`. A store from before roles were data has a record named after the account
 * (or the name in the old settings file) without subject: it is linked once. The first person on a store without a
 * beheerder becomes beheerder and, holding no other role, zorg-dossierbeheerder (today's default for one officer);
 * from then on roles change only under *Medewerkers*, never through a file.
 */
export function desktopAanmelding(sqlite: Sqlite, account: string, oudeNamen: readonly string[], now = new Date()): Aanmelding {
  const subject = `os:${account}`;
  const gekend = sqlite.prepare('SELECT 1 FROM medewerker WHERE subject = ?').get(subject);
  if (!gekend) {
    for (const n of [...oudeNamen, account]) {
      const oud = sqlite.prepare('SELECT id FROM medewerker WHERE naam = ? AND subject IS NULL').pluck().get(n) as number | undefined;
      if (oud === undefined) continue;
      sqlite.transaction(() => {
        sqlite.prepare('UPDATE medewerker SET subject = ?, versie = versie + 1 WHERE id = ?').run(subject, oud);
        insertAudit(sqlite, SYSTEEM, 'sessie.aanmelden', now.toISOString(), {
          entiteit: 'medewerker', entiteitId: oud, actie: 'gewijzigd', oud: { subject: null }, nieuw: { subject },
          reden: 'Bureaubladaanmelding gekoppeld aan het account van het besturingssysteem',
        });
      }).immediate();
      break;
    }
  }
  const aanmelding = aanmeldenMetIdentiteit(sqlite, { subject, naam: oudeNamen[0] ?? account }, now);
  if (!aanmelding.ok || aanmelding.caller.medewerkerId === null) return aanmelding;
  const mid = aanmelding.caller.medewerkerId;
  const heeftBeheerder = sqlite
    .prepare("SELECT 1 FROM medewerker_rol r JOIN medewerker m ON m.id = r.medewerker_id WHERE r.rol = 'beheerder' AND m.actief = 1")
    .get();
  if (heeftBeheerder) return aanmelding;
  sqlite.transaction(() => {
    const oud = rollenVan(sqlite, mid);
    const nieuw: Rol[] = oud.length ? [...oud, 'beheerder'] : ['zorg-dossierbeheerder', 'beheerder'];
    zetRollen(sqlite, mid, nieuw);
    insertAudit(sqlite, SYSTEEM, 'sessie.aanmelden', now.toISOString(), {
      entiteit: 'medewerker', entiteitId: mid, actie: 'gewijzigd', oud: { rollen: oud }, nieuw: { rollen: rollenVan(sqlite, mid) },
      reden: 'Eerste gebruiker van deze bureaubladdatabank: er was nog geen actieve beheerder',
    });
  }).immediate();
  return { ok: true, caller: callerVoor(sqlite, mid, aanmelding.caller.gebruiker) };
}
