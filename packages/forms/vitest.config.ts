import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'forms',
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['./src/test-setup.ts'],
    // user-event flows over a jsdom accessibility tree are slow on a loaded CI machine
    testTimeout: 20_000,
  },
});
