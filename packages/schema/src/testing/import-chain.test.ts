import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importChain, isZod, runtimeSpecifiers } from './import-chain.ts';

describe('runtimeSpecifiers', () => {
  it('should keep imports, re-exports, bare and dynamic imports, in the order written', () => {
    const source = [
      "import { a } from './a.ts';",
      'import b, { c } from "./b.ts";',
      "import * as d from './d.ts';",
      "export { e } from './e.ts';",
      "export * from './f.ts';",
      "export * as g from './g.ts';",
      "import './styles.css';",
      'import {',
      '  h,',
      '  type H,',
      "} from './h.ts';",
      "const lazy = () => import('./lazy.tsx');",
    ].join('\n');
    expect(runtimeSpecifiers(source)).toEqual([
      './a.ts',
      './b.ts',
      './d.ts',
      './e.ts',
      './f.ts',
      './g.ts',
      './h.ts',
      './styles.css',
      './lazy.tsx',
    ]);
  });

  it('should skip what the build erases: type-only imports and re-exports', () => {
    const source = [
      "import type { A } from 'zod';",
      "import { type B, type C } from 'zod/mini';",
      "export type { D } from './d.ts';",
      "export type * from './e.ts';",
      " * @example import { f } from 'zod'",
      "// import { g } from 'zod';",
    ].join('\n');
    expect(runtimeSpecifiers(source)).toEqual([]);
  });
});

describe('importChain', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kolo-import-chain-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => writeFileSync(join(dir, name), text);

  it('should name the chain of modules that reaches zod', () => {
    write('entry.ts', "import type { T } from './typed.ts';\nexport { b } from './b';\n");
    write('typed.ts', "import { z } from 'zod';\nexport type T = string;\n");
    write('b.ts', "import { c } from './c.tsx';\nexport const b = c;\n");
    write('c.tsx', "import { z } from 'zod/mini';\nexport const c = z;\n");
    expect(importChain('entry.ts', isZod, dir)).toEqual(['entry.ts', 'b.ts', 'c.tsx', 'zod/mini']);
  });

  it('should give undefined when only types reach zod', () => {
    write('clean.ts', "import type { T } from './typed.ts';\nimport { x } from './leaf';\n");
    mkdirSync(join(dir, 'leaf'));
    write('leaf/index.ts', 'export const x = 1;\n');
    expect(importChain('clean.ts', isZod, dir)).toBeUndefined();
  });

  it('should refuse an import that names no file, rather than pass it', () => {
    write('broken.ts', "import { gone } from './gone.ts';\n");
    expect(() => importChain('broken.ts', isZod, dir)).toThrow(/gone\.ts, which names no file/);
  });
});

describe('isZod', () => {
  it.each(['zod', 'zod/mini', 'zod/v4/core'])('should flag %s', (name) => {
    expect(isZod(name)).toBe(true);
  });

  it.each(['zod-to-json-schema', 'zodiac', './zod.ts'])('should not flag %s', (name) => {
    expect(isZod(name)).toBe(false);
  });
});
