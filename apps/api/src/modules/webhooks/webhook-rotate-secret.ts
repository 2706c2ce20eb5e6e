/** `webhookRotateSecret`: a new signing secret, the old one still signing for a day. */
import { builder } from '../../builder.ts';
import type { RequestInfo } from '../../context.ts';
import { prisma } from '../../db/client.ts';
import { NotFoundError } from '../../errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { newWebhookSecret } from './signature.ts';
import { MANAGE, ownEndpoint, WebhookEndpointInput, WebhookSecretPayload } from './webhook.types.ts';

/** During this long after a rotation, deliveries carry signatures from both secrets. */
const ROTATION_GRACE_MS = 24 * 3_600_000;

export async function rotateSecret({ viewer, requestId }: RequestInfo, id: string, now = new Date()) {
  const secret = newWebhookSecret();
  return prisma.$transaction(async (tx) => {
    const current = await ownEndpoint(tx, viewer, id);
    const endpoint = await tx.webhookEndpoint.update({
      where: { id: current.id },
      data: {
        secret,
        previousSecret: current.secret,
        previousSecretUntil: new Date(now.getTime() + ROTATION_GRACE_MS),
      },
    });
    await recordAudit(tx, {
      viewer,
      requestId,
      action: 'webhook.rotateSecret',
      entityType: 'WebhookEndpoint',
      entityId: id,
    });
    return { endpoint, secret };
  });
}

builder.mutationFields((t) => ({
  webhookRotateSecret: t.field({
    type: WebhookSecretPayload,
    description: 'A new signing secret; for 24 hours deliveries are signed with the old one too.',
    authScopes: MANAGE,
    args: { input: t.arg({ type: WebhookEndpointInput, required: true }) },
    errors: { types: [NotFoundError], directResult: true, union: { name: 'WebhookRotateSecretResult' } },
    resolve: (_root, { input }, { viewer, requestId }) =>
      rotateSecret({ viewer: viewer!, requestId }, input.endpointId.id),
  }),
}));
