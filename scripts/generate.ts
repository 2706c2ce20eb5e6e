/**
 * Regenerates everything generated from source:
 *   1. the Prisma client and Pothos types (apps/api/src/generated, not committed),
 *   2. the printed GraphQL schema apps/api/schema.graphql (committed),
 *   3. the SDK's typed documents packages/sdk/src/_generated (committed).
 * `--check` writes nothing and exits 1 when a committed file is stale.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';

const root = path.resolve(import.meta.dirname, '..');
const check = process.argv.includes('--check');
const schemaFile = path.join(root, 'apps/api/schema.graphql');

if (!check) execFileSync(process.execPath, [path.join(root, 'scripts/prisma-generate.mjs')], { stdio: 'inherit', cwd: root });

// Imported after generating: the schema module loads the generated Prisma client.
const { printedSchema } = await import('../apps/api/src/schema.ts');
const stale: string[] = [];

async function sync(file: string, content: string) {
  const current = await readFile(file, 'utf8').catch(() => null);
  if (current === content) return;
  if (check) stale.push(path.relative(root, file));
  else {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
}

await sync(schemaFile, printedSchema());

process.chdir(root);
const config = (await import('../codegen.ts')).default;
// Codegen reads the schema from disk; in check mode compare against what it would produce
// from the freshly printed schema, so a stale schema file cannot mask a stale SDK.
const outputs = await generate({ ...config, schema: check ? printedSchema() : config.schema, silent: true }, false);
for (const output of outputs as Array<{ filename: string; content: string }>) {
  await sync(path.resolve(root, output.filename), output.content);
}

if (stale.length) {
  console.error(`Generated files are stale; run \`pnpm generate\` and commit:\n  ${stale.join('\n  ')}`);
  process.exit(1);
}
console.log(check ? 'Generated files are up to date.' : 'Generated: apps/api/schema.graphql, packages/sdk/src/_generated/.');
process.exit(0);
