import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'surveys',
    include: ['src/**/*.test.ts'],
  },
});
