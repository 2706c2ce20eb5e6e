/**
 * `pnpm audit:verify` as an operator runs it: exit 0 and a count on an intact trail, exit 1 and
 * the first broken event after someone rewrites a row behind the trigger's back. The commands run
 * in process (their `main`); one run through a process checks the exit code reaches the shell.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { main as auditVerify } from '../apps/api/src/modules/audit/cli.ts';
import { main as db } from '../apps/api/src/db/cli.ts';
import type { CliMain } from '../apps/api/src/cli-io.ts';
import { baseEnv, runCli, runProcess } from './support/processes.ts';

// No DATABASE_URL: this test always uses its own embedded data directory.
const env = (dataDir: string) => ({ ...baseEnv(), WAYMARK_DATA_DIR: dataDir, LOG_LEVEL: 'silent', NODE_ENV: 'test' });

const run = (main: CliMain, args: string[], dataDir: string) => runCli(main, args, env(dataDir));

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'waymark-audit-cli-'));
  const seeded = await run(db, ['seed'], dataDir);
  expect(seeded.code, seeded.stderr).toBe(0);
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
  for (const anchor of [`${dataDir}.audit-anchor.json`, `${dataDir}.audit-anchor.key`])
    await rm(anchor, { force: true });
});

describe('pnpm audit:verify', () => {
  it('reports an intact trail and exits 0', async () => {
    const result = await run(auditVerify, [], dataDir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Audit trail intact: \d+ events and \d+ case events checked; checkpoint matches\.$/m,
    );
  });

  it('reports the first broken event and exits 1 after a row is rewritten', async () => {
    const db = await PGlite.create({ dataDir });
    const { rows } = await db.query<{ id: number }>(
      `SELECT "id"::int AS id FROM "AuditEvent" ORDER BY "id" LIMIT 1 OFFSET 1`,
    );
    const victim = rows[0]!.id;
    await db.exec(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only";
      UPDATE "AuditEvent" SET "occurredAt" = "occurredAt" - interval '1 day' WHERE "id" = ${victim};
      ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only";`);
    await db.close();
    const result = await run(auditVerify, [], dataDir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      new RegExp(`^Audit trail BROKEN at event ${victim} \\(.+\\): the event was changed after it was written\\.`),
    );
    // The exit code reaches the shell (a cron job or monitoring check reads it).
    const process = await runProcess('apps/api/src/modules/audit/cli.ts', [], { env: env(dataDir) });
    expect(process.code).toBe(1);
    expect(process.stderr).toContain(`Audit trail BROKEN at event ${victim} `);
  });
});
