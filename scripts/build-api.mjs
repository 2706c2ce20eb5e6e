// Bundles the API (with its generated Prisma client) into apps/api/dist/main.mjs so the start
// command skips on-the-fly TypeScript compilation: start-up is dominated by module loading.
// npm packages stay external and load from node_modules as usual.
import { build } from 'esbuild';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

export async function buildApi() {
  await build({
    entryPoints: [path.join(root, 'apps/api/src/main.ts'), path.join(root, 'apps/api/src/db/cli.ts')],
    outdir: path.join(root, 'apps/api/dist'),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildApi();
