/**
 * Module AMA SE (Departement WSE): contingents, begeleidingsovereenkomsten, monthly advances, the yearly
 * settlement and the 80% evaluation. Its register, rules and handlers come with its issue; the place is
 * ready in the composition (app.ts), in shared/ama-se, db/schema/ama-se, renderer/src/features/ama-se
 * and test/ama-se.
 */
import { defineModule } from '../../module';

export const amaSeModule = defineModule({ naam: 'ama-se', handlers: {} });
