/**
 * The audit trail without a global lock: requests write audit rows without chain fields, and
 * one sealer chains them afterwards, in sealing order. What is sealed can no longer change;
 * what waits to be sealed can only be sealed, never edited.
 */
import { AuditVerifyDocument, CaseIdentityDocument } from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealAuditTrail } from '../apps/api/src/modules/audit/audit-sealer.ts';
import { people, startTestApi, type TestApi } from './support/api.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

const DEMO_CASE = '6f1d2c1e-0000-4000-8000-000000000001'; // Coventry, has a name
const caseGlobalId = Buffer.from(`Case:${DEMO_CASE}`).toString('base64');

async function readIdentity() {
  const { case: read } = await api.as(people.coventryLead).query(CaseIdentityDocument, { id: caseGlobalId });
  expect(read?.subject?.givenName).toBeTruthy();
  return api.prisma.auditEvent.findFirstOrThrow({
    where: { action: 'case.read.identifying', entityId: DEMO_CASE },
    orderBy: { id: 'desc' },
  });
}

describe('the audit sealer', () => {
  it('a read is audited before the response leaves, and chained by the sealer after it', async () => {
    const written = await readIdentity();
    expect({ chainSeq: written.chainSeq, hash: written.hash }).toEqual({ chainSeq: null, hash: null });
    expect(await sealAuditTrail()).toBeGreaterThan(0);
    const sealed = await api.prisma.auditEvent.findUniqueOrThrow({ where: { id: written.id } });
    expect(sealed.chainSeq).not.toBeNull();
    expect(sealed.hash).toMatch(/^[0-9a-f]{64}$/);
    const previous = await api.prisma.auditEvent.findUniqueOrThrow({ where: { chainSeq: sealed.chainSeq! - 1n } });
    expect(sealed.prevHash).toBe(previous.hash);
    expect(await sealAuditTrail()).toBe(0); // nothing left to seal
    expect((await api.as(people.auditor).query(AuditVerifyDocument)).auditVerify.ok).toBe(true);
  });

  it('a row waiting to be sealed cannot be edited, only sealed; a sealed row cannot be sealed again', async () => {
    const waiting = await readIdentity();
    await expect(
      api.prisma.$executeRawUnsafe(`UPDATE "AuditEvent" SET "action" = 'nothing' WHERE "id" = ${waiting.id}`),
    ).rejects.toThrow(/append-only/);
    await expect(
      api.prisma.$executeRawUnsafe(
        `UPDATE "AuditEvent" SET "chainSeq" = 999999, "prevHash" = 'x', "hash" = 'y', "requestId" = 'other' WHERE "id" = ${waiting.id}`,
      ),
    ).rejects.toThrow(/append-only/);
    await sealAuditTrail();
    await expect(
      api.prisma.$executeRawUnsafe(
        `UPDATE "AuditEvent" SET "chainSeq" = 999999, "prevHash" = 'x', "hash" = 'y' WHERE "id" = ${waiting.id}`,
      ),
    ).rejects.toThrow(/append-only/);
  });

  it('chains in sealing order: a row committed after later ids were sealed goes to the end, not back in id order', async () => {
    await sealAuditTrail();
    const head = await api.prisma.auditEvent.findFirstOrThrow({ orderBy: { chainSeq: 'desc' } });
    // What a long transaction looks like to the sealer: a row with an earlier id than rows
    // already sealed, committed only now.
    const late = await api.prisma.$queryRawUnsafe<Array<{ id: bigint }>>(
      `INSERT INTO "AuditEvent" ("id", "occurredAt", "action", "entityType", "data")
       VALUES (-1, now(), 'case.addNote', 'Case', '{}') RETURNING "id"`,
    );
    expect(late[0]!.id < head.id).toBe(true);
    expect(await sealAuditTrail()).toBe(1);
    const sealed = await api.prisma.auditEvent.findUniqueOrThrow({ where: { id: -1n } });
    expect(sealed.chainSeq).toBe(head.chainSeq! + 1n);
    expect(sealed.prevHash).toBe(head.hash);
    const { auditVerify } = await api.as(people.auditor).query(AuditVerifyDocument);
    expect(auditVerify.ok).toBe(true);
  });

  it('a row sealed and then deleted by someone who switched the trigger off breaks the chain', async () => {
    await readIdentity();
    await readIdentity();
    await sealAuditTrail();
    const [, victim] = await api.prisma.auditEvent.findMany({ orderBy: { chainSeq: 'desc' }, take: 2 });
    await api.prisma.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`);
    await api.prisma.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "id" = ${victim!.id}`);
    await api.prisma.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only"`);
    const { auditVerify } = await api.as(people.auditor).query(AuditVerifyDocument);
    expect(auditVerify.ok).toBe(false);
    expect(auditVerify.firstBroken?.reason).toBe('PREVIOUS_HASH_MISMATCH');
  });
});
