import { describe, expect, it } from 'vitest';
import { ApiRequestError } from './client.ts';
import { shouldRetry } from './retry-policy.ts';

describe('shouldRetry', () => {
  it('should never retry a refusal (4xx): asking again gets the same answer', () => {
    for (const status of [400, 401, 403, 404, 409, 410, 422, 429])
      expect(shouldRetry(0, new ApiRequestError(status, 'x', 'x'))).toBe(false);
  });

  it('should retry a network failure or a server error once', () => {
    expect(shouldRetry(0, new TypeError('Failed to fetch'))).toBe(true);
    expect(shouldRetry(0, new ApiRequestError(503, 'busy', 'busy'))).toBe(true);
    expect(shouldRetry(1, new ApiRequestError(500, 'x', 'x'))).toBe(false);
  });
});
