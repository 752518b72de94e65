import type { Referentiedata } from '../../../shared/platform/referentie.contract';
import type { Handlers } from './router';
import { schemaVersion } from '../../../db/migrate';

export const referentieHandlers: Pick<Handlers, 'referentie.get' | 'sessie.get'> = {
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
    } as Referentiedata;
  },
  'sessie.get': (_input, call) => ({
    medewerkerId: call.caller.medewerkerId,
    gebruiker: call.caller.gebruiker,
    rol: call.caller.rol,
    versie: call.app.version,
    schemaVersie: schemaVersion(call.app.sqlite),
    vandaag: call.today(),
  }),
};
