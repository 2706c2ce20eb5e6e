/**
 * caseHandOverAccept: a lead of the receiving organisation takes the case. Their organisation
 * owns it from now on, identity included, and the case is assigned to them; the organisation
 * that handed it over leaves the team (case-access.ts: it keeps `handedOverCases`).
 */
import { builder } from '../../builder.ts';
import { NotFoundError, NotPermittedError, StaleCaseError, ValidationError } from '../../errors.ts';
import { CaseClosedError, RuleViolationError } from '../cases/case-errors.ts';
import { CasePayload } from '../cases/case-mutation.ts';
import type { RequestInfo } from '../cases/case-transaction.ts';
import { answerHandOver } from './hand-over-answer.ts';

export async function acceptHandOver(request: RequestInfo, handOverId: string, now?: Date) {
  const { viewer } = request;
  return answerHandOver(
    request,
    handOverId,
    async (tx, current, at) => {
      const offer = await tx.caseHandOver.update({
        where: { id: handOverId },
        data: { status: 'ACCEPTED' },
        select: { fromOrganisationId: true },
      });
      await tx.case.update({
        where: { id: current.id },
        data: {
          owningOrganisationId: viewer.organisation.id,
          assignedToId: viewer.personId,
          assignedAt: at,
          acceptedAt: at,
        },
      });
      return {
        events: [
          {
            kind: 'HAND_OVER_ACCEPTED',
            data: { handOverId, fromOrganisationId: offer.fromOrganisationId, assignedToId: viewer.personId },
          },
        ],
        audit: {
          action: 'case.handOverAccept',
          data: { handOverId, fromOrganisationId: offer.fromOrganisationId, toOrganisationId: viewer.organisation.id },
        },
      };
    },
    now,
  );
}

builder.mutationField('caseHandOverAccept', (t) =>
  t.field({
    type: CasePayload,
    description:
      'Accept a case offered to your organisation (leads only): your organisation owns it and it is assigned to you.',
    args: { handOverId: t.arg.id({ required: true }) },
    authScopes: { signedIn: true },
    errors: {
      types: [ValidationError, NotFoundError, NotPermittedError, StaleCaseError, CaseClosedError, RuleViolationError],
      directResult: true,
      union: { name: 'CaseHandOverAcceptResult' },
    },
    resolve: async (_root, { handOverId }, { viewer, requestId }) => ({
      case: await acceptHandOver({ viewer: viewer!, requestId }, String(handOverId)),
    }),
  }),
);
