/**
 * Walks the audit chain in write order and recomputes every link. Editing a row changes its
 * hash; removing one breaks the next row's prevHash; a forged row cannot carry the right hash
 * without recomputing every later one. The first broken link is reported, with why. Each case's
 * history is checked the same way (its chain is computed by the database on insert), and both
 * against the last signed checkpoint kept outside the database (audit.anchor.ts), which is what
 * finds a trail cut short or rewritten with every later hash recomputed.
 */
import { prisma } from '../../db/client.ts';
import { checkAnchor, sealCheckpoint, type AnchorCheck } from './audit.anchor.ts';
import { sealAuditTrail } from './audit-sealer.ts';
import { auditHash, GENESIS_HASH } from './audit.service.ts';

export interface CaseHistoryVerification {
  /** Case events checked. */
  checked: number;
  /** The first event (in write order) whose link is broken. */
  firstBroken: { caseId: string; occurredAt: Date; reason: 'HASH_MISMATCH' | 'PREVIOUS_HASH_MISMATCH' } | null;
}

export interface TrailVerification extends AuditVerification {
  caseHistory: CaseHistoryVerification;
  anchor: AnchorCheck;
}

export async function verifyCaseHistory(): Promise<CaseHistoryVerification> {
  const rows = await prisma.$queryRaw<
    Array<{ total: bigint; caseId: string | null; occurredAt: Date | null; reason: string | null }>
  >`
    WITH linked AS (
      SELECT e."seq", e."caseId"::text AS "caseId", e."occurredAt",
        e."prevHash" <> coalesce(lag(e."hash") OVER w, repeat('0', 64)) AS bad_prev,
        e."hash" <> waymark_case_event_hash(e."prevHash", e) AS bad_hash
      FROM "CaseEvent" e WINDOW w AS (PARTITION BY e."caseId" ORDER BY e."seq")
    )
    SELECT (SELECT count(*) FROM linked) AS total, b."caseId", b."occurredAt",
      CASE WHEN b.bad_prev THEN 'PREVIOUS_HASH_MISMATCH' WHEN b.bad_hash THEN 'HASH_MISMATCH' END AS reason
    FROM (SELECT 1) one
    LEFT JOIN (SELECT * FROM linked WHERE bad_prev OR bad_hash ORDER BY "seq" LIMIT 1) b ON true`;
  const row = rows[0]!;
  return {
    checked: Number(row.total),
    firstBroken: row.caseId
      ? { caseId: row.caseId, occurredAt: row.occurredAt!, reason: row.reason as 'HASH_MISMATCH' }
      : null,
  };
}

/**
 * The audit trail, every case's history and the last checkpoint; when all hold, a new
 * checkpoint is sealed (so each verification also extends the anchor).
 */
export async function verifyTrail(): Promise<TrailVerification> {
  // Rows written since the sealer's last turn are chained first, so the whole trail is checked.
  await sealAuditTrail();
  const audit = await verifyAuditChain();
  const caseHistory = await verifyCaseHistory();
  let anchor = await checkAnchor();
  const intact = audit.ok && caseHistory.firstBroken === null;
  if (intact && (anchor.status === 'MATCHES' || anchor.status === 'NO_CHECKPOINT')) {
    await sealCheckpoint();
    anchor = await checkAnchor();
  }
  const anchorOk = anchor.status === 'MATCHES' || anchor.status === 'NO_CHECKPOINT';
  return { ...audit, ok: intact && anchorOk, caseHistory, anchor, verifiedAt: new Date() };
}

export interface AuditVerification {
  ok: boolean;
  /** Rows checked (all of them when ok; up to and including the broken one otherwise). */
  checked: number;
  firstBroken: { id: bigint; occurredAt: Date; reason: 'HASH_MISMATCH' | 'PREVIOUS_HASH_MISMATCH' } | null;
  verifiedAt: Date;
}

const BATCH = 1000;

type AuditRow = Awaited<ReturnType<typeof prisma.auditEvent.findMany>>[number];

/**
 * The chain in order: sealed rows by their place in it, then any row that carries a hash the
 * sealer did not give it (written by hand: it must still chain on, or it is reported). Rows
 * waiting for the sealer (no chain fields) are not part of the chain yet.
 */
async function* chainRows(): AsyncGenerator<AuditRow> {
  let afterSeq: bigint | null = null;
  for (;;) {
    const rows: AuditRow[] = await prisma.auditEvent.findMany({
      where: { chainSeq: afterSeq === null ? { not: null } : { gt: afterSeq } },
      orderBy: { chainSeq: 'asc' },
      take: BATCH,
    });
    yield* rows;
    if (rows.length < BATCH) break;
    afterSeq = rows.at(-1)!.chainSeq;
  }
  let afterId: bigint | null = null;
  for (;;) {
    const rows: AuditRow[] = await prisma.auditEvent.findMany({
      where: { chainSeq: null, hash: { not: null }, ...(afterId === null ? {} : { id: { gt: afterId } }) },
      orderBy: { id: 'asc' },
      take: BATCH,
    });
    yield* rows;
    if (rows.length < BATCH) break;
    afterId = rows.at(-1)!.id;
  }
}

export async function verifyAuditChain(): Promise<AuditVerification> {
  let prevHash = GENESIS_HASH;
  let checked = 0;
  for await (const row of chainRows()) {
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
  return { ok: true, checked, firstBroken: null, verifiedAt: new Date() };
}
