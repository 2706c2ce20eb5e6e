/**
 * The events partners can subscribe to, and what each carries: ids and what changed, never a
 * field the receiving organisation may not see. Case events come from the case's history
 * (CaseEvent), directory events from the audit trail, so an event exists exactly when the change
 * committed.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { CaseEventKind } from '../../generated/prisma/enums.ts';

export const WEBHOOK_EVENT_TYPES = [
  'case.opened',
  'case.track_started',
  'case.transitioned',
  'case.nrm_referral_submitted',
  'case.duty_to_notify_submitted',
  'case.decision_recorded',
  'case.reconsideration_requested',
  'case.service_referral_made',
  'case.closed',
  'case.reopened',
  'referral.received',
  'service.changed',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Case history kinds that partners hear about, as event types for the case team. */
export const CASE_EVENT_TYPES: Partial<Record<CaseEventKind, WebhookEventType>> = {
  CONCERN_RECORDED: 'case.opened',
  TRACK_STARTED: 'case.track_started',
  TRANSITION: 'case.transitioned',
  NRM_REFERRAL_SUBMITTED: 'case.nrm_referral_submitted',
  DUTY_TO_NOTIFY_SUBMITTED: 'case.duty_to_notify_submitted',
  DECISION_RECORDED: 'case.decision_recorded',
  RECONSIDERATION_REQUESTED: 'case.reconsideration_requested',
  SERVICE_REFERRAL_MADE: 'case.service_referral_made',
  CLOSED: 'case.closed',
  REOPENED: 'case.reopened',
};

/** Audit actions on the directory that are a `service.changed` event. */
export const SERVICE_ACTIONS = ['service.create', 'service.update', 'service.review'] as const;

type Data = Record<string, string | undefined>;
type StoredData = Record<string, unknown>;
const str = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * What a case event says to the case team. Only named, non-identifying keys are copied from the
 * stored event: a note's text, a closing reason or recorded facts never leave in a webhook.
 */
export function caseEventData(kind: CaseEventKind, caseId: string, reference: string, data: StoredData): Data {
  const base = { caseId: encodeGlobalID('Case', caseId), caseReference: reference };
  switch (kind) {
    case 'TRACK_STARTED':
      return { ...base, pathwayId: str(data.pathwayId), step: str(data.step) };
    case 'TRANSITION':
      return {
        ...base,
        pathwayId: str(data.pathwayId),
        transition: str(data.transition),
        from: str(data.from),
        to: str(data.to),
      };
    case 'DECISION_RECORDED':
      return { ...base, decisionType: str(data.type), result: str(data.result) };
    case 'SERVICE_REFERRAL_MADE':
      return {
        ...base,
        serviceReferralId: str(data.referralId) && encodeGlobalID('ServiceReferral', str(data.referralId)!),
        serviceId: str(data.serviceId) && encodeGlobalID('SupportService', str(data.serviceId)!),
      };
    default:
      return base;
  }
}

/** What the receiving service's organisation hears of a referral: the referral and the service, nothing of the case. */
export function referralReceivedData(data: StoredData): Data {
  return {
    serviceReferralId: str(data.referralId) && encodeGlobalID('ServiceReferral', str(data.referralId)!),
    serviceId: str(data.serviceId) && encodeGlobalID('SupportService', str(data.serviceId)!),
  };
}
