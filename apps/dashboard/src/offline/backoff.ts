/** Delay before retry number `attempts` (1-based): 5 s doubling, capped at 10 minutes, with ±20 % jitter. */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(5_000 * 2 ** Math.max(0, attempts - 1), 10 * 60_000);
  return Math.round(base * (0.8 + random() * 0.4));
}
