import { randomBytes } from 'node:crypto';

/** How long a confirmation may wait before the export it allows is opened. */
export const CONFIRMATION_TTL_MS = 60_000;
/** Confirmations held at most: a caller asking for many and opening none cannot grow memory. */
const MAX_PENDING = 10_000;

/** What a confirmation allows: one export of one survey in one format, by one user. */
export interface ExportGrant {
  readonly userId: string;
  readonly orgId: string;
  readonly surveyId: string;
  readonly format: 'csv' | 'xlsx';
}

/**
 * One-time confirmations for sensitive exports. A browser sends the session cookie (SameSite=Lax)
 * on a cross-site top-level GET, so a link on another site could start an export in a staff
 * member's name; a confirmation is asked for by a same-origin JSON POST, which another site can
 * neither send with the cookie nor read, and is then spent by the export's GET. Held in this
 * process's memory, like the sign-in limiter: a restart forgets the pending ones (asked again in a
 * click), and several API processes behind one address would need a shared store.
 */
export class ExportConfirmations {
  readonly #pending = new Map<string, ExportGrant & { readonly expires: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** A new confirmation for this grant, valid {@link CONFIRMATION_TTL_MS}. */
  issue(grant: ExportGrant): { token: string; expiresAt: Date } {
    this.#prune();
    if (this.#pending.size >= MAX_PENDING) {
      const oldest = this.#pending.keys().next().value;
      if (oldest !== undefined) this.#pending.delete(oldest);
    }
    const token = randomBytes(32).toString('base64url');
    const expires = this.now() + CONFIRMATION_TTL_MS;
    this.#pending.set(token, { ...grant, expires });
    return { token, expiresAt: new Date(expires) };
  }

  /** Spend a confirmation: true only once, before it expires, for exactly the grant it was issued for. */
  redeem(token: string, grant: ExportGrant): boolean {
    const found = this.#pending.get(token);
    if (!found) return false;
    // spent by any attempt, so a token that leaked (a log, a shoulder) is worth one try at most
    this.#pending.delete(token);
    return (
      found.expires > this.now() &&
      found.userId === grant.userId &&
      found.orgId === grant.orgId &&
      found.surveyId === grant.surveyId &&
      found.format === grant.format
    );
  }

  #prune(): void {
    const now = this.now();
    for (const [token, grant] of this.#pending) if (grant.expires <= now) this.#pending.delete(token);
  }
}

const perApp = new WeakMap<object, ExportConfirmations>();

/** The confirmations of one app instance (keyed by its dependencies, so tests' apps stay apart). */
export function exportConfirmations(deps: object): ExportConfirmations {
  let found = perApp.get(deps);
  if (!found) {
    found = new ExportConfirmations();
    perApp.set(deps, found);
  }
  return found;
}
