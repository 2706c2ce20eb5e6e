/** `webhookDeliveryReplay`: send a delivery again, same webhook-id and payload. */
import { builder } from '../../builder.ts';
import type { RequestInfo } from '../../context.ts';
import { prisma } from '../../db/client.ts';
import { NotFoundError } from '../../errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { MANAGE, WebhookDelivery } from './webhook.types.ts';

export async function replayDelivery({ viewer, requestId }: RequestInfo, id: string) {
  return prisma.$transaction(async (tx) => {
    const delivery = await tx.webhookDelivery.findFirst({
      where: { id, endpoint: { organisationId: viewer.organisation.id, deletedAt: null } },
    });
    if (!delivery) throw new NotFoundError('Webhook delivery');
    const replayed = await tx.webhookDelivery.update({
      where: { id },
      data: { status: 'PENDING', replays: { increment: 1 } },
    });
    await recordAudit(tx, { viewer, requestId, action: 'webhook.replay', entityType: 'WebhookDelivery', entityId: id });
    return replayed;
  });
}

builder.mutationFields((t) => ({
  webhookDeliveryReplay: t.prismaField({
    type: WebhookDelivery,
    description: 'Send a delivery again (same webhook-id and payload), with a fresh round of retries.',
    authScopes: MANAGE,
    args: {
      input: t.arg({
        type: builder.inputType('WebhookDeliveryReplayInput', {
          fields: (f) => ({ deliveryId: f.globalID({ for: WebhookDelivery, required: true }) }),
        }),
        required: true,
      }),
    },
    errors: { types: [NotFoundError], directResult: true, union: { name: 'WebhookDeliveryReplayResult' } },
    resolve: async (query, _root, { input }, { viewer, requestId }) => {
      const replayed = await replayDelivery({ viewer: viewer!, requestId }, input.deliveryId.id);
      return prisma.webhookDelivery.findUniqueOrThrow({ ...query, where: { id: replayed.id } });
    },
  }),
}));
