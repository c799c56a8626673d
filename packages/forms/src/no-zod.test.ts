import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importChain, isZod } from '@kolo/schema/testing/import-chain';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

describe('the form engine on a monitor’s phone', () => {
  it('should pull in no zod at run time, from its entry through @kolo/schema', () => {
    // through the @kolo/schema barrel, a build that groups Collect's code with its dependencies
    // puts the definition's zod schemas (about 28 KiB gzipped) into the phone's download
    expect(importChain('packages/forms/src/index.ts', isZod, root)).toBeUndefined();
  });
});
