/**
 * Module samenwerkingsverbanden Zorg (Departement Zorg): mandates per werk- en zorgregio, calls and
 * ranking, VDAB trajectories and the half-yearly compensation. Its register, rules and handlers come
 * with its issue; the place is ready in the composition (app.ts), in shared/swv-zorg, db/schema/swv-zorg,
 * renderer/src/features/swv-zorg and test/swv-zorg.
 */
import { defineModule } from '../../module';

export const swvZorgModule = defineModule({ naam: 'swv-zorg', handlers: {} });
