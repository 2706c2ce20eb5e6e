/**
 * Webhooks for partners: endpoints per organisation, Standard Webhooks signatures checked with
 * the SDK's verifyWebhook, each event only to organisations that may see it, payloads without
 * personal data, retries with backoff under a failing receiver (same webhook-id each time), and replay.
 */
import {
  CaseEnrolDocument,
  CaseReferToServiceDocument,
  ServicesDocument,
  verifyWebhook,
  WebhookCreateDocument,
  WebhookDeliveryReplayDocument,
  WebhookEndpointsDocument,
  WebhookRotateSecretDocument,
  type WebhookEventType,
} from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentDatabase } from '../apps/api/src/db/client.ts';
import { startJobs, type JobRunner } from '../apps/api/src/jobs/runner.ts';
import { people, startTestApi, type TestApi } from './support/api.ts';
import { openCase, succeeded } from './support/cases.ts';
import { eventually, startHttpReceiver, type ReceivedRequest } from './support/receivers.ts';

let api: TestApi;
let runner: JobRunner;
beforeAll(async () => {
  api = await startTestApi();
  runner = await startJobs(currentDatabase(), {
    notifications: { publicUrl: 'https://waymark.example', smtp: null, notify: null },
    reminderSweepMs: 3_600_000,
    webhookDispatchMs: 100,
    retryDelaySeconds: 1,
  });
});
afterAll(async () => {
  await runner.stop();
  await api.stop();
});

async function register(email: string, url: string, eventTypes: WebhookEventType[]) {
  const { webhookCreate } = await api.as(email).mutate(WebhookCreateDocument, { input: { url, eventTypes } });
  if (webhookCreate.__typename !== 'WebhookSecretPayload') throw new Error(webhookCreate.__typename);
  expect(webhookCreate.secret).toMatch(/^whsec_/);
  return webhookCreate;
}

const events = (requests: ReceivedRequest[]) =>
  requests.map((r) => JSON.parse(r.body) as { type: string; data: Record<string, string> });

describe('webhooks', () => {
  it('signs each event, sends it only to organisations that may see it, and never carries personal data', async () => {
    const coventry = await startHttpReceiver();
    const bexley = await startHttpReceiver();
    const salvationArmy = await startHttpReceiver();
    try {
      const mine = await register(people.coventryLead, `${coventry.url}/hooks`, [
        'CASE__OPENED',
        'CASE__TRACK_STARTED',
        'CASE__SERVICE_REFERRAL_MADE',
      ]);
      await register(people.bexleyLead, bexley.url, ['CASE__OPENED', 'CASE__TRACK_STARTED', 'REFERRAL__RECEIVED']);
      const partner = await register(people.salvationArmyPartner, salvationArmy.url, ['REFERRAL__RECEIVED']);

      const lead = api.as(people.coventryLead);
      const opened = await openCase(lead, {
        concernKind: 'POTENTIAL_VICTIM',
        concern: 'Webhook test concern: worked at a nail bar.',
        subject: { givenName: 'Hookgiven', familyName: 'Hookfamily', dateOfBirth: '1990-04-02' },
      });
      const state = succeeded(
        (
          await lead.mutate(CaseEnrolDocument, {
            input: { caseId: opened.case.id, expectedVersion: opened.case.version, pathwayId: 'coventry-pre-nrm' },
          })
        ).caseEnrol,
      );
      const { services } = await lead.query(ServicesDocument, { first: 5, filter: { search: 'Salvation Army' } });
      const service = services.edges[0]!.node;
      succeeded(
        (
          await lead.mutate(CaseReferToServiceDocument, {
            input: { caseId: state.id, expectedVersion: state.version, serviceId: service.id, note: 'Call first.' },
          })
        ).caseReferToService,
      );

      const ours = () => events(coventry.requests).filter((e) => e.data.caseReference === opened.case.reference);
      await eventually(() => (ours().length >= 3 ? true : undefined));
      expect(
        ours()
          .map((e) => e.type)
          .sort(),
      ).toEqual(['case.opened', 'case.service_referral_made', 'case.track_started']);
      for (const request of coventry.requests) {
        const event = await verifyWebhook(mine.secret, request.headers as Record<string, string>, request.body);
        expect(event.type).toMatch(/^case\./);
        expect(request.path).toBe('/hooks');
      }
      // A wrong secret or a changed body is refused.
      const sample = coventry.requests[0]!;
      await expect(
        verifyWebhook(partner.secret, sample.headers as Record<string, string>, sample.body),
      ).rejects.toThrow();
      await expect(
        verifyWebhook(mine.secret, sample.headers as Record<string, string>, sample.body.replace('case', 'cake')),
      ).rejects.toThrow();

      // The service's organisation hears of the referral, with ids only; Bexley hears nothing of the case.
      await eventually(() => (salvationArmy.requests.length > 0 ? true : undefined));
      const received = await verifyWebhook(
        partner.secret,
        salvationArmy.requests[0]!.headers as Record<string, string>,
        salvationArmy.requests[0]!.body,
      );
      expect(received.type).toBe('referral.received');
      expect(Object.keys(received.data).sort()).toEqual(['serviceId', 'serviceReferralId']);
      await runner.dispatchWebhooks();
      expect(bexley.requests.some((r) => r.body.includes(opened.case.reference))).toBe(false);

      const everything = [...coventry.requests, ...salvationArmy.requests, ...bexley.requests]
        .map((r) => r.body)
        .join('\n');
      expect(everything).not.toMatch(/Hookgiven|Hookfamily|1990-04-02|nail bar|Call first/);
    } finally {
      await Promise.all([coventry.stop(), bexley.stop(), salvationArmy.stop()]);
    }
  });

  it('retries a failing receiver with the same webhook-id until it answers, shows the attempts, and replays', async () => {
    let failures = 2;
    const receiver = await startHttpReceiver(() => (failures-- > 0 ? 500 : 204));
    try {
      const endpoint = await register(people.bexleyLead, receiver.url, ['CASE__OPENED']);
      const opened = await openCase(api.as(people.bexleyLead), {
        concernKind: 'POTENTIAL_VICTIM',
        concern: 'Retry test.',
      });
      const forCase = () => receiver.requests.filter((r) => r.body.includes(opened.case.reference));
      await eventually(() => (forCase().length >= 3 ? true : undefined));
      expect(new Set(forCase().map((r) => r.headers['webhook-id'])).size).toBe(1);

      const listed = async () =>
        (await api.as(people.bexleyLead).query(WebhookEndpointsDocument, {})).webhookEndpoints.find(
          (e) => e.id === endpoint.endpoint.id,
        )!;
      const delivery = await eventually(async () =>
        (await listed()).deliveries.find((d) => d.status === 'SUCCEEDED' && d.payload.type === 'case.opened'),
      );
      expect(delivery).toMatchObject({ attempts: 3, lastStatusCode: 204, eventType: 'CASE__OPENED' });

      const replayed = (
        await api.as(people.bexleyLead).mutate(WebhookDeliveryReplayDocument, { input: { deliveryId: delivery.id } })
      ).webhookDeliveryReplay;
      expect(replayed.__typename).toBe('WebhookDelivery');
      await eventually(() => (forCase().length >= 4 ? true : undefined));
      expect(forCase()[3]!.headers['webhook-id']).toBe(forCase()[0]!.headers['webhook-id']);

      // Another organisation can neither rotate this endpoint's secret nor replay its deliveries.
      const stranger = api.as(people.coventryLead);
      expect(
        (await stranger.mutate(WebhookRotateSecretDocument, { input: { endpointId: endpoint.endpoint.id } }))
          .webhookRotateSecret.__typename,
      ).toBe('NotFoundError');
      expect(
        (await stranger.mutate(WebhookDeliveryReplayDocument, { input: { deliveryId: delivery.id } }))
          .webhookDeliveryReplay.__typename,
      ).toBe('NotFoundError');
    } finally {
      await receiver.stop();
    }
  });

  it('a failing receiver holds back no other delivery fetched with it: each is tried, and retried, on its own', async () => {
    const down = await startHttpReceiver(() => 500);
    const up = await startHttpReceiver(() => 204);
    try {
      await register(people.bexleyLead, down.url, ['CASE__OPENED']);
      const healthy = await register(people.bexleyLead, up.url, ['CASE__OPENED']);
      const opened = await openCase(api.as(people.bexleyLead), { concernKind: 'POTENTIAL_VICTIM', concern: 'Batch.' });
      const mine = (r: ReceivedRequest) => r.body.includes(opened.case.reference);
      await eventually(() => (up.requests.some(mine) && down.requests.filter(mine).length >= 2 ? true : undefined));
      const delivered = await api.prisma.webhookDelivery.findMany({
        where: { endpointId: Buffer.from(healthy.endpoint.id, 'base64').toString().split(':')[1] },
        select: { id: true, attempts: true, status: true },
      });
      expect(delivered.filter((d) => d.status === 'SUCCEEDED')).toHaveLength(delivered.length);
      // Tried once, at once: no retry was counted against it for the other receiver's failure.
      const jobs = await api.prisma.$queryRaw<Array<{ retry_count: number }>>`
        SELECT retry_count FROM pgboss.job WHERE name = 'webhook-deliver' AND data->>'id' = ANY(${delivered.map((d) => d.id)})`;
      expect(jobs.map((j) => j.retry_count)).toEqual(delivered.map(() => 0));
      expect(up.requests.filter(mine)).toHaveLength(1);
    } finally {
      await down.stop();
      await up.stop();
    }
  });

  it('refuses an endpoint that is not https (outside this machine) with a typed error, and writes nothing', async () => {
    const before = await api.prisma.webhookEndpoint.count();
    for (const url of [
      'ftp://partner.example/hook',
      'http://partner.example/hook',
      'https://user:pw@partner.example/',
    ]) {
      const { webhookCreate } = await api
        .as(people.coventryLead)
        .mutate(WebhookCreateDocument, { input: { url, eventTypes: ['CASE__OPENED'] } });
      expect(webhookCreate.__typename).toBe('ValidationError');
      if (webhookCreate.__typename === 'ValidationError') {
        expect(webhookCreate.fieldErrors[0]!.path).toEqual(['url']);
        expect(webhookCreate.message).not.toContain('partner.example');
      }
    }
    expect(await api.prisma.webhookEndpoint.count()).toBe(before);
  });
});
