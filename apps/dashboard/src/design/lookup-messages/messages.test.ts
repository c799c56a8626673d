// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';
import { checkMessages, keysUsed } from '../../accountability/messages-check.ts';
import { LOOKUP_MESSAGES } from './index.ts';

const folder = fileURLToPath(new URL('..', import.meta.url));
const texts = readdirSync(folder)
  .filter((f) => /^lookup-.*\.tsx?$/.test(f) && !f.includes('.test.'))
  .map((f) => readFileSync(`${folder}${f}`, 'utf8'));

describe("the builder's lookup tables messages", () => {
  checkMessages(LOOKUP_MESSAGES, keysUsed(texts, 'designLookups'));
});
