import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../api/client.ts';
import { apiErrorText } from './api-error.ts';
import { en } from './en.ts';
import { uk } from './uk.ts';

async function translator(lng: 'en' | 'uk') {
  const instance = i18next.createInstance();
  await instance.init({ lng, resources: { en: { translation: en }, uk: { translation: uk } } });
  return instance.t;
}

describe('apiErrorText', () => {
  it('should never show the API’s English message, in Ukrainian', async () => {
    const t = await translator('uk');
    const cases = [
      new ApiRequestError(401, 'unauthenticated', 'sign in first'),
      new ApiRequestError(403, 'forbidden', 'not your site'),
      new ApiRequestError(404, 'not_found', 'no such survey'),
      new ApiRequestError(429, 'rate_limited', 'slow down'),
      new ApiRequestError(503, 'unavailable', 'database down'),
      new ApiRequestError(422, 'invalid', 'bad answers'),
      new TypeError('Failed to fetch'),
    ];
    for (const error of cases) {
      const text = apiErrorText(t, error);
      expect(text).not.toMatch(/[A-Za-z]{3,}/);
      expect(text.length).toBeGreaterThan(5);
    }
  });

  it('should say the session ended for a 401', async () => {
    const t = await translator('en');
    expect(apiErrorText(t, new ApiRequestError(401, 'unauthenticated', 'sign in first'))).toBe(
      'Your session has ended. Please sign in again.',
    );
    expect(apiErrorText(t, new ApiRequestError(503, 'rate_limited', 'busy'))).toBe(
      'The server is busy. Wait a few seconds and try again.',
    );
    expect(apiErrorText(t, new ApiRequestError(400, 'bad_request', 'x'))).toBe(
      'The request was refused (error 400).',
    );
  });

  it('should say what kind of refusal a clash (409) or a refused value (422) is, in the reader’s language', async () => {
    const en = await translator('en');
    expect(apiErrorText(en, new ApiRequestError(409, 'conflict', 'this email is already a user'))).toMatch(
      /already in use/,
    );
    expect(apiErrorText(en, new ApiRequestError(422, 'invalid', 'siteIds: unknown'))).toBe(
      'Some of the values entered were not accepted. Check the form and try again.',
    );
    const ukrainian = await translator('uk');
    expect(apiErrorText(ukrainian, new ApiRequestError(409, 'conflict', 'x'))).toMatch(/вже використано/);
    expect(apiErrorText(ukrainian, new ApiRequestError(422, 'invalid', 'x'))).toMatch(/не прийнято/);
  });
});
