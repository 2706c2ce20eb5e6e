/** personRoleRemove: Remove a role from a person of the organisation (never your own); the last admin keeps ORG_ADMIN. */
import { builder } from '../../builder.ts';
import { changeRole, PersonRoleInput, PersonRolePayload, roleChangeErrors } from './role-changes.ts';

builder.mutationField('personRoleRemove', (t) =>
  t.field({
    type: PersonRolePayload,
    description: 'Remove a role from a person of the organisation (never your own); the last admin keeps ORG_ADMIN.',
    args: { input: t.arg({ type: PersonRoleInput, required: true }) },
    authScopes: { anyRole: ['ORG_ADMIN', 'PLATFORM_ADMIN'] },
    errors: { types: roleChangeErrors, directResult: true, union: { name: 'PersonRoleRemoveResult' } },
    resolve: (_root, { input }, { viewer, requestId }) =>
      changeRole(
        'remove',
        { personId: input.personId.id, role: input.role, organisationId: input.organisationId?.id ?? null },
        { viewer: viewer!, requestId },
      ),
  }),
);
