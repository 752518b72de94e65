/**
 * The letter pipeline's public entry: the house style, PDF rendering, the letter types of the store, and
 * the module that serves `brief.*`, `document.*` and `verzending.*`. Letters import no dossier module:
 * what they need of one (the addressee) comes through the registries (module.ts).
 */
import { defineModule } from '../module';
import { briefHandlers } from './handlers';

export { renderPdf, sha256Hex, robotoDir, type DocDefinition, type Content } from './pdf';
export { buildLetter, beroepsclausule, bedragenTabel, type LetterParts, type Beroep } from './houseStyle';
export { kennisgevingsdatum, geachtOntvangenOp } from './kennisgeving';
export { volgendKenmerk } from './kenmerk';
export { buildBrief, resolveBrief, type LetterGegevens, type BriefSjabloon } from './sjablonen';

export const brievenModule = defineModule({ naam: 'brieven', handlers: briefHandlers });
