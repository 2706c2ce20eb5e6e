import type { CaseEventKind } from '@waymark/sdk';

export const eventTitles: Record<CaseEventKind, string> = {
  ASSIGNED: 'Case assigned',
  CLOSED: 'Case closed',
  CONCERN_RECORDED: 'Concern recorded',
  CONSENT_RECORDED: 'Consent recorded',
  DECISION_RECORDED: 'Decision recorded',
  DUTY_TO_NOTIFY_SUBMITTED: 'Duty to Notify submitted',
  FACTS_RECORDED: 'Facts recorded',
  MEETING_OUTCOME_RECORDED: 'Meeting outcome recorded',
  MEETING_SCHEDULED: 'Meeting scheduled',
  NOTE_ADDED: 'Note added',
  NRM_REFERRAL_SUBMITTED: 'NRM referral submitted',
  RECONSIDERATION_REQUESTED: 'Reconsideration requested',
  REOPENED: 'Case reopened',
  RESPONSIBILITY_ACCEPTED: 'Responsibility accepted',
  SERVICE_REFERRAL_MADE: 'Referred to a service',
  SERVICE_REFERRAL_UPDATED: 'Service referral updated',
  TRACK_STARTED: 'Pathway started',
  TRANSITION: 'Step taken',
};
