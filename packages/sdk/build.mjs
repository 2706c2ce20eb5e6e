#!/usr/bin/env node
// Builds dist/ (ESM JavaScript and .d.ts) from src/ with tsc: what `npm pack` ships.
// Inside the monorepo, TypeScript and vitest read src/ directly through the `@waymark/source`
// export condition; dist/ is for everything else (Node, partner projects, bundlers, the admin
// UI's Vite build). Built into a temporary folder and swapped in whole, so a reader never sees
// half a build.
import { spawnSync } from 'node:child_process';
import { renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const here = import.meta.dirname;
const dist = path.join(here, 'dist');
const next = path.join(here, `dist.${process.pid}.tmp`);
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', next], {
  cwd: here,
  stdio: 'inherit',
});
if (result.status !== 0) {
  rmSync(next, { recursive: true, force: true });
  process.exit(result.status ?? 1);
}
rmSync(dist, { recursive: true, force: true });
renameSync(next, dist);
