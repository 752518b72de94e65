import { createRequire } from 'node:module';

/**
 * Node's `require` wherever the core runs: the CommonJS Electron main has its own and the built hosts get one from
 * their banner (scripts/build-host.mjs); under ESM (vitest, tsx) it is made here. For what is loaded on first use or
 * resolved by path (pdfmake and its fonts, date-holidays, tsx for the render worker from the sources).
 */
export const nodeRequire: NodeJS.Require = typeof require === 'function' ? require : createRequire(import.meta.url);
