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
  capacityConsidered: {
    name: 'capacityConsidered',
    label: 'Has capacity been considered under the Mental Capacity Act Code of Practice?',
    type: 'boolean',
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

export const AGE_FACTS: FactDefinition[] = [
  HARD_RULE_FACTS.ageStatus,
  HARD_RULE_FACTS.reasonToBelieveChild,
  HARD_RULE_FACTS.ageAssessmentOutcome,
];
export const CONSENT_FACTS: FactDefinition[] = [
  ...AGE_FACTS,
  HARD_RULE_FACTS.consentToNrm,
  HARD_RULE_FACTS.capacityInDoubt,
  HARD_RULE_FACTS.capacityConsidered,
];
export const DTN_FACTS: FactDefinition[] = [
  ...CONSENT_FACTS,
  HARD_RULE_FACTS.consentToShareDetails,
  HARD_RULE_FACTS.dtnAnonymised,
  HARD_RULE_FACTS.inNrm,
];

/** Capacity is settled: not in doubt, or considered (001 step 5, 002 4.1, 003 8.3). */
export const capacityResolved: Guard = any([is('capacityInDoubt', false), is('capacityConsidered', true)], {
  rule: RULES.capacityFirst,
  description: 'capacity is not in doubt, or has been considered first',
});

/** An adult's consent decision (either way) counts only once capacity is settled. */
export const adultConsentDecided = (consent: boolean): Guard =>
  all([treatedAsChild(false), is('consentToNrm', consent), capacityResolved], {
    description: consent
      ? 'an adult has given informed consent to the NRM, with capacity settled'
      : 'an adult has declined the NRM, with capacity settled',
  });

export const nrmConsentRule: Guard = any([treatedAsChild(true), adultConsentDecided(true)], {
  rule: RULES.nrmConsent,
  description: 'a child (no consent needed), or an adult who gave informed consent with capacity settled',
});

export const dtnRules: Guard[] = [
  all([treatedAsChild(false), is('consentToNrm', false), capacityResolved], {
    rule: RULES.dtnAdultWithoutConsent,
    description: 'Duty to Notify is only for an adult who does not consent to the NRM',
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
