/**
 * Regenerates everything generated from source:
 *   1. the Prisma client and Pothos types (apps/api/src/generated, not committed),
 *   2. the printed GraphQL schema apps/api/schema.graphql (committed),
 *   3. the SDK's typed documents packages/sdk/src/_generated (committed),
 *   4. the SDK's pathway types (facts, steps, transition names) packages/sdk/src/_generated/pathways.ts (committed).
 * `--check` writes nothing and exits 1 when a committed file is stale.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generatedFiles, repoRoot } from './lib/generated.ts';

const check = process.argv.includes('--check');
if (!check)
  execFileSync(process.execPath, [path.join(repoRoot, 'scripts/prisma-generate.mjs')], {
    stdio: 'inherit',
    cwd: repoRoot,
  });

const stale: string[] = [];
for (const { file, content } of await generatedFiles()) {
  const current = await readFile(file, 'utf8').catch(() => null);
  if (current === content) continue;
  if (check) {
    stale.push(path.relative(repoRoot, file));
  } else {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
}

if (stale.length) {
  console.error(`Generated files are stale; run \`pnpm generate\` and commit:\n  ${stale.join('\n  ')}`);
  process.exit(1);
}
console.log(
  check ? 'Generated files are up to date.' : 'Generated: apps/api/schema.graphql, packages/sdk/src/_generated/.',
);
process.exit(0);
