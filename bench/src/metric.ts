/** One figure in bench/results.json: what was measured, against what, and what limits it. */
export interface Metric {
  readonly value: number;
  readonly unit: string;
  /** The baseline measured in the same run (for ratios: the denominator), or null. */
  readonly baseline: number | null;
  readonly note: string;
}

export type Metrics = Record<string, Metric>;

/** What every benchmark group receives: `smoke` runs tiny sizes so CI keeps the code alive. */
export interface BenchOptions {
  readonly smoke: boolean;
  /** Where a group may put scratch files (builds, data directories); removed after the run. */
  readonly workDir: string;
}
