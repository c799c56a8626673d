#!/usr/bin/env node
// Build the dashboard when its sources are newer than the last build (used by start and the browser tests).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = join(root, 'apps/dashboard/dist/index.html');
const sources = [
  'apps/dashboard/src',
  'apps/dashboard/index.html',
  'apps/dashboard/vite.config.ts',
  'apps/dashboard/precompress.ts',
  'apps/dashboard/package.json',
  'packages/forms/src',
  'packages/charts/src',
  'packages/schema/src',
];

function newest(path) {
  const full = join(root, path);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(full).map((name) => newest(join(path, name))));
}

if (!existsSync(built) || Math.max(...sources.map(newest)) > statSync(built).mtimeMs) {
  console.log('kolo: building the dashboard…');
  // always a production build, even when called from a test runner that sets NODE_ENV=test:
  // only production builds register the service worker monitors need offline
  const build = spawnSync('pnpm', ['--filter', '@kolo/dashboard', 'build'], {
    stdio: 'inherit',
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
