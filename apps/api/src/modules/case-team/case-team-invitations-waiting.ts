/**
 * caseTeamInvitationsWaiting: invitations to the viewer's organisation that its leads have not
 * answered and that have not expired, soonest to expire first. Leads only.
 */
import { builder } from '../../builder.ts';
import { prisma } from '../../db/client.ts';
import { CaseTeamGrant, grantSelect } from './case-team.types.ts';

builder.queryField('caseTeamInvitationsWaiting', (t) =>
  t.field({
    type: [CaseTeamGrant],
    description:
      'Invitations to case teams waiting for your organisation, soonest to expire first (leads only; empty for anyone else). They show the case reference and who invites, never the case.',
    authScopes: { signedIn: true },
    resolve: async (_root, _args, { viewer }) => {
      if (!viewer!.roles.includes('LEAD')) return [];
      return prisma.caseTeamGrant.findMany({
        where: { organisationId: viewer!.organisation.id, status: 'PENDING', expiresAt: { gt: new Date() } },
        orderBy: [{ expiresAt: 'asc' }, { id: 'asc' }],
        take: 200,
        select: grantSelect,
      });
    },
  }),
);
