// Generates the Prisma client and the Pothos prisma types (apps/api/src/generated, not
// committed). Runs on `pnpm install` (postinstall) and from `pnpm generate`.
// Prisma's CLI insists on a schema-engine binary path even for `generate`, which never runs
// it; the native engine cannot be downloaded offline, so point it at any existing file.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const cli = path.join(path.dirname(require.resolve('prisma/package.json')), 'build/index.js');
const root = path.resolve(import.meta.dirname, '..');
// The Pothos generator's binary lives with the API package that uses it.
const apiBin = path.join(root, 'apps/api/node_modules/.bin');
const result = spawnSync(process.execPath, [cli, 'generate', '--schema', 'prisma/schema.prisma'], {
  stdio: ['ignore', 'pipe', 'inherit'],
  cwd: root,
  env: {
    ...process.env,
    PATH: `${apiBin}${path.delimiter}${process.env.PATH ?? ''}`,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    PRISMA_GENERATE_NO_HINTS: '1',
  },
});
if (result.status !== 0) process.exit(result.status ?? 1);
console.log('Prisma client generated.');
