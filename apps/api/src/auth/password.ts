import { hash, verify } from '@node-rs/argon2';

/**
 * OWASP's Argon2id setting: 19 MiB of memory, 2 iterations, parallelism 1.
 * @node-rs/argon2 is a maintained binding of the reference implementation, shipped prebuilt in the registry.
 */
export const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Smallest password length accepted (NIST SP 800-63B). */
export const MIN_PASSWORD_LENGTH = 10;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS as never);
}

/** A hash made once so that a login for an unknown email costs as much as one for a known email. */
let decoy: Promise<string> | undefined;

export async function verifyPassword(stored: string | undefined, password: string): Promise<boolean> {
  if (stored === undefined) {
    decoy ??= hashPassword('kolo-decoy-password');
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}
