import { builder } from '../../builder.ts';
import { ApiTokenScope as ApiTokenScopeValues } from '../../generated/prisma/enums.ts';

export const ApiTokenScope = builder.enumType('ApiTokenScope', {
  description: 'What an API token may do, on top of what its person’s roles allow.',
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
      : { id, personId: viewer?.personId ?? '00000000-0000-0000-0000-000000000000' },
  description: 'An API token for an SDK integration. The secret is shown once, when it is created, and never again.',
  fields: (t) => ({
    name: t.exposeString('name'),
    prefix: t.exposeString('prefix', { description: 'The first characters of the token, to recognise it.' }),
    scopes: t.field({ type: [ApiTokenScope], resolve: (token) => token.scopes }),
    person: t.relation('person', { description: 'Who the token acts as.' }),
    organisation: t.relation('organisation', { description: 'The organisation the token acts for.' }),
    createdBy: t.relation('createdBy', { nullable: true }),
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
