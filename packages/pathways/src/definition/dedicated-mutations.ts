// Facts and transitions that belong to a mutation of their own. Recording a
// consent, a decision or a meeting's outcome runs checks and writes records that
// a plain fact or a bare transition would skip (child never asked, capacity
// first, the NrmReferral / DutyToNotify / Decision rows, the anonymised MS1), so
// the API refuses them anywhere else and names the mutation to use. One list,
// here, so the API never keeps its own.
import { guardFacts } from './guards';
import { bestInterestsFact, CAPACITY_DECISIONS, capacityFact, RULES } from './hard-rules';
import type { PathwayDefinition, TransitionKind } from './schema';

export interface DedicatedMutation {
  /** The GraphQL mutation that records it. */
  mutation: string;
  /** The hard-rule id, or a short rule name where DOMAIN has no id for it. */
  rule: string;
  /** Seed document and section the rule comes from. */
  section: string;
}

const consent: DedicatedMutation = { mutation: 'caseRecordConsent', rule: RULES.nrmConsent, section: '003 8.3' };
const capacity: DedicatedMutation = {
  mutation: 'caseRecordCapacityAssessment',
  rule: RULES.capacityFirst,
  section: '002 4.1',
};
const bestInterests: DedicatedMutation = {
  mutation: 'caseRecordBestInterestsDecision',
  rule: RULES.capacityForDecision,
  section: '002 4.1 (Health chart)',
};
const decision: DedicatedMutation = {
  mutation: 'caseRecordDecision',
  rule: 'decision-recorded',
  section: '001 step 8',
};
const meeting: DedicatedMutation = {
  mutation: 'caseRecordMeetingOutcome',
  rule: 'meeting-decides-nrm',
  section: '003 8.4',
};

/** Facts only their own mutation may write. */
export const PROTECTED_FACTS: Readonly<Record<string, DedicatedMutation>> = {
  consentToNrm: consent,
  consentToShareDetails: { ...consent, rule: RULES.dtnAnonymised, section: '004 (Duty to Notify)' },
  capacityInDoubt: capacity,
  ...Object.fromEntries(CAPACITY_DECISIONS.map((d) => [capacityFact(d), capacity])),
  ...Object.fromEntries(CAPACITY_DECISIONS.map((d) => [bestInterestsFact(d), bestInterests])),
  ageAssessmentOutcome: { mutation: 'caseRecordAgeAssessment', rule: 'presumption-of-age', section: '003 7.4' },
  nrmMeetingDecision: meeting,
  leadFirstResponderAgreed: meeting,
  inNrm: { mutation: 'caseSubmitNrmReferral', rule: RULES.dtnNotInNrm, section: '004 (Duty to Notify)' },
  nrmSubmittedOn: { mutation: 'caseSubmitNrmReferral', rule: 'nrm-referral-recorded', section: '002 4.2.2' },
  dtnAnonymised: { mutation: 'caseSubmitDutyToNotify', rule: RULES.dtnAnonymised, section: '004 (Duty to Notify)' },
  // Derived from the case's subject (what the person gave), like the age facts: one place to record it.
  gender: { mutation: 'caseUpdateSubject', rule: 'gender-as-given', section: '002 4.5 (Housing chart)' },
  rgOutcome: decision,
  rgDecisionDate: decision,
  cgOutcome: decision,
  cgDecisionDate: decision,
};

/** Transitions of these kinds create a record; only their mutation takes them. */
export const RECORD_TRANSITIONS: Readonly<Record<TransitionKind, DedicatedMutation>> = {
  nrmReferral: { mutation: 'caseSubmitNrmReferral', rule: 'nrm-referral-recorded', section: '003 8.7' },
  dutyToNotify: { mutation: 'caseSubmitDutyToNotify', rule: RULES.dtnAnonymised, section: '004 (Duty to Notify)' },
  decision,
  meetingOutcome: meeting,
  reconsiderationRequest: {
    mutation: 'caseRequestReconsideration',
    rule: RULES.reconsiderationAfterNegative,
    section: '003 8.9',
  },
};

/** The protected facts among `names`, each with the mutation that writes it. */
export function protectedFacts(names: Iterable<string>): Array<DedicatedMutation & { fact: string }> {
  const out: Array<DedicatedMutation & { fact: string }> = [];
  for (const fact of names) {
    const owner = PROTECTED_FACTS[fact];
    if (owner) out.push({ fact, ...owner });
  }
  return out;
}

/** The mutation a transition must go through, or undefined when any caller may take it by name. */
export function recordTransitionOwner(
  definition: PathwayDefinition,
  transition: string,
): (DedicatedMutation & { kind: TransitionKind }) | undefined {
  const kind = definition.transitions.find((t) => t.name === transition)?.kind;
  return kind ? { kind, ...RECORD_TRANSITIONS[kind] } : undefined;
}

/**
 * Which decision a decision transition branches on ('rg' or 'cg'), from the outcome fact its
 * guards read. A track that picks up a decision another track already recorded (Coventry's
 * During-NRM hands the CG decision to Post-NRM) takes the branch without a second record.
 */
export function decisionBranchOf(definition: PathwayDefinition, transition: string): 'rg' | 'cg' | undefined {
  const t = definition.transitions.find((x) => x.name === transition);
  if (t?.kind !== 'decision') return undefined;
  const read = new Set<string>();
  for (const g of t.guards ?? []) guardFacts(g, read);
  return read.has('cgOutcome') ? 'cg' : read.has('rgOutcome') ? 'rg' : undefined;
}
