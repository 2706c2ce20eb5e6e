/**
 * caseTeamRevoke: a lead of the owning organisation withdraws a waiting invitation or ends a
 * membership, saying why. From the next request the organisation no longer sees the case.
 */
import { z } from 'zod';
import { parseOrThrow } from '../../errors.ts';
import { text } from '../../validation.ts';
import { RuleViolationError } from '../cases/case-errors.ts';
import { base, caseInput, caseMutation, RULE_ERRORS } from '../cases/case-mutation.ts';
import { changeCase, type RequestInfo, type Versioned } from '../cases/case-transaction.ts';
import { identityOrganisationIds, SECTION } from './team-grants.ts';
import { isUuid } from '../../uuid.ts';

export async function revokeFromTeam(
  request: RequestInfo,
  input: Versioned & { grantId: string; reason: string },
  now?: Date,
) {
  const { reason } = parseOrThrow(z.object({ reason: text(2_000) }).safeParse(input));
  return changeCase(
    request,
    input.caseId,
    input.expectedVersion,
    async (tx, current, at) => {
      const grant = isUuid(input.grantId)
        ? await tx.caseTeamGrant.findFirst({ where: { id: input.grantId, caseId: current.id } })
        : null;
      if (!grant)
        throw new RuleViolationError(
          'That is not an invitation or membership of this case team; see `Case.team`.',
          'caseTeam.unknownGrant',
          SECTION,
        );
      if (grant.status !== 'PENDING' && grant.status !== 'ACTIVE')
        throw new RuleViolationError(
          'That invitation or membership has already ended; nothing to revoke.',
          'caseTeam.ended',
          SECTION,
        );
      await tx.caseTeamGrant.update({
        where: { id: grant.id },
        data: { status: 'REVOKED', endedById: request.viewer.personId, endedAt: at, endReason: reason },
      });
      const member = grant.status === 'ACTIVE';
      const data = { grantId: grant.id, organisationId: grant.organisationId };
      return {
        events: [{ kind: member ? 'TEAM_MEMBER_REVOKED' : 'TEAM_INVITATION_REVOKED', data: { ...data, reason } }],
        update: member ? { identityOrganisationIds: await identityOrganisationIds(tx, current.id) } : undefined,
        audit: { action: member ? 'case.teamMemberRevoke' : 'case.teamInvitationRevoke', data },
      };
    },
    { owner: 'lead', now },
  );
}

caseMutation(
  'caseTeamRevoke',
  'Withdraw a waiting case-team invitation or end a membership (leads of the owning organisation only), saying why.',
  caseInput('CaseTeamRevokeInput', (t) => ({
    grantId: t.id({ required: true, description: 'The invitation or membership: `Case.team[].id`.' }),
    reason: t.string({ required: true }),
  })),
  RULE_ERRORS,
  (input, request) => revokeFromTeam(request, { ...base(input), grantId: String(input.grantId), reason: input.reason }),
);
