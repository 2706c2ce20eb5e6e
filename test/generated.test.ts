import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffMigrationsToSchema, isEmptyDiff } from '../scripts/lib/schema-engine.ts';
import { generatedFiles, repoRoot } from '../scripts/lib/generated.ts';

describe('generated code', () => {
  it('the committed schema.graphql and SDK documents match what the source generates (run `pnpm generate`)', async () => {
    const files = await generatedFiles();
    expect(files.map((f) => path.relative(repoRoot, f.file))).toContain('apps/api/schema.graphql');
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
