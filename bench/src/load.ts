import autocannon from 'autocannon';

/** What one autocannon run did: requests per second, and what the responses said. */
export interface LoadResult {
  readonly requests: number;
  readonly seconds: number;
  readonly requestsPerSecond: number;
  readonly non2xx: number;
  readonly errors: number;
}

export interface LoadOptions {
  readonly url: string;
  readonly headers?: Record<string, string>;
  readonly connections: number;
  /** About how long to run: the number of requests is set from two timed warm-up requests. */
  readonly seconds: number;
  /** A new body for every request (unique ids, so rows are really stored). */
  readonly body: () => string;
  /** Each answer; `warmUp` for the two timed before the run. */
  readonly onResponse?: (status: number, body: string, warmUp: boolean) => void;
}

/**
 * POST bodies to `url` with autocannon from this process (the server runs in another), a bounded
 * number of requests sized to take about `seconds`: every request sent is answered and counted,
 * unlike a run cut off by a duration.
 */
export async function postLoad(options: LoadOptions): Promise<LoadResult> {
  let warm = 0;
  for (let i = 0; i < 2; i += 1) {
    const started = performance.now();
    const response = await fetch(options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...options.headers },
      body: options.body(),
    });
    const text = await response.text();
    options.onResponse?.(response.status, text, true);
    warm = performance.now() - started;
  }
  const amount = Math.max(
    options.connections * 2,
    Math.round(((options.seconds * 1000) / Math.max(warm, 0.05)) * options.connections * 0.7),
  );
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    amount,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...options.headers },
        setupRequest: (request) => ({ ...request, body: options.body() }),
        ...(options.onResponse
          ? { onResponse: (status: number, body: string) => options.onResponse?.(status, body, false) }
          : {}),
      },
    ],
  });
  const seconds = result.duration;
  return {
    requests: result.requests.total,
    seconds,
    requestsPerSecond: result.requests.total / seconds,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}
