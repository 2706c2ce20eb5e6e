/**
 * apiTokenRevoke: every API process refuses the token from the next request. Platform admins
 * revoke any token; an organisation admin those of their organisation's integrations.
 */
import { builder } from '../../builder.ts';
import { NotFoundError } from '../../errors.ts';
import type { ApiToken as ApiTokenRow } from '../../generated/prisma/client.ts';
import { revokeApiToken } from './api-tokens.service.ts';
import { ApiToken } from './identity.types.ts';

const ApiTokenRevokePayload = builder.objectRef<{ apiToken: ApiTokenRow }>('ApiTokenRevokePayload').implement({
  fields: (t) => ({ apiToken: t.field({ type: ApiToken, resolve: (payload) => payload.apiToken }) }),
});

builder.mutationField('apiTokenRevoke', (t) =>
  t.field({
    type: ApiTokenRevokePayload,
    description: 'Revoke an API token: every API process refuses it from the next request.',
    args: { id: t.arg.globalID({ for: ApiToken, required: true }) },
    authScopes: { anyRole: ['ORG_ADMIN', 'PLATFORM_ADMIN'] },
    errors: { types: [NotFoundError], directResult: true, union: { name: 'ApiTokenRevokeResult' } },
    resolve: async (_root, { id }, { viewer, requestId }) => ({
      apiToken: await revokeApiToken(id.id, viewer!, requestId),
    }),
  }),
);
