/**
 * Module rapport: the yearly report to the Vlaamse Regering (seed 004) counted from the registers of the three dossier
 * kinds (AMA WVG agreements, trajectories and samenwerkingsverbanden Zorg, AMA SE contingents and participations,
 * every scheme's payment runs). It reads the registers and writes nothing.
 */
import { defineModule } from '../../module';
import { jaarverslag } from './jaarverslag';
import { jaarverslagXlsx } from './export';
import { dashboard } from './dashboard';
import { organisatieDossiers } from './organisatie';

export const rapportModule = defineModule({
  naam: 'rapport',
  handlers: {
    'rapport.jaarverslag': (input, call) => jaarverslag(call, input),
    'rapport.dashboard': (_input, call) => dashboard(call),
    'rapport.organisatie': (input, call) => organisatieDossiers(call, input.organisatieId),
    'rapport.exporteer': async (input, call) => {
      const v = jaarverslag(call, input);
      const bytes = await jaarverslagXlsx(v, call.app.now());
      return { bestandsnaam: `jaarverslag-${v.jaar}-peildatum-${v.peildatum}.xlsx`, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', inhoudBase64: bytes.toString('base64') };
    },
  },
});
