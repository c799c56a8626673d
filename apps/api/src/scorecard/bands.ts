/** How a value stands against its standard; `none` when the indicator has no standard. */
export type Band = 'green' | 'amber' | 'red' | 'none';

/** Which way a value moved against the previous period. */
export type Arrow = 'up' | 'down' | 'same' | 'unknown';

/** The thresholds a band is read from. */
export interface Thresholds {
  readonly direction: 'higher' | 'lower';
  readonly green: number;
  readonly amber: number;
}

/** The band of a published value: green from `green` on, amber from `amber` on, red beyond. */
export function bandOf(value: number, standard: Thresholds | null): Band {
  if (!standard) return 'none';
  if (standard.direction === 'higher') {
    if (value >= standard.green) return 'green';
    return value >= standard.amber ? 'amber' : 'red';
  }
  if (value <= standard.green) return 'green';
  return value <= standard.amber ? 'amber' : 'red';
}

/**
 * The move from the previous period's value; a difference under half a point (what the page
 * rounds away) is `same`, a withheld value on either side `unknown`.
 */
export function arrowOf(value: number | null, previous: number | null): Arrow {
  if (value === null || previous === null) return 'unknown';
  if (Math.abs(value - previous) < 0.5) return 'same';
  return value > previous ? 'up' : 'down';
}
