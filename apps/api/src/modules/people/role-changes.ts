/**
 * What giving and removing a role share: the person must be of the organisation, nobody changes
 * their own roles, an organisation always keeps an active admin, one transaction with its audit.
 */
import { builder } from '../../builder.ts';
import type { RequestInfo, Viewer } from '../../context.ts';
import { prisma, type Transaction } from '../../db/client.ts';
import { NotFoundError, NotPermittedError } from '../../errors.ts';
import type { Role as RoleValue } from '../../generated/prisma/enums.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { forgetPerson } from '../identity/credential-cache.ts';
import { Organisation, Person, Role } from '../orgs/orgs.types.ts';
import { loadMembers } from './members.ts';
import { grantableRoles, managesOrganisation, peopleOf, targetOrganisation } from './people-access.ts';
import { LastAdminError, RoleNotAllowedError } from './people.errors.ts';
import { OrganisationMember, type MemberRow } from './people.types.ts';

/** Checks the viewer may change this person's `role` in the organisation; throws the refusal. */
export async function checkRoleChange(
  tx: Transaction,
  viewer: Viewer,
  change: { personId: string; organisationId: string; role: RoleValue },
) {
  if (!managesOrganisation(viewer, change.organisationId))
    throw new NotPermittedError('Only the organisation’s admins may change its people’s roles.');
  // Someone outside the organisation is "not found": an admin learns nothing about other organisations.
  const person = await tx.person.findFirst({
    where: { id: change.personId, ...peopleOf(change.organisationId) },
    select: { id: true },
  });
  if (!person) throw new NotFoundError('Person');
  if (change.personId === viewer.personId)
    throw new NotPermittedError('You cannot change your own roles. Ask another admin of your organisation.');
  const allowed = grantableRoles(viewer);
  if (!allowed.includes(change.role)) throw new RoleNotAllowedError(allowed);
}

/** Refuses when no active admin of the organisation would be left besides `leaving`. */
export async function keepAnAdmin(tx: Transaction, organisationId: string, leaving: string) {
  const others = await tx.membership.count({
    where: { organisationId, role: 'ORG_ADMIN', personId: { not: leaving }, person: { deactivatedAt: null } },
  });
  if (others === 0) throw new LastAdminError();
}

export interface RoleChange {
  personId: string;
  role: RoleValue;
  organisationId?: string | null;
}

export async function changeRole(kind: 'grant' | 'remove', input: RoleChange, { viewer, requestId }: RequestInfo) {
  const organisationId = targetOrganisation(viewer, input.organisationId);
  const change = { personId: input.personId, organisationId, role: input.role };
  const member = await prisma.$transaction(async (tx) => {
    await checkRoleChange(tx, viewer, change);
    if (kind === 'grant') {
      await tx.membership.createMany({ data: [change], skipDuplicates: true });
    } else {
      if (input.role === 'ORG_ADMIN') await keepAnAdmin(tx, organisationId, input.personId);
      await tx.membership.deleteMany({ where: change });
      // Still of the organisation with no role: listed for its admins, who may give one later.
      await tx.person.updateMany({
        where: { id: input.personId, joinedOrganisationId: null },
        data: { joinedOrganisationId: organisationId },
      });
    }
    await recordAudit(tx, {
      viewer,
      requestId,
      action: kind === 'grant' ? 'person.roleGrant' : 'person.roleRemove',
      entityType: 'Person',
      entityId: input.personId,
      data: { organisationId, role: input.role },
    });
    return (await loadMembers(organisationId, { personId: input.personId }, tx))[0]!;
  });
  // This process's cached viewer carries the old roles; other processes' caches keep theirs for
  // at most 30 s (credential-cache.ts). Deactivation is the way to end access at once everywhere.
  forgetPerson(input.personId);
  return { member };
}

export const PersonRoleInput = builder.inputType('PersonRoleInput', {
  fields: (t) => ({
    personId: t.globalID({ for: Person, required: true }),
    role: t.field({ type: Role, required: true }),
    organisationId: t.globalID({ for: Organisation, description: "The viewer's own organisation when omitted." }),
  }),
});

export const PersonRolePayload = builder.objectRef<{ member: MemberRow }>('PersonRolePayload').implement({
  fields: (t) => ({ member: t.field({ type: OrganisationMember, resolve: (payload) => payload.member }) }),
});

export const roleChangeErrors = [NotPermittedError, NotFoundError, RoleNotAllowedError, LastAdminError];
