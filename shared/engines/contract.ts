import { beslissingMethods } from './beslissing.contract';
import { inboxMethods } from './inbox.contract';
import { procedureMethods } from './procedure.contract';
import { bezwaarMethods } from './bezwaar.contract';
import { betaalrunMethods } from './betaalrun.contract';

/** The shared engines' methods: decisions with four-eyes approval, the deadline inbox, hearing and objection procedures, payment runs. */
export const engineMethods = {
  ...beslissingMethods,
  ...inboxMethods,
  ...procedureMethods,
  ...bezwaarMethods,
  ...betaalrunMethods,
};
