/** `webhookDelete`: stop sending to an endpoint. */
import { builder } from '../../builder.ts';
import type { RequestInfo } from '../../context.ts';
import { prisma } from '../../db/client.ts';
import { NotFoundError } from '../../errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { MANAGE, ownEndpoint, WebhookEndpointInput } from './webhook.types.ts';

export async function deleteEndpoint({ viewer, requestId }: RequestInfo, id: string) {
  return prisma.$transaction(async (tx) => {
    const current = await ownEndpoint(tx, viewer, id);
    // Kept (deleted) so its delivery history stays readable in the audit trail's terms.
    await tx.webhookEndpoint.update({ where: { id: current.id }, data: { deletedAt: new Date() } });
    await recordAudit(tx, { viewer, requestId, action: 'webhook.delete', entityType: 'WebhookEndpoint', entityId: id });
    return current.id;
  });
}

builder.mutationFields((t) => ({
  webhookDelete: t.field({
    type: builder.objectRef<{ deletedId: string }>('WebhookDeletePayload').implement({
      fields: (f) => ({ deletedEndpointId: f.exposeID('deletedId') }),
    }),
    description: 'Stop sending to an endpoint; pending deliveries are not sent.',
    authScopes: MANAGE,
    args: { input: t.arg({ type: WebhookEndpointInput, required: true }) },
    errors: { types: [NotFoundError], directResult: true, union: { name: 'WebhookDeleteResult' } },
    resolve: async (_root, { input }, { viewer, requestId }) => ({
      deletedId: await deleteEndpoint({ viewer: viewer!, requestId }, input.endpointId.id),
    }),
  }),
}));
