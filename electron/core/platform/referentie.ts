import type { Referentiedata, RegioObjectief } from '../../../shared/platform/referentie.contract';
import { AppError } from '../../../shared/api/errors';
import type { Sqlite } from '../../../db/open';
import type { Handlers } from './router';
import { schemaVersion } from '../../../db/migrate';

function objectieven(db: Sqlite): RegioObjectief[] {
  return db.prepare('SELECT regio_code AS regioCode, jaar, objectief, bron, gewijzigd_op AS gewijzigdOp FROM regio_objectief ORDER BY jaar, regio_code').all() as RegioObjectief[];
}

export const referentieHandlers: Pick<Handlers, 'referentie.get' | 'referentie.zetObjectieven' | 'sessie.get'> = {
  'referentie.get': (_input, call) => {
    const db = call.app.sqlite;
    return {
      provincies: db.prepare('SELECT code, naam FROM provincie ORDER BY naam').all(),
      referentieregios: db
        .prepare('SELECT code, naam, provincie_code AS provincieCode FROM referentieregio ORDER BY naam')
        .all(),
      regios: db
        .prepare(
          `SELECT r.code, r.naam, r.referentieregio_code AS referentieregioCode, rr.provincie_code AS provincieCode
             FROM werk_zorg_regio r JOIN referentieregio rr ON rr.code = r.referentieregio_code ORDER BY r.naam`,
        )
        .all(),
      aangrenzend: (db.prepare('SELECT regio_a AS a, regio_b AS b FROM regio_aangrenzend').all() as { a: string; b: string }[]).map(
        (r) => [r.a, r.b] as [string, string],
      ),
      organisatieTypes: (
        db
          .prepare(
            `SELECT code, naam, ama_wvg_erkenbaar AS amaWvgErkenbaar, ama_wvg_erkenbaar_tot AS amaWvgErkenbaarTot,
                    swv_zorg_categorie AS swvZorgCategorie FROM organisatie_type ORDER BY naam`,
          )
          .all() as (Omit<Referentiedata['organisatieTypes'][number], 'amaWvgErkenbaar'> & { amaWvgErkenbaar: number })[]
      ).map((t) => ({ ...t, amaWvgErkenbaar: t.amaWvgErkenbaar === 1 })),
      objectieven: objectieven(db),
    } as Referentiedata;
  },
  'referentie.zetObjectieven': (input, call) => {
    const db = call.app.sqlite;
    const bekend = new Set(db.prepare('SELECT code FROM werk_zorg_regio').pluck().all() as string[]);
    input.objectieven.forEach((o, i) => {
      if (!bekend.has(o.regioCode)) throw AppError.validatie(`objectieven.${i}.regioCode`, `Onbekende werk- en zorgregio: ${o.regioCode}.`);
    });
    return call.tx((audit) => {
      const oud = new Map((db.prepare('SELECT regio_code AS r, objectief AS o FROM regio_objectief WHERE jaar = ?').all(input.jaar) as { r: string; o: number }[]).map((x) => [x.r, x.o]));
      const zet = db.prepare(
        `INSERT INTO regio_objectief (regio_code, jaar, objectief, bron, gewijzigd_op) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (regio_code, jaar) DO UPDATE SET objectief = excluded.objectief, bron = excluded.bron, gewijzigd_op = excluded.gewijzigd_op`,
      );
      const nu = call.nowIso();
      const gewijzigd = input.objectieven.filter((o) => oud.get(o.regioCode) !== o.objectief);
      if (!gewijzigd.length) throw new AppError('VALIDATIE', 'Er is niets gewijzigd.');
      for (const o of gewijzigd) zet.run(o.regioCode, input.jaar, o.objectief, input.bron, nu);
      audit({
        entiteit: 'regio_objectief',
        entiteitId: input.jaar,
        actie: oud.size ? 'gewijzigd' : 'aangemaakt',
        oud: Object.fromEntries(gewijzigd.map((o) => [o.regioCode, oud.get(o.regioCode) ?? null])),
        nieuw: Object.fromEntries(gewijzigd.map((o) => [o.regioCode, o.objectief])),
        reden: input.bron,
      });
      return objectieven(db).filter((o) => o.jaar === input.jaar);
    });
  },
  'sessie.get': (_input, call) => ({
    medewerkerId: call.caller.medewerkerId,
    gebruiker: call.caller.gebruiker,
    rol: call.caller.rol,
    rollen: [...(call.caller.rollen ?? [call.caller.rol])],
    modus: call.app.modus ?? 'ontwikkeling',
    versie: call.app.version,
    schemaVersie: schemaVersion(call.app.sqlite),
    vandaag: call.today(),
  }),
};
