import { beslissingMethods } from './beslissing.contract';
import { inboxMethods } from './inbox.contract';
import { procedureMethods } from './procedure.contract';
import { bezwaarMethods } from './bezwaar.contract';

/** The shared engines' methods: decisions with four-eyes approval, the deadline inbox, hearing and objection procedures. */
export const engineMethods = {
  ...beslissingMethods,
  ...inboxMethods,
  ...procedureMethods,
  ...bezwaarMethods,
};
