import { defineConfig } from 'vitest/config';

// Lets `npx vitest run` work from this directory; the root config runs the same
// files as its `pathways` project.
export default defineConfig({
  test: { include: ['src/**/*.test.ts'] },
});
