/**
 * The drill-down of the yearly report: the dossiers behind one figure (a row or the total of a column), counted by
 * the very same code as the figure (jaarverslag.ts keeps "entiteit:id" per cell), then named for the screen.
 * Participants are shown by initials and birth year only.
 */
import { AppError } from '../../../../shared/api/errors';
import type { RapportDossier, RapportDossiers } from '../../../../shared/rapport/contract';
import { deelnemerLabel } from '../../../../shared/kernel/persoon';
import { formatDatum, formatEuro } from '../../../../shared/kernel/format';
import type { Sqlite } from '../../../../db/open';
import type { CallContext } from '../../platform/context';
import { jaarverslagMetLeden, standaardPeildatum } from './jaarverslag';

type Benoemer = (db: Sqlite, ids: number[], tabelId: string) => RapportDossier[];

const inLijst = (ids: number[]) => `(${ids.map(() => '?').join(',')})`;

const BENOEMERS: Record<string, Benoemer> = {
  organisatie: (db, ids, tabelId) =>
    (db.prepare(`SELECT id, naam, kbo, gemeente FROM organisatie WHERE id IN ${inLijst(ids)}`).all(...ids) as { id: number; naam: string; kbo: string; gemeente: string }[]).map((o) => ({
      soort: 'organisatie', id: o.id, label: o.naam, detail: `${o.kbo}, ${o.gemeente}`,
      link: tabelId === 'ama-se-per-provincie' ? `/contingenten/${o.id}` : `/organisaties/${o.id}`,
    })),
  overeenkomst: (db, ids) =>
    (db.prepare(
      `SELECT o.id, org.naam AS begeleider, o.startdatum, o.einddatum, d.voornaam, d.achternaam, d.geboortejaar
         FROM overeenkomst o JOIN organisatie org ON org.id = o.organisatie_id JOIN deelnemer d ON d.id = o.deelnemer_id WHERE o.id IN ${inLijst(ids)}`,
    ).all(...ids) as { id: number; begeleider: string; startdatum: string; einddatum: string | null; voornaam: string | null; achternaam: string | null; geboortejaar: number | null }[]).map((o) => ({
      soort: 'overeenkomst', id: o.id, label: `Overeenkomst ${o.id} – ${deelnemerLabel(o)}`,
      detail: `${o.begeleider}, ${formatDatum(o.startdatum)}${o.einddatum ? ` – ${formatDatum(o.einddatum)}` : ', lopend'}`, link: `/overeenkomsten/${o.id}`,
    })),
  deelnemer: (db, ids) =>
    (db.prepare(`SELECT id, voornaam, achternaam, geboortejaar FROM deelnemer WHERE id IN ${inLijst(ids)}`).all(...ids) as { id: number; voornaam: string | null; achternaam: string | null; geboortejaar: number | null }[]).map((d) => ({
      soort: 'deelnemer', id: d.id, label: deelnemerLabel(d), detail: null, link: null,
    })),
  traject: (db, ids) =>
    (db.prepare(`SELECT t.id, t.trajectnummer, r.naam AS regio, t.datum_aanmelding AS aanmelding FROM traject t JOIN werk_zorg_regio r ON r.code = t.regio_code WHERE t.id IN ${inLijst(ids)}`).all(...ids) as { id: number; trajectnummer: string; regio: string; aanmelding: string }[]).map((t) => ({
      soort: 'traject', id: t.id, label: `Traject ${t.trajectnummer}`, detail: `${t.regio}, aangemeld op ${formatDatum(t.aanmelding)}`, link: `/samenwerkingsverbanden/trajecten/${t.id}`,
    })),
  samenwerkingsverband: (db, ids) =>
    (db.prepare(`SELECT id, naam FROM samenwerkingsverband WHERE id IN ${inLijst(ids)}`).all(...ids) as { id: number; naam: string }[]).map((s) => ({
      soort: 'samenwerkingsverband', id: s.id, label: s.naam, detail: null, link: `/samenwerkingsverbanden/${s.id}`,
    })),
  betaalrun: (db, ids) =>
    (db.prepare(`SELECT id, regeling, periode, volgnummer, goedgekeurd_op AS op FROM betaalrun WHERE id IN ${inLijst(ids)}`).all(...ids) as { id: number; regeling: string; periode: string; volgnummer: number; op: string | null }[]).map((r) => ({
      soort: 'betaalrun', id: r.id, label: `${r.regeling} ${r.periode} (run ${r.volgnummer})`, detail: r.op ? `goedgekeurd op ${formatDatum(r.op.slice(0, 10))}` : null, link: `/betaalruns/${r.id}`,
    })),
  betaling: (db, ids) =>
    (db.prepare(
      `SELECT b.id, b.run_id AS run, r.regeling, r.periode, coalesce(b.begunstigde_naam, o.naam) AS naam, b.te_betalen_cent AS betaald, b.saldo_cent AS saldo
         FROM betaalrun_betaling b JOIN betaalrun r ON r.id = b.run_id JOIN organisatie o ON o.id = b.organisatie_id WHERE b.id IN ${inLijst(ids)}`,
    ).all(...ids) as { id: number; run: number; regeling: string; periode: string; naam: string; betaald: number; saldo: number }[]).map((b) => ({
      soort: 'betaling', id: b.id, label: b.naam,
      detail: `${b.regeling} ${b.periode}: ${b.saldo < 0 ? `terug te vorderen ${formatEuro(-b.saldo)}` : `betaald ${formatEuro(b.betaald)}`}`, link: `/betaalruns/${b.run}`,
    })),
};

export function rapportDossiers(call: CallContext, input: { jaar: number; peildatum?: string; tabelId: string; sleutel: string | null; kolomId: string }): RapportDossiers {
  const db = call.app.sqlite;
  const peildatum = input.peildatum ?? standaardPeildatum(input.jaar);
  const tabel = jaarverslagMetLeden(db, input.jaar, peildatum).find((t) => t.id === input.tabelId);
  if (!tabel) throw AppError.validatie('tabelId', 'Deze tabel bestaat niet in het jaarverslag.');
  const kolom = tabel.kolommen.find((k) => k.id === input.kolomId);
  if (!kolom) throw AppError.validatie('kolomId', 'Deze kolom bestaat niet in de tabel.');
  const rij = input.sleutel === null ? null : tabel.rijen.find((r) => r.sleutel === input.sleutel);
  if (rij === undefined) throw AppError.validatie('sleutel', 'Deze rij bestaat niet in de tabel.');
  const refs = tabel.leden.van(input.sleutel, input.kolomId);
  const perSoort = new Map<string, number[]>();
  for (const ref of refs) {
    const [soort, id] = ref.split(':');
    perSoort.set(soort, [...(perSoort.get(soort) ?? []), Number(id)]);
  }
  const dossiers: RapportDossier[] = [];
  for (const [soort, ids] of perSoort) {
    // In chunks: SQLite binds at most 32,766 variables.
    for (let i = 0; i < ids.length; i += 10_000) dossiers.push(...BENOEMERS[soort](db, ids.slice(i, i + 10_000), tabel.id));
  }
  dossiers.sort((a, b) => a.label.localeCompare(b.label, 'nl') || a.id - b.id);
  return {
    titel: `${tabel.titel} — ${rij ? rij.label : 'totaal'} — ${kolom.titel}`,
    aantal: dossiers.length,
    dossiers,
  };
}
