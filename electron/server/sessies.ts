import crypto from 'node:crypto';

/**
 * Sign-in sessions of the team server, in the memory of the one server process: the cookie holds a random token,
 * the server keeps only its SHA-256 (a leaked memory dump or log does not give a usable cookie). A restart signs
 * everyone out, which is acceptable for a department's server and means no session outlives the process that
 * checked it. Expiry: after `inactiefMs` without a request, and after `maximumMs` in any case.
 */
export interface Sessie {
  medewerkerId: number;
  subject: string;
  /** The id token, for the identity provider's sign-out (id_token_hint). */
  idToken?: string;
  aangemaakt: number;
  laatstGebruikt: number;
}

export interface SessieOpslag {
  maak(s: Omit<Sessie, 'aangemaakt' | 'laatstGebruikt'>): string;
  /** The live session of a token (and marks it used), or null when unknown or expired. */
  zoek(token: string | undefined): Sessie | null;
  beeindig(token: string | undefined): Sessie | null;
  /** Every session of a staff member ends (deactivated, roles withdrawn). */
  beeindigVoor(medewerkerId: number): void;
}

const hash = (token: string) => crypto.createHash('sha256').update(token).digest('base64url');

export function sessieOpslag(opts: { inactiefMs: number; maximumMs: number; nu?: () => number }): SessieOpslag {
  const nu = opts.nu ?? Date.now;
  const sessies = new Map<string, Sessie>();
  const verlopen = (s: Sessie, t: number) => t - s.laatstGebruikt > opts.inactiefMs || t - s.aangemaakt > opts.maximumMs;
  const opruimen = () => {
    const t = nu();
    for (const [k, s] of sessies) if (verlopen(s, t)) sessies.delete(k);
  };
  return {
    maak(s) {
      if (sessies.size > 1000) opruimen();
      const token = crypto.randomBytes(32).toString('base64url');
      const t = nu();
      sessies.set(hash(token), { ...s, aangemaakt: t, laatstGebruikt: t });
      return token;
    },
    zoek(token) {
      if (!token || token.length > 100) return null;
      const k = hash(token);
      const s = sessies.get(k);
      if (!s) return null;
      const t = nu();
      if (verlopen(s, t)) {
        sessies.delete(k);
        return null;
      }
      s.laatstGebruikt = t;
      return s;
    },
    beeindig(token) {
      if (!token) return null;
      const k = hash(token);
      const s = sessies.get(k) ?? null;
      sessies.delete(k);
      return s;
    },
    beeindigVoor(medewerkerId) {
      for (const [k, s] of sessies) if (s.medewerkerId === medewerkerId) sessies.delete(k);
    },
  };
}
