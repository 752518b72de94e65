/** Decisions with four-eyes approval as a module: the `beslissing.*` API. Decision kinds come from the other modules. */
import { defineModule } from '../../module';
import { beslissingHandlers } from './beslissing';

export const beslissingModule = defineModule({ naam: 'beslissing', handlers: beslissingHandlers });
