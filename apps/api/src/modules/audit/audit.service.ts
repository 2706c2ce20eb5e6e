/**
 * Writes the append-only audit trail. A row is written in the transaction that makes the change
 * it records (or, for a read, before the response leaves), without chain fields, so requests
 * never wait on each other. The sealer (audit-sealer.ts) then chains committed rows in batches:
 * each row gets its place in the chain and the SHA-256 of the previous row's hash and its own
 * content, so editing or removing a sealed row breaks every later link.
 */
import { createHash } from 'node:crypto';
import type { Viewer } from '../../context.ts';
import type { Transaction } from '../../db/client.ts';
import { integrationTrace } from '../identity/viewer.ts';

/** Where a row can be written: a transaction, or the client for a row that stands alone. */
export type AuditWriter = Pick<Transaction, 'auditEvent'>;

export const GENESIS_HASH = '0'.repeat(64);

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

export async function recordAudit(tx: AuditWriter, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      // The application's clock (tests control it), as before sealing moved out of the request.
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
        : ((entry.data ?? {}) as object),
    },
  });
}
