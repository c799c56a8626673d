import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { type AliasOptions, build, type InlineConfig, loadConfigFromFile } from 'vite';

const HERE = dirname(fileURLToPath(import.meta.url));
/** The bench pages (HTML + TSX) that Vite builds into the work directory. */
export const PAGES_DIR = join(HERE, 'pages');
/** The dashboard app, built with its own vite.config.ts. */
export const DASHBOARD_DIR = resolve(HERE, '../../../apps/dashboard');

/**
 * The module aliases of the dashboard's production build (React's API on Preact), read from its
 * vite.config.ts so that the pages built beside it run on the same runtime.
 */
async function dashboardAliases(): Promise<AliasOptions | undefined> {
  const loaded = await loadConfigFromFile(
    { command: 'build', mode: 'production' },
    join(DASHBOARD_DIR, 'vite.config.ts'),
    DASHBOARD_DIR,
    'silent',
  );
  return loaded?.config.resolve?.alias;
}

/**
 * The dashboard's build settings that shape JavaScript (plugin-react, its aliases, target es2022, no
 * source maps, Vite's default minifier), for apps built beside it: the SurveyJS baseline and the
 * bench pages.
 */
async function sameSettings(pages: readonly string[], outDir: string): Promise<InlineConfig> {
  const alias = await dashboardAliases();
  return {
    configFile: false,
    root: PAGES_DIR,
    logLevel: 'warn',
    plugins: [react()],
    resolve: { dedupe: ['react', 'react-dom'], ...(alias ? { alias } : {}) },
    build: {
      target: 'es2022',
      sourcemap: false,
      outDir,
      emptyOutDir: true,
      rollupOptions: { input: pages.map((page) => join(PAGES_DIR, `${page}.html`)) },
    },
  };
}

/** Per output chunk, the pre-minification length of each part (npm package or workspace folder). */
export type ChunkParts = Map<string, Map<string, number>>;

/** An npm package name, or a workspace path such as `packages/forms` or `apps/dashboard/src/i18n`. */
function partOf(id: string): string {
  const modules = id.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const [scope = '', name = ''] = id.slice(modules + 'node_modules/'.length).split('/');
    return scope.startsWith('@') ? `${scope}/${name}` : scope;
  }
  const workspace = /\/((?:packages|apps)\/[^/]+)\/src\/([^/]+\/)?/.exec(id);
  if (!workspace) return id.replace(/^\0/, '');
  const [, root, folder] = workspace;
  return root?.startsWith('apps/') && folder ? `${root}/src/${folder.slice(0, -1)}` : (root ?? id);
}

/** Build the dashboard exactly as `pnpm build` does, into `outDir`; returns what each chunk holds. */
export async function buildDashboard(outDir: string): Promise<ChunkParts> {
  const parts: ChunkParts = new Map();
  await build({
    root: DASHBOARD_DIR,
    configFile: join(DASHBOARD_DIR, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
    plugins: [
      {
        name: 'kolo-bench-chunk-parts',
        generateBundle(_options, bundle) {
          for (const chunk of Object.values(bundle)) {
            if (chunk.type !== 'chunk') continue;
            const sizes = new Map<string, number>();
            for (const [id, module] of Object.entries(chunk.modules)) {
              const part = partOf(id);
              sizes.set(part, (sizes.get(part) ?? 0) + module.renderedLength);
            }
            parts.set(chunk.fileName, sizes);
          }
        },
      },
    ],
  });
  return parts;
}

/**
 * Which React the bench pages run on: the dashboard's (its aliases: Preact), React itself, or React's
 * profiling renderer, as only React reports re-renders through `<Profiler>` (Preact has none).
 */
export type PagesRenderer = 'dashboard' | 'react' | 'react-profiling';

/** Build bench pages with the dashboard's settings, on `renderer`. */
export async function buildPages(
  pages: readonly string[],
  outDir: string,
  renderer: PagesRenderer = 'dashboard',
): Promise<void> {
  const config = await sameSettings(pages, outDir);
  if (renderer !== 'dashboard') config.resolve = { dedupe: ['react', 'react-dom'] };
  if (renderer === 'react-profiling') {
    config.mode = 'profiling';
    config.resolve = {
      ...config.resolve,
      alias: [{ find: /^react-dom\/client$/, replacement: 'react-dom/profiling' }],
    };
  }
  await build(config);
}

/** Bytes of `file` gzipped at level 9, as a server would send it. */
export async function gzipBytes(file: string): Promise<number> {
  return gzipSync(await readFile(file), { level: 9 }).length;
}

/** Every .js file under `dir`, as paths relative to it. */
export async function jsFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
}
