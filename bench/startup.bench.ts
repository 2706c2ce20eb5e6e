/**
 * How long the API takes from `node main.ts` to "ready" on the embedded database: a first start
 * (migrations and demo data into a new data directory) and a second start reusing it. Measured
 * here, never asserted in a test: start-up time depends on the machine and its load.
 *   node --import tsx bench/startup.bench.ts
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { apiMain, baseEnv, startProcess } from '../test/support/processes.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

async function timeToReady(dataDir: string): Promise<number> {
  const started = performance.now();
  const api = await startProcess(apiMain, [], {
    env: { ...baseEnv(), PORT: '0', LOG_LEVEL: 'info', NODE_ENV: 'development', WAYMARK_DATA_DIR: dataDir },
    ready: /Waymark API ready at/,
  });
  const elapsed = performance.now() - started;
  await api.stop();
  return elapsed;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const first: number[] = [];
const again: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'waymark-bench-start-'));
  try {
    first.push(await timeToReady(dataDir));
    again.push(await timeToReady(dataDir));
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
console.log(`API start to ready, median of ${ROUNDS}:`);
console.log(`  new data directory (migrate + demo data): ${seconds(median(first))}`);
console.log(`  existing data directory:                  ${seconds(median(again))}`);
