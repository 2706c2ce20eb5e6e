/**
 * caseTeamInvitationAccept: a lead of the invited organisation joins the case team on the terms
 * of the invitation (purpose, identity). The case appears in its `cases` and `myWork`.
 */
import { builder } from '../../builder.ts';
import { NotFoundError, NotPermittedError, StaleCaseError, ValidationError } from '../../errors.ts';
import { CaseClosedError, RuleViolationError } from '../cases/case-errors.ts';
import { CasePayload } from '../cases/case-mutation.ts';
import type { RequestInfo } from '../cases/case-transaction.ts';
import { answerInvitation } from './team-invitation-answer.ts';
import { identityOrganisationIds } from './team-grants.ts';

export async function acceptInvitation(request: RequestInfo, grantId: string, now?: Date) {
  return answerInvitation(
    request,
    grantId,
    async (tx, current) => {
      const grant = await tx.caseTeamGrant.update({
        where: { id: grantId },
        data: { status: 'ACTIVE' },
        select: { organisationId: true, purpose: true, seesIdentity: true },
      });
      const terms = { grantId, ...grant };
      return {
        events: [{ kind: 'TEAM_INVITATION_ACCEPTED', data: terms }],
        update: { identityOrganisationIds: await identityOrganisationIds(tx, current.id) },
        audit: { action: 'case.teamInvitationAccept', data: terms },
      };
    },
    now,
  );
}

builder.mutationField('caseTeamInvitationAccept', (t) =>
  t.field({
    type: CasePayload,
    description:
      'Accept an invitation to a case team (leads of the invited organisation only): your organisation works on the case as the invitation says.',
    args: { invitationId: t.arg.id({ required: true }) },
    authScopes: { signedIn: true },
    errors: {
      types: [ValidationError, NotFoundError, NotPermittedError, StaleCaseError, CaseClosedError, RuleViolationError],
      directResult: true,
      union: { name: 'CaseTeamInvitationAcceptResult' },
    },
    resolve: async (_root, { invitationId }, { viewer, requestId }) => ({
      case: await acceptInvitation({ viewer: viewer!, requestId }, String(invitationId)),
    }),
  }),
);
