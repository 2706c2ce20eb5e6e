// graphql-codegen: the printed schema (apps/api/schema.graphql) and the SDK's .graphql
// operations -> typed documents in packages/sdk/src/_generated. Never reads a running server.
// Run through `pnpm generate`, which also prints the schema first.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['packages/sdk/src/operations/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'packages/sdk/src/_generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        // Relative imports end in .js, so the built SDK resolves under Node and NodeNext.
        emitLegacyCommonJSImports: false,
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: false,
        scalars: {
          DateTime: { input: 'string', output: 'string' },
          Date: { input: 'string', output: 'string' },
          JSONObject: { input: 'Record<string, unknown>', output: 'Record<string, unknown>' },
          ID: { input: 'string', output: 'string' },
        },
      },
    },
  },
};

export default config;
