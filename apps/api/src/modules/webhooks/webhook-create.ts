/** `webhookCreate`: register an endpoint for the viewer's organisation; the signing secret is shown once. */
import { builder } from '../../builder.ts';
import type { RequestInfo } from '../../context.ts';
import { prisma } from '../../db/client.ts';
import { ValidationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { WebhookEventType } from './events.ts';
import { newWebhookSecret } from './signature.ts';
import { fromEnum, MANAGE, WebhookEventTypeEnum, WebhookSecretPayload } from './webhook.types.ts';

/**
 * Only https, except to this machine outside production (tests and local development). No
 * credentials in the URL: they would be stored and shown back.
 */
export function checkEndpointUrl(url: string, production: boolean): void {
  const problem = (message: string) => new ValidationError([{ path: ['url'], message }]);
  if (url.length > 2000 || !URL.canParse(url)) throw problem('must be an absolute URL');
  const parsed = new URL(url);
  if (parsed.username || parsed.password) throw problem('must not carry a user name or password');
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
  if (parsed.protocol === 'https:') return;
  if (parsed.protocol === 'http:' && loopback && !production) return;
  throw problem('must be an https:// URL');
}

export async function createEndpoint(
  { viewer, requestId }: RequestInfo,
  input: { url: string; description?: string | null; eventTypes: WebhookEventType[] },
  production: boolean,
) {
  checkEndpointUrl(input.url, production);
  if (input.eventTypes.length === 0)
    throw new ValidationError([{ path: ['eventTypes'], message: 'name at least one event type' }]);
  const secret = newWebhookSecret();
  return prisma.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.create({
      data: {
        organisationId: viewer.organisation.id,
        url: input.url,
        description: input.description ?? null,
        eventTypes: [...new Set(input.eventTypes)],
        secret,
        createdById: viewer.personId,
      },
    });
    await recordAudit(tx, {
      viewer,
      requestId,
      action: 'webhook.create',
      entityType: 'WebhookEndpoint',
      entityId: endpoint.id,
      data: { eventTypes: endpoint.eventTypes },
    });
    return { endpoint, secret };
  });
}

const WebhookCreateInput = builder.inputType('WebhookCreateInput', {
  fields: (t) => ({
    url: t.string({ required: true, description: 'https:// (http://127.0.0.1 only outside production).' }),
    description: t.string(),
    eventTypes: t.field({ type: [WebhookEventTypeEnum], required: true }),
  }),
});

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
        process.env.NODE_ENV === 'production',
      ),
  }),
}));
