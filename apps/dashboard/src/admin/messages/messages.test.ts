// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SITE_SERVICE_TYPES } from '@kolo/schema';
import { describe, expect, it } from 'vitest';
import { checkMessages, keysUsed } from '../../accountability/messages-check.ts';
import { ADMIN_MESSAGES } from './index.ts';

const folder = fileURLToPath(new URL('..', import.meta.url));
const texts = readdirSync(folder)
  .filter((f) => /\.tsx?$/.test(f) && !f.includes('.test.'))
  .map((f) => readFileSync(`${folder}${f}`, 'utf8'));

describe('the administration messages', () => {
  checkMessages(ADMIN_MESSAGES, keysUsed(texts, 'administration'));

  it('should name every service type the API accepts, and no other', () => {
    for (const messages of Object.values(ADMIN_MESSAGES))
      expect(Object.keys(messages.services).sort()).toEqual([...SITE_SERVICE_TYPES].sort());
  });
});
