/**
 * Walks the audit chain in write order and recomputes every link. Editing a row changes its
 * hash; removing one breaks the next row's prevHash; a forged row cannot carry the right hash
 * without recomputing every later one. The first broken link is reported, with why.
 */
import { prisma } from '../../db/client.ts';
import { auditHash, GENESIS_HASH } from './audit.service.ts';

export interface AuditVerification {
  ok: boolean;
  /** Rows checked (all of them when ok; up to and including the broken one otherwise). */
  checked: number;
  firstBroken: { id: bigint; occurredAt: Date; reason: 'HASH_MISMATCH' | 'PREVIOUS_HASH_MISMATCH' } | null;
  verifiedAt: Date;
}

const BATCH = 1000;

export async function verifyAuditChain(): Promise<AuditVerification> {
  let prevHash = GENESIS_HASH;
  let checked = 0;
  let after: bigint | null = null;
  for (;;) {
    const rows: Awaited<ReturnType<typeof prisma.auditEvent.findMany>> = await prisma.auditEvent.findMany({
      where: after === null ? {} : { id: { gt: after } },
      orderBy: { id: 'asc' },
      take: BATCH,
    });
    for (const row of rows) {
      checked += 1;
      if (row.prevHash !== prevHash) {
        return {
          ok: false,
          checked,
          firstBroken: { id: row.id, occurredAt: row.occurredAt, reason: 'PREVIOUS_HASH_MISMATCH' },
          verifiedAt: new Date(),
        };
      }
      if (auditHash(prevHash, row) !== row.hash) {
        return {
          ok: false,
          checked,
          firstBroken: { id: row.id, occurredAt: row.occurredAt, reason: 'HASH_MISMATCH' },
          verifiedAt: new Date(),
        };
      }
      prevHash = row.hash;
    }
    if (rows.length < BATCH) return { ok: true, checked, firstBroken: null, verifiedAt: new Date() };
    after = rows.at(-1)!.id;
  }
}
