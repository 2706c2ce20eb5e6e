/**
 * caseTeamInvitationDecline: a lead of the invited organisation declines, saying why; the owner
 * sees the reason on the case team and the timeline.
 */
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { prisma } from '../../db/client.ts';
import { NotFoundError, NotPermittedError, parseOrThrow, StaleCaseError, ValidationError } from '../../errors.ts';
import { text } from '../../validation.ts';
import { CaseClosedError, RuleViolationError } from '../cases/case-errors.ts';
import type { RequestInfo } from '../cases/case-transaction.ts';
import { CaseTeamGrant, grantSelect, type CaseTeamGrantView } from './case-team.types.ts';
import { answerInvitation } from './team-invitation-answer.ts';

export async function declineInvitation(request: RequestInfo, input: { grantId: string; reason: string }, now?: Date) {
  const { reason } = parseOrThrow(z.object({ reason: text(2_000) }).safeParse(input));
  await answerInvitation(
    request,
    input.grantId,
    async (tx) => {
      await tx.caseTeamGrant.update({
        where: { id: input.grantId },
        data: { status: 'DECLINED', declineReason: reason },
      });
      return {
        events: [{ kind: 'TEAM_INVITATION_DECLINED', data: { grantId: input.grantId, reason } }],
        audit: { action: 'case.teamInvitationDecline', data: { grantId: input.grantId } },
      };
    },
    now,
  );
  return prisma.caseTeamGrant.findUniqueOrThrow({ where: { id: input.grantId }, select: grantSelect });
}

const DeclinePayload = builder
  .objectRef<{ invitation: CaseTeamGrantView }>('CaseTeamInvitationDeclinePayload')
  .implement({
    description: 'The declined invitation.',
    fields: (t) => ({ invitation: t.field({ type: CaseTeamGrant, resolve: (p) => p.invitation }) }),
  });

builder.mutationField('caseTeamInvitationDecline', (t) =>
  t.field({
    type: DeclinePayload,
    description: 'Decline an invitation to a case team (leads of the invited organisation only), saying why.',
    args: { invitationId: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    authScopes: { signedIn: true },
    errors: {
      types: [ValidationError, NotFoundError, NotPermittedError, StaleCaseError, CaseClosedError, RuleViolationError],
      directResult: true,
      union: { name: 'CaseTeamInvitationDeclineResult' },
    },
    resolve: async (_root, args, { viewer, requestId }) => ({
      invitation: await declineInvitation(
        { viewer: viewer!, requestId },
        { grantId: String(args.invitationId), reason: args.reason },
      ),
    }),
  }),
);
