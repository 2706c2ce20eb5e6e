/**
 * apiTokenCreate: an organisation admin (or a platform admin) creates a token for one of the
 * organisation's integrations (issuing: api-tokens.service.ts). The token acts as the
 * integration; there is no way to make one act as a person.
 */
import { builder } from '../../builder.ts';
import { prisma } from '../../db/client.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
import type { ApiToken as ApiTokenRow } from '../../generated/prisma/client.ts';
import { managesOrganisation } from '../people/people-access.ts';
import { issueIntegrationToken } from './api-tokens.service.ts';
import { ApiToken, ApiTokenScope, Integration } from './identity.types.ts';

const ApiTokenCreateInput = builder.inputType('ApiTokenCreateInput', {
  fields: (t) => ({
    integrationId: t.globalID({ for: Integration, required: true, description: 'The integration the token acts as.' }),
    name: t.string({ required: true, description: 'What the token is for, e.g. "Production".' }),
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
    description:
      "Create an API token for one of the organisation's integrations. The secret is in the payload once and cannot be read again.",
    args: { input: t.arg({ type: ApiTokenCreateInput, required: true }) },
    authScopes: { anyRole: ['ORG_ADMIN', 'PLATFORM_ADMIN'] },
    errors: { types: [ValidationError, NotFoundError], directResult: true, union: { name: 'ApiTokenCreateResult' } },
    resolve: async (_root, { input }, { viewer, requestId }) => {
      const integration = await prisma.integration.findUnique({
        where: { id: input.integrationId.id },
        select: { organisationId: true },
      });
      // Another organisation's integration is "not found", as if it did not exist.
      if (!integration || !managesOrganisation(viewer, integration.organisationId))
        throw new NotFoundError('Integration');
      return issueIntegrationToken(
        { integrationId: input.integrationId.id, name: input.name, scopes: input.scopes, expiresAt: input.expiresAt },
        viewer!,
        requestId,
      );
    },
  }),
);
