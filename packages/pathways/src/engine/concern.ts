// What the concern is about decides which questions a case asks (002 4.1 "does the concern relate
// to a victim, perpetrator, location or business?"). Only a concern about a potential victim has
// a person whose age, consent and NRM referral are in question; the others are reported to the
// police and the Modern Slavery Lead. The API calls these so the rule has one home.
import type { FactValue, TransitionKind } from '../definition/schema';
import type { RuleRefusal } from './case-rules';
import type { TransitionOption } from './types';

/** The concern kinds the API records at opening (ConcernKind). */
export type ConcernKind = 'POTENTIAL_VICTIM' | 'PERPETRATOR' | 'LOCATION' | 'BUSINESS';

const SUBJECT: Record<ConcernKind, string> = {
  POTENTIAL_VICTIM: 'victim',
  PERPETRATOR: 'perpetrator',
  LOCATION: 'location',
  BUSINESS: 'business',
};

export const isPotentialVictim = (kind: ConcernKind): boolean => kind === 'POTENTIAL_VICTIM';

/**
 * The facts the opening answers settle for every pathway: what the concern is about, and whether
 * anyone is at immediate risk (each pathway asks it in its own words; 999 comes first in all of
 * them). "No immediate risk" does not answer the council pathways' wider immediate-threat question
 * (emergency treatment, still at the place of exploitation), so it is set there only when at risk.
 */
export function openingFacts(concern: {
  concernKind: ConcernKind;
  immediateRisk?: boolean | null;
}): Record<string, FactValue> {
  const facts: Record<string, FactValue> = { concernSubject: SUBJECT[concern.concernKind] };
  if (typeof concern.immediateRisk === 'boolean') {
    facts.immediateDanger = concern.immediateRisk;
    facts.immediateRiskOfSeriousHarm = concern.immediateRisk;
    if (concern.immediateRisk) facts.immediateThreat = true;
  }
  return facts;
}

const VICTIM_ONLY: readonly TransitionKind[] = ['nrmReferral', 'dutyToNotify'];

/** An NRM referral or a Duty to Notify is for a potential victim: refused on any other concern. */
export function concernRefusal(kind: TransitionKind, concernKind: ConcernKind): RuleRefusal | undefined {
  if (isPotentialVictim(concernKind) || !VICTIM_ONLY.includes(kind)) return undefined;
  return {
    rule: 'potential-victim-only',
    section: '002 4.1',
    field: 'trackId',
    message:
      'This concern is about a perpetrator, a location or a business: NRM referrals and Duties to Notify are made only for a potential victim. Report it to the police and the Modern Slavery Lead; open a case for any potential victim.',
    mutation: 'caseOpen',
  };
}

/** The options a case offers: never an NRM referral or a Duty to Notify without a potential victim. */
export function optionsForConcern(options: TransitionOption[], concernKind: ConcernKind): TransitionOption[] {
  if (isPotentialVictim(concernKind)) return options;
  return options.filter((o) => o.kind === null || !VICTIM_ONLY.includes(o.kind));
}
