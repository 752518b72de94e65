import { z } from 'zod';
import { contract, isMethodName, type MethodName, type ParsedInput, type Output } from '../../../shared/api/contract';
import { AppError, type Envelope, type FoutDetail } from '../../../shared/api/errors';
import { ROLLEN } from '../../../shared/api/roles';
import type { AppContext, Caller, CallContext } from './context';
import { brusselsDate } from '../../../shared/kernel/dates';
import { insertAudit } from './audit';
import { correlatieId } from './log';

export type Handler<K extends MethodName> = (input: ParsedInput<K>, call: CallContext) => Output<K> | Promise<Output<K>>;
export type Handlers = { [K in MethodName]: Handler<K> };

const GEEN_OBJECT = 'De invoer moet een object met velden zijn (JSON).';

export type Router = (method: string, input: unknown, caller: Caller) => Promise<Envelope<unknown>>;

/**
 * The single entry point of both hosts: parse the input with the method's zod schema, check the
 * caller's role, call the service, and wrap the result in an envelope. Expected failures are
 * AppErrors with a Dutch message; anything else is logged and answered with a generic INTERN.
 */
export function createRouter(app: AppContext, handlers: Handlers): Router {
  return async (methodName, rawInput, caller) => {
    try {
      if (!isMethodName(methodName)) {
        throw new AppError('NIET_GEVONDEN', `De API-methode "${methodName}" bestaat niet.`);
      }
      if (!caller || !(ROLLEN as readonly string[]).includes(caller.rol)) {
        throw new AppError('VERBODEN', 'Onbekende rol: meld je opnieuw aan.');
      }
      const def = contract[methodName];
      const gehouden = caller.rollen ?? [caller.rol];
      // Knowing who you are needs no role: a signed-in person without roles learns that they have none.
      const rol = methodName === 'sessie.get' ? (gehouden[0] ?? caller.rol) : ROLLEN.find((r) => gehouden.includes(r) && def.roles.includes(r));
      if (!rol) {
        throw new AppError(
          'VERBODEN',
          gehouden.length === 0
            ? 'Je hebt nog geen rol in WZT Backoffice. Vraag een beheerder om je rollen toe te kennen.'
            : `Je rol (${gehouden.join(', ')}) mag "${def.omschrijving.toLowerCase()}" niet uitvoeren.`,
        );
      }
      caller = { ...caller, rol };
      // A call is an object with fields; only "no input at all" (an IPC call without argument) counts as {}.
      if (rawInput !== undefined && (rawInput === null || typeof rawInput !== 'object' || Array.isArray(rawInput))) {
        throw new AppError('VALIDATIE', GEEN_OBJECT, [{ veld: '(invoer)', melding: GEEN_OBJECT }]);
      }
      const parsed = def.input.safeParse(rawInput ?? {});
      if (!parsed.success) throw validationError(parsed.error);
      const handler = handlers[methodName] as Handler<typeof methodName>;
      const call = createCallContext(app, caller, methodName);
      const voor = app.strikt && !def.mutates ? wijzigingen(app) : 0;
      const value = await handler(parsed.data as never, call);
      if (app.strikt && !def.mutates) {
        const n = wijzigingen(app) - voor - toegangen(call);
        if (n !== 0) throw new Error(`${methodName} is niet gemarkeerd als schrijvend (mutates) maar wijzigde ${n} rij(en).`);
      }
      const gewijzigd = GEWIJZIGD.get(call);
      // Live updates: other officers' open screens showing these dossiers refresh (hosts forward push events).
      if (gewijzigd?.size) app.emit({ type: 'gewijzigd', methode: methodName, door: caller.medewerkerId, entiteiten: [...gewijzigd].slice(0, 50) });
      return { ok: true, value };
    } catch (err) {
      return { ok: false, error: toFout(app, methodName, err) };
    }
  };
}

/** Rows changed on the connection since it opened (SQLite's total_changes()). */
function wijzigingen(app: AppContext): number {
  return app.sqlite.prepare('SELECT total_changes()').pluck().get() as number;
}

const TOEGANGEN = new WeakMap<CallContext, number>();
/** `entiteit:id` of everything a call's committed transactions audited. */
const GEWIJZIGD = new WeakMap<CallContext, Set<string>>();
const toegangen = (call: CallContext) => TOEGANGEN.get(call) ?? 0;

/**
 * Rows a rolled-back dry run changed (a letter preview of an unsaved draft): not writes — the strict check of
 * non-mutating methods does not count them, and no `gewijzigd` event announces them.
 */
export function nietBewaard(call: CallContext, rijen: number): void {
  TOEGANGEN.set(call, toegangen(call) + rijen);
  GEWIJZIGD.delete(call);
}

export function createCallContext(app: AppContext, caller: Caller, methode: MethodName): CallContext {
  const nowIso = () => app.now().toISOString();
  const call: CallContext = {
    app,
    caller,
    methode,
    nowIso,
    today: () => brusselsDate(app.now()),
    tx: (fn) => {
      const tijdstip = nowIso();
      const entiteiten: string[] = [];
      const result = app.sqlite.transaction(() => {
        const r = fn((entry) => {
          entiteiten.push(`${entry.entiteit}:${entry.entiteitId}`);
          insertAudit(app.sqlite, caller, methode, tijdstip, entry);
        });
        if (entiteiten.length === 0) throw new Error(`Schrijfoperatie ${methode} zonder auditregel: teruggedraaid.`);
        return r;
        // IMMEDIATE: take the write lock at the start, so a second process (a backup, a script) waits for it instead
        // of failing halfway with SQLITE_BUSY_SNAPSHOT on a read-then-write transaction.
      }).immediate();
      const set = GEWIJZIGD.get(call) ?? new Set<string>();
      for (const e of entiteiten) set.add(e);
      GEWIJZIGD.set(call, set);
      return result;
    },
    toegang: (e) => {
      app.sqlite
        .prepare('INSERT INTO toegangslog (tijdstip, medewerker_id, gebruiker, rol, methode, entiteit, entiteit_id, wat) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(nowIso(), caller.medewerkerId, caller.gebruiker, caller.rol, methode, e.entiteit, String(e.entiteitId), e.wat);
      TOEGANGEN.set(call, toegangen(call) + 1);
    },
  };
  return call;
}

export function validationError(error: z.ZodError): AppError {
  const details: FoutDetail[] = error.issues.map((i) => ({
    veld: i.path.map(String).join('.') || '(invoer)',
    melding: i.message,
  }));
  const first = details[0];
  const message =
    details.length === 1
      ? `${veldLabel(first.veld)}: ${first.melding}`
      : `${details.length} velden zijn niet correct ingevuld. ${details.map((d) => `${veldLabel(d.veld)}: ${d.melding}`).join(' ')}`;
  return new AppError('VALIDATIE', message, details);
}

/** Human field name for the message (details keep the exact path for forms). */
function veldLabel(pad: string): string {
  return pad.replace(/\.(\d+)\./g, ' $1 ').replace(/\./g, ' ');
}

function toFout(app: AppContext, methode: string, err: unknown) {
  if (err instanceof AppError) return err.toJSON();
  const sqliteCode = (err as { code?: string })?.code;
  if (sqliteCode === 'SQLITE_CONSTRAINT_UNIQUE') {
    return { code: 'CONFLICT' as const, message: 'Dit gegeven bestaat al (uniek veld).' };
  }
  // SQLITE_BUSY, SQLITE_BUSY_SNAPSHOT, SQLITE_BUSY_TIMEOUT: another process held the write lock too long.
  if (sqliteCode?.startsWith('SQLITE_BUSY')) {
    return { code: 'CONFLICT' as const, message: 'De database is even bezet. Probeer opnieuw.' };
  }
  const foutcode = correlatieId();
  app.log('error', `Interne fout in ${methode} [${foutcode}]`, err);
  return {
    code: 'INTERN' as const,
    message: `Er liep iets mis in de toepassing. De wijziging is niet bewaard. Meld dit aan de beheerder met foutcode ${foutcode}.`,
    foutcode,
  };
}
