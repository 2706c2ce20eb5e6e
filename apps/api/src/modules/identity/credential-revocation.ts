/**
 * Ending everything a person can sign in with, at once and on every API process: their
 * sessions, the API tokens that act as them and the ones they created (they saw those secrets).
 * The rows are revoked inside the caller's transaction; once it commits, the ids go to the
 * shared revocation list, which every process checks on every request, cache or not.
 */
import type { Transaction } from '../../db/client.ts';
import { sharedState } from '../../shared-state/shared-state.ts';
import { forgetCredential } from './credential-cache.ts';

export interface EndedCredential {
  id: string;
  expiresAt: Date;
}

export async function revokePersonCredentials(tx: Transaction, personId: string): Promise<EndedCredential[]> {
  const now = new Date();
  const sessions = await tx.session.findMany({
    where: { personId, revokedAt: null, expiresAt: { gt: now } },
    select: { id: true, expiresAt: true },
  });
  const tokens = await tx.apiToken.findMany({
    where: { OR: [{ personId }, { createdById: personId }], revokedAt: null, expiresAt: { gt: now } },
    select: { id: true, expiresAt: true },
  });
  await tx.session.updateMany({ where: { id: { in: sessions.map((s) => s.id) } }, data: { revokedAt: now } });
  await tx.apiToken.updateMany({ where: { id: { in: tokens.map((t) => t.id) } }, data: { revokedAt: now } });
  return [...sessions, ...tokens];
}

/** After the commit: every process refuses these from its next request. */
export async function announceRevocations(ended: EndedCredential[]) {
  const state = sharedState();
  await Promise.all(ended.map((c) => state.revoke(c.id, c.expiresAt.getTime() - Date.now())));
  for (const c of ended) forgetCredential(c.id);
}
