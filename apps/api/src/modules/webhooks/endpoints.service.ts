/**
 * A partner organisation's webhook endpoints: register, rotate the signing secret, delete, and
 * replay a delivery. Each change is one transaction with its audit row; the secret is returned
 * once, to the caller who made or rotated it.
 */
import type { Viewer } from '../../context.ts';
import { prisma } from '../../db.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { newWebhookSecret } from './signature.ts';
import type { WebhookEventType } from './events.ts';

/** During this long after a rotation, deliveries carry signatures from both secrets. */
const ROTATION_GRACE_MS = 24 * 3_600_000;

interface Request {
  viewer: Viewer;
  requestId: string;
}

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
  { viewer, requestId }: Request,
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

async function ownEndpoint(tx: Parameters<Parameters<typeof prisma.$transaction>[0]>[0], viewer: Viewer, id: string) {
  const endpoint = await tx.webhookEndpoint.findFirst({
    where: { id, organisationId: viewer.organisation.id, deletedAt: null },
  });
  if (!endpoint) throw new NotFoundError('Webhook endpoint');
  return endpoint;
}

export async function rotateSecret({ viewer, requestId }: Request, id: string, now = new Date()) {
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

export async function deleteEndpoint({ viewer, requestId }: Request, id: string) {
  return prisma.$transaction(async (tx) => {
    const current = await ownEndpoint(tx, viewer, id);
    // Kept (deleted) so its delivery history stays readable in the audit trail's terms.
    await tx.webhookEndpoint.update({ where: { id: current.id }, data: { deletedAt: new Date() } });
    await recordAudit(tx, { viewer, requestId, action: 'webhook.delete', entityType: 'WebhookEndpoint', entityId: id });
    return current.id;
  });
}

export async function replayDelivery({ viewer, requestId }: Request, id: string) {
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
