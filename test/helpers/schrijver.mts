/**
 * A writer process for the crash trials (test/platform/core/crashproef.test.ts): opens the database
 * given as argument like a host does and writes without pause — an organisation, then a letter for it
 * (a PDF stored with its hash) — printing "geschreven <n>" after each commit, until it is killed.
 */
import { aanmelden, createApp } from '../../electron/core/app';
import { kboFromBase } from '../../shared/kernel/kbo';
import { organisatieInput } from './app';

const bestand = process.argv[2];
const app = createApp({ dbFile: bestand, log: () => {}, backup: false });
const ik = aanmelden(app.ctx.sqlite, { gebruiker: 'Katrien Crash', rol: 'zorg-dossierbeheerder' });
app.ctx.sqlite.prepare("UPDATE medewerker SET email = 'katrien.crash@vlaanderen.be', telefoon = '02 553 00 00' WHERE id = ?").run(ik.medewerkerId);

let n = (app.ctx.sqlite.prepare('SELECT count(*) FROM organisatie').pluck().get() as number) + 1;
process.stdout.write('klaar\n');
for (;;) {
  const kbo = kboFromBase(3_000_000 + n * 7 + (process.pid % 7) * 1_000_000);
  const org = await app.router('organisatie.create', organisatieInput({ naam: `vzw Crashproef ${n}`, kbo }), ik);
  if (!org.ok) throw new Error(org.error.message);
  const brief = await app.router(
    'brief.uitgeven',
    { briefType: 'ontvangstmelding', organisatieId: (org.value as { id: number }).id, aanvraagSoort: 'erkenning-ama-wvg', ontvangenOp: '2026-11-02', kanaalAanvraag: 'e-loket' },
    ik,
  );
  if (!brief.ok) throw new Error(brief.error.message);
  process.stdout.write(`geschreven ${n++}\n`);
}
