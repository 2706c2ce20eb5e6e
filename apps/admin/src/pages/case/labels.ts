import type {
  CaseEventKind,
  CaseTeamGrantStatus,
  CaseTeamPurpose,
  DecisionResult,
  DecisionType,
  MeetingKind,
  MeetingNrmDecision,
} from '@waymark/sdk';

export const eventTitles: Record<CaseEventKind, string> = {
  ASSIGNED: 'Case assigned',
  AGE_ASSESSMENT_RECORDED: 'Age assessment recorded',
  BEST_INTERESTS_DECISION_RECORDED: 'Best-interests decision recorded',
  CAPACITY_ASSESSMENT_RECORDED: 'Capacity assessment recorded',
  ACTION_RECORDED: 'Step action recorded',
  CLOSED: 'Case closed',
  CONCERN_RECORDED: 'Concern recorded',
  CONTACT_RECORDED: 'Contact or interview recorded',
  HAND_OVER_ACCEPTED: 'Hand-over accepted',
  HAND_OVER_DECLINED: 'Hand-over declined',
  HAND_OVER_OFFERED: 'Offered to another organisation',
  CONSENT_RECORDED: 'Consent recorded',
  DECISION_RECORDED: 'Decision recorded',
  DUTY_TO_NOTIFY_SUBMITTED: 'Duty to Notify submitted',
  EVIDENCE_DESCRIBED: 'Evidence described for the referral',
  FACTS_RECORDED: 'Facts recorded',
  INDICATORS_RECORDED: 'Indicators recorded',
  MEETING_OUTCOME_RECORDED: 'Meeting outcome recorded',
  MEETING_SCHEDULED: 'Meeting scheduled',
  NOTE_ADDED: 'Note added',
  NRM_REFERRAL_INFORMATION_ADDED: 'Further information added to the NRM referral',
  NRM_REFERRAL_SUBMITTED: 'NRM referral submitted',
  RECONSIDERATION_REQUESTED: 'Reconsideration requested',
  REFERRAL_ANSWERS_RECORDED: 'Referral form answers recorded',
  REOPENED: 'Case reopened',
  SUBJECT_UPDATED: 'Details of the person corrected',
  RESPONSIBILITY_ACCEPTED: 'Responsibility accepted',
  SERVICE_REFERRAL_MADE: 'Referred to a service',
  SERVICE_REFERRAL_UPDATED: 'Service referral updated',
  TEAM_INVITATION_ACCEPTED: 'Case team invitation accepted',
  TEAM_INVITATION_DECLINED: 'Case team invitation declined',
  TEAM_INVITATION_EXPIRED: 'Case team invitation expired',
  TEAM_INVITATION_REVOKED: 'Case team invitation withdrawn',
  TEAM_INVITED: 'Organisation invited to the case team',
  TEAM_MEMBER_ADDED: 'Lead First Responder joined the case team',
  TEAM_MEMBER_REVOKED: 'Organisation removed from the case team',
  TRACK_STARTED: 'Pathway started',
  TRANSITION: 'Step taken',
};

export const teamPurposeLabels: Record<CaseTeamPurpose, string> = {
  JOINT_INVESTIGATION: 'Joint investigation',
  LEAD_FIRST_RESPONDER: 'Lead First Responder',
  SUPPORT_PROVIDER: 'Support provider',
};

export const teamStatusLabels: Record<CaseTeamGrantStatus, string> = {
  PENDING: 'Invited',
  ACTIVE: 'On the team',
  DECLINED: 'Declined',
  EXPIRED: 'Expired',
  REVOKED: 'Removed',
};

export const decisionTypeLabels: Record<DecisionType, string> = {
  REASONABLE_GROUNDS: 'Reasonable Grounds (RG)',
  CONCLUSIVE_GROUNDS: 'Conclusive Grounds (CG)',
};

export const decisionResultLabels: Record<DecisionResult, string> = {
  POSITIVE: 'Positive',
  NEGATIVE: 'Negative',
};

export const meetingKindLabels: Record<MeetingKind, string> = {
  STRATEGY: 'Strategy meeting',
  STRAT: 'Strategy discussion (STRAT)',
  MASH: 'Multi-Agency Safeguarding Hub (MASH)',
  MARAC: 'Multi-Agency Risk Assessment Conference (MARAC)',
  MARM: 'Multi-Agency Risk Management (MARM)',
  SERAC: 'Sexual Exploitation Risk Assessment Conference (SERAC)',
  MULTI_AGENCY: 'Other multi-agency meeting',
};

export const meetingNrmDecisionLabels: Record<MeetingNrmDecision, string> = {
  SUBMIT: 'Submit an NRM referral',
  DO_NOT_SUBMIT: 'Do not submit an NRM referral',
  DISAGREEMENT: 'The agencies disagreed',
};
