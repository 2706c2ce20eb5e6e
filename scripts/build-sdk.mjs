#!/usr/bin/env node
// Builds packages/sdk/dist when it is missing or older than the SDK's source. Run on install,
// before the tests and before `pnpm start`: the admin UI's Vite build, and the test that packs
// and installs the SDK, use the built package.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const sdk = path.resolve(import.meta.dirname, '../packages/sdk');

function newest(p) {
  const stat = statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(p).map((entry) => newest(path.join(p, entry))));
}

export function sdkBuildIsStale() {
  const built = path.join(sdk, 'dist/index.js');
  if (!existsSync(built)) return true;
  const sources = ['src', 'package.json', 'tsconfig.json', 'tsconfig.build.json', 'build.mjs'];
  return Math.max(...sources.map((p) => newest(path.join(sdk, p)))) > statSync(built).mtimeMs;
}

/** Builds the SDK if stale; returns false when the build failed. */
export function ensureSdkBuilt() {
  if (!sdkBuildIsStale()) return true;
  const result = spawnSync(process.execPath, [path.join(sdk, 'build.mjs')], { stdio: 'inherit' });
  if (result.status === 0) console.log('Built @waymark/sdk (packages/sdk/dist).');
  return result.status === 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(ensureSdkBuilt() ? 0 : 1);
