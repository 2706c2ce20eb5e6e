#!/usr/bin/env node
// `pnpm bench`: runs every benchmark script (bench/*.bench.ts and packages/*/bench/*.bench.ts)
// and prints what each measures. Benchmarks report figures; they never pass or fail on a time.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dirs = [
  path.join(root, 'bench'),
  ...readdirSync(path.join(root, 'packages')).map((p) => path.join(root, 'packages', p, 'bench')),
];
const scripts = dirs.filter(existsSync).flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts'))
    .map((f) => path.join(dir, f)),
);
if (scripts.length === 0) console.log('No benchmarks yet.');
let failed = false;
for (const script of scripts) {
  console.log(`\n## ${path.relative(root, script)}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', script], { stdio: 'inherit', cwd: root });
  failed ||= result.status !== 0;
}
process.exit(failed ? 1 : 0);
