import { getConnInfo } from '@hono/node-server/conninfo';
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { audit } from '../audit.ts';
import { accountByEmail, changeOwnPassword, passwordHashOf, signInMembership } from '../auth/accounts.ts';
import { reserveAttempts, tooMany } from '../auth/attempts.ts';
import { MIN_PASSWORD_LENGTH, verifyPassword } from '../auth/password.ts';
import { accessEnded, createSession, endSession, SESSION_COOKIE } from '../auth/session.ts';
import type { AppEnv } from '../context.ts';
import { ApiError } from '../errors.ts';
import { ErrorSchema, json, secured, signedIn } from '../route-kit.ts';

const Me = z
  .object({
    user: z.object({ id: z.string(), email: z.string(), name: z.string() }),
    organization: z.object({ id: z.string(), name: z.string() }),
    role: z.enum(['admin', 'staff', 'monitor', 'funder']),
    siteIds: z.array(z.string()),
  })
  .openapi('Me');

/** The caller's address: the socket's, or the first `X-Forwarded-For` hop only when `KOLO_TRUST_PROXY` is set. */
export function clientAddress(c: Context<AppEnv>): string {
  if (c.get('deps').config.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'local';
  }
}

/** The auth routes, typed for the OpenAPI document and the hono client. */
export function authRoutes() {
  return [
    secured(
      {
        method: 'post',
        path: '/api/auth/login',
        access: 'public',
        summary: 'Sign in with email and password; sets the session cookie',
        request: {
          body: {
            content: {
              'application/json': {
                schema: z.strictObject({
                  email: z.string().email().max(254),
                  password: z.string().min(1).max(1024),
                }),
              },
            },
            required: true,
          },
        },
        responses: {
          200: json(Me, 'Signed in'),
          429: json(ErrorSchema, 'Too many failed attempts'),
        },
      },
      async (c) => {
        const { db, accountLimiter, addressLimiter, config } = c.get('deps');
        const { email: rawEmail, password } = c.req.valid('json');
        const email = rawEmail.trim().toLowerCase();
        const address = clientAddress(c);
        // reserve before the Argon2 check: guesses sent at once cannot all be checked
        const [, addressAttempt] = await reserveAttempts(
          c,
          [
            [accountLimiter, email],
            [addressLimiter, address],
          ],
          'failed sign-ins',
        );
        const user = await accountByEmail(db, email);
        const ok = await verifyPassword(user?.passwordHash, password);
        const membership = user ? await signInMembership(db, user.id) : undefined;
        if (!ok || !user?.active || !membership) {
          // the reserved attempts stay counted as failures
          await audit(
            db,
            { orgId: membership?.orgId ?? null, userId: user?.id ?? null },
            'login_failed',
            email,
          );
          throw new ApiError(
            401,
            'unauthenticated',
            'wrong email or password, or the account is deactivated',
          );
        }
        // the right password of an account whose access ended: say so (only to whoever knows the password)
        if (accessEnded(membership.accessUntil)) {
          await audit(db, { orgId: membership.orgId, userId: user.id }, 'login_failed', email, {
            reason: 'access_ended',
          });
          throw new ApiError(
            403,
            'forbidden',
            `your access to ${membership.orgName} ended on ${membership.accessUntil}; ask the organization if you need it again`,
            { reason: 'access_ended', accessUntil: membership.accessUntil },
          );
        }
        await accountLimiter.reset(email);
        if (addressAttempt) await addressLimiter.refund(addressAttempt);
        // a password an admin set is temporary: no session until the person chooses their own
        if (user.mustChangePassword)
          throw new ApiError(
            403,
            'forbidden',
            'this password was set by an admin: choose your own password to sign in',
            { reason: 'password_change_required' },
          );
        const session = await createSession(db, user.id, membership.orgId, config.sessionHours);
        setCookie(c, SESSION_COOKIE, session.token, {
          httpOnly: true,
          sameSite: 'Lax',
          secure: config.secureCookies,
          path: '/',
          expires: session.expiresAt,
        });
        await audit(db, { orgId: membership.orgId, userId: user.id }, 'login');
        return c.json(
          {
            user: { id: user.id, email: user.email, name: user.name },
            organization: { id: membership.orgId, name: membership.orgName },
            role: membership.role,
            siteIds: membership.siteIds,
          },
          200,
        );
      },
    ),

    secured(
      {
        method: 'post',
        path: '/api/auth/logout',
        access: 'signed_in',
        summary: 'End the session',
        responses: { 200: json(z.object({ ok: z.boolean() }), 'Signed out') },
      },
      async (c) => {
        const { db } = c.get('deps');
        const user = c.get('user');
        if (user) {
          await endSession(db, user.sessionId, c.get('deps').sessions);
          await audit(db, user, 'logout');
        }
        deleteCookie(c, SESSION_COOKIE, { path: '/' });
        return c.json({ ok: true }, 200);
      },
    ),

    secured(
      {
        method: 'get',
        path: '/api/auth/me',
        access: 'public',
        summary:
          'The signed-in user, organization and role; 204 when no session cookie was sent (a visitor), 401 when the session it names has ended',
        responses: {
          200: json(Me, 'The signed-in user'),
          204: { description: 'Not signed in' },
        },
      },
      (c) => {
        const user = c.get('user');
        if (!user) {
          if (getCookie(c, SESSION_COOKIE) === undefined) return c.body(null, 204);
          throw new ApiError(401, 'unauthenticated', 'the session has ended; sign in again');
        }
        return c.json(
          {
            user: { id: user.userId, email: user.email, name: user.name },
            organization: { id: user.orgId, name: user.orgName },
            role: user.role,
            siteIds: [...user.siteIds],
          },
          200,
        );
      },
    ),

    secured(
      {
        method: 'post',
        path: '/api/auth/password',
        access: 'signed_in',
        summary: 'Change the password; ends every session of the user',
        request: {
          body: {
            content: {
              'application/json': {
                schema: z.strictObject({
                  currentPassword: z.string().min(1).max(1024),
                  newPassword: z.string().min(MIN_PASSWORD_LENGTH).max(1024),
                }),
              },
            },
            required: true,
          },
        },
        responses: { 200: json(z.object({ ok: z.boolean() }), 'Changed; sign in again') },
      },
      async (c) => {
        const { db, passwordLimiter, sessions } = c.get('deps');
        const user = signedIn(c);
        const { currentPassword, newPassword } = c.req.valid('json');
        // a session on a lost or seized phone must not allow unlimited guessing of the password
        const [attempt] = await reserveAttempts(c, [[passwordLimiter, user.userId]], 'wrong passwords');
        if (!(await verifyPassword(await passwordHashOf(db, user.userId), currentPassword))) {
          await audit(db, user, 'login_failed', user.email, { via: 'password_change' });
          if (attempt?.remaining === 0) {
            // the last guess allowed: sign this session out, so a seized phone has to sign in again
            await endSession(db, user.sessionId, sessions);
            deleteCookie(c, SESSION_COOKIE, { path: '/' });
            throw tooMany(c, 'wrong passwords; you have been signed out', passwordLimiter.windowMs);
          }
          throw new ApiError(403, 'forbidden', 'the current password is wrong');
        }
        await passwordLimiter.reset(user.userId);
        await changeOwnPassword(db, user.userId, newPassword, sessions);
        await audit(db, user, 'password_change');
        deleteCookie(c, SESSION_COOKIE, { path: '/' });
        return c.json({ ok: true }, 200);
      },
    ),
  ] as const;
}
