/** personRoleGrant: Give a person of the organisation a role (never yourself). */
import { builder } from '../../builder.ts';
import { changeRole, PersonRoleInput, PersonRolePayload, roleChangeErrors } from './role-changes.ts';

builder.mutationField('personRoleGrant', (t) =>
  t.field({
    type: PersonRolePayload,
    description: 'Give a person of the organisation a role (never yourself).',
    args: { input: t.arg({ type: PersonRoleInput, required: true }) },
    authScopes: { anyRole: ['ORG_ADMIN', 'PLATFORM_ADMIN'] },
    errors: { types: roleChangeErrors, directResult: true, union: { name: 'PersonRoleGrantResult' } },
    resolve: (_root, { input }, { viewer, requestId }) =>
      changeRole(
        'grant',
        { personId: input.personId.id, role: input.role, organisationId: input.organisationId?.id ?? null },
        { viewer: viewer!, requestId },
      ),
  }),
);
