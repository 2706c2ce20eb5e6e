/**
 * One attempt at one webhook delivery: POST the stored payload, signed, to the endpoint. A 2xx
 * answer succeeds; anything else (an error status, a refused connection, no answer in 10 s) is
 * recorded on the delivery and thrown, so the job queue retries with backoff. The payload and
 * the `webhook-id` are the same on every attempt: a receiver that got it twice can drop the repeat.
 */
import { prisma } from '../../db/client.ts';
import { webhookHeaders } from './signature.ts';

const TIMEOUT_MS = 10_000;

export class WebhookDeliveryFailed extends Error {}

export async function deliverWebhook(id: string, now: () => Date = () => new Date()): Promise<void> {
  const delivery = await prisma.webhookDelivery.findUnique({ where: { id }, include: { endpoint: true } });
  if (!delivery || delivery.status !== 'PENDING') return;
  const { endpoint } = delivery;
  if (endpoint.deletedAt) {
    await prisma.webhookDelivery.update({ where: { id }, data: { status: 'FAILED', lastError: 'endpoint-deleted' } });
    return;
  }
  const at = now();
  const secrets = [endpoint.secret];
  if (endpoint.previousSecret && endpoint.previousSecretUntil && endpoint.previousSecretUntil > at) {
    secrets.push(endpoint.previousSecret);
  }
  const body = JSON.stringify(delivery.payload);
  let statusCode: number | null = null;
  let failure: string | null = null;
  try {
    const response = await fetch(endpoint.url, {
      method: 'POST',
      headers: webhookHeaders(secrets, delivery.id, Math.floor(at.getTime() / 1000), body),
      body,
      // A redirect could send a signed payload somewhere the partner did not register.
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    statusCode = response.status;
    await response.body?.cancel();
    if (statusCode < 200 || statusCode >= 300) failure = `status-${statusCode}`;
  } catch (error) {
    failure = (error as Error).name === 'TimeoutError' ? 'timeout' : 'unreachable';
  }
  await prisma.webhookDelivery.update({
    where: { id },
    data: {
      attempts: { increment: 1 },
      lastAttemptAt: at,
      lastStatusCode: statusCode,
      lastError: failure,
      ...(failure ? {} : { status: 'SUCCEEDED', deliveredAt: at }),
    },
  });
  if (failure) throw new WebhookDeliveryFailed(failure);
}

/** After the last retry: the delivery stays visible as FAILED, and can be replayed. */
export async function markDeliveryFailed(id: string): Promise<void> {
  await prisma.webhookDelivery.updateMany({ where: { id, status: 'PENDING' }, data: { status: 'FAILED' } });
}
