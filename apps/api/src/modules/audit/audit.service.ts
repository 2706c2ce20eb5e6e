/**
 * Writes the append-only audit trail. Each row stores the SHA-256 of the previous row's hash
 * and its own content, so editing or removing a row breaks every later link. Writers are
 * serialised by a transaction-scoped advisory lock so two transactions never chain from the
 * same previous row. Call it inside the transaction that makes the change it records.
 */
import { createHash } from 'node:crypto';
import type { Viewer } from '../../context.ts';
import type { Transaction } from '../../db/client.ts';
import { integrationTrace } from '../identity/viewer.ts';

export const GENESIS_HASH = '0'.repeat(64);
const AUDIT_CHAIN_LOCK = 7261538;

export interface AuditEntry {
  viewer: Viewer | null;
  requestId: string | null;
  /** Dotted verb, e.g. "case.open". */
  action: string;
  entityType: string;
  entityId: string | null;
  /** What changed, without personal data (ids and field names, not values). */
  data?: Record<string, unknown>;
}

export interface HashedFields {
  occurredAt: Date;
  actorId: string | null;
  organisationId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  requestId: string | null;
  data: unknown;
}

/**
 * JSON with object keys sorted at every level. The column is jsonb, which stores keys in its
 * own order, so the hash must not depend on the order they were written in.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : inner,
  );
}

/** The hash of one row: shared with the verifier so both compute it the same way. */
export function auditHash(prevHash: string, row: HashedFields): string {
  const canonical = canonicalJson([
    prevHash,
    row.occurredAt.toISOString(),
    row.actorId,
    row.organisationId,
    row.action,
    row.entityType,
    row.entityId,
    row.requestId,
    row.data,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

export async function recordAudit(tx: Transaction, entry: AuditEntry): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`;
  const last = await tx.auditEvent.findFirst({ orderBy: { id: 'desc' }, select: { hash: true } });
  const prevHash = last?.hash ?? GENESIS_HASH;
  const row: HashedFields = {
    occurredAt: new Date(),
    actorId: entry.viewer?.personId ?? null,
    organisationId: entry.viewer?.organisation.id ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    requestId: entry.requestId,
    // Which credential acted: an API token acts as its person, so this is what tells a token
    // an admin created apart from the person signing in themselves.
    data: entry.viewer?.credential?.id
      ? {
          ...entry.data,
          via: {
            kind: entry.viewer.credential.kind,
            id: entry.viewer.credential.id,
            ...integrationTrace(entry.viewer),
          },
        }
      : (entry.data ?? {}),
  };
  await tx.auditEvent.create({
    data: { ...row, data: row.data as object, prevHash, hash: auditHash(prevHash, row) },
  });
}
