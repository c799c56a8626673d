import { type Db, memberships, type Role, users } from '@kolo/db';
import type { Member } from '@kolo/schema';
import { and, eq, type SQL } from 'drizzle-orm';
import { audit } from '../audit.ts';

/** A person to add to an organization, the password already hashed. */
export interface NewMember {
  readonly email: string;
  readonly name: string;
  readonly passwordHash: string;
  readonly role: Role;
  readonly siteIds: readonly string[];
  /** A funder's last day of access (`YYYY-MM-DD`). */
  readonly accessUntil?: string | null;
  /**
   * The password was chosen by an admin for the person, so it is temporary: they choose their own
   * at first sign-in (`POST /api/auth/new-password`, as after a reset). The command line and the
   * demo seed leave it out: there the person setting the password is the one who signs in.
   */
  readonly mustChangePassword?: boolean;
}

/** Who adds the person: an admin, or nobody (the command line, the demo seed). */
export interface MemberCreator {
  readonly orgId: string;
  readonly userId: string | null;
}

/**
 * Add a user and their membership of the organization, with the `user_create` audit entry in the
 * same transaction: the one way people are created, by the API, the command line and the demo.
 * Call it inside `db.transaction` when more must happen atomically (the CLI creates the
 * organization first); `details` adds to the audit entry (never a password).
 */
export async function createMember(
  db: Db,
  by: MemberCreator,
  member: NewMember,
  details: Record<string, unknown> = {},
): Promise<string> {
  const write = async (tx: Db) => {
    const [user] = await tx
      .insert(users)
      .values({
        email: member.email,
        name: member.name,
        passwordHash: member.passwordHash,
        mustChangePassword: member.mustChangePassword ?? false,
      })
      .returning({ id: users.id });
    if (!user) throw new Error('the user was not created');
    await tx.insert(memberships).values({
      userId: user.id,
      orgId: by.orgId,
      role: member.role,
      siteIds: [...member.siteIds],
      accessUntil: member.accessUntil ?? null,
    });
    await audit(tx, by, 'user_create', user.id, {
      role: member.role,
      siteIds: member.siteIds,
      ...(member.accessUntil ? { accessUntil: member.accessUntil } : {}),
      ...(member.mustChangePassword ? { passwordTemporary: true } : {}),
      ...details,
    });
    return user.id;
  };
  return db.transaction((tx) => write(tx));
}

/** Users with their role and sites in an organization, as the admin screens show them. */
function members(db: Db, where: SQL | undefined) {
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      active: users.active,
      role: memberships.role,
      siteIds: memberships.siteIds,
      accessUntil: memberships.accessUntil,
      mustChangePassword: users.mustChangePassword,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(where);
}

/** The people of an organization by email. */
export async function listMembers(db: Db, orgId: string): Promise<Member[]> {
  return members(db, eq(memberships.orgId, orgId)).orderBy(users.email);
}

/** One person of an organization, or undefined when they are not in it. */
export async function findMember(db: Db, orgId: string, userId: string): Promise<Member | undefined> {
  const [row] = await members(db, and(eq(memberships.userId, userId), eq(memberships.orgId, orgId)));
  return row;
}

/** Whether an email is free for a new account, already a person of the organization, or used elsewhere. */
export async function emailStanding(
  db: Db,
  orgId: string,
  email: string,
): Promise<'free' | 'member' | 'elsewhere'> {
  const [existing] = await db
    .select({ id: users.id, orgId: memberships.orgId })
    .from(users)
    .leftJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.orgId, orgId)))
    .where(eq(users.email, email));
  if (!existing) return 'free';
  return existing.orgId ? 'member' : 'elsewhere';
}

/** A change of a person's membership (role, sites, a funder's end date) and account (name, activity, password). */
export interface MemberChange {
  readonly role?: Role | undefined;
  readonly siteIds?: readonly string[] | undefined;
  /** `null` removes the end date; undefined keeps it. */
  readonly accessUntil?: string | null | undefined;
  readonly name?: string | undefined;
  readonly active?: boolean | undefined;
  /** A temporary password, hashed: the person chooses their own at next sign-in. */
  readonly passwordHash?: string | undefined;
}

/**
 * Write a change of a person of the organization, each part with its audit entry
 * (`membership_change`, `user_update`: field names, never a password) in one transaction.
 */
export async function changeMember(
  db: Db,
  by: MemberCreator,
  userId: string,
  change: MemberChange,
): Promise<void> {
  const { role, siteIds, accessUntil } = change;
  const userFields = {
    ...(change.name ? { name: change.name } : {}),
    ...(change.active !== undefined ? { active: change.active } : {}),
    ...(change.passwordHash ? { passwordHash: change.passwordHash, mustChangePassword: true } : {}),
  };
  await db.transaction(async (tx) => {
    if (role || siteIds || accessUntil !== undefined) {
      await tx
        .update(memberships)
        .set({
          ...(role ? { role } : {}),
          ...(siteIds ? { siteIds: [...siteIds] } : {}),
          ...(accessUntil !== undefined ? { accessUntil } : {}),
        })
        .where(and(eq(memberships.userId, userId), eq(memberships.orgId, by.orgId)));
      await audit(tx, by, 'membership_change', userId, {
        role,
        siteIds,
        ...(accessUntil !== undefined ? { accessUntil } : {}),
      });
    }
    if (Object.keys(userFields).length > 0) {
      await tx.update(users).set(userFields).where(eq(users.id, userId));
      await audit(tx, by, 'user_update', userId, {
        fields: Object.keys(userFields)
          .filter((f) => f !== 'mustChangePassword')
          .map((f) => (f === 'passwordHash' ? 'password' : f)),
      });
    }
  });
}
