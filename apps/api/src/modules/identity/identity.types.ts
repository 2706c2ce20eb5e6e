import { builder } from '../../builder.ts';
import { ApiTokenScope as ApiTokenScopeValues } from '../../generated/prisma/enums.ts';
import { Role } from '../orgs/orgs.types.ts';

export const ApiTokenScope = builder.enumType('ApiTokenScope', {
  description: 'What an API token may do, on top of what its integration’s roles allow.',
  values: {
    READ: { value: ApiTokenScopeValues.READ, description: 'Run queries.' },
    WRITE: { value: ApiTokenScopeValues.WRITE, description: 'Run mutations.' },
  } as const,
});

export const ApiTokenStatus = builder.enumType('ApiTokenStatus', { values: ['ACTIVE', 'EXPIRED', 'REVOKED'] as const });

export const ApiToken = builder.prismaNode('ApiToken', {
  id: { field: 'id' },
  // node(id): a token's owner and platform admins only; anyone else gets null.
  nullable: true,
  findUnique: (id, { viewer }) =>
    viewer?.roles.includes('PLATFORM_ADMIN')
      ? { id }
      : viewer?.roles.includes('ORG_ADMIN')
        ? { id, organisationId: viewer.organisation.id, integrationId: { not: null } }
        : { id, personId: viewer?.personId ?? '00000000-0000-0000-0000-000000000000' },
  description: 'An API token for an SDK integration. The secret is shown once, when it is created, and never again.',
  fields: (t) => ({
    name: t.exposeString('name'),
    prefix: t.exposeString('prefix', { description: 'The first characters of the token, to recognise it.' }),
    scopes: t.field({ type: [ApiTokenScope], resolve: (token) => token.scopes }),
    integration: t.relation('integration', { nullable: true, description: 'The integration the token acts as.' }),
    organisation: t.relation('organisation', { description: 'The organisation the token acts for.' }),
    createdBy: t.relation('createdBy', {
      nullable: true,
      description: 'The admin who created it (and saw its secret).',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    lastUsedAt: t.expose('lastUsedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'Accurate to about 30 seconds.',
    }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
    status: t.field({
      type: ApiTokenStatus,
      resolve: (token) => (token.revokedAt ? 'REVOKED' : token.expiresAt <= new Date() ? 'EXPIRED' : 'ACTIVE'),
    }),
  }),
});

export const Integration = builder.prismaNode('Integration', {
  id: { field: 'id' },
  // node(id): the organisation's admins and platform admins only.
  nullable: true,
  findUnique: (id, { viewer }) =>
    viewer?.roles.includes('PLATFORM_ADMIN')
      ? { id }
      : viewer?.roles.includes('ORG_ADMIN')
        ? { id, organisationId: viewer.organisation.id }
        : { id, organisationId: '00000000-0000-0000-0000-000000000000' },
  description:
    "A partner system of an organisation. Its API tokens act as the integration (never as a person), with the roles its organisation's admins gave it.",
  fields: (t) => ({
    name: t.exposeString('name'),
    organisation: t.relation('organisation'),
    createdBy: t.relation('createdBy'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    roles: t.field({
      type: [Role],
      select: { actor: { select: { memberships: { select: { role: true, organisationId: true } } } } },
      resolve: (row) => row.actor.memberships.filter((m) => m.organisationId === row.organisationId).map((m) => m.role),
    }),
    apiTokens: t.relation('apiTokens', { query: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] } }),
  }),
});
