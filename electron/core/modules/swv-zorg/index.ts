/**
 * Module samenwerkingsverbanden Zorg (Departement Zorg, BVR art. 7, 10–21, 26–30, 38, 40, 71, 78): the
 * register of samenwerkingsverbanden and their mandates per werk- en zorgregio (import of the running
 * mandates, partner replacement, withdrawal and suspension), calls with applications, scores, ranking
 * and mandate decisions, VDAB's trajectories and the half-yearly compensation. This is its public
 * entry: other modules use only what is exported here.
 */
import { AppError } from '../../../../shared/api/errors';
import { defineModule } from '../../module';
import { terugvorderingSoorten } from '../../engines/betaalrun';
import { getMandaat, getSwv, listMandaten, listSwv, wijzigPartner, addMandaatHistoriek } from './register/register';
import { importeerMandaten } from './register/import';
import { intrekkingProcedure, mandaatRecht, schorsingProcedure } from './register/procedures';
import { ontwerpVervanging, vervangingBeslissing } from './register/vervanging';
import {
  beslis, geefScore, getAanvraag, getOproep, infoOntvangen, listOproepen, maakOproep, ontwerpGegrondheid, ontwerpOntvankelijkheid,
  rangschikking, oproepKern, registreerAanvraag, swvAanvraagInbox, vraagInfo, vraagInfoVoorbeeld, wijzigOproep,
} from './oproep/oproep';
import { swvAanvraagBeslissing } from './oproep/beslissingen';
import { importeerTrajecten } from './traject/import';
import { trajectVoorbeeld } from './traject/voorbeeldbestand';
import { mandaatVoorbeeld } from './register/voorbeeldbestand';
import { getTraject, listTrajecten, trajectPagina } from './traject/traject';
import { compensatieHandlers } from './compensatie/compensatie';
import { compensatieRegeling } from './compensatie/regeling';

const compensatieTerugvordering = terugvorderingSoorten(compensatieRegeling);

export const swvZorgModule = defineModule({
  naam: 'swv-zorg',
  handlers: {
    'swv.list': (input, call) => listSwv(call, input.peildatum),
    'swv.get': (input, call) => getSwv(call, input.id),
    'mandaat.list': (input, call) => listMandaten(call, input),
    'mandaat.get': (input, call) => getMandaat(call, input.id),
    'mandaat.importeer': (input, call) => importeerMandaten(input, call),
    'mandaat.voorbeeldbestand': (input, call) => mandaatVoorbeeld(call, input.soort),
    'mandaat.bevestig': (input, call) => {
      const m = getMandaat(call, input.id);
      if (m.versie !== input.versie) throw new AppError('CONFLICT', 'Het mandaat werd intussen gewijzigd. Herlaad en probeer opnieuw.');
      call.tx((audit) => {
        call.app.sqlite.prepare('UPDATE mandaat SET ministerieel_besluit = ?, versie = versie + 1 WHERE id = ?').run(input.ministerieelBesluit, m.id);
        addMandaatHistoriek(call, m.id, { datum: call.today(), wat: 'bevestiging', toelichting: `Bevestigd bij ${input.ministerieelBesluit}` });
        audit({ entiteit: 'mandaat', entiteitId: m.id, actie: 'gewijzigd', oud: { ministerieelBesluit: m.ministerieelBesluit }, nieuw: { ministerieelBesluit: input.ministerieelBesluit } });
      });
      return getMandaat(call, m.id);
    },
    'swv.wijzigPartner': (input, call) => wijzigPartner(call, input),
    'swv.vervangPartner': (input, call) => ontwerpVervanging(call, input),
    'oproep.list': (_input, call) => listOproepen(call),
    'oproep.get': (input, call) => getOproep(call, input.id),
    'oproep.create': (input, call) => maakOproep(call, input),
    'oproep.wijzig': (input, call) => wijzigOproep(call, input),
    'mandaataanvraag.registreer': (input, call) => registreerAanvraag(call, input),
    'mandaataanvraag.get': (input, call) => getAanvraag(call, input.id),
    'mandaataanvraag.ontvankelijkheid': (input, call) => ontwerpOntvankelijkheid(call, input),
    'mandaataanvraag.vraagInfo': (input, call) => vraagInfo(call, input),
    'mandaataanvraag.vraagInfoVoorbeeld': (input, call) => vraagInfoVoorbeeld(call, input),
    'mandaataanvraag.infoOntvangen': (input, call) => infoOntvangen(call, input),
    'mandaataanvraag.gegrondheid': (input, call) => ontwerpGegrondheid(call, input),
    'oproep.score': (input, call) => geefScore(call, input),
    'oproep.rangschikking': (input, call) => rangschikking(call, oproepKern(call, input.id)),
    'oproep.beslis': (input, call) => beslis(call, input),
    'traject.importeer': (input, call) => importeerTrajecten(input, call),
    'traject.voorbeeldbestand': (input, call) => trajectVoorbeeld(call, input.soort),
    'traject.list': (input, call) => listTrajecten(call, input),
    'traject.pagina': (input, call) => trajectPagina(call, input),
    'traject.get': (input, call) => getTraject(call, input.id),
    ...compensatieHandlers,
  },
  rechtSoorten: [mandaatRecht, compensatieTerugvordering.recht],
  procedureSoorten: [intrekkingProcedure, schorsingProcedure, compensatieTerugvordering.procedure],
  betaalRegelingen: [compensatieRegeling],
  beslissingSoortenPerDossier: { swv_aanvraag: swvAanvraagBeslissing, samenwerkingsverband: vervangingBeslissing },
  inboxBronnen: [swvAanvraagInbox],
});
