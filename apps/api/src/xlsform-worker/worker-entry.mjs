// The worker's entry on sources: plain JavaScript, so Node can start it under vitest, `pnpm dev` and
// `pnpm kolo` alike; it registers tsx's loader in this thread, then runs the TypeScript import. The
// built server (apps/api/scripts/build.mjs) starts its compiled dist/xlsform-worker.js instead.
import { register } from 'tsx/esm/api';

register();
await import('./import-job.ts');
