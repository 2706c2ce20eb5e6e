/**
 * The API as an operator runs it: a real process, its exit code and what it prints.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseEnv, startAndStopApi, type Exited } from './support/processes.ts';

type Run = Exited & { url?: string };

/** Starts the API; resolves when it is ready (then stops it) or when it exits by itself. */
const runApi = (env: Record<string, string>): Promise<Run> =>
  startAndStopApi({ ...baseEnv(), PORT: '0', LOG_LEVEL: 'info', NODE_ENV: 'development', ...env });

function expectOneLine(run: Run, pattern: RegExp) {
  expect(run.code).not.toBe(0);
  const lines = run.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe('bad configuration stops the server with one line naming the variable', () => {
  it('DATABASE_URL that is not a URL', async () => {
    expectOneLine(await runApi({ DATABASE_URL: 'not a url' }), /^waymark: DATABASE_URL: /);
  });

  it('DATABASE_URL with the wrong scheme', async () => {
    expectOneLine(
      await runApi({ DATABASE_URL: 'mysql://u@127.0.0.1/x' }),
      /^waymark: DATABASE_URL: must start with postgresql:\/\//,
    );
  });

  it('DATABASE_URL that nothing answers, without echoing the password', async () => {
    const run = await runApi({ DATABASE_URL: 'postgresql://waymark:hunter2secret@127.0.0.1:1/waymark' });
    expectOneLine(run, /^waymark: DATABASE_URL: nothing is listening at 127\.0\.0\.1:1/);
    expect(run.stderr + run.stdout).not.toContain('hunter2secret');
  });

  it('PORT out of range', async () => {
    expectOneLine(await runApi({ PORT: '70000' }), /^waymark: PORT: /);
  });
});

describe('embedded database in WAYMARK_DATA_DIR', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'waymark-start-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('first start migrates and loads the demo data; a second start reuses it', async () => {
    const first = await runApi({ WAYMARK_DATA_DIR: dataDir });
    expect(first.url, first.stderr).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
    expect(first.stdout).toContain('seed data loaded');
    const second = await runApi({ WAYMARK_DATA_DIR: dataDir });
    expect(second.url, second.stderr).toBeDefined();
    expect(second.stdout).not.toContain('seed data loaded');
  });

  it('refuses a data directory written by a newer Waymark and leaves its data alone', async () => {
    const db = await PGlite.create({ dataDir });
    const before = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM "Case"')).rows[0]!.n;
    await db.query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
                    VALUES ('future', 'x', '29991231000000_from_the_future', now(), 1)`);
    await db.close();

    expectOneLine(await runApi({ WAYMARK_DATA_DIR: dataDir }), /newer version of Waymark/);

    const after = await PGlite.create({ dataDir });
    expect((await after.query<{ n: number }>('SELECT count(*)::int AS n FROM "Case"')).rows[0]!.n).toBe(before);
    await after.close();
  });
});
