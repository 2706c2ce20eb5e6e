/**
 * Turns committed events into webhook deliveries, one per subscribed endpoint that may hear of
 * it. Events are read from a recent window of the case history and the audit trail (every change
 * writes both in its own transaction), and a delivery is unique per endpoint and event, so two
 * processes dispatching at once, or a dispatch repeated after a crash, make each delivery once.
 *
 * Who hears what (the access rules, per event):
 * - a case event goes to organisations that may see the case now (the owner and its case team,
 *   cases/case-access.ts `caseTeamMembers`: one query per tick for every subscribing organisation);
 * - `referral.received` goes to the organisation the referral was sent to, with the
 *   referral's and service's ids only;
 * - `service.changed` goes to every subscriber, except for a hidden service: its own organisation only.
 */
import { createHash } from 'node:crypto';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { prisma } from '../../db/client.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { CaseEventKind } from '../../generated/prisma/enums.ts';
import { caseTeamMembers } from '../cases/case-access.ts';
import {
  CASE_EVENT_TYPES,
  caseEventData,
  referralReceivedData,
  SERVICE_ACTIONS,
  type WebhookEventType,
} from './events.ts';

/** Longer than any transaction takes to commit after its events are stamped. */
const WINDOW_MS = 10 * 60_000;

interface NewDelivery {
  endpointId: string;
  eventId: string;
  eventType: WebhookEventType;
  payload: Prisma.InputJsonObject;
}

/** A pg-boss job id (a UUID) for one round of attempts at a delivery. */
export function deliveryJobId(deliveryId: string, replays: number): string {
  const hex = createHash('sha256').update(`${deliveryId}:${replays}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Makes the deliveries for recent events and returns every delivery still to attempt, with its job id. */
export async function dispatchWebhooks(now: Date): Promise<Array<{ id: string; jobId: string }>> {
  const endpoints = await prisma.webhookEndpoint.findMany({
    where: { deletedAt: null },
    select: { id: true, organisationId: true, eventTypes: true, createdAt: true },
  });
  if (endpoints.length === 0) return [];
  const since = new Date(now.getTime() - WINDOW_MS);
  const wants = (endpoint: (typeof endpoints)[number], type: WebhookEventType, at: Date) =>
    endpoint.eventTypes.includes(type) && at >= endpoint.createdAt;
  const deliveries: NewDelivery[] = [];

  const caseEvents = await prisma.caseEvent.findMany({
    where: { recordedAt: { gte: since }, kind: { in: Object.keys(CASE_EVENT_TYPES) as CaseEventKind[] } },
    select: {
      id: true,
      kind: true,
      occurredAt: true,
      recordedAt: true,
      data: true,
      caseId: true,
      case: { select: { reference: true } },
    },
    orderBy: { recordedAt: 'asc' },
  });
  if (caseEvents.length > 0) {
    const caseIds = [...new Set(caseEvents.map((e) => e.caseId))];
    const organisations = [...new Set(endpoints.map((e) => e.organisationId))];
    // The organisations that may see each case now, for every subscriber at once.
    const visible = await caseTeamMembers(caseIds, organisations);
    // referral.received goes to the organisation the referral was sent to (fixed when sent),
    // not to whoever holds the service today.
    const referralIds = caseEvents
      .filter((e) => e.kind === 'SERVICE_REFERRAL_MADE')
      .map((e) => (e.data as { referralId?: string }).referralId)
      .filter((id): id is string => typeof id === 'string');
    const referralRecipients = new Map(
      (
        await prisma.serviceReferral.findMany({
          where: { id: { in: referralIds } },
          select: { id: true, organisationId: true },
        })
      ).map((r) => [r.id, r.organisationId] as const),
    );
    for (const event of caseEvents) {
      const type = CASE_EVENT_TYPES[event.kind]!;
      const data = (event.data ?? {}) as Record<string, unknown>;
      const payload = {
        type,
        timestamp: event.occurredAt.toISOString(),
        data: caseEventData(event.kind, event.caseId, event.case.reference, data),
      };
      for (const endpoint of endpoints) {
        if (visible.get(endpoint.organisationId)?.has(event.caseId) && wants(endpoint, type, event.recordedAt)) {
          deliveries.push({ endpointId: endpoint.id, eventId: event.id, eventType: type, payload });
        }
      }
      if (event.kind === 'SERVICE_REFERRAL_MADE') {
        const owner = referralRecipients.get(String(data.referralId));
        const received = {
          type: 'referral.received' as const,
          timestamp: payload.timestamp,
          data: referralReceivedData(data),
        };
        for (const endpoint of endpoints) {
          if (endpoint.organisationId === owner && wants(endpoint, 'referral.received', event.recordedAt)) {
            deliveries.push({
              endpointId: endpoint.id,
              eventId: `${event.id}:received`,
              eventType: 'referral.received',
              payload: received,
            });
          }
        }
      }
    }
  }

  const serviceEvents = await prisma.auditEvent.findMany({
    where: { occurredAt: { gte: since }, action: { in: [...SERVICE_ACTIONS] }, entityType: 'SupportService' },
    select: { id: true, action: true, occurredAt: true, entityId: true },
    orderBy: { id: 'asc' },
  });
  if (serviceEvents.length > 0) {
    const services = new Map(
      (
        await prisma.supportService.findMany({
          where: { id: { in: serviceEvents.map((e) => e.entityId!).filter(Boolean) } },
          select: { id: true, hidden: true, organisationId: true },
        })
      ).map((s) => [s.id, s] as const),
    );
    for (const event of serviceEvents) {
      const service = event.entityId ? services.get(event.entityId) : undefined;
      if (!service) continue;
      const payload = {
        type: 'service.changed' as const,
        timestamp: event.occurredAt.toISOString(),
        data: { serviceId: encodeGlobalID('SupportService', service.id), change: event.action.replace('service.', '') },
      };
      for (const endpoint of endpoints) {
        if (service.hidden && endpoint.organisationId !== service.organisationId) continue;
        if (!wants(endpoint, 'service.changed', event.occurredAt)) continue;
        deliveries.push({
          endpointId: endpoint.id,
          eventId: `audit:${event.id}`,
          eventType: 'service.changed',
          payload,
        });
      }
    }
  }

  if (deliveries.length > 0) await prisma.webhookDelivery.createMany({ data: deliveries, skipDuplicates: true });
  const pending = await prisma.webhookDelivery.findMany({
    where: { status: 'PENDING', endpoint: { deletedAt: null } },
    select: { id: true, replays: true },
    orderBy: { createdAt: 'asc' },
  });
  return pending.map((d) => ({ id: d.id, jobId: deliveryJobId(d.id, d.replays) }));
}
