/** What an {@link outboxLoad} run did. */
export interface OutboxResult {
  /** Ids the server acknowledged (201 stored, or 200 already stored) during the timed run. */
  readonly acknowledged: ReadonlySet<string>;
  /** Ids acknowledged by the two warm-up requests before the timed run. */
  readonly warmUpAcknowledged: ReadonlySet<string>;
  /** Items the server refused (any item status other than 200 or 201). */
  readonly refused: number;
  /** Batches sent in the timed run (each counted once, however often it was resent). */
  readonly batches: number;
  /** Requests resent with the same body after a timeout, a dropped connection or a 5xx. */
  readonly resent: number;
  /** Of those, how many were resent after the client's timeout. */
  readonly timeouts: number;
  /** Requests answered with a 4xx (never resent: the phone sets such a batch aside). */
  readonly clientErrors: number;
  /** Wall time of the timed run, until every batch in the outbox was acknowledged. */
  readonly seconds: number;
  /** Request latency percentiles over every attempt, in ms (a timed-out attempt counts as the timeout). */
  readonly latencyMs: { readonly p50: number; readonly p99: number; readonly max: number };
}

export interface OutboxOptions {
  readonly url: string;
  readonly headers?: Record<string, string>;
  /** Batches in flight at once, like phones syncing at the same time. */
  readonly connections: number;
  /** New batches are taken for this long; the outboxes are then drained. */
  readonly seconds: number;
  /** A request not answered in this time is abandoned and resent (the phone's timeout). */
  readonly timeoutMs: number;
  /** A new batch body (new submission ids) each call. */
  readonly body: () => string;
  /** Attempts per batch before the run fails (the server must answer, not only store). */
  readonly maxAttempts?: number;
}

interface ItemResult {
  readonly id: string | null;
  readonly status: number;
}

/** The q-quantile of sorted values (nearest rank). */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
}

/**
 * POST batches of submissions as the phone's outbox does: each of `connections` senders takes a
 * new batch, sends it, and on a timeout, a dropped connection or a 5xx sends the same body again
 * (same submission ids: the server answers 200 for an id it already holds) until it is answered.
 * An id counts as acknowledged once, so a correct server stores exactly the acknowledged ids.
 */
export async function outboxLoad(options: OutboxOptions): Promise<OutboxResult> {
  const maxAttempts = options.maxAttempts ?? 20;
  const latencies: number[] = [];
  let refused = 0;
  let resent = 0;
  let timeouts = 0;
  let clientErrors = 0;
  let batches = 0;

  /** Send one body until it is answered; returns the acknowledged ids. */
  const deliver = async (body: string): Promise<string[]> => {
    for (let attempt = 1; ; attempt += 1) {
      const started = performance.now();
      let failure: string;
      try {
        const response = await fetch(options.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...options.headers },
          body,
          signal: AbortSignal.timeout(options.timeoutMs),
        });
        const text = await response.text();
        latencies.push(performance.now() - started);
        if (response.ok) {
          const acked: string[] = [];
          for (const r of (JSON.parse(text) as { results: ItemResult[] }).results) {
            if ((r.status === 200 || r.status === 201) && r.id) acked.push(r.id);
            else refused += 1;
          }
          return acked;
        }
        if (response.status < 500) {
          clientErrors += 1;
          return [];
        }
        failure = `${response.status} ${text.slice(0, 200)}`;
      } catch (error) {
        const timedOut = error instanceof Error && error.name === 'TimeoutError';
        latencies.push(timedOut ? options.timeoutMs : performance.now() - started);
        if (timedOut) timeouts += 1;
        failure = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      }
      if (attempt >= maxAttempts)
        throw new Error(`a batch was not acknowledged after ${attempt} attempts: ${failure}`);
      resent += 1;
    }
  };

  const warmUpAcknowledged = new Set<string>();
  for (let i = 0; i < 2; i += 1) for (const id of await deliver(options.body())) warmUpAcknowledged.add(id);
  latencies.length = 0;
  resent = 0;
  timeouts = 0;

  const acknowledged = new Set<string>();
  const started = performance.now();
  const until = started + options.seconds * 1000;
  const sender = async () => {
    while (performance.now() < until) {
      batches += 1;
      for (const id of await deliver(options.body())) acknowledged.add(id);
    }
  };
  await Promise.all(Array.from({ length: options.connections }, sender));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    acknowledged,
    warmUpAcknowledged,
    refused,
    batches,
    resent,
    timeouts,
    clientErrors,
    seconds,
    latencyMs: {
      p50: quantile(latencies, 0.5),
      p99: quantile(latencies, 0.99),
      max: latencies[latencies.length - 1] ?? 0,
    },
  };
}
