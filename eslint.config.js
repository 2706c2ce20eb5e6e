// ESLint for the whole workspace: typescript-eslint's recommended rules, Prettier owns layout, and the
// boundaries between the parts (DESIGN.md "one direction of dependency") as import restrictions, so a
// wrong-way import fails `pnpm lint` instead of waiting for a reviewer to spot it.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Import patterns a part may not use; each message says which boundary it would cross. */
const forbid = (...groups) => ({
  'no-restricted-imports': ['error', { patterns: groups.map(([group, message]) => ({ group, message })) }],
});

const API = ['**/apps/api/**', '@waymark/api', '@waymark/api/**'];
const ADMIN = ['**/apps/admin/**', '@waymark/admin', '@waymark/admin/**'];
const DATABASE = ['@prisma/*', '**/generated/prisma/**', 'pg', '@electric-sql/*', 'pglite-prisma-adapter'];
const GRAPHQL_SERVER = ['@pothos/*', '@apollo/*', 'express'];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/coverage/**',
      '.waymark/**',
      'apps/api/src/generated/**',
      'packages/sdk/src/_generated/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Unused names are mistakes, except a deliberate `_` prefix (ignored parameters, rest omissions).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['apps/admin/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Tests read raw JSON bodies (the ORUK feed, error payloads) whose shape is what they assert.
    files: ['**/*.test.{ts,tsx}', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The pathway engine is a pure leaf: no API, database, GraphQL or UI code.
    files: ['packages/pathways/src/**/*.ts'],
    rules: forbid(
      [API, 'The pathway engine imports no API code.'],
      [DATABASE, 'The pathway engine knows nothing about the database.'],
      [['graphql', ...GRAPHQL_SERVER], 'The pathway engine knows nothing about GraphQL.'],
      [
        [...ADMIN, '@waymark/sdk', '@waymark/sdk/**', '**/packages/sdk/**'],
        'The pathway engine imports no client code.',
      ],
    ),
  },
  {
    // The SDK ships to partners: only its own generated documents and its client libraries.
    files: ['packages/sdk/src/**/*.ts'],
    ignores: ['packages/sdk/src/**/*.test.ts'],
    rules: forbid(
      [
        [...API, ...ADMIN, '@waymark/pathways', '@waymark/pathways/**', '**/packages/pathways/**'],
        'The SDK depends only on its generated documents.',
      ],
      [[...DATABASE, ...GRAPHQL_SERVER], 'The SDK is a client: no server or database code.'],
    ),
  },
  {
    // The admin UI talks to the API only through the SDK.
    files: ['apps/admin/src/**/*.{ts,tsx}'],
    rules: forbid(
      [API, 'The admin UI reaches the API through @waymark/sdk only.'],
      [[...DATABASE, ...GRAPHQL_SERVER], 'The admin UI has no server or database code.'],
      [
        ['@waymark/pathways', '@waymark/pathways/**', '**/packages/pathways/**'],
        'The admin UI reads pathways through the API.',
      ],
    ),
  },
  {
    // The data layer (database client, migrations) serves the areas, never the other way round. Seeding is
    // not part of it (prisma/seed/load.ts): it opens demo cases through the areas' own use cases.
    files: ['apps/api/src/db/**/*.ts'],
    ignores: ['apps/api/src/db/cli.ts'],
    rules: forbid([['**/modules/**'], 'The data layer imports no area module.']),
  },
);
