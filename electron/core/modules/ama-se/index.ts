/**
 * Module AMA SE (Departement WSE; BVR art. 51, 56, 58–68, 76, 79): the contingent ledger of the maatwerkbedrijven
 * with its import (art. 76), partners and reported changes; calls for places with applications, admissibility
 * within 7 days, the allocation and the minister's decisions; the register of begeleidingsovereenkomsten with its
 * import and the AMA WVG exclusion; the monthly advances and the yearly settlement through the payment-run engine;
 * the 80 % evaluation with its reductions. This is its public entry.
 */
import { defineModule } from '../../module';
import { terugvorderingSoorten } from '../../engines/betaalrun';
import { getContingent, listContingenten, registreerMelding, wijzigPartner } from './contingent/register';
import { importeerContingenten } from './contingent/import';
import { contingentRecht, intrekkingContingent, schorsingContingent } from './contingent/procedures';
import { seAanvraagBeslissing, seEvaluatieBeslissing } from './contingent/beslissingen';
import { beoordeel, beslis, getAanvraag, getOproep, listOproepen, maakOproep, ontwerpOntvankelijkheid, registreerAanvraag, seAanvraagInbox } from './oproep/oproep';
import { bewaarDeelname, deelnamePagina, getDeelname, listDeelnames, seBewijsInbox, seDeelnameRegister } from './deelname/deelname';
import { importeerDeelnames } from './deelname/import';
import { deelnameVoorbeeld } from './deelname/voorbeeldbestand';
import { contingentVoorbeeld } from './contingent/voorbeeldbestand';
import { geldHandlers, seAfrekeningInbox } from './geld/geld';
import { afrekeningRegeling, voorschotRegeling } from './geld/regelingen';

const voorschotTerugvordering = terugvorderingSoorten(voorschotRegeling);
const afrekeningTerugvordering = terugvorderingSoorten(afrekeningRegeling);

export const amaSeModule = defineModule({
  naam: 'ama-se',
  handlers: {
    'contingent.importeer': (input, call) => importeerContingenten(input, call),
    'contingent.voorbeeldbestand': (input, call) => contingentVoorbeeld(call, input.soort),
    'contingent.list': (input, call) => listContingenten(call, input.peildatum),
    'contingent.get': (input, call) => getContingent(call, input.organisatieId),
    'contingent.partner': (input, call) => wijzigPartner(call, input),
    'contingent.melding': (input, call) => registreerMelding(call, input),
    'seOproep.list': (_input, call) => listOproepen(call),
    'seOproep.get': (input, call) => getOproep(call, input.id),
    'seOproep.create': (input, call) => maakOproep(call, input),
    'seOproep.beslis': (input, call) => beslis(call, input),
    'seAanvraag.registreer': (input, call) => registreerAanvraag(call, input),
    'seAanvraag.get': (input, call) => getAanvraag(call, input.id),
    'seAanvraag.ontvankelijkheid': (input, call) => ontwerpOntvankelijkheid(call, input),
    'seAanvraag.beoordeel': (input, call) => beoordeel(call, input),
    'seOvereenkomst.importeer': (input, call) => importeerDeelnames(input, call),
    'seOvereenkomst.voorbeeldbestand': (input, call) => deelnameVoorbeeld(call, input.soort),
    'seOvereenkomst.list': (input, call) => listDeelnames(call, input),
    'seOvereenkomst.pagina': (input, call) => deelnamePagina(call, input),
    'seOvereenkomst.get': (input, call) => getDeelname(call, input.id),
    'seOvereenkomst.save': (input, call) => bewaarDeelname(call, input),
    ...geldHandlers,
  },
  rechtSoorten: [contingentRecht, voorschotTerugvordering.recht, afrekeningTerugvordering.recht],
  procedureSoorten: [intrekkingContingent, schorsingContingent, voorschotTerugvordering.procedure, afrekeningTerugvordering.procedure],
  betaalRegelingen: [voorschotRegeling, afrekeningRegeling],
  beslissingSoortenPerDossier: { se_aanvraag: seAanvraagBeslissing, se_evaluatie: seEvaluatieBeslissing },
  inboxBronnen: [seAanvraagInbox, seBewijsInbox, seAfrekeningInbox],
  deelnameRegisters: [seDeelnameRegister],
});
