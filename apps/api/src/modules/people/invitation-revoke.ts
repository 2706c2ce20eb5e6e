/** invitationRevoke: an admin withdraws a pending invitation; its link stops working. */
import { builder } from '../../builder.ts';
import type { RequestInfo } from '../../context.ts';
import { prisma } from '../../db/client.ts';
import { NotFoundError } from '../../errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { managesOrganisation } from './people-access.ts';
import { InvitationNotValidError } from './people.errors.ts';
import { Invitation } from './people.types.ts';

export async function revokeInvitation(id: string, { viewer, requestId }: RequestInfo) {
  return prisma.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({ where: { id } });
    if (!invitation || !managesOrganisation(viewer, invitation.organisationId)) throw new NotFoundError('Invitation');
    if (invitation.acceptedAt || invitation.revokedAt) throw new InvitationNotValidError();
    const revoked = await tx.invitation.update({ where: { id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, { viewer, requestId, action: 'invitation.revoke', entityType: 'Invitation', entityId: id });
    return { invitation: revoked };
  });
}

const InvitationRevokePayload = builder
  .objectRef<{ invitation: typeof Invitation.$inferType }>('InvitationRevokePayload')
  .implement({ fields: (t) => ({ invitation: t.field({ type: Invitation, resolve: (p) => p.invitation }) }) });

builder.mutationField('invitationRevoke', (t) =>
  t.field({
    type: InvitationRevokePayload,
    description: 'Withdraw a pending invitation: its link stops working.',
    args: { id: t.arg.globalID({ for: Invitation, required: true }) },
    authScopes: { anyRole: ['ORG_ADMIN', 'PLATFORM_ADMIN'] },
    errors: {
      types: [NotFoundError, InvitationNotValidError],
      directResult: true,
      union: { name: 'InvitationRevokeResult' },
    },
    resolve: (_root, { id }, { viewer, requestId }) => revokeInvitation(id.id, { viewer: viewer!, requestId }),
  }),
);
