/**
 * Chains the audit trail. Requests write audit rows without chain fields (audit.service.ts);
 * the sealer takes committed rows not yet sealed, oldest first, and gives each its place in
 * the chain (chainSeq), the previous row's hash and its own, in one statement per batch.
 *
 * One sealer at a time across every API process: a transaction-scoped advisory lock held only
 * by sealers, so requests never queue on it. A process that finds another sealing skips its
 * turn (`wait: false`); the verifier waits for the lock, so it checks a trail with nothing left
 * unsealed from before it started.
 *
 * Sealing order, not id order, is the chain's order: a row committed late (a long transaction
 * took an earlier id) is sealed after rows already sealed, never inserted before them.
 */
import { prisma } from '../../db/client.ts';
import { logger } from '../../logger.ts';
import { auditHash, GENESIS_HASH } from './audit.service.ts';

const AUDIT_SEALER_LOCK = 7261539;
const BATCH = 500;

/** How often each API process offers to seal (the longest a row waits unchained). */
export const SEAL_EVERY_MS = 1000;

/**
 * Seals every row committed and not yet sealed. Returns how many it sealed, or null when
 * another sealer held the lock and `wait` was false.
 */
export async function sealAuditTrail({ wait = true }: { wait?: boolean } = {}): Promise<number | null> {
  let sealed = 0;
  for (;;) {
    const batch = await prisma.$transaction(async (tx) => {
      if (wait) await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_SEALER_LOCK})`;
      else {
        const [got] = await tx.$queryRaw<Array<{ locked: boolean }>>`
          SELECT pg_try_advisory_xact_lock(${AUDIT_SEALER_LOCK}) AS locked`;
        if (!got?.locked) return null;
      }
      const pending = await tx.auditEvent.findMany({
        where: { chainSeq: null, hash: null },
        orderBy: { id: 'asc' },
        take: BATCH,
      });
      if (pending.length === 0) return 0;
      const head = await tx.auditEvent.findFirst({
        where: { chainSeq: { not: null } },
        orderBy: { chainSeq: 'desc' },
        select: { chainSeq: true, hash: true },
      });
      let prevHash = head?.hash ?? GENESIS_HASH;
      let seq = head?.chainSeq ?? 0n;
      const ids: string[] = [];
      const seqs: string[] = [];
      const prevs: string[] = [];
      const hashes: string[] = [];
      for (const row of pending) {
        seq += 1n;
        const hash = auditHash(prevHash, row);
        ids.push(row.id.toString());
        seqs.push(seq.toString());
        prevs.push(prevHash);
        hashes.push(hash);
        prevHash = hash;
      }
      await tx.$executeRaw`
        UPDATE "AuditEvent" a SET "chainSeq" = s.seq, "prevHash" = s.prev, "hash" = s.hash
        FROM (SELECT unnest(${ids}::bigint[]) AS id, unnest(${seqs}::bigint[]) AS seq,
                     unnest(${prevs}::text[]) AS prev, unnest(${hashes}::text[]) AS hash) s
        WHERE a."id" = s.id`;
      return pending.length;
    });
    if (batch === null) return sealed === 0 ? null : sealed;
    sealed += batch;
    if (batch < BATCH) return sealed;
  }
}

/** The in-process sealer loop of an API process; returns a stop function. */
export function startAuditSealer(everyMs = SEAL_EVERY_MS): () => Promise<void> {
  // One turn at a time: a turn still running when the timer fires again is not doubled.
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = sealAuditTrail({ wait: false })
      .catch((error: unknown) => logger.error({ err: { name: (error as Error)?.name } }, 'audit sealing failed'))
      .finally(() => {
        running = null;
      });
  }, everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
    // What requests wrote up to now, so a clean shutdown leaves nothing unsealed.
    await sealAuditTrail();
  };
}
