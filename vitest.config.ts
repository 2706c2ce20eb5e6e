import { defineConfig } from 'vitest/config';

// vitest would otherwise load `graphql` twice (ESM and CJS realms: "Cannot use GraphQLSchema
// from another module or realm"). A regex so `graphql/language` etc. are left alone.
const graphqlSingleRealm = [{ find: /^graphql$/, replacement: 'graphql/index.js' }];

// Workspace packages (@waymark/sdk) are read from their TypeScript source in tests, not from a
// build that could be stale; partners get the built dist/ (packages/sdk/package.json exports).
// Setting conditions replaces Vite's defaults, repeated here (vite's defaultClientConditions and
// defaultServerConditions; vite itself is not a root dependency).
const source = '@waymark/source';
const defaultClientConditions = ['module', 'browser', 'development|production'];
const defaultServerConditions = ['module', 'node', 'development|production'];

export default defineConfig({
  resolve: { alias: graphqlSingleRealm, conditions: [source, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [source, ...defaultServerConditions] } },
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
          exclude: ['test/e2e/**'],
          globalSetup: ['test/support/global-setup.ts'],
          env: { NODE_ENV: 'test', LOG_LEVEL: 'silent' },
        },
      },
      // The built admin UI in Debian's Chromium against the real API (skipped where chromium is
      // missing, except in CI, which installs it). WAYMARK_E2E=off leaves it out: CI runs it once, on
      // PGlite with the real clock, apart from the faked-clock and PostgreSQL runs (Chromium under
      // libfaketime does not load pages).
      ...(process.env.WAYMARK_E2E === 'off'
        ? []
        : [
            {
              extends: true as const,
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
          ]),
    ],
  },
});
