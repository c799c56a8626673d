import { describe, expect, it } from 'vitest';
import { LoginLimiter, MemoryAttemptStore } from './rate-limit.ts';

describe('LoginLimiter', () => {
  it('should reserve up to the limit at once, then say how long to wait', async () => {
    const limiter = new LoginLimiter(3, 60_000);
    const now = 1_000_000;
    const taken = await Promise.all([1, 2, 3, 4].map(() => limiter.reserve('a@x.test', now)));
    expect(taken.map((t) => ('remaining' in t ? t.remaining : 'refused'))).toEqual([2, 1, 0, 'refused']);
    expect(taken[3]).toEqual({ retryAfterMs: 60_000 });
    expect(await limiter.reserve('b@x.test', now)).toMatchObject({ remaining: 2 });
    expect(await limiter.reserve('a@x.test', now + 60_000)).toMatchObject({ remaining: 2 });
  });

  it('should hand back a refunded attempt and forget a key on reset', async () => {
    const limiter = new LoginLimiter(2, 60_000, new MemoryAttemptStore());
    const first = await limiter.reserve('k', 10);
    await limiter.reserve('k', 20);
    expect(await limiter.reserve('k', 30)).toEqual({ retryAfterMs: 59_980 });
    if ('at' in first) await limiter.refund(first);
    expect(await limiter.reserve('k', 40)).toMatchObject({ remaining: 0 });
    await limiter.reset('k');
    expect(await limiter.reserve('k', 50)).toMatchObject({ remaining: 1 });
  });
});
