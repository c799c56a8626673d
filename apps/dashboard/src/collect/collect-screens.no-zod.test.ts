import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importChain, isZod } from '@kolo/schema/testing/import-chain';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

/**
 * Collect's modules a monitor's phone runs to fill a form. The build groups Collect's screens with
 * their dependencies into one chunk, so a run-time import of the `@kolo/schema` barrel here would
 * bring the definition's zod schemas (about 28 KiB gzipped) into that download: they import
 * `@kolo/schema/forms` instead. (collect-home.tsx still reaches the barrel through i18n/index.ts.)
 */
const FILL_PATH = [
  'fill-page.tsx',
  'collect-data.ts',
  'drafts.ts',
  'last-choices.ts',
  'published-surveys.ts',
  'respondent-languages.ts',
  'collect-home.tsx',
  'observation-page.tsx',
  'outbox-page.tsx',
];

describe('Collect on a monitor’s phone', () => {
  it.each(FILL_PATH)('should pull in no zod at run time through %s', (file) => {
    expect(importChain(`apps/dashboard/src/collect/${file}`, isZod, root)).toBeUndefined();
  });
});
