import { defineConfig } from 'vitest/config';

// vitest would otherwise load `graphql` twice (ESM and CJS realms: "Cannot use GraphQLSchema
// from another module or realm"). A regex so `graphql/language` etc. are left alone.
const graphqlSingleRealm = [{ find: /^graphql$/, replacement: 'graphql/index.js' }];

export default defineConfig({
  resolve: { alias: graphqlSingleRealm },
  test: {
    projects: [
      // The admin UI's component tests (happy-dom), configured in its own Vite config.
      'apps/admin/vite.config.ts',
      {
        extends: true,
        test: { name: 'pathways', include: ['packages/pathways/src/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['prisma/seed/**/*.test.ts', 'apps/api/src/**/*.test.ts', 'packages/sdk/src/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'api',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**'],
          globalSetup: ['test/support/global-setup.ts'],
          env: { NODE_ENV: 'test', LOG_LEVEL: 'silent' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      // The built admin UI in Debian's Chromium against the real API (skipped where chromium is
      // missing, except in CI, which installs it).
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          env: { NODE_ENV: 'test', LOG_LEVEL: 'silent' },
          testTimeout: 60_000,
          hookTimeout: 180_000,
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
