/**
 * Invitations nobody answered in time end as EXPIRED, on the case timeline and in the audit
 * trail, when the job runner's sweep comes by (jobs/runner.ts). Until then an overdue invitation
 * is already refused on acceptance (team-invitation-answer.ts) and left out of
 * caseTeamInvitationsWaiting, so the sweep's timing changes what the record says, never who may
 * do what. Each expiry is one transaction with a version bump, like any case change; the event's
 * actor is the person who sent the invitation (its expiry is a term they set), the audit row has
 * no actor (the system acted).
 */
import { prisma } from '../../db/client.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { TRANSACTION_OPTIONS } from '../cases/case-transaction.ts';

const BATCH = 200;

/** Expires the invitations due at `now`; returns how many it ended. */
export async function expireTeamInvitations(now: Date): Promise<number> {
  const due = await prisma.caseTeamGrant.findMany({
    where: { status: 'PENDING', expiresAt: { lte: now } },
    orderBy: [{ expiresAt: 'asc' }, { id: 'asc' }],
    take: BATCH,
    select: { id: true, caseId: true, organisationId: true, invitedById: true },
  });
  let ended = 0;
  for (const grant of due) {
    const done = await prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "Case" WHERE "id" = ${grant.caseId}::uuid FOR UPDATE`;
      // Answered or revoked since the read above: nothing to expire.
      const claimed = await tx.caseTeamGrant.updateMany({
        where: { id: grant.id, status: 'PENDING' },
        data: { status: 'EXPIRED', endedAt: now },
      });
      if (claimed.count !== 1) return false;
      const row = await tx.case.update({
        where: { id: grant.caseId },
        data: { version: { increment: 1 } },
        select: { version: true, owningOrganisationId: true },
      });
      const data = { grantId: grant.id, organisationId: grant.organisationId };
      await tx.caseEvent.create({
        data: {
          caseId: grant.caseId,
          kind: 'TEAM_INVITATION_EXPIRED',
          actorId: grant.invitedById,
          organisationId: row.owningOrganisationId,
          occurredAt: now,
          recordedAt: now,
          caseVersion: row.version,
          data,
        },
      });
      await recordAudit(tx, {
        viewer: null,
        requestId: 'team-invitation-expiry',
        action: 'case.teamInvitationExpire',
        entityType: 'Case',
        entityId: grant.caseId,
        data: { version: row.version, ...data },
      });
      return true;
    }, TRANSACTION_OPTIONS);
    if (done) ended++;
  }
  return ended;
}
