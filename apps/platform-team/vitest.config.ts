import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'platform-team',
    include: ['test/**/*.test.ts'],
  },
});
