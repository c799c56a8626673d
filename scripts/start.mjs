#!/usr/bin/env node
// Start the whole system on one port: build the dashboard when its sources changed, then run the API,
// which serves it at / and the API under /api (embedded PGlite and demo data by default).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const build = spawnSync(process.execPath, [join(root, 'scripts/build-dashboard.mjs')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const result = spawnSync('pnpm', ['--filter', '@kolo/api', 'start'], {
  stdio: 'inherit',
  cwd: root,
  env: { ...process.env, KOLO_DATA_DIR: process.env.KOLO_DATA_DIR ?? join(root, '.kolo') },
});
process.exit(result.status ?? 1);
