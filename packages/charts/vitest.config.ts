import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'charts',
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['./src/test-setup.ts'],
  },
});
