/**
 * The application log: JSON lines (pino) in a rotating file next to the data — the user data folder
 * for the desktop, beside the database in browser mode or on the team server. Daily files and at most
 * 10 MB each, 14 kept (rotating-file-stream). An unexpected error gets a short correlation id that the
 * officer sees in the generic INTERN message and can quote; the log line with the stack carries it.
 */
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { createStream } from 'rotating-file-stream';
import type { AppContext } from './context';

export type Log = AppContext['log'];

/** A log that writes to `<map>/wzt-backoffice.log` (rotated), and errors also to stderr. */
export function bestandsLog(map: string): { log: Log; sluit: () => void } {
  const stream = createStream('wzt-backoffice.log', { path: map, size: '10M', interval: '1d', maxFiles: 14 });
  const logger = pino({ base: undefined, timestamp: pino.stdTimeFunctions.isoTime }, stream);
  const log: Log = (niveau, bericht, extra) => {
    const velden = extra instanceof Error ? { err: { type: extra.name, message: extra.message, stack: extra.stack } } : extra === undefined ? {} : { extra };
    logger[niveau](velden, bericht);
    if (niveau === 'error') console.error(`[${new Date().toISOString()}] ${bericht}`, extra ?? '');
  };
  return { log, sluit: () => stream.end() };
}

/** The log folder for a database file: beside it. */
export function logMapVoor(dbFile: string): string {
  return path.dirname(path.resolve(dbFile));
}

/** "F-3A9C2B1E": short enough to read over the phone, unique enough to find the line. */
export function correlatieId(): string {
  return `F-${randomBytes(4).toString('hex').toUpperCase()}`;
}
