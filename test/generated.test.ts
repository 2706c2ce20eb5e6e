import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffMigrationsToSchema, isEmptyDiff } from '../scripts/lib/schema-engine.ts';
import { generatedFiles, repoRoot } from '../scripts/lib/generated.ts';

describe('generated code', () => {
  it('the committed schema.graphql and SDK documents match what the source generates (run `pnpm generate`)', async () => {
    const files = await generatedFiles();
    // The SDK's generated folder holds exactly what the generator writes: no file left behind by
    // a renamed output, none missing.
    const sdkGenerated = path.join(repoRoot, 'packages/sdk/src/_generated');
    expect(
      files
        .filter((f) => path.dirname(f.file) === sdkGenerated)
        .map((f) => path.basename(f.file))
        .sort(),
    ).toEqual((await readdir(sdkGenerated)).sort());
    for (const { file, content } of files) {
      const committed = await readFile(file, 'utf8').catch(() => '(missing)');
      expect(committed, `${path.relative(repoRoot, file)} is stale`).toBe(content);
    }
  });

  it('prisma/schema.prisma and prisma/migrations agree (run `pnpm db:migration:create <name>`)', async () => {
    const sql = await diffMigrationsToSchema();
    expect(isEmptyDiff(sql), `schema changes without a migration:\n${sql}`).toBe(true);
  });
});
