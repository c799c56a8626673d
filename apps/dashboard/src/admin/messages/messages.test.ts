// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkMessages, keysUsed } from '../../accountability/messages-check.ts';
import { ADMIN_MESSAGES } from './index.ts';

const folder = fileURLToPath(new URL('..', import.meta.url));
const texts = readdirSync(folder)
  .filter((f) => /\.tsx?$/.test(f) && !f.includes('.test.'))
  .map((f) => readFileSync(`${folder}${f}`, 'utf8'));

describe('the administration messages', () => {
  checkMessages(ADMIN_MESSAGES, keysUsed(texts, 'administration'));

  it('should name every service type the API accepts', () => {
    const api = readFileSync(
      fileURLToPath(new URL('../../../../api/src/admin/service-types.ts', import.meta.url)),
      'utf8',
    );
    const codes = [...api.matchAll(/^ {2}'(\w+)',$/gm)].map((m) => m[1]);
    expect(codes.length).toBeGreaterThan(10);
    expect(Object.keys(ADMIN_MESSAGES.en.services).sort()).toEqual([...codes].sort());
  });
});
