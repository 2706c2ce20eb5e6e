import { defineConfig } from 'vitest/config';

// vitest would otherwise load `graphql` twice (ESM and CJS realms: "Cannot use GraphQLSchema
// from another module or realm"). A regex so `graphql/language` etc. are left alone.
const graphqlSingleRealm = [{ find: /^graphql$/, replacement: 'graphql/index.js' }];

export default defineConfig({
  resolve: { alias: graphqlSingleRealm },
  test: {
    // A guard against a hang, not a speed check, for every project: far above what the slowest
    // test needs on a loaded machine (a whole `pnpm start` build, the engine's property tests at
    // load 24 on two cores). Timings belong in bench/.
    testTimeout: 600_000,
    hookTimeout: 600_000,
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
          globalSetup: ['test/support/global-setup.ts'],
          env: { NODE_ENV: 'test', LOG_LEVEL: 'silent' },
        },
      },
    ],
  },
});
