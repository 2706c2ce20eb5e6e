/**
 * invitationAccept: whoever holds the link (it went to the invited address) joins the
 * organisation with the invitation's roles, setting a name and password. Signed-out only. The
 * answer is the same whether the address already had an account (their password is then kept:
 * the link proves the mailbox, not a wish to replace a password) or not.
 */
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { prisma } from '../../db/client.ts';
import { parseOrThrow, ValidationError } from '../../errors.ts';
import type { Invitation as InvitationRow } from '../../generated/prisma/client.ts';
import type { Transaction } from '../../db/client.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Viewer } from '../../context.ts';
import { hashPassword } from '../identity/passwords.ts';
import { sha256 } from '../identity/secrets.ts';
import { text } from '../../validation.ts';
import { InvitationNotValidError } from './people.errors.ts';

const InvitationAcceptInput = builder.inputType('InvitationAcceptInput', {
  fields: (t) => ({
    token: t.string({ required: true, description: 'The secret from the invitation link.' }),
    displayName: t.string({ required: true }),
    password: t.string({ required: true, description: 'At least 12 characters.' }),
  }),
});

const inputSchema = z.object({
  token: z.string().max(200),
  displayName: text(100),
  password: z.string().min(12, 'must be at least 12 characters').max(200, 'must be at most 200 characters'),
});

/** The invitation a secret names, if it can still be accepted. */
export async function usableInvitation(tx: Transaction, secret: string): Promise<InvitationRow> {
  const invitation = await tx.invitation.findUnique({ where: { tokenHash: sha256(secret) } });
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= new Date())
    throw new InvitationNotValidError();
  return invitation;
}

/**
 * Joins the invitation's organisation with its roles: the person with that address, or a new
 * one. Shared with OIDC first sign-in. Returns the person's id.
 */
export async function joinThroughInvitation(
  tx: Transaction,
  invitation: InvitationRow,
  newPerson: { displayName: string; passwordHash: string | null },
): Promise<string> {
  // Marked used first, guarded on still being unused: of two acceptances racing, one wins.
  const used = await tx.invitation.updateMany({
    where: { id: invitation.id, acceptedAt: null },
    data: { acceptedAt: new Date() },
  });
  if (used.count !== 1) throw new InvitationNotValidError();
  const existing = await tx.person.findUnique({
    where: { email: invitation.email },
    select: { id: true, joinedOrganisationId: true, password: { select: { personId: true } } },
  });
  let personId: string;
  if (existing) {
    personId = existing.id;
    await tx.person.update({
      where: { id: existing.id },
      data: { deactivatedAt: null, joinedOrganisationId: existing.joinedOrganisationId ?? invitation.organisationId },
    });
    if (!existing.password && newPerson.passwordHash)
      await tx.passwordCredential.create({ data: { personId, hash: newPerson.passwordHash } });
  } else {
    const created = await tx.person.create({
      data: {
        email: invitation.email,
        displayName: newPerson.displayName,
        joinedOrganisationId: invitation.organisationId,
        ...(newPerson.passwordHash ? { password: { create: { hash: newPerson.passwordHash } } } : {}),
      },
    });
    personId = created.id;
  }
  await tx.membership.createMany({
    data: invitation.roles.map((role) => ({ personId, organisationId: invitation.organisationId, role })),
    skipDuplicates: true,
  });
  return personId;
}

export async function acceptInvitation(
  input: { token: string; displayName: string; password: string },
  requestId: string,
) {
  const parsed = parseOrThrow(inputSchema.safeParse(input));
  // Hashed before the transaction: scrypt takes tens of milliseconds and PGlite has one connection.
  const passwordHash = await hashPassword(parsed.password);
  await prisma.$transaction(async (tx) => {
    const invitation = await usableInvitation(tx, parsed.token);
    const personId = await joinThroughInvitation(tx, invitation, { displayName: parsed.displayName, passwordHash });
    await recordAudit(tx, {
      viewer: await joinedViewer(tx, personId, invitation),
      requestId,
      action: 'invitation.accept',
      entityType: 'Invitation',
      entityId: invitation.id,
    });
  });
  return { accepted: true };
}

/** The person who just joined, as the actor of their own acceptance (read inside the transaction). */
export async function joinedViewer(tx: Transaction, personId: string, invitation: InvitationRow): Promise<Viewer> {
  const person = await tx.person.findUniqueOrThrow({ where: { id: personId }, select: { displayName: true } });
  const organisation = await tx.organisation.findUniqueOrThrow({
    where: { id: invitation.organisationId },
    select: { id: true, name: true, kind: true, isFirstResponder: true },
  });
  return { personId, displayName: person.displayName, organisation, roles: invitation.roles };
}

const InvitationAcceptPayload = builder.objectRef<{ accepted: boolean }>('InvitationAcceptPayload').implement({
  fields: (t) => ({
    accepted: t.exposeBoolean('accepted', { description: 'Sign in with the email address and password now.' }),
  }),
});

builder.mutationField('invitationAccept', (t) =>
  t.field({
    type: InvitationAcceptPayload,
    description: 'Accept an invitation from its link, setting a name and password (signed-out).',
    args: { input: t.arg({ type: InvitationAcceptInput, required: true }) },
    errors: {
      types: [ValidationError, InvitationNotValidError],
      directResult: true,
      union: { name: 'InvitationAcceptResult' },
    },
    resolve: (_root, { input }, { requestId }) => acceptInvitation(input, requestId),
  }),
);
