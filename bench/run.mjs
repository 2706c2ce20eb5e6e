#!/usr/bin/env node
// `pnpm bench [--cases 1000,10000] [--million] [--rounds 3] [--burst-ms 2000]`: the API benchmark
// (bench/api.bench.ts, bench/README.md) on a throwaway PostgreSQL with pg_stat_statements, or on
// DATABASE_URL's server when set. `pnpm bench --all`: every other benchmark script
// (bench/*.bench.ts and packages/*/bench/*.bench.ts), each printing what it measures.
// Benchmarks report figures; they never pass or fail on a time.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const API_BENCH = path.join(root, 'bench/api.bench.ts');

if (!args.includes('--all')) {
  const command = [process.execPath, '--import', 'tsx', API_BENCH, ...args];
  const result = process.env.DATABASE_URL
    ? spawnSync(command[0], command.slice(1), { stdio: 'inherit', cwd: root })
    : spawnSync(process.execPath, [path.join(root, 'scripts/with-postgres.mjs'), ...command], {
        stdio: 'inherit',
        cwd: root,
        env: {
          ...process.env,
          WITH_POSTGRES_OPTIONS: '-c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all',
        },
      });
  process.exit(result.status ?? 1);
}

const dirs = [
  path.join(root, 'bench'),
  ...readdirSync(path.join(root, 'packages')).map((p) => path.join(root, 'packages', p, 'bench')),
];
const scripts = dirs.filter(existsSync).flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts'))
    .map((f) => path.join(dir, f))
    .filter((f) => f !== API_BENCH),
);
if (scripts.length === 0) console.log('No benchmarks yet.');
let failed = false;
for (const script of scripts) {
  console.log(`\n## ${path.relative(root, script)}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', script], { stdio: 'inherit', cwd: root });
  failed ||= result.status !== 0;
}
process.exit(failed ? 1 : 0);
