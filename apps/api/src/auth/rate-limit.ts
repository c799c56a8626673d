/**
 * Where attempts are counted: one key's attempts within a sliding window. The in-process store
 * below serves one server; a shared store (a database table, Redis) can take its place behind a
 * load balancer, as long as `take` checks and records in one atomic step.
 */
export interface AttemptStore {
  /**
   * Record an attempt at `now` if fewer than `max` were recorded within `windowMs`, and say how
   * many are left; or else record nothing and say how long until the oldest leaves the window.
   */
  take(key: string, max: number, windowMs: number, now: number): Promise<TakeResult>;
  /** Take back the attempt recorded at `at` (one that turned out not to be a failure). */
  refund(key: string, at: number): Promise<void>;
  /** Forget every attempt of a key. */
  reset(key: string): Promise<void>;
}

/** What `AttemptStore.take` answers. */
export type TakeResult = { taken: true; remaining: number } | { taken: false; retryAfterMs: number };

/** Attempts kept in this process's memory; checking and recording happen without an await between them. */
export class MemoryAttemptStore implements AttemptStore {
  private readonly attempts = new Map<string, number[]>();
  private readonly windowMs = new Map<string, number>();

  take(key: string, max: number, windowMs: number, now: number): Promise<TakeResult> {
    const recent = (this.attempts.get(key) ?? []).filter((t) => now - t < windowMs);
    this.attempts.set(key, recent);
    if (recent.length >= max)
      return Promise.resolve({
        taken: false,
        retryAfterMs: Math.max(1, (recent[0] ?? now) + windowMs - now),
      });
    recent.push(now);
    this.windowMs.set(key, windowMs);
    if (this.attempts.size > 50_000) this.prune(now);
    return Promise.resolve({ taken: true, remaining: max - recent.length });
  }

  refund(key: string, at: number): Promise<void> {
    const times = this.attempts.get(key);
    const index = times?.indexOf(at) ?? -1;
    if (times && index >= 0) times.splice(index, 1);
    return Promise.resolve();
  }

  reset(key: string): Promise<void> {
    this.attempts.delete(key);
    this.windowMs.delete(key);
    return Promise.resolve();
  }

  private prune(now: number): void {
    for (const [key, times] of this.attempts) {
      const windowMs = this.windowMs.get(key) ?? 0;
      if (times.every((t) => now - t >= windowMs)) {
        this.attempts.delete(key);
        this.windowMs.delete(key);
      }
    }
  }
}

/** A reserved attempt: refund it when the attempt succeeded, keep it when it failed. */
export interface Attempt {
  readonly key: string;
  readonly at: number;
  /** Attempts left in the window after this one: 0 when this is the last before the limit. */
  readonly remaining: number;
}

/**
 * Guessing limiter: at most `maxAttempts` unsuccessful attempts per key within a window. An
 * attempt is reserved before the password is checked, so guesses sent at once cannot all pass
 * the check while the first ones are still being verified; a success hands its reservation back.
 * @example const attempt = await limiter.reserve(email); if ('retryAfterMs' in attempt) refuse(attempt.retryAfterMs);
 */
export class LoginLimiter {
  constructor(
    readonly maxAttempts: number,
    readonly windowMs: number,
    private readonly store: AttemptStore = new MemoryAttemptStore(),
  ) {}

  /** Reserve one attempt for `key`, or say how long to wait when the limit is reached. */
  async reserve(key: string, now = Date.now()): Promise<Attempt | { retryAfterMs: number }> {
    const taken = await this.store.take(key, this.maxAttempts, this.windowMs, now);
    return taken.taken ? { key, at: now, remaining: taken.remaining } : { retryAfterMs: taken.retryAfterMs };
  }

  /** The attempt succeeded: it does not count against the key. */
  refund(attempt: Attempt): Promise<void> {
    return this.store.refund(attempt.key, attempt.at);
  }

  /** The key proved itself (a right password): forget its failures. */
  reset(key: string): Promise<void> {
    return this.store.reset(key);
  }
}
