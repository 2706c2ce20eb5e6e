/**
 * What accepting and declining a hand-over share: finding the offer made to the viewer's
 * organisation, checking that a lead answers and that nobody has answered yet, and running the
 * answer as one case change (case-transaction.ts) on a case the viewer is not yet on the team of.
 */
import { prisma } from '../../db/client.ts';
import { NotFoundError, NotPermittedError } from '../../errors.ts';
import { handOverReceiverWhere } from '../cases/case-access.ts';
import { RuleViolationError } from '../cases/case-errors.ts';
import { changeCase, type CaseChange, type RequestInfo } from '../cases/case-transaction.ts';
import type { Transaction } from '../../db/client.ts';
import type { Case } from '../../generated/prisma/client.ts';
import { isUuid } from '../../uuid.ts';

export const answeredError = () =>
  new RuleViolationError(
    'This hand-over has already been answered; see the case’s timeline.',
    'handOver.answered',
    '000 step 3',
  );

export async function answerHandOver(
  request: RequestInfo,
  handOverId: string,
  work: (tx: Transaction, current: Case, now: Date) => Promise<CaseChange>,
  now?: Date,
) {
  const { viewer } = request;
  // Only an offer to the viewer's own organisation exists for them; any other is not found.
  const offer = isUuid(handOverId)
    ? await prisma.caseHandOver.findFirst({ where: { id: handOverId, toOrganisationId: viewer.organisation.id } })
    : null;
  if (!offer) throw new NotFoundError('HandOver');
  if (!viewer.roles.includes('LEAD'))
    throw new NotPermittedError('Only a lead of the receiving organisation may answer a hand-over; ask them.');
  if (offer.status !== 'PENDING') throw answeredError();
  const { version } = await prisma.case.findUniqueOrThrow({ where: { id: offer.caseId }, select: { version: true } });
  return changeCase(
    request,
    offer.caseId,
    version,
    async (tx, current, at) => {
      // A concurrent answer got here first: the PENDING guard matches nothing.
      const claimed = await tx.caseHandOver.updateMany({
        where: { id: offer.id, status: 'PENDING' },
        data: { answeredById: viewer.personId, answeredAt: at },
      });
      if (claimed.count !== 1) throw answeredError();
      return work(tx, current, at);
    },
    { changeable: handOverReceiverWhere(viewer), now },
  ).catch((error: unknown) => {
    // Answered between the check above and the transaction: the case is no longer offered.
    if (error instanceof NotFoundError) throw answeredError();
    throw error;
  });
}
