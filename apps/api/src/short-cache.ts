/**
 * A small in-process cache whose entries live `ttlMs` at most, for lookups every request repeats
 * (the session behind a cookie, a site's activity). Writers that change what is cached forget the
 * entries at once; the lifetime bounds how stale another process's copy can be.
 */
export class ShortCache<K, V> {
  private readonly entries = new Map<K, { value: V; until: number }>();
  /** Counts forgets, so a value read before one is not cached after it. */
  private forgets = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Take before reading what will be cached; pass to {@link set}. */
  mark(): number {
    return this.forgets;
  }

  /** Cache a value, unless something was forgotten since `mark` (the value may be stale). */
  set(key: K, value: V, mark = this.forgets): void {
    if (mark !== this.forgets) return;
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(key, { value, until: Date.now() + this.ttlMs });
  }

  delete(key: K): void {
    this.forgets += 1;
    this.entries.delete(key);
  }

  /** Forget every entry whose value matches. */
  deleteWhere(matches: (value: V) => boolean): void {
    this.forgets += 1;
    for (const [key, entry] of this.entries) if (matches(entry.value)) this.entries.delete(key);
  }

  clear(): void {
    this.forgets += 1;
    this.entries.clear();
  }
}
