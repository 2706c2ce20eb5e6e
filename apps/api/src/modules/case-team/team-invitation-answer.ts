/**
 * What accepting and declining a case-team invitation share: finding the invitation made to the
 * viewer's organisation, checking that a lead answers, that it is still waiting and has not
 * expired, and running the answer as one case change on a case the viewer is not yet on the
 * team of. A refusal writes nothing.
 */
import { prisma, type Transaction } from '../../db/client.ts';
import { NotFoundError, NotPermittedError } from '../../errors.ts';
import type { Case } from '../../generated/prisma/client.ts';
import { RuleViolationError } from '../cases/case-errors.ts';
import { changeCase, type CaseChange, type RequestInfo } from '../cases/case-transaction.ts';
import { SECTION } from './team-grants.ts';
import { isUuid } from '../../uuid.ts';

const notWaiting = (status: string) =>
  new RuleViolationError(
    status === 'EXPIRED'
      ? 'This invitation has expired; ask the owning organisation to invite you again.'
      : status === 'REVOKED'
        ? 'The owning organisation revoked this invitation; ask them if you still need to work on the case.'
        : 'This invitation has already been answered; see the case team.',
    `caseTeam.${status === 'EXPIRED' ? 'expired' : status === 'REVOKED' ? 'revoked' : 'answered'}`,
    SECTION,
  );

export async function answerInvitation(
  request: RequestInfo,
  grantId: string,
  work: (tx: Transaction, current: Case, now: Date) => Promise<CaseChange>,
  now: Date = new Date(),
) {
  const { viewer } = request;
  // Only an invitation to the viewer's own organisation exists for them; any other is not found.
  const grant = isUuid(grantId)
    ? await prisma.caseTeamGrant.findFirst({ where: { id: grantId, organisationId: viewer.organisation.id } })
    : null;
  if (!grant) throw new NotFoundError('CaseTeamInvitation');
  if (!viewer.roles.includes('LEAD'))
    throw new NotPermittedError('Only a lead of the invited organisation may answer a case-team invitation; ask them.');
  if (grant.status !== 'PENDING') throw notWaiting(grant.status);
  if (grant.expiresAt.getTime() <= now.getTime()) throw notWaiting('EXPIRED');
  const { version } = await prisma.case.findUniqueOrThrow({ where: { id: grant.caseId }, select: { version: true } });
  return changeCase(
    request,
    grant.caseId,
    version,
    async (tx, current, at) => {
      // A concurrent answer or revocation got here first: the PENDING guard matches nothing.
      const claimed = await tx.caseTeamGrant.updateMany({
        where: { id: grant.id, status: 'PENDING', expiresAt: { gt: at } },
        data: { answeredById: viewer.personId, answeredAt: at },
      });
      if (claimed.count !== 1) {
        const latest = await tx.caseTeamGrant.findUniqueOrThrow({ where: { id: grant.id }, select: { status: true } });
        throw notWaiting(latest.status === 'PENDING' ? 'EXPIRED' : latest.status);
      }
      return work(tx, current, at);
    },
    {
      changeable: { teamGrants: { some: { id: grant.id, organisationId: viewer.organisation.id } } },
      now,
    },
  );
}
