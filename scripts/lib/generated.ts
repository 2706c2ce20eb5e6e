/**
 * The committed generated files, computed from source: the printed GraphQL schema and the
 * SDK's typed documents and pathway types. Shared by `pnpm generate` (writes them) and the test that fails when
 * the committed copies are stale.
 */
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { pathways } from '../../packages/pathways/src/index.ts';
import { pathwayTypesSource } from './sdk-pathway-types.ts';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

export interface GeneratedFile {
  /** Absolute path. */
  file: string;
  content: string;
}

export async function generatedFiles(): Promise<GeneratedFile[]> {
  // Loads the generated Prisma client: run `scripts/prisma-generate.mjs` first.
  const { printedSchema } = await import('../../apps/api/src/schema.ts');
  const schema = printedSchema();
  const config = (await import('../../codegen.ts')).default;
  const previous = process.cwd();
  process.chdir(repoRoot);
  try {
    // Codegen gets the freshly printed schema, so a stale schema file cannot mask a stale SDK.
    const outputs = (await generate({ ...config, schema, silent: true }, false)) as Array<{
      filename: string;
      content: string;
    }>;
    return [
      { file: path.join(repoRoot, 'apps/api/schema.graphql'), content: schema },
      ...outputs.map((output) => ({ file: path.resolve(repoRoot, output.filename), content: output.content })),
      { file: path.join(repoRoot, 'packages/sdk/src/_generated/pathways.ts'), content: pathwayTypesSource(pathways) },
    ];
  } finally {
    process.chdir(previous);
  }
}
