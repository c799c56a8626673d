import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', 'bench', 'apps/dashboard/vitest.e2e.config.ts'],
  },
});
