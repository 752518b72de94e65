/**
 * A small SQL fixture for agreements (overeenkomsten) in the subsidy and retention tests, independent
 * of the agreements register service: begeleiders through the API (organisatie.create) with a
 * recognition through `insertErkenning`, participants and agreements with prepared statements.
 */
import type { TestApp } from './app';
import { organisatieInput } from './app';
import { createCallContext } from '../../electron/core/platform/router';
import { insertErkenning } from '../../electron/core/modules/ama-wvg/erkenning/erkenning';
import { inszFor } from '../../shared/kernel/insz';
import { kboFromBase } from '../../shared/kernel/kbo';

export interface Begeleider {
  organisatieId: number;
  erkenningId: number;
  kbo: string;
}

let kboTeller = 4_174_900;

/** An organisation of type CAW with a recognition (default 01/01/2024 – 31/12/2028). */
export async function maakBegeleider(
  t: TestApp,
  o: { naam: string; iban?: string; erkenning?: { van: string; tot: string }; adres?: Record<string, unknown> } = { naam: 'vzw De Brug' },
): Promise<Begeleider> {
  const kbo = kboFromBase(kboTeller++);
  const org = await t.call('organisatie.create', organisatieInput({ naam: o.naam, kbo, iban: o.iban ?? 'BE68 5390 0754 7034', ...o.adres }));
  const erkenningId = voegErkenningToe(t, org.id, o.erkenning ?? { van: '2024-01-01', tot: '2028-12-31' });
  return { organisatieId: org.id, erkenningId, kbo: org.kbo };
}

export function voegErkenningToe(t: TestApp, organisatieId: number, periode: { van: string; tot: string }): number {
  const call = createCallContext(t.ctx, t.caller('beheerder'), 'erkenning.verwerkVervaldagen');
  return call.tx((audit) =>
    insertErkenning(call, audit, { organisatieId, geldigVan: periode.van, geldigTot: periode.tot, oorsprong: 'overgang', toelichting: 'Testerkenning' }),
  );
}

let inszTeller = 1;

/** A participant; the INSZ is derived from the birth date. */
export function maakDeelnemer(t: TestApp, d: { voornaam: string; achternaam: string; geboortedatum: string }): number {
  const { lastInsertRowid } = t.ctx.sqlite
    .prepare('INSERT INTO deelnemer (insz, voornaam, achternaam, geboortedatum, geboortejaar, aangemaakt_op) VALUES (?, ?, ?, ?, ?, ?)')
    .run(inszFor(d.geboortedatum, inszTeller++), d.voornaam, d.achternaam, d.geboortedatum, Number(d.geboortedatum.slice(0, 4)), '2024-01-01T00:00:00Z');
  return Number(lastInsertRowid);
}

/** An agreement between participant, werkpost and begeleider. */
export function maakOvereenkomst(
  t: TestApp,
  b: Begeleider,
  deelnemerId: number,
  o: { van: string; tot?: string | null; werkpost?: string; contactEmail?: string | null },
): number {
  const { lastInsertRowid } = t.ctx.sqlite
    .prepare(
      `INSERT INTO overeenkomst (organisatie_id, erkenning_id, deelnemer_id, werkpost_naam, werkpost_locaties, startdatum, einddatum,
         contact_email, model_overeenkomst, geen_combinatie_verklaard, bron, aangemaakt_op)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, 1, 'test', ?)`,
    )
    .run(b.organisatieId, b.erkenningId, deelnemerId, o.werkpost ?? 'Kringwinkel Gent',
      JSON.stringify([{ straat: 'Kerkstraat 1', postcode: '9000', gemeente: 'Gent' }]), o.van, o.tot ?? null, o.contactEmail ?? null, '2024-01-01T00:00:00Z');
  return Number(lastInsertRowid);
}

/** Correct an agreement's end date (as the register would after a correction). */
export function zetEinddatum(t: TestApp, overeenkomstId: number, tot: string | null): void {
  t.ctx.sqlite.prepare('UPDATE overeenkomst SET einddatum = ?, versie = versie + 1 WHERE id = ?').run(tot, overeenkomstId);
}
