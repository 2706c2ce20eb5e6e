/**
 * What the case-team use cases share: the rule's section, the organisations that see identity
 * through a grant (kept on the case in the same transaction, so case-access.ts can decide a
 * disclosure from the case row alone), and the default and bounds of an invitation's life.
 */
import type { Transaction } from '../../db/client.ts';

export const SECTION = '003 8.5';

export const DEFAULT_EXPIRY_DAYS = 7;
export const MAX_EXPIRY_DAYS = 30;

/** The organisations whose active grant on the case includes identity. */
export async function identityOrganisationIds(tx: Transaction, caseId: string): Promise<string[]> {
  const rows = await tx.caseTeamGrant.findMany({
    where: { caseId, status: 'ACTIVE', seesIdentity: true },
    orderBy: { organisationId: 'asc' },
    distinct: ['organisationId'],
    select: { organisationId: true },
  });
  return rows.map((r) => r.organisationId);
}
