#!/usr/bin/env node
// The whole test suite: vitest over every package (pathway engine, seed data, API through the
// SDK, admin server, generated-code and migration checks). Runs on embedded PGlite, or on the
// PostgreSQL named by DATABASE_URL. Extra arguments go to vitest, e.g.
//   pnpm test test/cases.test.ts        one file
//   pnpm test -t "caseOpen"             tests whose name matches
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ensureSdkBuilt } from './build-sdk.mjs';

const root = path.resolve(import.meta.dirname, '..');
// The Prisma client is generated on install; regenerate if someone removed it.
if (!existsSync(path.join(root, 'apps/api/src/generated/prisma/client.ts'))) {
  const generated = spawnSync(process.execPath, [path.join(root, 'scripts/prisma-generate.mjs')], {
    stdio: 'inherit',
    cwd: root,
  });
  if (generated.status !== 0) process.exit(generated.status ?? 1);
}
// The admin UI's tests and the SDK package test use the built SDK.
if (!ensureSdkBuilt()) process.exit(1);
console.log(`Running tests on ${process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'embedded PGlite'}`);
const vitest = path.join(root, 'node_modules/vitest/vitest.mjs');
const result = spawnSync(process.execPath, [vitest, 'run', ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
process.exit(result.status ?? 1);
