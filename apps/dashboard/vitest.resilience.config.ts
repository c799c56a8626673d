import { defineProject } from 'vitest/config';

/** Browser resilience: Chromium with a profile on disk, closed and relaunched mid-queue. */
export default defineProject({
  test: {
    name: 'e2e-resilience',
    include: ['e2e/**/*.resilience.ts'],
    environment: 'node',
    globalSetup: ['./e2e/build-global-setup.ts'],
    testTimeout: 240_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
