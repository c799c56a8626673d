import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, relative, resolve } from 'node:path';

/**
 * An import or re-export kept at run time, with its specifier: `import type`, `export type` and
 * imports naming only types (`import { type A } from`) are erased by the build, so they are skipped.
 */
const STATEMENT = /^[ \t]*(import|export)\s+(type\s+)?([^;'"]*?)\s*from\s*['"]([^'"]+)['"]/gm;
const BARE_IMPORT = /^[ \t]*import\s*['"]([^'"]+)['"]/gm;
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Whether the clause of an import (`{ type A, b }`, `* as c`, `d`) names anything besides types. */
function namesAValue(clause: string): boolean {
  const braces = /\{([^}]*)\}/.exec(clause);
  const outside = clause
    .replace(/\{[^}]*\}/, '')
    .replace(/,/g, '')
    .trim();
  if (outside !== '') return true; // a default import or a namespace
  if (!braces) return true; // `export * from`
  const names = (braces[1] ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  // `import {} from 'x'` keeps nothing either: the build drops it for a package without side effects
  return names.some((name) => !name.startsWith('type '));
}

/** The specifiers a source file imports at run time, in the order written. */
export function runtimeSpecifiers(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(STATEMENT)) {
    const [, , typeOnly, clause, specifier] = match;
    if (!typeOnly && specifier && namesAValue(clause ?? '')) found.push(specifier);
  }
  for (const match of source.matchAll(BARE_IMPORT)) if (match[1]) found.push(match[1]);
  for (const match of source.matchAll(DYNAMIC_IMPORT)) if (match[1]) found.push(match[1]);
  return found;
}

const SOURCE_EXTENSIONS = ['.ts', '.tsx'];

/** The file a relative specifier names, trying `.ts`, `.tsx` and `index.ts` as the build does. */
function resolveRelative(from: string, specifier: string): string {
  const base = resolve(dirname(from), specifier);
  const candidates = [
    base,
    ...SOURCE_EXTENSIONS.map((ext) => base + ext),
    ...SOURCE_EXTENSIONS.map((ext) => resolve(base, `index${ext}`)),
  ];
  const found = candidates.find((file) => existsSync(file) && extname(file) !== '');
  if (!found) throw new Error(`${from} imports ${specifier}, which names no file`);
  return found;
}

/** Whether a specifier names one of kolo's own packages, read from source like relative imports. */
function isWorkspacePackage(specifier: string): boolean {
  return specifier.startsWith('@kolo/');
}

/**
 * The chain of modules from `entry` to the first run-time import matching `isUnwanted`, ending with
 * that specifier (paths relative to `root`), or `undefined` when no chain reaches one. Follows
 * relative imports and kolo's own packages (through their package.json `exports`, as the build
 * resolves them); other packages end the walk.
 * @example importChain('packages/forms/src/index.ts', (s) => s === 'zod') // undefined
 */
export function importChain(
  entry: string,
  isUnwanted: (specifier: string) => boolean,
  root: string = process.cwd(),
): string[] | undefined {
  const seen = new Set<string>();
  const visit = (file: string): string[] | undefined => {
    if (seen.has(file)) return undefined;
    seen.add(file);
    if (!SOURCE_EXTENSIONS.includes(extname(file))) return undefined; // a style sheet
    for (const specifier of runtimeSpecifiers(readFileSync(file, 'utf8'))) {
      if (isUnwanted(specifier)) return [relative(root, file), specifier];
      let next: string | undefined;
      if (specifier.startsWith('.')) next = resolveRelative(file, specifier);
      else if (isWorkspacePackage(specifier)) next = createRequire(file).resolve(specifier);
      const chain = next ? visit(next) : undefined;
      if (chain) return [relative(root, file), ...chain];
    }
    return undefined;
  };
  return visit(resolve(root, entry));
}

/** Whether a specifier imports zod or one of its entries (`zod/mini`, `zod/v4/core`). */
export function isZod(specifier: string): boolean {
  return specifier === 'zod' || specifier.startsWith('zod/');
}
