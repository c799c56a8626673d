import { createHash, randomBytes } from 'node:crypto';
import { type Db, memberships, organizations, type Role, sessions, users } from '@kolo/db';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import { ShortCache } from '../short-cache.ts';

/** The signed-in user as every route sees it. */
export interface SessionUser {
  readonly sessionId: string;
  readonly userId: string;
  readonly email: string;
  readonly name: string;
  readonly orgId: string;
  readonly orgName: string;
  readonly role: Role;
  readonly siteIds: readonly string[];
}

export const SESSION_COOKIE = 'kolo_session';

/** The session id stored is the SHA-256 of the cookie token: a stolen database holds no usable session. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(
  db: Db,
  userId: string,
  orgId: string,
  hours: number,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + hours * 3_600_000);
  await db.insert(sessions).values({ id: sessionIdOf(token), userId, orgId, expiresAt });
  return { token, expiresAt };
}

/**
 * Sessions read in the last two seconds, by session id: a device sending many submissions has its
 * user, organization and membership read once per two seconds, not once per request. Ending a
 * session or a user's sessions forgets them here at once. With `shared` (PostgreSQL, where other
 * API processes may end a session) a cached session is also looked up by its key on every request,
 * so a session another process ended is refused at once.
 */
export class SessionCache extends ShortCache<string, { user: SessionUser; expiresAt: number }> {
  constructor(readonly shared: boolean) {
    super(2000);
  }
}

/** The session cache of one process; `shared` when other processes may end sessions (PostgreSQL). */
export function sessionCache(shared = false): SessionCache {
  return new SessionCache(shared);
}

/** The lookup behind {@link sessionAlive}, prepared once per database (planned once per connection). */
const aliveStatements = new WeakMap<Db, ReturnType<typeof prepareAlive>>();

function prepareAlive(db: Db) {
  return db
    .select({ id: sessions.id })
    .from(sessions)
    .where(and(eq(sessions.id, sql.placeholder('id')), gt(sessions.expiresAt, sql`now()`)))
    .prepare('kolo_session_alive');
}

/** Whether the session still exists and has not expired: one primary-key lookup, a prepared statement. */
export async function sessionAlive(db: Db, id: string): Promise<boolean> {
  let statement = aliveStatements.get(db);
  if (!statement) {
    statement = prepareAlive(db);
    aliveStatements.set(db, statement);
  }
  const [row] = await statement.execute({ id });
  return !!row;
}

/** Whether an account's last day of access (`YYYY-MM-DD`, UTC; funders may have one) has passed. */
export function accessEnded(accessUntil: string | null | undefined, now = new Date()): boolean {
  return !!accessUntil && accessUntil < now.toISOString().slice(0, 10);
}

/** Look up a session token; expired sessions and inactive users give null. Extends sessions in use (sliding expiry). */
export async function readSession(
  db: Db,
  token: string,
  hours: number,
  cache?: SessionCache,
): Promise<SessionUser | null> {
  const id = sessionIdOf(token);
  const cached = cache?.get(id);
  if (cached && cached.expiresAt > Date.now()) {
    if (!cache?.shared || (await sessionAlive(db, id))) return cached.user;
    cache.delete(id);
    return null;
  }
  const mark = cache?.mark() ?? 0;
  const [row] = await db
    .select({
      sessionId: sessions.id,
      expiresAt: sessions.expiresAt,
      lastSeenAt: sessions.lastSeenAt,
      userId: users.id,
      email: users.email,
      name: users.name,
      active: users.active,
      orgId: organizations.id,
      orgName: organizations.name,
      role: memberships.role,
      siteIds: memberships.siteIds,
      accessUntil: memberships.accessUntil,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(organizations, eq(organizations.id, sessions.orgId))
    .innerJoin(
      memberships,
      and(eq(memberships.userId, sessions.userId), eq(memberships.orgId, sessions.orgId)),
    )
    .where(eq(sessions.id, id));
  if (!row?.active || row.expiresAt.getTime() <= Date.now()) return null;
  if (accessEnded(row.accessUntil)) return null;
  // refresh at most once a minute to keep reads cheap
  if (Date.now() - row.lastSeenAt.getTime() > 60_000) {
    await db
      .update(sessions)
      .set({ lastSeenAt: new Date(), expiresAt: new Date(Date.now() + hours * 3_600_000) })
      .where(eq(sessions.id, id));
  }
  const user: SessionUser = {
    sessionId: row.sessionId,
    userId: row.userId,
    email: row.email,
    name: row.name,
    orgId: row.orgId,
    orgName: row.orgName,
    role: row.role,
    siteIds: row.siteIds,
  };
  cache?.set(id, { user, expiresAt: row.expiresAt.getTime() }, mark);
  return user;
}

export async function endSession(db: Db, sessionId: string, cache?: SessionCache): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
  cache?.delete(sessionId);
}

/** End every session of a user: on deactivation, password change, new role or sites. */
export async function endUserSessions(db: Db, userId: string, cache?: SessionCache): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
  cache?.deleteWhere((s) => s.user.userId === userId);
}

export async function pruneSessions(db: Db): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
}
