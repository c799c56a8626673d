import { type Db, memberships, type Role, users } from '@kolo/db';
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
      .values({ email: member.email, name: member.name, passwordHash: member.passwordHash })
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
      ...details,
    });
    return user.id;
  };
  return db.transaction((tx) => write(tx));
}
