/** apiTokens: the platform admins' list of API tokens. */
import { builder } from '../../builder.ts';
import { prisma } from '../../db/client.ts';

builder.queryFields((t) => ({
  apiTokens: t.prismaConnection(
    {
      type: 'ApiToken',
      cursor: 'id',
      description: 'Every API token, newest first (platform admins).',
      authScopes: { anyRole: ['PLATFORM_ADMIN'] },
      totalCount: () => prisma.apiToken.count(),
      resolve: (query) => prisma.apiToken.findMany({ ...query, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
    },
    { name: 'ApiTokenConnection' },
    { name: 'ApiTokenEdge' },
  ),
}));
