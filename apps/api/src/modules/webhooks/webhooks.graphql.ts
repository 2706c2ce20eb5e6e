/**
 * Webhooks for partners: endpoints per organisation, the events they receive, signed deliveries
 * with their status, and replay. Leads and partner workers manage their own organisation's
 * endpoints; nobody sees another organisation's.
 */
import { builder } from '../../builder.ts';
import { prisma } from '../../db.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
import type { Role } from '../../generated/prisma/enums.ts';
import { createEndpoint, deleteEndpoint, replayDelivery, rotateSecret } from './endpoints.service.ts';
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from './events.ts';

const MANAGERS: Role[] = ['LEAD', 'PARTNER_WORKER', 'PLATFORM_ADMIN'];
const MANAGE = { anyRole: MANAGERS };

const toEnum = (type: string) => type.toUpperCase().replace(/\./g, '__');
const fromEnum = (value: string) => value.toLowerCase().replace(/__/g, '.') as WebhookEventType;

const WebhookEventTypeEnum = builder.enumType('WebhookEventType', {
  description: 'Sent as `type` in the payload, in its dotted form (e.g. CASE__TRANSITIONED is "case.transitioned").',
  values: WEBHOOK_EVENT_TYPES.map(toEnum),
});
const WebhookDeliveryStatus = builder.enumType('WebhookDeliveryStatus', {
  values: ['PENDING', 'SUCCEEDED', 'FAILED'] as const,
});

const WebhookDelivery = builder.prismaNode('WebhookDelivery', {
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

const WebhookEndpoint = builder.prismaNode('WebhookEndpoint', {
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

const WebhookSecretPayload = builder
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

const WebhookCreateInput = builder.inputType('WebhookCreateInput', {
  fields: (t) => ({
    url: t.string({ required: true, description: 'https:// (http://127.0.0.1 only outside production).' }),
    description: t.string(),
    eventTypes: t.field({ type: [WebhookEventTypeEnum], required: true }),
  }),
});
const WebhookEndpointInput = builder.inputType('WebhookEndpointInput', {
  fields: (t) => ({ endpointId: t.globalID({ for: WebhookEndpoint, required: true }) }),
});

const production = () => process.env.NODE_ENV === 'production';

builder.mutationFields((t) => ({
  webhookCreate: t.field({
    type: WebhookSecretPayload,
    description: "Register an endpoint for your organisation's events; the signing secret is in the reply, once.",
    authScopes: MANAGE,
    args: { input: t.arg({ type: WebhookCreateInput, required: true }) },
    errors: { types: [ValidationError], directResult: true, union: { name: 'WebhookCreateResult' } },
    resolve: (_root, { input }, { viewer, requestId }) =>
      createEndpoint(
        { viewer: viewer!, requestId },
        { url: input.url, description: input.description, eventTypes: input.eventTypes.map(fromEnum) },
        production(),
      ),
  }),
  webhookRotateSecret: t.field({
    type: WebhookSecretPayload,
    description: 'A new signing secret; for 24 hours deliveries are signed with the old one too.',
    authScopes: MANAGE,
    args: { input: t.arg({ type: WebhookEndpointInput, required: true }) },
    errors: { types: [NotFoundError], directResult: true, union: { name: 'WebhookRotateSecretResult' } },
    resolve: (_root, { input }, { viewer, requestId }) =>
      rotateSecret({ viewer: viewer!, requestId }, input.endpointId.id),
  }),
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
