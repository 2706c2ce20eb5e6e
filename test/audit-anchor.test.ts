/**
 * The audit trail against a database superuser: cutting off the newest events, or editing one
 * and recomputing every later hash, leaves a chain that verifies on its own; the checkpoint
 * signed with a key the database does not hold (kept outside it) is what finds both. Case
 * history has a hash chain of its own. The scenarios run in order on one database: each starts
 * from a fresh checkpoint of whatever the last one left.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AuditVerifyDocument } from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureAuditAnchor } from '../apps/api/src/modules/audit/audit.anchor.ts';
import { auditHash } from '../apps/api/src/modules/audit/audit.service.ts';
import { people, startTestApi, type TestApi } from './support/api.ts';

let api: TestApi;
let dir: string;
let anchorFile: string;
beforeAll(async () => {
  api = await startTestApi();
  dir = await mkdtemp(path.join(tmpdir(), 'waymark-anchor-'));
  anchorFile = path.join(dir, 'audit-anchor.json');
  configureAuditAnchor({ file: anchorFile, secret: randomBytes(32).toString('hex') });
});
afterAll(async () => {
  configureAuditAnchor(null);
  await api.stop();
  await rm(dir, { recursive: true, force: true });
});

const verify = async () => (await api.as(people.auditor).query(AuditVerifyDocument)).auditVerify;

/** A fresh baseline: forget the old checkpoint, verify (which seals a new one). */
async function freshCheckpoint() {
  await rm(anchorFile, { force: true });
  const first = await verify();
  expect(first.ok).toBe(true);
  const sealed = await verify();
  expect(sealed.anchor.status).toBe('MATCHES');
}

/** What a superuser can do: switch the append-only trigger off, change history, switch it on. */
async function asSuperuser(table: 'AuditEvent' | 'CaseEvent', sql: string[]) {
  await api.prisma.$executeRawUnsafe(`ALTER TABLE "${table}" DISABLE TRIGGER "${table}_append_only"`);
  for (const statement of sql) await api.prisma.$executeRawUnsafe(statement);
  await api.prisma.$executeRawUnsafe(`ALTER TABLE "${table}" ENABLE TRIGGER "${table}_append_only"`);
}

describe('the signed checkpoint', () => {
  it('finds the newest audit events deleted, though what is left still chains', async () => {
    await freshCheckpoint();
    const total = await api.prisma.auditEvent.count();
    const cut = Math.min(50, Math.floor(total / 2));
    await asSuperuser('AuditEvent', [
      `DELETE FROM "AuditEvent" WHERE "id" IN (SELECT "id" FROM "AuditEvent" ORDER BY "id" DESC LIMIT ${cut})`,
    ]);
    const result = await verify();
    expect(result.firstBroken).toBeNull(); // the shorter chain is intact on its own
    expect(result.ok).toBe(false);
    expect(result.anchor).toMatchObject({ status: 'TRUNCATED', chain: 'audit' });
    // Verifying again does not seal over the damage.
    expect((await verify()).anchor.status).toBe('TRUNCATED');
  });

  it('finds an audit event edited with every later hash recomputed', async () => {
    await freshCheckpoint();
    // The chain in its order (the sealer's), as a forger would walk it.
    const rows = await api.prisma.auditEvent.findMany({
      where: { chainSeq: { not: null } },
      orderBy: { chainSeq: 'asc' },
    });
    const from = Math.max(1, Math.floor(rows.length / 2));
    let prevHash = rows[from - 1]!.hash!;
    const statements: string[] = [];
    for (const [i, row] of rows.slice(from).entries()) {
      const edited = i === 0 ? { ...row, actorId: null } : row;
      const hash = auditHash(prevHash, edited);
      statements.push(
        `UPDATE "AuditEvent" SET ${i === 0 ? '"actorId" = NULL, ' : ''}"prevHash" = '${prevHash}', "hash" = '${hash}' WHERE "id" = ${row.id}`,
      );
      prevHash = hash;
    }
    // Hashes are unique: move them out of the way first.
    await asSuperuser('AuditEvent', [
      `UPDATE "AuditEvent" SET "hash" = 'x' || "hash" WHERE "id" >= ${rows[from]!.id}`,
      ...statements,
    ]);
    const result = await verify();
    expect(result.firstBroken).toBeNull(); // the recomputed chain verifies on its own
    expect(result.ok).toBe(false);
    expect(result.anchor).toMatchObject({ status: 'REWRITTEN', chain: 'audit' });
  });

  it('refuses a checkpoint file that was altered', async () => {
    await freshCheckpoint();
    const kept = JSON.parse(await readFile(anchorFile, 'utf8'));
    kept.audit.count -= 10;
    await writeFile(anchorFile, JSON.stringify(kept));
    const result = await verify();
    expect(result.ok).toBe(false);
    expect(result.anchor.status).toBe('INVALID_SIGNATURE');
  });
});

describe('case history', () => {
  it('finds the newest events of a case deleted', async () => {
    await freshCheckpoint();
    const [busiest] = await api.prisma.$queryRaw<Array<{ caseId: string }>>`
      SELECT "caseId"::text AS "caseId" FROM "CaseEvent" GROUP BY "caseId" ORDER BY count(*) DESC LIMIT 1`;
    await asSuperuser('CaseEvent', [
      `DELETE FROM "CaseEvent" WHERE "id" = (SELECT "id" FROM "CaseEvent" WHERE "caseId" = '${busiest!.caseId}' ORDER BY "seq" DESC LIMIT 1)`,
    ]);
    const result = await verify();
    expect(result.caseHistory.firstBroken).toBeNull();
    expect(result.ok).toBe(false);
    expect(result.anchor).toMatchObject({ status: 'TRUNCATED', chain: busiest!.caseId });
  });

  it('is a hash chain: an edited event is found, with its case', async () => {
    await freshCheckpoint();
    const event = await api.prisma.caseEvent.findFirstOrThrow({ orderBy: { seq: 'asc' } });
    await asSuperuser('CaseEvent', [`UPDATE "CaseEvent" SET "data" = '{"forged": true}' WHERE "id" = '${event.id}'`]);
    const result = await verify();
    expect(result.ok).toBe(false);
    expect(result.caseHistory.firstBroken).toMatchObject({
      caseId: Buffer.from(`Case:${event.caseId}`).toString('base64'),
      reason: 'HASH_MISMATCH',
    });
  });
});
