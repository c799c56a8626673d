import { defineProject } from 'vitest/config';

/** Resilience: the real server as a child process, killed with SIGKILL and loaded on loopback. */
export default defineProject({
  test: {
    name: 'api-resilience',
    include: ['resilience/**/*.resilience.ts'],
    globalSetup: [
      '../../packages/db/src/testing/postgres-global-setup.ts',
      'resilience/build-global-setup.ts',
    ],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
