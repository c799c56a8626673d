import { defineProject } from 'vitest/config';

/** Browser tests: the real server on an embedded database, driven in Debian's Chromium. */
export default defineProject({
  test: {
    name: 'e2e',
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['./e2e/build-global-setup.ts'],
    testTimeout: 240_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    // after every other suite, so the browser flows do not compete with them for the two cores
    sequence: { groupOrder: 1 },
  },
});
