// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';
import { checkMessages, keysUsed } from '../messages-check.ts';
import { ACCOUNTABILITY_MESSAGES } from './index.ts';

const folder = fileURLToPath(new URL('..', import.meta.url));
const texts = readdirSync(folder)
  .filter((f) => /\.tsx?$/.test(f) && !f.includes('.test.'))
  .map((f) => readFileSync(`${folder}${f}`, 'utf8'));

describe('the accountability messages', () => {
  checkMessages(ACCOUNTABILITY_MESSAGES, keysUsed(texts, 'accountability'));
});
