/** `webhookEndpoints`: the viewer's organisation's endpoints and their recent deliveries. */
import { builder } from '../../builder.ts';
import { prisma } from '../../db/client.ts';
import { MANAGE, WebhookEndpoint } from './webhook.types.ts';

builder.queryField('webhookEndpoints', (t) =>
  t.prismaField({
    type: [WebhookEndpoint],
    description: "Your organisation's webhook endpoints.",
    authScopes: MANAGE,
    resolve: (query, _root, _args, { viewer }) =>
      prisma.webhookEndpoint.findMany({
        ...query,
        where: { organisationId: viewer!.organisation.id, deletedAt: null },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      }),
  }),
);
