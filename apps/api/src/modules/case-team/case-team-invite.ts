/**
 * caseTeamInvite: a lead of the owning organisation invites another organisation to the case
 * team, with a purpose (what it may change, case-access.ts) and whether it may see the person's
 * identity. The invitation waits for a lead of the invited organisation and expires (7 days by
 * default, 1 to 30).
 */
import { z } from 'zod';
import { parseOrThrow } from '../../errors.ts';
import { text } from '../../validation.ts';
import { RuleViolationError } from '../cases/case-errors.ts';
import { base, caseInput, caseMutation, RULE_ERRORS } from '../cases/case-mutation.ts';
import { changeCase, type RequestInfo, type Versioned } from '../cases/case-transaction.ts';
import type { TeamPurpose } from '../cases/case-access.ts';
import { Organisation } from '../orgs/orgs.types.ts';
import { CaseTeamPurpose } from './case-team.types.ts';
import { DEFAULT_EXPIRY_DAYS, MAX_EXPIRY_DAYS, SECTION } from './team-grants.ts';

const DAY_MS = 86_400_000;

const shape = z.object({
  expiresInDays: z.number().int().min(1).max(MAX_EXPIRY_DAYS),
  note: text(2_000).nullish(),
});

export async function inviteToTeam(
  request: RequestInfo,
  input: Versioned & {
    organisationId: string;
    purpose: TeamPurpose;
    seesIdentity: boolean;
    expiresInDays?: number | null;
    note?: string | null;
  },
  now?: Date,
) {
  const { expiresInDays, note } = parseOrThrow(
    shape.safeParse({ expiresInDays: input.expiresInDays ?? DEFAULT_EXPIRY_DAYS, note: input.note }),
  );
  return changeCase(
    request,
    input.caseId,
    input.expectedVersion,
    async (tx, current, at) => {
      const to = await tx.organisation.findUnique({ where: { id: input.organisationId }, select: { id: true } });
      if (!to)
        throw new RuleViolationError(
          'No such organisation; choose one from `organisations`.',
          'caseTeam.unknownOrganisation',
          SECTION,
        );
      if (to.id === current.owningOrganisationId)
        throw new RuleViolationError(
          'Your organisation owns the case; invite another organisation.',
          'caseTeam.owner',
          SECTION,
        );
      const open = await tx.caseTeamGrant.findFirst({
        where: { caseId: current.id, organisationId: to.id, status: { in: ['PENDING', 'ACTIVE'] } },
        select: { status: true },
      });
      if (open?.status === 'PENDING')
        throw new RuleViolationError(
          'That organisation already has an invitation to this case team waiting; revoke it to invite again on other terms.',
          'caseTeam.pending',
          SECTION,
          { mutation: 'caseTeamRevoke' },
        );
      if (open)
        throw new RuleViolationError(
          'That organisation is already on the case team; revoke its membership to change its terms.',
          'caseTeam.member',
          SECTION,
          { mutation: 'caseTeamRevoke' },
        );
      const expiresAt = new Date(at.getTime() + expiresInDays * DAY_MS);
      const grant = await tx.caseTeamGrant.create({
        data: {
          caseId: current.id,
          organisationId: to.id,
          purpose: input.purpose,
          seesIdentity: input.seesIdentity,
          note: note ?? null,
          invitedById: request.viewer.personId,
          invitedAt: at,
          expiresAt,
        },
      });
      const terms = {
        grantId: grant.id,
        organisationId: to.id,
        purpose: input.purpose,
        seesIdentity: input.seesIdentity,
      };
      return {
        events: [{ kind: 'TEAM_INVITED', data: { ...terms, expiresAt: expiresAt.toISOString() } }],
        audit: { action: 'case.teamInvite', data: terms },
      };
    },
    // Who works on the case is its owner's lead's decision (a caseworker is refused).
    { owner: 'lead', now },
  );
}

caseMutation(
  'caseTeamInvite',
  'Invite another organisation to the case team (leads of the owning organisation only), with a purpose and whether it sees the person’s identity; a lead there accepts or declines before it expires.',
  caseInput('CaseTeamInviteInput', (t) => ({
    organisationId: t.globalID({ for: Organisation, required: true }),
    purpose: t.field({ type: CaseTeamPurpose, required: true }),
    seesIdentity: t.boolean({
      required: true,
      description: 'Whether the member sees the person’s names and date of birth (each read audited).',
    }),
    expiresInDays: t.int({
      description: `Days the invitation may be accepted in: 1 to ${MAX_EXPIRY_DAYS}, ${DEFAULT_EXPIRY_DAYS} when omitted.`,
    }),
    note: t.string({ description: 'Why you invite them: what you need from them.' }),
  })),
  RULE_ERRORS,
  (input, request) =>
    inviteToTeam(request, {
      ...base(input),
      organisationId: input.organisationId.id,
      purpose: input.purpose,
      seesIdentity: input.seesIdentity,
      expiresInDays: input.expiresInDays,
      note: input.note,
    }),
);
