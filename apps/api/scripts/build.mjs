#!/usr/bin/env node
// Build the API for production: one ES module each for the server, the CLI and the XLSForm worker in
// apps/api/dist/, run with plain `node` (no TypeScript loader in the process: ~46 MB less resident
// memory and no transpiling at every start). The workspace packages (@kolo/*, which export their
// TypeScript sources) are bundled in; everything from node_modules stays external and is imported
// from where the source file that named it would find it. `--if-changed` builds only when a source
// is newer than the last build.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const API = fileURLToPath(new URL('..', import.meta.url));
const ROOT = join(API, '../..');
const DIST = join(API, 'dist');
/** The compiled entries, by output name: the server, the CLI, and the thread that reads XLSForms. */
const ENTRIES = {
  server: join(API, 'src/server.ts'),
  cli: join(API, 'src/cli/main.ts'),
  'xlsform-worker': join(API, 'src/xlsform-worker/import-job.ts'),
};
/** What the bundle is made of: a change in any of these makes `--if-changed` build again. */
const SOURCES = [
  'apps/api/src',
  'apps/api/package.json',
  'apps/api/scripts/build.mjs',
  'packages/db/src',
  'packages/db/package.json',
  'packages/schema/src',
  'packages/schema/package.json',
  'packages/surveys/src',
  'packages/surveys/package.json',
  'packages/xlsform/src',
  'packages/xlsform/package.json',
  'pnpm-lock.yaml',
];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Whether every compiled entry exists and is newer than every source. */
export function isBuildFresh() {
  const built = Object.keys(ENTRIES).map((name) => join(DIST, `${name}.js`));
  if (!built.every((file) => existsSync(file))) return false;
  const oldest = Math.min(...built.map((file) => statSync(file).mtimeMs));
  return Math.max(...SOURCES.map((path) => newest(join(ROOT, path)))) <= oldest;
}

const toPosix = (path) => path.split(sep).join('/');
/** A path from the bundle's folder to `file`, as a relative URL string. */
const fromDist = (file) => {
  const path = toPosix(relative(DIST, file));
  return path.startsWith('.') ? path : `./${path}`;
};

/**
 * Packages from node_modules stay external. A bare name is kept when the bundle's folder resolves it
 * to the same file as the importing source does (apps/api's own dependencies); otherwise (a
 * dependency of @kolo/db, say) the import names that file, so each import finds exactly the module
 * it finds when run from sources.
 */
const externals = {
  name: 'kolo-externals',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData?.kolo || args.path.startsWith('@kolo/')) return undefined;
      if (args.path.startsWith('node:') || isBuiltin(args.path)) return { path: args.path, external: true };
      const options = { kind: args.kind, pluginData: { kolo: true } };
      const wanted = await esbuild.resolve(args.path, { ...options, resolveDir: args.resolveDir });
      if (wanted.errors.length > 0) return { errors: wanted.errors };
      if (!wanted.path.includes(`${sep}node_modules${sep}`)) return undefined;
      const here = await esbuild.resolve(args.path, { ...options, resolveDir: DIST });
      const path = here.errors.length === 0 && here.path === wanted.path ? args.path : fromDist(wanted.path);
      return { path, external: true };
    });
  },
};

const LOCATED = /new URL\(\s*(['"])([^'"]+)\1\s*,\s*import\.meta\.url\s*\)/g;
const REQUIRE_HERE = /createRequire\(\s*import\.meta\.url\s*\)/g;

/**
 * Files a source locates from itself (`new URL('../migrations', import.meta.url)`, the dashboard's
 * dist, a package's fonts through `createRequire(import.meta.url)`) are located from the bundle
 * instead, so the same file is found. A URL built from anything but a literal is left alone.
 */
const locatedFiles = {
  name: 'kolo-located-files',
  setup(esbuild) {
    esbuild.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const here = pathToFileURL(args.path);
      const contents = source
        .replace(LOCATED, (_, _quote, target) => {
          const file = fileURLToPath(new URL(target, here));
          const path = fromDist(file) + (target.endsWith('/') ? '/' : '');
          return `new URL(${JSON.stringify(path)}, import.meta.url)`;
        })
        .replace(
          REQUIRE_HERE,
          () => `createRequire(new URL(${JSON.stringify(fromDist(args.path))}, import.meta.url))`,
        );
      return { contents, loader: 'ts', resolveDir: dirname(args.path) };
    });
  },
};

/** Compile the entries into apps/api/dist/; each file is replaced whole (a running server keeps its own). */
export async function buildApi() {
  // the bundle's folder must exist while resolving: a package is named bare when it resolves from there
  mkdirSync(DIST, { recursive: true });
  const result = await build({
    entryPoints: ENTRIES,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: DIST,
    // what the sources import lazily (await import()) stays a chunk of its own, loaded on first use
    // with its libraries (exceljs, pdfkit...), so they cost no memory in a server that never needs them
    splitting: true,
    chunkNames: 'chunk-[hash]',
    write: false,
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
    define: { KOLO_BUILT_XLSFORM_WORKER: JSON.stringify('./xlsform-worker.js') },
    plugins: [externals, locatedFiles],
  });
  for (const file of result.outputFiles) {
    const temporary = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
  }
  removeOldChunks(new Set(result.outputFiles.map((file) => file.path)));
}

/** How long a chunk no build makes any more is kept: a server started before the build may still load it. */
const CHUNK_KEPT_MS = 7 * 24 * 3600 * 1000;

/**
 * Chunks are named by their content, so a rebuild never overwrites one a running server (started
 * from an earlier build) may still import on first use; they are removed a week after no build
 * makes them.
 */
function removeOldChunks(current) {
  for (const name of readdirSync(DIST)) {
    const file = join(DIST, name);
    if (!name.startsWith('chunk-') || current.has(file) || current.has(file.replace(/\.map$/, ''))) continue;
    if (Date.now() - statSync(file).mtimeMs > CHUNK_KEPT_MS) rmSync(file, { force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--if-changed') && isBuildFresh()) process.exit(0);
  console.log('kolo: building the API…');
  await buildApi();
}
