import { defineConfig } from 'vitest/config';

/** `pnpm test:resilience`: SIGKILL, load and browser-restart tests, kept out of `pnpm test`. */
export default defineConfig({
  test: {
    projects: ['apps/api/vitest.resilience.config.ts', 'apps/dashboard/vitest.resilience.config.ts'],
    fileParallelism: false,
  },
});
