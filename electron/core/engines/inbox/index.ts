/** The deadline inbox as a module: `inbox.list` over the sources the other modules contribute. */
import { defineModule } from '../../module';
import { inboxHandlers } from './inbox';

export const inboxModule = defineModule({ naam: 'inbox', handlers: inboxHandlers });
