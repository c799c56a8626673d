#!/usr/bin/env node
// Start the whole system: the API (with the built dashboard) on one port.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync(new URL('../apps/api/package.json', import.meta.url))) {
  console.log(
    'kolo: the API (apps/api) is not built yet; the survey definition language is ready in packages/schema.',
  );
  console.log('Run the tests with: pnpm test');
  process.exit(0);
}
const result = spawnSync('pnpm', ['--filter', '@kolo/api', 'start'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
