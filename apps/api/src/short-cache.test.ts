import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShortCache } from './short-cache.ts';

describe('ShortCache', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('should forget an entry after its lifetime', () => {
    vi.useFakeTimers();
    const cache = new ShortCache<string, number>(2000);
    cache.set('a', 1);
    vi.advanceTimersByTime(1999);
    expect(cache.get('a')).toBe(1);
    vi.advanceTimersByTime(1);
    expect(cache.get('a')).toBeUndefined();
  });

  it('should not cache a value read before something was forgotten', () => {
    const cache = new ShortCache<string, { user: string }>(2000);
    const mark = cache.mark();
    // a logout ends the session while a request is still reading it
    cache.deleteWhere((v) => v.user === 'u1');
    cache.set('s1', { user: 'u1' }, mark);
    expect(cache.get('s1')).toBeUndefined();
    cache.set('s1', { user: 'u1' }, cache.mark());
    expect(cache.get('s1')).toEqual({ user: 'u1' });
    cache.deleteWhere((v) => v.user === 'u1');
    expect(cache.get('s1')).toBeUndefined();
  });

  it('should stay within its size', () => {
    const cache = new ShortCache<number, number>(60_000, 3);
    for (let i = 0; i < 10; i += 1) cache.set(i, i);
    expect([...Array(10).keys()].filter((i) => cache.get(i) !== undefined).length).toBeLessThanOrEqual(3);
  });
});
