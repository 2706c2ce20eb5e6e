/**
 * integrationCreate: an organisation admin names a partner system of their organisation and the
 * roles it acts with (never ORG_ADMIN). It acts through an identity row of its own, which has no
 * password and no deliverable address, so nobody can sign in as it; its tokens are made with
 * apiTokenCreate.
 */
import { randomUUID } from 'node:crypto';
import { builder } from '../../builder.ts';
import type { RequestInfo } from '../../context.ts';
import { prisma } from '../../db/client.ts';
import { NotPermittedError, ValidationError } from '../../errors.ts';
import type { Integration as IntegrationRow } from '../../generated/prisma/client.ts';
import type { Role as RoleValue } from '../../generated/prisma/enums.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { Organisation, Role } from '../orgs/orgs.types.ts';
import { grantableRoles, managesOrganisation, targetOrganisation } from '../people/people-access.ts';
import { RoleNotAllowedError } from '../people/people.errors.ts';
import { Integration } from './identity.types.ts';

/** `.invalid` is reserved (RFC 2606): no mail system delivers to it, no identity provider issues it. */
const actorEmail = () => `integration-${randomUUID()}@integrations.waymark.invalid`;

export function integrationRoles(viewer: RequestInfo['viewer']): RoleValue[] {
  return grantableRoles(viewer).filter((role) => role !== 'ORG_ADMIN');
}

export async function createIntegration(
  input: { name: string; roles: RoleValue[]; organisationId?: string | null },
  { viewer, requestId }: RequestInfo,
): Promise<IntegrationRow> {
  const organisationId = targetOrganisation(viewer, input.organisationId);
  if (!managesOrganisation(viewer, organisationId))
    throw new NotPermittedError('Only the organisation’s admins may add integrations to it.');
  const name = input.name.trim();
  const problems = [];
  if (!name || name.length > 100) problems.push({ path: ['name'], message: 'must be 1 to 100 characters' });
  if (input.roles.length === 0) problems.push({ path: ['roles'], message: 'must name at least one role' });
  if (problems.length) throw new ValidationError(problems);
  const allowed = integrationRoles(viewer);
  if (input.roles.some((role) => !allowed.includes(role))) throw new RoleNotAllowedError(allowed);
  return prisma.$transaction(async (tx) => {
    const actor = await tx.person.create({ data: { email: actorEmail(), displayName: name } });
    await tx.membership.createMany({
      data: [...new Set(input.roles)].map((role) => ({ personId: actor.id, organisationId, role })),
    });
    const integration = await tx.integration.create({
      data: { organisationId, name, actorId: actor.id, createdById: viewer.personId },
    });
    await recordAudit(tx, {
      viewer,
      requestId,
      action: 'integration.create',
      entityType: 'Integration',
      entityId: integration.id,
      data: { organisationId, roles: [...new Set(input.roles)] },
    });
    return integration;
  });
}

const IntegrationCreateInput = builder.inputType('IntegrationCreateInput', {
  fields: (t) => ({
    name: t.string({ required: true, description: 'What the system is, e.g. "Housing portal".' }),
    roles: t.field({
      type: [Role],
      required: true,
      description: 'What its tokens may do (LEAD, CASEWORKER, PARTNER_WORKER).',
    }),
    organisationId: t.globalID({ for: Organisation, description: "The viewer's own organisation when omitted." }),
  }),
});

const IntegrationCreatePayload = builder
  .objectRef<{ integration: IntegrationRow }>('IntegrationCreatePayload')
  .implement({ fields: (t) => ({ integration: t.field({ type: Integration, resolve: (p) => p.integration }) }) });

builder.mutationField('integrationCreate', (t) =>
  t.field({
    type: IntegrationCreatePayload,
    description:
      'Add a named integration (a partner system) to the organisation; create its tokens with apiTokenCreate.',
    args: { input: t.arg({ type: IntegrationCreateInput, required: true }) },
    authScopes: { anyRole: ['ORG_ADMIN', 'PLATFORM_ADMIN'] },
    errors: {
      types: [ValidationError, NotPermittedError, RoleNotAllowedError],
      directResult: true,
      union: { name: 'IntegrationCreateResult' },
    },
    resolve: async (_root, { input }, { viewer, requestId }) => ({
      integration: await createIntegration(
        { name: input.name, roles: input.roles, organisationId: input.organisationId?.id ?? null },
        { viewer: viewer!, requestId },
      ),
    }),
  }),
);
