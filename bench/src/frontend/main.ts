import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { frontendMetrics } from './index.ts';

// pnpm --filter @kolo/bench exec tsx src/frontend/main.ts [--smoke]
const smoke = process.argv.includes('--smoke');
const workDir = await mkdtemp(join(tmpdir(), 'kolo-bench-frontend-'));
const started = performance.now();
try {
  const metrics = await frontendMetrics({ smoke, workDir });
  for (const [name, metric] of Object.entries(metrics)) {
    const baseline = metric.baseline === null ? '' : ` (baseline ${metric.baseline})`;
    console.log(`${name.padEnd(36)} ${String(metric.value).padStart(9)} ${metric.unit}${baseline}`);
    console.log(`    ${metric.note}`);
  }
  console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await rm(workDir, { recursive: true, force: true });
}
