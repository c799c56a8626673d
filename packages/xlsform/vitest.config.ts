import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'xlsform',
    include: ['src/**/*.test.ts'],
  },
});
