// The hard rules of DOMAIN.md as guard fragments. Every pathway uses these same
// fragments, and the static checks refuse a definition whose NRM referral, Duty
// to Notify or reconsideration transition lacks them, so a new pathway cannot
// quietly drop a rule.
import { all, any, happenedKind, is, not, treatedAsChild } from './guards';
import type { FactDefinition, Guard, Permission, TransitionKind } from './schema';

export const RULES = {
  /** Rules 1-2: a child (or presumed child) needs no consent; an adult needs informed consent. */
  nrmConsent: 'nrm-consent',
  /** Rule 1: where capacity is in doubt, a capacity consideration is recorded first. */
  capacityFirst: 'capacity-first',
  /** Rule 1: consent counts only from a person with capacity for that decision; otherwise best interests. */
  capacityForDecision: 'capacity-for-decision',
  /** Rule 3: DtN is for adults who do not consent to the NRM. */
  dtnAdultWithoutConsent: 'dtn-adult-without-consent',
  /** Rule 3: anonymised unless the adult consents to their details being shared. */
  dtnAnonymised: 'dtn-anonymised',
  /** Rule 3: never when the person has entered the NRM. */
  dtnNotInNrm: 'dtn-not-in-nrm',
  /** Rule 5: reconsideration only follows a negative decision. */
  reconsiderationAfterNegative: 'reconsideration-after-negative',
} as const;

/** Which rules each kind of transition must carry (checked statically). */
export const REQUIRED_RULES: Record<TransitionKind, readonly string[]> = {
  nrmReferral: [RULES.nrmConsent],
  dutyToNotify: [RULES.dtnAdultWithoutConsent, RULES.dtnAnonymised, RULES.dtnNotInNrm],
  reconsiderationRequest: [RULES.reconsiderationAfterNegative],
  decision: [],
  meetingOutcome: [],
};

/** The longest reconsideration window any seed allows (002 During-NRM: 30 days). */
export const RECONSIDERATION_MAX_DAYS = 30;

// Facts the rules read; pathways include the ones they use.
export const HARD_RULE_FACTS = {
  ageStatus: { name: 'ageStatus', label: 'Age of the person', type: 'enum', values: ['child', 'adult', 'uncertain'] },
  reasonToBelieveChild: {
    name: 'reasonToBelieveChild',
    label: 'Is there reason to believe the person is a child?',
    type: 'boolean',
  },
  ageAssessmentOutcome: {
    name: 'ageAssessmentOutcome',
    label: 'Outcome of an age assessment, if one was carried out',
    type: 'enum',
    values: ['child', 'adult'],
  },
  consentToNrm: {
    name: 'consentToNrm',
    label: 'Has the adult given informed consent to enter the NRM?',
    type: 'boolean',
  },
  capacityInDoubt: {
    name: 'capacityInDoubt',
    label: "Is there doubt about the adult's capacity to decide?",
    type: 'boolean',
  },
  nrmConsentCapacity: {
    name: 'nrmConsentCapacity',
    label: 'Capacity to decide about entering the NRM (capacity assessment outcome)',
    type: 'enum',
    values: ['hasCapacity', 'lacksCapacity'],
  },
  shareDetailsCapacity: {
    name: 'shareDetailsCapacity',
    label: 'Capacity to decide about sharing personal details (capacity assessment outcome)',
    type: 'enum',
    values: ['hasCapacity', 'lacksCapacity'],
  },
  supportReferralCapacity: {
    name: 'supportReferralCapacity',
    label: 'Capacity to decide about a referral for support (capacity assessment outcome)',
    type: 'enum',
    values: ['hasCapacity', 'lacksCapacity'],
  },
  nrmConsentBestInterests: {
    name: 'nrmConsentBestInterests',
    label: 'Best-interests decision about an NRM referral, for an adult who lacks capacity to consent',
    type: 'enum',
    values: ['proceed', 'doNotProceed'],
  },
  shareDetailsBestInterests: {
    name: 'shareDetailsBestInterests',
    label: 'Best-interests decision about sharing personal details, for an adult who lacks capacity',
    type: 'enum',
    values: ['proceed', 'doNotProceed'],
  },
  supportReferralBestInterests: {
    name: 'supportReferralBestInterests',
    label: 'Best-interests decision about a referral for support, for an adult who lacks capacity',
    type: 'enum',
    values: ['proceed', 'doNotProceed'],
  },
  consentToShareDetails: {
    name: 'consentToShareDetails',
    label: 'Does the adult consent to their personal details being shared?',
    type: 'boolean',
  },
  dtnAnonymised: {
    name: 'dtnAnonymised',
    label: 'Is the Duty to Notify form anonymised (no name, date of birth, contact details or specific addresses)?',
    type: 'boolean',
  },
  inNrm: { name: 'inNrm', label: 'Has the person already entered the NRM (on any track)?', type: 'boolean' },
  // Written by caseSubmitNrmReferral with the real submission date (issue 12 item 7): clocks
  // that count from the submission on another track anchor on it.
  nrmSubmittedOn: { name: 'nrmSubmittedOn', label: 'Date the NRM referral was submitted', type: 'date' },
  rgOutcome: {
    name: 'rgOutcome',
    label: 'Reasonable Grounds decision',
    type: 'enum',
    values: ['positive', 'negative'],
  },
  rgDecisionDate: { name: 'rgDecisionDate', label: 'Date of the Reasonable Grounds decision', type: 'date' },
  cgOutcome: {
    name: 'cgOutcome',
    label: 'Conclusive Grounds decision',
    type: 'enum',
    values: ['positive', 'negative'],
  },
  cgDecisionDate: { name: 'cgDecisionDate', label: 'Date of the Conclusive Grounds decision', type: 'date' },
} as const satisfies Record<string, FactDefinition>;

/**
 * The decisions capacity is assessed for (Mental Capacity Act 2005 s.2: capacity is about a
 * particular decision at a particular time), each with its capacity and best-interests facts.
 */
export const CAPACITY_DECISIONS = ['nrmConsent', 'shareDetails', 'supportReferral'] as const;
export type CapacityDecision = (typeof CAPACITY_DECISIONS)[number];
export const capacityFact = (decision: CapacityDecision) => `${decision}Capacity` as const;
export const bestInterestsFact = (decision: CapacityDecision) => `${decision}BestInterests` as const;

export const CAPACITY_FACTS: FactDefinition[] = [
  HARD_RULE_FACTS.capacityInDoubt,
  HARD_RULE_FACTS.nrmConsentCapacity,
  HARD_RULE_FACTS.shareDetailsCapacity,
  HARD_RULE_FACTS.supportReferralCapacity,
  HARD_RULE_FACTS.nrmConsentBestInterests,
  HARD_RULE_FACTS.shareDetailsBestInterests,
  HARD_RULE_FACTS.supportReferralBestInterests,
];

export const AGE_FACTS: FactDefinition[] = [
  HARD_RULE_FACTS.ageStatus,
  HARD_RULE_FACTS.reasonToBelieveChild,
  HARD_RULE_FACTS.ageAssessmentOutcome,
];
export const CONSENT_FACTS: FactDefinition[] = [...AGE_FACTS, HARD_RULE_FACTS.consentToNrm, ...CAPACITY_FACTS];
export const DTN_FACTS: FactDefinition[] = [
  ...CONSENT_FACTS,
  HARD_RULE_FACTS.consentToShareDetails,
  HARD_RULE_FACTS.dtnAnonymised,
  HARD_RULE_FACTS.inNrm,
];

/**
 * The person has capacity for this decision (001 step 5, 002 4.1, 003 8.3): an assessment for the
 * decision found it, or capacity was not in doubt and no assessment found it lacking. Capacity is
 * per decision (MCA 2005 s.2), so an outcome for one decision says nothing about another.
 */
export const capacityFor = (decision: CapacityDecision): Guard =>
  any(
    [
      is(capacityFact(decision), 'hasCapacity'),
      all([is('capacityInDoubt', false), not(is(capacityFact(decision), 'lacksCapacity', { ifMissing: false }))]),
    ],
    {
      rule: RULES.capacityFirst,
      description: 'capacity for this decision is not in doubt, or an assessment found the person has it',
    },
  );

/** Capacity for the NRM consent decision (the decision most guards ask about). */
export const capacityResolved: Guard = capacityFor('nrmConsent');

/**
 * The Mental Capacity Act route for an adult who lacks capacity for a decision (002 Health chart,
 * "Refer to Mental Capacity Code of Practice"): a recorded best-interests decision, never consent.
 */
export const bestInterestsDecided = (decision: CapacityDecision, outcome: 'proceed' | 'doNotProceed'): Guard =>
  // Not recorded means the route is not taken (a best-interests decision follows an assessment),
  // so a missing fact is false here rather than a question to ask.
  all(
    [
      treatedAsChild(false),
      is(capacityFact(decision), 'lacksCapacity', { ifMissing: false }),
      is(bestInterestsFact(decision), outcome, { ifMissing: false }),
    ],
    {
      rule: RULES.capacityForDecision,
      description:
        outcome === 'proceed'
          ? 'an adult who lacks capacity for this decision, with a best-interests decision to go ahead'
          : 'an adult who lacks capacity for this decision, with a best-interests decision not to go ahead',
    },
  );

/** An adult's consent decision (either way) counts only from a person with capacity for it. */
export const adultConsentDecided = (consent: boolean): Guard =>
  all([treatedAsChild(false), is('consentToNrm', consent), capacityResolved], {
    description: consent
      ? 'an adult with capacity for the decision has given informed consent to the NRM'
      : 'an adult with capacity for the decision has declined the NRM',
  });

export const nrmConsentRule: Guard = any(
  [treatedAsChild(true), adultConsentDecided(true), bestInterestsDecided('nrmConsent', 'proceed')],
  {
    rule: RULES.nrmConsent,
    description:
      'a child (no consent needed), an adult with capacity who gave informed consent, or an adult lacking capacity with a best-interests decision to refer',
  },
);

export const dtnRules: Guard[] = [
  any([adultConsentDecided(false), bestInterestsDecided('nrmConsent', 'doNotProceed')], {
    rule: RULES.dtnAdultWithoutConsent,
    description:
      'Duty to Notify is only for an adult who does not enter the NRM: declined with capacity, or a best-interests decision not to refer',
  }),
  any([is('consentToShareDetails', true), is('dtnAnonymised', true)], {
    rule: RULES.dtnAnonymised,
    description: 'the form is anonymised unless the adult consents to their details being shared',
  }),
  all([not(happenedKind('nrmReferral')), is('inNrm', false, { ifMissing: true })], {
    rule: RULES.dtnNotInNrm,
    description: 'no Duty to Notify once the person has entered the NRM',
  }),
];

export const reconsiderationAfterNegative = (decision: 'rg' | 'cg'): Guard =>
  is(decision === 'rg' ? 'rgOutcome' : 'cgOutcome', 'negative', {
    rule: RULES.reconsiderationAfterNegative,
    description: `reconsideration follows a negative ${decision === 'rg' ? 'Reasonable' : 'Conclusive'} Grounds decision`,
  });

// Who may do what. PLATFORM_ADMIN, DIRECTORY_ADMIN and AUDITOR never move a
// case: they are not directly involved in it (003 6.5; auditors see figures only).
export const CASE_ROLES = [
  'LEAD',
  'CASEWORKER',
  'PARTNER_WORKER',
] as const satisfies readonly Permission['roles'][number][];
export const anyoneOnTheCase: Permission = { roles: [...CASE_ROLES] };
/** After hand-over the council's SPoC / lead and caseworkers own the case (000 step 3). */
export const caseOwners: Permission = { roles: ['LEAD', 'CASEWORKER'] };
/** Rule 4: only First Responder organisations submit NRM referrals and DtNs. */
export const firstResponders: Permission = { roles: [...CASE_ROLES], firstResponderOnly: true };
