#!/usr/bin/env node
// Start the whole system on one port: build the dashboard and the API when their sources changed, then
// run the compiled API with plain node, which serves the dashboard at / and the API under /api
// (embedded PGlite and demo data by default).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const api = join(root, 'apps/api');
for (const script of ['scripts/build-dashboard.mjs', 'apps/api/scripts/build.mjs']) {
  const build = spawnSync(process.execPath, [join(root, script), '--if-changed'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const result = spawnSync(process.execPath, [join(api, 'dist/server.js')], {
  stdio: 'inherit',
  cwd: api,
  env: { ...process.env, KOLO_DATA_DIR: process.env.KOLO_DATA_DIR ?? join(root, '.kolo') },
});
process.exit(result.status ?? 1);
