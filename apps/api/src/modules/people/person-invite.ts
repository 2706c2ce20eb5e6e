/**
 * personInvite: an organisation admin invites an email address with the roles to give on
 * acceptance. One-time link, valid INVITATION_DAYS, stored as its SHA-256. An address that
 * already belongs to someone is invited like any other (the answer, the email and the log are
 * the same), so nobody learns who has an account by inviting them.
 */
import { z } from 'zod';
import { builder } from '../../builder.ts';
import type { RequestInfo } from '../../context.ts';
import { prisma } from '../../db/client.ts';
import { NotFoundError, NotPermittedError, parseOrThrow, ValidationError } from '../../errors.ts';
import type { Invitation as InvitationRow } from '../../generated/prisma/client.ts';
import type { Role as RoleValue } from '../../generated/prisma/enums.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { newSecret, sha256 } from '../identity/secrets.ts';
import { Organisation, Role } from '../orgs/orgs.types.ts';
import { sendInvitation } from './invitation-mail.ts';
import { grantableRoles, managesOrganisation, targetOrganisation } from './people-access.ts';
import { InvitationPendingError, RoleNotAllowedError } from './people.errors.ts';
import { Invitation } from './people.types.ts';

export const INVITATION_DAYS = 7;
export const INVITATION_PREFIX = 'wmi_';

const PersonInviteInput = builder.inputType('PersonInviteInput', {
  fields: (t) => ({
    email: t.string({ required: true }),
    roles: t.field({
      type: [Role],
      required: true,
      description: 'Given when the invitation is accepted; may be empty.',
    }),
    organisationId: t.globalID({ for: Organisation, description: "The viewer's own organisation when omitted." }),
  }),
});

const inputSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, 'must be at most 254 characters')
    .pipe(z.email('must be an email address')),
});

export async function invitePerson(
  input: { email: string; roles: RoleValue[]; organisationId?: string | null },
  { viewer, requestId }: RequestInfo,
): Promise<{ invitation: InvitationRow; sent: boolean }> {
  const organisationId = targetOrganisation(viewer, input.organisationId);
  if (!managesOrganisation(viewer, organisationId))
    throw new NotPermittedError('Only the organisation’s admins may invite people to it.');
  const { email } = parseOrThrow(inputSchema.safeParse({ email: input.email }));
  const allowed = grantableRoles(viewer);
  if (input.roles.some((role) => !allowed.includes(role))) throw new RoleNotAllowedError(allowed);
  const organisation = await prisma.organisation.findUnique({ where: { id: organisationId }, select: { name: true } });
  if (!organisation) throw new NotFoundError('Organisation');

  const secret = newSecret(INVITATION_PREFIX);
  const now = new Date();
  const invitation = await prisma.$transaction(async (tx) => {
    const pending = await tx.invitation.count({
      where: { organisationId, email, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    });
    if (pending > 0) throw new InvitationPendingError();
    const created = await tx.invitation.create({
      data: {
        organisationId,
        email,
        roles: [...new Set(input.roles)],
        tokenHash: sha256(secret),
        invitedById: viewer.personId,
        expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
      },
    });
    // The address is not in the audit data: the invitation row holds it for the admins.
    await recordAudit(tx, {
      viewer,
      requestId,
      action: 'invitation.create',
      entityType: 'Invitation',
      entityId: created.id,
      data: { organisationId, roles: created.roles },
    });
    return created;
  });
  const sent = await sendInvitation(email, organisation.name, secret, invitation.expiresAt);
  return { invitation, sent };
}

const PersonInvitePayload = builder
  .objectRef<{ invitation: InvitationRow; sent: boolean }>('PersonInvitePayload')
  .implement({
    fields: (t) => ({
      invitation: t.field({ type: Invitation, resolve: (payload) => payload.invitation }),
      emailSent: t.exposeBoolean('sent', {
        description:
          'False when no email channel is configured or the message could not be sent: revoke and invite again.',
      }),
    }),
  });

builder.mutationField('personInvite', (t) =>
  t.field({
    type: PersonInvitePayload,
    description: 'Invite an email address to the organisation: a one-time link, valid 7 days, sent by email.',
    args: { input: t.arg({ type: PersonInviteInput, required: true }) },
    authScopes: { anyRole: ['ORG_ADMIN', 'PLATFORM_ADMIN'] },
    errors: {
      types: [ValidationError, NotPermittedError, NotFoundError, RoleNotAllowedError, InvitationPendingError],
      directResult: true,
      union: { name: 'PersonInviteResult' },
    },
    resolve: (_root, { input }, { viewer, requestId }) =>
      invitePerson(
        { email: input.email, roles: input.roles, organisationId: input.organisationId?.id ?? null },
        { viewer: viewer!, requestId },
      ),
  }),
);
