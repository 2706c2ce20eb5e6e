/**
 * `pnpm oruk:export` / `pnpm oruk:import` as an operator runs them, in process (their `main`):
 * a full export of a seeded database imports into an empty one and exports the same document.
 * One run through a process checks that a refused import's exit code reaches the shell.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main as db } from '../apps/api/src/db/cli.ts';
import { main as oruk } from '../apps/api/src/oruk/cli.ts';
import { baseEnv, runCli, runProcess } from './support/processes.ts';

let dir: string;
// Embedded databases of their own (no DATABASE_URL).
const env = (name: string, seedDemo: boolean) => ({
  ...baseEnv(),
  WAYMARK_DATA_DIR: path.join(dir, name),
  WAYMARK_SEED_DEMO: String(seedDemo),
  LOG_LEVEL: 'silent',
  NODE_ENV: 'test',
});
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'waymark-oruk-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('oruk CLI', () => {
  it('imports a full export into an empty database and exports the same document; refuses bad JSON with exit 1', async () => {
    const seeded = await runCli(db, ['seed'], env('source', true));
    expect(seeded.code, seeded.stderr).toBe(0);
    const exported = await runCli(oruk, ['export', '--full'], env('source', true));
    expect(exported.code, exported.stderr).toBe(0);
    const document = JSON.parse(exported.stdout) as { services: unknown[] };
    expect(document.services.length).toBeGreaterThan(0);
    const file = path.join(dir, 'directory.json');
    await writeFile(file, exported.stdout);

    const empty = env('empty', false);
    const imported = await runCli(oruk, ['import', file], empty);
    expect(imported.stderr).toContain(`Imported: ${document.services.length} created, 0 updated, 0 unchanged.`);
    expect(imported.code).toBe(0);
    const again = await runCli(oruk, ['export', '--full'], empty);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual(document);

    await writeFile(file, '{ not json');
    const refused = await runCli(oruk, ['import', file], empty);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Import refused: 1 problem(s). Nothing was imported.');
    const throughProcess = await runProcess('apps/api/src/oruk/cli.ts', ['import', file], { env: empty });
    expect(throughProcess.code).toBe(1);
    expect(throughProcess.stderr).toContain('Import refused: 1 problem(s). Nothing was imported.');
  });

  it('prints the usage and exits 2 for an unknown command', async () => {
    const result = await runCli(oruk, ['bogus'], env('usage', false));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^Usage: pnpm oruk:export/);
  });
});
