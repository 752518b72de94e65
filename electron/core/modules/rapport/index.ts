/**
 * Module rapport: the yearly report to the Vlaamse Regering (seed 004) counted from the registers of the three dossier
 * kinds (AMA WVG agreements, trajectories and samenwerkingsverbanden Zorg, AMA SE contingents and participations,
 * every scheme's payment runs). It reads the registers; the only write is issuing the report as a PDF document.
 */
import { defineModule } from '../../module';
import { jaarverslag, jaarverslagMetLeden, standaardPeildatum } from './jaarverslag';
import { rapportGrafieken } from './grafieken';
import { geefJaarverslagUit, uitgaveStand } from './uitgave';
import { jaarverslagXlsx } from './export';
import { dashboard } from './dashboard';
import { organisatieDossiers } from './organisatie';
import { rapportDossiers } from './dossiers';

export const rapportModule = defineModule({
  naam: 'rapport',
  handlers: {
    'rapport.jaarverslag': (input, call) => {
      const v = jaarverslag(call, input);
      return { ...v, ...uitgaveStand(call.app.sqlite, v) };
    },
    'rapport.grafieken': (input, call) => rapportGrafieken(call.app.sqlite, input.jaar, jaarverslagMetLeden(call.app.sqlite, input.jaar, input.peildatum ?? standaardPeildatum(input.jaar), false)),
    'rapport.uitgeven': (input, call) => geefJaarverslagUit(call, input),
    'rapport.dossiers': (input, call) => rapportDossiers(call, input),
    'rapport.dashboard': (_input, call) => dashboard(call),
    'rapport.organisatie': (input, call) => organisatieDossiers(call, input.organisatieId),
    'rapport.exporteer': async (input, call) => {
      const v = jaarverslag(call, input);
      const bytes = await jaarverslagXlsx(v, call.app.now());
      return { bestandsnaam: `jaarverslag-${v.jaar}-peildatum-${v.peildatum}.xlsx`, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', inhoudBase64: bytes.toString('base64') };
    },
  },
});
