import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'kubernetes',
    include: ['test/**/*.test.ts'],
  },
});
