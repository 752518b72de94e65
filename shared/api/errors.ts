/** Error codes crossing the API boundary (HTTP status in the browser host). */
export const FOUTCODES = {
  VALIDATIE: 400,
  /** Team server: no (or an expired) session. */
  NIET_AANGEMELD: 401,
  VERBODEN: 403,
  NIET_GEVONDEN: 404,
  CONFLICT: 409,
  INTERN: 500,
} as const;
export type Foutcode = keyof typeof FOUTCODES;

export interface FoutDetail {
  /** Field path, e.g. `contactpersonen.0.email`. */
  veld: string;
  melding: string;
}

export interface ApiFout {
  code: Foutcode;
  message: string;
  details?: FoutDetail[];
  /** INTERN only: the code the officer quotes to the administrator; the log line with the cause carries it. */
  foutcode?: string;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiFout };

/** An error envelope (hosts and the IPC bridge answer refusals they make themselves with it). */
export const foutEnvelope = (code: Foutcode, message: string, details?: FoutDetail[]): { ok: false; error: ApiFout } => ({
  ok: false,
  error: details ? { code, message, details } : { code, message },
});

/**
 * Thrown by services for expected failures; the router turns it into an error envelope.
 * Anything else thrown becomes INTERN with a generic message (the cause is logged, never sent).
 */
export class AppError extends Error {
  constructor(
    readonly code: Foutcode,
    message: string,
    readonly details?: FoutDetail[],
  ) {
    super(message);
    this.name = 'AppError';
  }

  toJSON(): ApiFout {
    return { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) };
  }

  static validatie(veld: string, melding: string): AppError {
    return new AppError('VALIDATIE', melding, [{ veld, melding }]);
  }

  static nietGevonden(wat: string): AppError {
    return new AppError('NIET_GEVONDEN', `${wat} werd niet gevonden.`);
  }
}
