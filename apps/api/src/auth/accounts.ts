import { type Db, memberships, organizations, users } from '@kolo/db';
import { eq } from 'drizzle-orm';
import { hashPassword } from './password.ts';
import { endUserSessions, type SessionCache } from './session.ts';

/** The account an email signs in with, or undefined. */
export async function accountByEmail(db: Db, email: string) {
  const [user] = await db.select().from(users).where(eq(users.email, email));
  return user;
}

/** The organization, role and sites a person signs in to (their first membership), or undefined. */
export async function signInMembership(db: Db, userId: string) {
  const [membership] = await db
    .select({
      orgId: memberships.orgId,
      role: memberships.role,
      siteIds: memberships.siteIds,
      accessUntil: memberships.accessUntil,
      orgName: organizations.name,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .where(eq(memberships.userId, userId))
    .limit(1);
  return membership;
}

/** The stored password hash of an account, or undefined when there is no such account. */
export async function passwordHashOf(db: Db, userId: string): Promise<string | undefined> {
  const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId));
  return row?.hash;
}

/** Set a person's own new password and end every session of theirs (the caller signs in again). */
export async function changeOwnPassword(
  db: Db,
  userId: string,
  password: string,
  cache?: SessionCache,
): Promise<void> {
  await db
    .update(users)
    .set({ passwordHash: await hashPassword(password), mustChangePassword: false })
    .where(eq(users.id, userId));
  await endUserSessions(db, userId, cache);
}
