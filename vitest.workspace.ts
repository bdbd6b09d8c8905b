import { defineConfig } from 'vitest/config';

// One vitest project per workspace package; vitest 4 reads projects from the root config only.
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*'],
  },
});
