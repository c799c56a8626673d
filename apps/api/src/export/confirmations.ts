import { createHash, randomBytes } from 'node:crypto';
import { type Database, type Db, resultRows } from '@kolo/db';
import { sql } from 'drizzle-orm';

/** How long a confirmation may wait before the export it allows is opened. */
export const CONFIRMATION_TTL_MS = 60_000;
/** Confirmations held at most in one process's memory: a caller asking for many and opening none cannot grow it. */
const MAX_PENDING = 10_000;
/** Confirmations one user may hold at once in the shared table; asking for more drops their oldest. */
export const MAX_PENDING_PER_USER = 20;
/** How often one process deletes the expired rows of the shared table. */
const PRUNE_EVERY_MS = 60_000;

/** What a confirmation allows: one export of one survey in one format, by one user. */
export interface ExportGrant {
  readonly userId: string;
  readonly orgId: string;
  readonly surveyId: string;
  readonly format: 'csv' | 'xlsx';
}

/** A confirmation just issued: the token to send back and when it stops working. */
export interface IssuedConfirmation {
  readonly token: string;
  readonly expiresAt: Date;
}

/**
 * One-time confirmations for sensitive exports. A browser sends the session cookie (SameSite=Lax)
 * on a cross-site top-level GET, so a link on another site could start an export in a staff
 * member's name; a confirmation is asked for by a same-origin JSON POST, which another site can
 * neither send with the cookie nor read, and is then spent by the export's GET.
 */
export interface ConfirmationStore {
  /** A new confirmation for this grant, valid {@link CONFIRMATION_TTL_MS}. */
  issue(grant: ExportGrant): Promise<IssuedConfirmation> | IssuedConfirmation;
  /** Spend a confirmation: true only once, before it expires, for exactly the grant it was issued for. */
  redeem(token: string, grant: ExportGrant): Promise<boolean> | boolean;
}

/** A fresh token: 32 random bytes, 43 base64url characters. */
function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Whether a stored confirmation allows this grant at `now`. */
function allows(found: ExportGrant & { readonly expires: number }, grant: ExportGrant, now: number): boolean {
  return (
    found.expires > now &&
    found.userId === grant.userId &&
    found.orgId === grant.orgId &&
    found.surveyId === grant.surveyId &&
    found.format === grant.format
  );
}

/**
 * Confirmations held in this process's memory, for a server on PGlite (one process by nature): a
 * restart forgets the pending ones (asked again in a click).
 */
export class ExportConfirmations implements ConfirmationStore {
  readonly #pending = new Map<string, ExportGrant & { readonly expires: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  issue(grant: ExportGrant): IssuedConfirmation {
    this.#prune();
    if (this.#pending.size >= MAX_PENDING) {
      const oldest = this.#pending.keys().next().value;
      if (oldest !== undefined) this.#pending.delete(oldest);
    }
    const token = newToken();
    const expires = this.now() + CONFIRMATION_TTL_MS;
    this.#pending.set(token, { ...grant, expires });
    return { token, expiresAt: new Date(expires) };
  }

  redeem(token: string, grant: ExportGrant): boolean {
    const found = this.#pending.get(token);
    if (!found) return false;
    // spent by any attempt, so a token that leaked (a log, a shoulder) is worth one try at most
    this.#pending.delete(token);
    return allows(found, grant, this.now());
  }

  #prune(): void {
    const now = this.now();
    for (const [token, grant] of this.#pending) if (grant.expires <= now) this.#pending.delete(token);
  }
}

/**
 * Confirmations kept in PostgreSQL (`export_confirmations`, UNLOGGED), shared by every API process
 * on the database, so one issued through a process can be spent through another behind a
 * round-robin proxy. The table holds a SHA-256 of each token, never the token; a redemption
 * deletes the row in the statement that reads it, so of two attempts sent at once to different
 * processes only one finds it.
 * @example await new PostgresExportConfirmations(db).issue({ userId, orgId, surveyId, format: 'csv' })
 */
export class PostgresExportConfirmations implements ConfirmationStore {
  private prunedAt = 0;

  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {}

  async issue(grant: ExportGrant): Promise<IssuedConfirmation> {
    const now = this.now();
    await this.prune(now);
    const token = newToken();
    const expires = now + CONFIRMATION_TTL_MS;
    await this.db.execute(sql`
      insert into export_confirmations (token_hash, user_id, org_id, survey_id, format, expires_at)
      values (${hashed(token)}, ${grant.userId}, ${grant.orgId}, ${grant.surveyId}, ${grant.format}, ${expires}::bigint)`);
    // a user asking for many and opening none keeps only their newest few
    await this.db.execute(sql`
      delete from export_confirmations where token_hash in (
        select token_hash from export_confirmations where user_id = ${grant.userId}
        order by expires_at desc, token_hash offset ${MAX_PENDING_PER_USER})`);
    return { token, expiresAt: new Date(expires) };
  }

  async redeem(token: string, grant: ExportGrant): Promise<boolean> {
    // spent by any attempt, so a token that leaked (a log, a shoulder) is worth one try at most
    const result = await this.db.execute(sql`
      delete from export_confirmations where token_hash = ${hashed(token)}
      returning user_id, org_id, survey_id, format, expires_at`);
    const [row] = resultRows<{
      user_id: string;
      org_id: string;
      survey_id: string;
      format: ExportGrant['format'];
      expires_at: string | number;
    }>(result);
    if (!row) return false;
    const found = {
      userId: row.user_id,
      orgId: row.org_id,
      surveyId: row.survey_id,
      format: row.format,
      expires: Number(row.expires_at),
    };
    return allows(found, grant, this.now());
  }

  /** Forget expired confirmations, at most once a minute per process. */
  private async prune(now: number): Promise<void> {
    if (now - this.prunedAt < PRUNE_EVERY_MS) return;
    this.prunedAt = now;
    await this.db.execute(sql`delete from export_confirmations where expires_at <= ${now}::bigint`);
  }
}

/** The stored key of a token: its SHA-256, so a copy of the table opens no export. */
function hashed(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const perApp = new WeakMap<object, ConfirmationStore>();

/**
 * The confirmations of one app instance (keyed by its dependencies, so tests' apps stay apart): in
 * PostgreSQL, shared by every process on the database; in memory on PGlite.
 */
export function exportConfirmations(deps: { readonly database: Database }): ConfirmationStore {
  let found = perApp.get(deps);
  if (!found) {
    found =
      deps.database.kind === 'postgres'
        ? new PostgresExportConfirmations(deps.database.db)
        : new ExportConfirmations();
    perApp.set(deps, found);
  }
  return found;
}
