// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';
import { checkMessages, keysUsed } from '../accountability/messages-check.ts';
import { OBSERVATION_MESSAGES } from './observation-messages.ts';

const folder = fileURLToPath(new URL('.', import.meta.url));
const texts = readdirSync(folder)
  .filter((f) => /\.tsx?$/.test(f) && !f.includes('.test.'))
  .map((f) => readFileSync(`${folder}${f}`, 'utf8'));

describe('the field observation messages', () => {
  checkMessages(OBSERVATION_MESSAGES, keysUsed(texts, 'observe'));
});
