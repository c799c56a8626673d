import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Build the API once before the suite (when its sources changed): the tests run what `pnpm start` runs. */
export default function setup(): void {
  const script = fileURLToPath(new URL('../scripts/build.mjs', import.meta.url));
  const build = spawnSync(process.execPath, [script, '--if-changed'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`building the API failed (${build.status})`);
}
