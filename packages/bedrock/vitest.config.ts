import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'bedrock',
    include: ['test/**/*.test.ts'],
  },
});
