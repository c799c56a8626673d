import { randomInt } from 'node:crypto';
import { type Db, memberships, users } from '@kolo/db';
import { and, eq } from 'drizzle-orm';
import { changeOwnPassword } from '../auth/accounts.ts';
import { hashPassword } from '../auth/password.ts';
import { endUserSessions, type SessionCache } from '../auth/session.ts';

/** Letters and digits that cannot be mistaken for one another when read aloud or copied by hand. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A temporary password of 15 letters and digits in groups of five (about 74 bits). */
export function temporaryPassword(): string {
  const groups = Array.from({ length: 3 }, () =>
    Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
  );
  return groups.join('-');
}

/**
 * Set a temporary password on a member of the organization: the person must choose their own at
 * next sign-in, and every session of theirs ends now. False when the user is not a member.
 */
export async function resetPassword(
  db: Db,
  orgId: string,
  userId: string,
  password: string,
  cache?: SessionCache,
): Promise<boolean> {
  const [member] = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.orgId, orgId)));
  if (!member) return false;
  await db
    .update(users)
    .set({ passwordHash: await hashPassword(password), mustChangePassword: true })
    .where(eq(users.id, userId));
  await endUserSessions(db, userId, cache);
  return true;
}

/**
 * Replace a temporary password with the person's own choice, and end every session of theirs.
 * Answers the person's organization (for the audit log), or null when they belong to none.
 */
export async function chooseOwnPassword(
  db: Db,
  userId: string,
  password: string,
  cache?: SessionCache,
): Promise<string | null> {
  await changeOwnPassword(db, userId, password, cache);
  const [member] = await db
    .select({ orgId: memberships.orgId })
    .from(memberships)
    .where(eq(memberships.userId, userId))
    .limit(1);
  return member?.orgId ?? null;
}
