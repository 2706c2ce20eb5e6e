/**
 * personDeactivate: the person can no longer sign in, and their sessions and tokens (those acting
 * as them and those they created) end at once on every API process. An organisation admin may
 * deactivate only people whose every role is in their organisation; the last admin cannot be.
 */
import { builder } from '../../builder.ts';
import type { RequestInfo } from '../../context.ts';
import { prisma } from '../../db/client.ts';
import { NotFoundError, NotPermittedError } from '../../errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { announceRevocations, revokePersonCredentials } from '../identity/credential-revocation.ts';
import { forgetPerson } from '../identity/credential-cache.ts';
import { Organisation, Person } from '../orgs/orgs.types.ts';
import { loadMembers } from './members.ts';
import { isPlatformAdmin, managesOrganisation, peopleOf, targetOrganisation } from './people-access.ts';
import { LastAdminError } from './people.errors.ts';
import { OrganisationMember, type MemberRow } from './people.types.ts';
import { keepAnAdmin } from './role-changes.ts';

export async function deactivatePerson(
  input: { personId: string; organisationId?: string | null },
  { viewer, requestId }: RequestInfo,
) {
  const organisationId = targetOrganisation(viewer, input.organisationId);
  if (!managesOrganisation(viewer, organisationId))
    throw new NotPermittedError('Only the organisation’s admins may deactivate its people.');
  const { member, ended } = await prisma.$transaction(async (tx) => {
    const person = await tx.person.findFirst({
      where: { id: input.personId, ...peopleOf(organisationId) },
      select: { id: true, deactivatedAt: true, memberships: { select: { organisationId: true, role: true } } },
    });
    if (!person) throw new NotFoundError('Person');
    if (!isPlatformAdmin(viewer) && person.memberships.some((m) => m.organisationId !== organisationId))
      throw new NotPermittedError('This person also works for another organisation: ask a platform admin.');
    for (const adminOf of new Set(
      person.memberships.filter((m) => m.role === 'ORG_ADMIN').map((m) => m.organisationId),
    ))
      await keepAnAdmin(tx, adminOf, person.id);
    await tx.person.update({ where: { id: person.id }, data: { deactivatedAt: person.deactivatedAt ?? new Date() } });
    const ended = await revokePersonCredentials(tx, person.id);
    await recordAudit(tx, {
      viewer,
      requestId,
      action: 'person.deactivate',
      entityType: 'Person',
      entityId: person.id,
      data: { organisationId, credentialsEnded: ended.length },
    });
    return { member: (await loadMembers(organisationId, { personId: person.id }, tx))[0]!, ended };
  });
  await announceRevocations(ended);
  forgetPerson(input.personId);
  return { member };
}

const PersonDeactivateInput = builder.inputType('PersonDeactivateInput', {
  fields: (t) => ({
    personId: t.globalID({ for: Person, required: true }),
    organisationId: t.globalID({ for: Organisation, description: "The viewer's own organisation when omitted." }),
  }),
});

const PersonDeactivatePayload = builder.objectRef<{ member: MemberRow }>('PersonDeactivatePayload').implement({
  fields: (t) => ({ member: t.field({ type: OrganisationMember, resolve: (payload) => payload.member }) }),
});

builder.mutationField('personDeactivate', (t) =>
  t.field({
    type: PersonDeactivatePayload,
    description: 'Deactivate a person: no more sign-in; their sessions and tokens end at once on every API process.',
    args: { input: t.arg({ type: PersonDeactivateInput, required: true }) },
    authScopes: { anyRole: ['ORG_ADMIN', 'PLATFORM_ADMIN'] },
    errors: {
      types: [NotPermittedError, NotFoundError, LastAdminError],
      directResult: true,
      union: { name: 'PersonDeactivateResult' },
    },
    resolve: (_root, { input }, { viewer, requestId }) =>
      deactivatePerson(
        { personId: input.personId.id, organisationId: input.organisationId?.id ?? null },
        { viewer: viewer!, requestId },
      ),
  }),
);
