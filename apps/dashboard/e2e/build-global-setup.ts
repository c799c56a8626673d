import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Build the dashboard once before the browser tests when its sources changed. */
export default function setup() {
  const script = fileURLToPath(new URL('../../../scripts/build-dashboard.mjs', import.meta.url));
  const result = spawnSync(process.execPath, [script], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the dashboard build failed');
}
