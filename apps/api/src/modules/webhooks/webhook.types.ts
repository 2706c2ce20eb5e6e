/**
 * Webhooks as partners see them: endpoints, the events they receive, deliveries with their
 * status. Leads, partner workers and platform admins manage their own organisation's endpoints;
 * nobody sees another organisation's.
 */
import { builder } from '../../builder.ts';
import type { Viewer } from '../../context.ts';
import { prisma, type Transaction } from '../../db/client.ts';
import { NotFoundError } from '../../errors.ts';
import type { Role } from '../../generated/prisma/enums.ts';
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from './events.ts';

const MANAGERS: Role[] = ['LEAD', 'PARTNER_WORKER', 'PLATFORM_ADMIN'];
export const MANAGE = { anyRole: MANAGERS };

export const toEnum = (type: string) => type.toUpperCase().replace(/\./g, '__');
export const fromEnum = (value: string) => value.toLowerCase().replace(/__/g, '.') as WebhookEventType;

export const WebhookEventTypeEnum = builder.enumType('WebhookEventType', {
  description: 'Sent as `type` in the payload, in its dotted form (e.g. CASE__TRANSITIONED is "case.transitioned").',
  values: WEBHOOK_EVENT_TYPES.map(toEnum),
});
const WebhookDeliveryStatus = builder.enumType('WebhookDeliveryStatus', {
  values: ['PENDING', 'SUCCEEDED', 'FAILED'] as const,
});

export const WebhookDelivery = builder.prismaNode('WebhookDelivery', {
  id: { field: 'id' },
  description: 'One event sent to one endpoint. Its id is the `webhook-id` header, the same on every attempt.',
  fields: (t) => ({
    eventType: t.field({ type: WebhookEventTypeEnum, resolve: (d) => toEnum(d.eventType) as never }),
    status: t.expose('status', { type: WebhookDeliveryStatus }),
    payload: t.field({ type: 'JSONObject', resolve: (d) => d.payload as Record<string, unknown> }),
    attempts: t.exposeInt('attempts'),
    lastStatusCode: t.exposeInt('lastStatusCode', { nullable: true }),
    lastError: t.exposeString('lastError', { nullable: true, description: 'e.g. status-500, timeout, unreachable' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    lastAttemptAt: t.expose('lastAttemptAt', { type: 'DateTime', nullable: true }),
    deliveredAt: t.expose('deliveredAt', { type: 'DateTime', nullable: true }),
  }),
});

export const WebhookEndpoint = builder.prismaNode('WebhookEndpoint', {
  id: { field: 'id' },
  fields: (t) => ({
    url: t.exposeString('url'),
    description: t.exposeString('description', { nullable: true }),
    eventTypes: t.field({ type: [WebhookEventTypeEnum], resolve: (e) => e.eventTypes.map(toEnum) as never }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    deliveries: t.relation('deliveries', {
      description: 'The most recent deliveries (up to 100), newest first.',
      args: { status: t.arg({ type: WebhookDeliveryStatus }) },
      query: (args) => ({
        where: args.status ? { status: args.status } : {},
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
        take: 100,
      }),
    }),
  }),
});

export const WebhookSecretPayload = builder
  .objectRef<{ endpoint: { id: string }; secret: string }>('WebhookSecretPayload')
  .implement({
    fields: (t) => ({
      endpoint: t.prismaField({
        type: WebhookEndpoint,
        resolve: (query, payload) =>
          prisma.webhookEndpoint.findUniqueOrThrow({ ...query, where: { id: payload.endpoint.id } }),
      }),
      secret: t.exposeString('secret', {
        description: 'The signing secret (whsec_...). Shown only now: keep it in your secret store.',
      }),
    }),
  });

export const WebhookEndpointInput = builder.inputType('WebhookEndpointInput', {
  fields: (t) => ({ endpointId: t.globalID({ for: WebhookEndpoint, required: true }) }),
});

/** An endpoint of the viewer's own organisation (not deleted), or NotFoundError: another's is never confirmed. */
export async function ownEndpoint(tx: Transaction, viewer: Viewer, id: string) {
  const endpoint = await tx.webhookEndpoint.findFirst({
    where: { id, organisationId: viewer.organisation.id, deletedAt: null },
  });
  if (!endpoint) throw new NotFoundError('Webhook endpoint');
  return endpoint;
}
