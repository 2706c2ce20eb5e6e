/** apiTokenCreate: a platform admin creates an integration's token (issuing: api-tokens.service.ts). */
import { builder } from '../../builder.ts';
import { prisma } from '../../db/client.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
import type { ApiToken as ApiTokenRow } from '../../generated/prisma/client.ts';
import { Organisation } from '../orgs/orgs.types.ts';
import { issueApiToken } from './api-tokens.service.ts';
import { ApiToken, ApiTokenScope } from './identity.types.ts';

const ApiTokenCreateInput = builder.inputType('ApiTokenCreateInput', {
  fields: (t) => ({
    personEmail: t.string({ required: true, description: 'The person the token acts as.' }),
    organisationId: t.globalID({
      for: Organisation,
      description: 'Which of their organisations; their first one when omitted.',
    }),
    name: t.string({ required: true, description: 'What the token is for, e.g. "Housing portal integration".' }),
    scopes: t.field({ type: [ApiTokenScope], required: true }),
    expiresAt: t.field({ type: 'DateTime', required: true, description: 'At most 366 days ahead.' }),
  }),
});

const ApiTokenCreatePayload = builder
  .objectRef<{ token: string; apiToken: ApiTokenRow }>('ApiTokenCreatePayload')
  .implement({
    fields: (t) => ({
      token: t.exposeString('token', {
        description: 'The secret, shown this once: send it as `Authorization: Bearer <token>`.',
      }),
      apiToken: t.field({ type: ApiToken, resolve: (payload) => payload.apiToken }),
    }),
  });

builder.mutationField('apiTokenCreate', (t) =>
  t.field({
    type: ApiTokenCreatePayload,
    description: 'Create an API token for an integration. The secret is in the payload once and cannot be read again.',
    args: { input: t.arg({ type: ApiTokenCreateInput, required: true }) },
    authScopes: { anyRole: ['PLATFORM_ADMIN'] },
    errors: { types: [ValidationError, NotFoundError], directResult: true, union: { name: 'ApiTokenCreateResult' } },
    resolve: async (_root, { input }, { viewer, requestId }) => {
      const person = await prisma.person.findUnique({
        where: { email: input.personEmail.trim().toLowerCase() },
        select: { id: true },
      });
      if (!person) throw new NotFoundError('Person');
      return issueApiToken(
        {
          personId: person.id,
          organisationId: input.organisationId?.id ?? null,
          name: input.name,
          scopes: input.scopes,
          expiresAt: input.expiresAt,
        },
        viewer,
        requestId,
      );
    },
  }),
);
