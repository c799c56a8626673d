import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../api/client.ts';
import { en } from '../i18n/en.ts';
import { uk } from '../i18n/uk.ts';
import { addLookupMessages } from './lookup-messages/index.ts';
import { lookupRefusalText } from './lookup-refusal.ts';

async function translator(lng: 'en' | 'uk') {
  const instance = i18next.createInstance();
  await instance.init({ lng, resources: { en: { translation: en }, uk: { translation: uk } } });
  addLookupMessages(instance);
  return instance.t;
}

const refusal = (status: number, error: Record<string, unknown>) =>
  new ApiRequestError(status, 'invalid', String(error.message), { error: { code: 'invalid', ...error } });

describe('why a lookup table upload was refused', () => {
  it('should word the problem in the reader’s language with its lines, the English message as detail', async () => {
    const t = await translator('uk');
    const message = 'areas.csv: line 3: this row has 2 values but the header names 3 columns';
    const text = lookupRefusalText(
      t,
      refusal(422, {
        message,
        problem: 'csv_rows',
        lines: [
          { line: 3, message: 'x' },
          { line: 7, message: 'y' },
          { line: 3, message: 'z' },
        ],
      }),
      'uk',
    );
    expect(text.text).toBe(
      'Деякі рядки не відповідають першому: у кожному рядку має бути по одному значенню для кожного стовпця, не довше за 1000 символів. Рядки файлу: 3, 7',
    );
    expect(text.detail).toBe(message);
  });

  it('should give the cap in the reader’s number format', async () => {
    const t = await translator('uk');
    const text = lookupRefusalText(
      t,
      refusal(422, { message: 'm', problem: 'too_many_cells', cap: 200_000 }),
      'uk',
    );
    expect(text.text.replace(/\s/g, ' ')).toContain('200 000');
    const en = await translator('en');
    expect(lookupRefusalText(en, refusal(422, { message: 'm', problem: 'csv' }), 'en').text).toContain(
      '10,000 rows',
    );
  });

  it('should fall back to the app’s sentences for a file over the body limit, a refusal of another kind, or no connection', async () => {
    const t = await translator('uk');
    expect(
      lookupRefusalText(t, new ApiRequestError(413, 'payload_too_large', 'over 5120 KiB'), 'uk').text,
    ).toMatch(/^Файл завеликий/);
    for (const error of [
      new ApiRequestError(403, 'forbidden', 'needs staff'),
      refusal(422, { message: 'm', problem: 'toString' }),
      new TypeError('Failed to fetch'),
    ]) {
      const text = lookupRefusalText(t, error, 'uk');
      expect(text.text).not.toMatch(/[A-Za-z]{3,}/);
      expect(text.detail).toBeUndefined();
    }
  });
});
