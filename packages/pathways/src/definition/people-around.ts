// The people around a child (003 6.7, 7.4, 7.5 and the HMSP pathway box): an interpreter is
// independent and approved, never family, a sponsor, a carer or an adult accompanying the child;
// the adult purporting to be the child's parent, sponsor or carer is not present at interviews
// or at meetings about future action; and where exploitation by family or care givers is
// suspected, concerns are not raised with them, nothing is translated through them and their
// consent does not count. One home for these rules: the pathways' guards and the API read them.
import { all, any, is, not } from './guards';
import type { FactDefinition, Guard } from './schema';

export const PEOPLE_AROUND_RULES = {
  /** 003 6.7, 7.5: approved, DBS-checked interpreters only. */
  independentInterpreter: 'independent-interpreter',
  /** 003 7.4: parent, sponsor or carer absent from interviews and meetings about future action. */
  noCarersPresent: 'no-carers-present',
  /** HMSP box: suspected family or care givers are not asked, told or used. */
  familySuspected: 'family-or-carer-suspected',
} as const;

/** Who interpreted, as recorded on each contact, interview and meeting. */
export const INTERPRETER_RELATIONSHIPS = [
  'none',
  'professional',
  'family',
  'sponsor',
  'carer',
  'accompanyingAdult',
] as const;
export type InterpreterRelationship = (typeof INTERPRETER_RELATIONSHIPS)[number];

/** People from the person's own circle who may be present at a contact, interview or meeting. */
export const CIRCLE_RELATIONSHIPS = ['family', 'sponsor', 'carer', 'accompanyingAdult'] as const;
export type CircleRelationship = (typeof CIRCLE_RELATIONSHIPS)[number];

export const PEOPLE_AROUND_FACTS = {
  familyOrCarerSuspected: {
    name: 'familyOrCarerSuspected',
    label: 'Is the exploitation suspected to be carried out by family members or care givers?',
    type: 'boolean',
  },
  beaconConsentGivenBy: {
    name: 'beaconConsentGivenBy',
    label: 'Who consented to the referral to Beacon: the child or their guardian?',
    type: 'enum',
    values: ['child', 'guardian'],
  },
} as const satisfies Record<string, FactDefinition>;

/** The source of each rule, for refusals. */
export const PEOPLE_AROUND_SECTIONS: Record<string, string> = {
  [PEOPLE_AROUND_RULES.independentInterpreter]: '003 6.7, 7.5',
  [PEOPLE_AROUND_RULES.noCarersPresent]: '003 7.4',
  [PEOPLE_AROUND_RULES.familySuspected]: '003 7.4; 8.11 HMSP pathway box',
};

const notSuspected = not(is('familyOrCarerSuspected', true, { ifMissing: false }));

/**
 * Consent to a referral to Beacon (003 8.3): the child's or the guardian's, and who gave it; a
 * guardian's consent does not count where family or carers are suspected (HMSP box).
 */
export const beaconConsentRule: Guard = all(
  [
    is('beaconConsent', true),
    any([
      is('beaconConsentGivenBy', 'child'),
      all([is('beaconConsentGivenBy', 'guardian'), notSuspected], {
        rule: PEOPLE_AROUND_RULES.familySuspected,
        description: "a guardian's consent counts only when family or carers are not suspected",
      }),
    ]),
  ],
  {
    rule: 'beacon-consent',
    description:
      "the child or guardian consents to a referral to Beacon, and who consented is recorded (a suspected guardian's consent does not count)",
  },
);
