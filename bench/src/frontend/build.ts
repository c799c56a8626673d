import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build, type InlineConfig } from 'vite';

const HERE = dirname(fileURLToPath(import.meta.url));
/** The bench pages (HTML + TSX) that Vite builds into the work directory. */
export const PAGES_DIR = join(HERE, 'pages');
/** The dashboard app, built with its own vite.config.ts. */
export const DASHBOARD_DIR = resolve(HERE, '../../../apps/dashboard');

/**
 * The dashboard's build settings that shape JavaScript (plugin-react, target es2022, no source maps,
 * Vite's default minifier), for apps built beside it: the SurveyJS baseline and the bench pages.
 */
function sameSettings(pages: readonly string[], outDir: string): InlineConfig {
  return {
    configFile: false,
    root: PAGES_DIR,
    logLevel: 'warn',
    plugins: [react()],
    resolve: { dedupe: ['react', 'react-dom'] },
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

/** Build bench pages with the dashboard's settings; `profiling` swaps in React's profiling renderer. */
export async function buildPages(pages: readonly string[], outDir: string, profiling = false): Promise<void> {
  const config = sameSettings(pages, outDir);
  if (profiling) {
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
