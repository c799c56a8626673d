// The worker's entry: plain JavaScript, so Node can start it under vitest, tsx and the CLI alike;
// it registers tsx's loader in this thread, then runs the TypeScript import.
import { register } from 'tsx/esm/api';

register();
await import('./import-job.ts');
