/**
 * The first OIDC sign-in of an address Waymark does not know yet: a pending invitation for it is
 * accepted (the identity provider has proved the mailbox, as the link would), else a person is
 * created in the organisation that maps the address's domain, with no roles until an admin gives
 * them. Otherwise nobody is created and the token is refused like any other.
 */
import { prisma } from '../../db/client.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { joinedViewer, joinThroughInvitation } from '../people/invitation-accept.ts';

export async function joinOnFirstSignIn(email: string, name: unknown): Promise<string | null> {
  const domain = email.slice(email.lastIndexOf('@') + 1);
  const displayName =
    typeof name === 'string' && name.trim() ? name.trim().slice(0, 100) : email.slice(0, email.indexOf('@'));
  const requestId = `oidc-${crypto.randomUUID()}`;
  try {
    return await prisma.$transaction(async (tx) => {
      const invitation = await tx.invitation.findFirst({
        where: { email, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
        orderBy: { createdAt: 'asc' },
      });
      if (invitation) {
        const personId = await joinThroughInvitation(tx, invitation, { displayName, passwordHash: null });
        const viewer = await joinedViewer(tx, personId, invitation);
        await recordAudit(tx, {
          viewer,
          requestId,
          action: 'invitation.accept',
          entityType: 'Invitation',
          entityId: invitation.id,
          data: { via: 'oidc' },
        });
        return personId;
      }
      const organisation = await tx.organisation.findFirst({
        where: { emailDomains: { has: domain } },
        orderBy: { createdAt: 'asc' },
        select: { id: true, name: true, kind: true, isFirstResponder: true },
      });
      if (!organisation) return null;
      const person = await tx.person.create({ data: { email, displayName, joinedOrganisationId: organisation.id } });
      await recordAudit(tx, {
        viewer: { personId: person.id, displayName, organisation, roles: [] },
        requestId,
        action: 'person.joinByDomain',
        entityType: 'Person',
        entityId: person.id,
        data: { organisationId: organisation.id },
      });
      return person.id;
    });
  } catch (error) {
    // Two first requests at once: the other one created the person.
    if ((error as { code?: string }).code === 'P2002') {
      return (await prisma.person.findUnique({ where: { email }, select: { id: true } }))?.id ?? null;
    }
    throw error;
  }
}
