// Bundles the API (with its generated Prisma client) into apps/api/dist/main.mjs so the start
// command skips on-the-fly TypeScript compilation: start-up is dominated by module loading.
// npm packages stay external and load from node_modules as usual; the workspace's own
// TypeScript packages (@waymark/pathways) are bundled, since Node cannot load .ts itself.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(path.join(root, 'apps/api/package.json'), 'utf8'));
const external = Object.entries({ ...manifest.dependencies, ...manifest.devDependencies })
  .filter(([, version]) => !String(version).startsWith('workspace:'))
  .flatMap(([name]) => [name, `${name}/*`]);

export async function buildApi() {
  await build({
    entryPoints: [path.join(root, 'apps/api/src/main.ts'), path.join(root, 'apps/api/src/db/cli.ts')],
    outdir: path.join(root, 'apps/api/dist'),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    external,
    sourcemap: true,
    logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildApi();
