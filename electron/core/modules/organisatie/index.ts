/** Module organisatie: the organisation register every dossier kind shares, and the address book of letters. */
import { defineModule } from '../../module';
import { organisatieAdresboek, organisatieHandlers } from './organisatie';

export { getOrganisatie } from './organisatie';

export const organisatieModule = defineModule({ naam: 'organisatie', handlers: organisatieHandlers, adresboek: organisatieAdresboek });
