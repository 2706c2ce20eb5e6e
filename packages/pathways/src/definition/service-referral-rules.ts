// Referral rules a directory service can carry (issue 12 item 11): the same guards the pathway
// step uses, so a service reached from the directory applies its own rules exactly as the step
// that refers to it does. A service names the rules by id (SupportService.referralRules).
import { HARD_RULE_FACTS } from './hard-rules';
import { any, is } from './guards';
import { beaconConsentRule, PEOPLE_AROUND_FACTS } from './people-around';
import type { FactDefinition, Guard } from './schema';

export interface ServiceReferralRule {
  id: string;
  /** What the rule asks for, in words (for the directory and refusals). */
  label: string;
  section: string;
  guard: Guard;
  /** The facts the guard reads, with their definitions (for validity). */
  facts: FactDefinition[];
  /** What to record first, and with which mutation, when the rule refuses. */
  record: { mutation: string; facts: string[] };
}

/** Hope at Home hosts only after a positive RG or CG decision (002 Housing flowchart). */
export const positiveNrmDecisionRule: Guard = any([is('rgOutcome', 'positive'), is('cgOutcome', 'positive')], {
  rule: 'positive-nrm-decision',
  description: 'a positive Reasonable Grounds or Conclusive Grounds decision has been received',
});

const beaconFacts: FactDefinition[] = [
  { name: 'beaconConsent', label: 'Does the child or guardian consent to a referral to Beacon?', type: 'boolean' },
  PEOPLE_AROUND_FACTS.beaconConsentGivenBy,
  PEOPLE_AROUND_FACTS.familyOrCarerSuspected,
];

export const SERVICE_REFERRAL_RULES: Readonly<Record<string, ServiceReferralRule>> = {
  'beacon-consent': {
    id: 'beacon-consent',
    label: 'The child or guardian consents to the referral, and who consented is recorded',
    section: '003 8.3',
    guard: beaconConsentRule,
    facts: beaconFacts,
    record: { mutation: 'caseRecordFacts', facts: ['beaconConsent', 'beaconConsentGivenBy'] },
  },
  'positive-nrm-decision': {
    id: 'positive-nrm-decision',
    label: 'A positive Reasonable Grounds or Conclusive Grounds decision',
    section: '002 Housing flowchart',
    guard: positiveNrmDecisionRule,
    facts: [HARD_RULE_FACTS.rgOutcome, HARD_RULE_FACTS.cgOutcome],
    record: { mutation: 'caseRecordDecision', facts: ['rgOutcome', 'cgOutcome'] },
  },
};

export const SERVICE_REFERRAL_RULE_IDS = Object.keys(SERVICE_REFERRAL_RULES);
