import { z } from '@hono/zod-openapi';
import { chooseOwnPassword } from '../admin/passwords.ts';
import { audit } from '../audit.ts';
import { accountByEmail } from '../auth/accounts.ts';
import { reserveAttempts } from '../auth/attempts.ts';
import { MIN_PASSWORD_LENGTH, verifyPassword } from '../auth/password.ts';
import { ApiError } from '../errors.ts';
import { json, secured } from '../route-kit.ts';
import { clientAddress } from './auth.ts';

const NewPasswordBody = z.strictObject({
  email: z.string().trim().max(254).toLowerCase().pipe(z.email()),
  temporaryPassword: z.string().min(1).max(1024),
  newPassword: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `newPassword: at least ${MIN_PASSWORD_LENGTH} characters`)
    .max(1024),
});

/** The route where a person whose password an admin reset chooses their own (then signs in with it). */
export function temporaryPasswordRoutes() {
  return [
    secured(
      {
        method: 'post',
        path: '/api/auth/new-password',
        access: 'public',
        summary: 'Replace a temporary password set by an admin with your own; then sign in with the new one',
        request: { body: { content: { 'application/json': { schema: NewPasswordBody } }, required: true } },
        responses: { 200: json(z.object({ ok: z.literal(true) }), 'Changed; sign in with the new password') },
      },
      async (c) => {
        const { db, accountLimiter, addressLimiter, sessions } = c.get('deps');
        const { email, temporaryPassword, newPassword } = c.req.valid('json');
        // the same limits as sign-in: this route checks a password too
        const [, addressAttempt] = await reserveAttempts(
          c,
          [
            [accountLimiter, email],
            [addressLimiter, clientAddress(c)],
          ],
          'failed sign-ins',
        );
        const user = await accountByEmail(db, email);
        const ok = await verifyPassword(user?.passwordHash, temporaryPassword);
        if (!ok || !user?.active || !user.mustChangePassword) {
          await audit(db, { orgId: null, userId: user?.id ?? null }, 'login_failed', email, {
            via: 'new_password',
          });
          throw new ApiError(
            401,
            'unauthenticated',
            'wrong email or temporary password, or no new password is asked for this account',
          );
        }
        if (newPassword === temporaryPassword)
          throw new ApiError(422, 'invalid', 'newPassword: choose a password other than the temporary one');
        await accountLimiter.reset(email);
        if (addressAttempt) await addressLimiter.refund(addressAttempt);
        const orgId = await chooseOwnPassword(db, user.id, newPassword, sessions);
        await audit(db, { orgId, userId: user.id }, 'password_change', undefined, { afterReset: true });
        return c.json({ ok: true as const }, 200);
      },
    ),
  ] as const;
}
