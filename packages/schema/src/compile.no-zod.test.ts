import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));

/** Runtime imports of a module (`import type` and `export type` erased), from its source text. */
function runtimeImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const found: string[] = [];
  const statement = /^(?:import|export)\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms;
  for (const match of source.matchAll(statement)) {
    if (!match[1] && match[2]) found.push(match[2]);
  }
  return found;
}

/** Every package a module pulls in at run time, following its relative imports. */
function packagesReached(entry: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of runtimeImports(file)) {
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier));
      else packages.add(specifier);
    }
  };
  visit(entry);
  return packages;
}

describe('answer validation on the phone', () => {
  it('should pull in no zod, at run time, through compile.ts and what it imports', () => {
    const reached = [...packagesReached(resolve(here, 'compile.ts'))];
    expect(reached.filter((name) => name === 'zod' || name.startsWith('zod/'))).toEqual([]);
  });
});
