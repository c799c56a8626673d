import type { Context } from 'hono';
import type { AppEnv } from '../context.ts';
import { ApiError } from '../errors.ts';
import type { Attempt, LoginLimiter } from './rate-limit.ts';

/**
 * Reserve one attempt under each limiter before a password is checked, or refuse with 429 and
 * `Retry-After` when any limit is reached (the attempts already reserved are handed back then).
 * @example const [account, address] = await reserveAttempts(c, [[accountLimiter, email], [addressLimiter, ip]], 'sign-ins');
 */
export async function reserveAttempts(
  c: Context<AppEnv>,
  limits: ReadonlyArray<readonly [LoginLimiter, string]>,
  what: string,
): Promise<Attempt[]> {
  const taken: Array<[LoginLimiter, Attempt]> = [];
  let wait = 0;
  for (const [limiter, key] of limits) {
    const attempt = await limiter.reserve(key);
    if ('retryAfterMs' in attempt) wait = Math.max(wait, attempt.retryAfterMs);
    else taken.push([limiter, attempt]);
  }
  if (wait === 0) return taken.map(([, attempt]) => attempt);
  await Promise.all(taken.map(([limiter, attempt]) => limiter.refund(attempt)));
  throw tooMany(c, what, wait);
}

/** The 429 for a reached limit, with `Retry-After` in seconds. */
export function tooMany(c: Context<AppEnv>, what: string, waitMs: number): ApiError {
  c.header('Retry-After', String(Math.max(1, Math.ceil(waitMs / 1000))));
  return new ApiError(
    429,
    'rate_limited',
    `too many ${what}; try again in ${Math.max(1, Math.ceil(waitMs / 60_000))} min`,
  );
}
