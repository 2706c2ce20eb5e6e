// Rules that look at the whole case rather than one track, or at a question
// before it is asked. The API calls these instead of keeping its own copy, so
// each rule has one home.
import { describeGuard } from '../definition/guards';
import { capacityFact, RULES, type CapacityDecision } from '../definition/hard-rules';
import {
  CIRCLE_RELATIONSHIPS,
  PEOPLE_AROUND_RULES,
  PEOPLE_AROUND_SECTIONS,
  type CircleRelationship,
  type InterpreterRelationship,
} from '../definition/people-around';
import { SERVICE_REFERRAL_RULES } from '../definition/service-referral-rules';
import { evaluateOnFacts } from './evaluate';
import type { Facts, FactValue, PathwayDefinition, TransitionKind } from '../definition/schema';
import { isTreatedAsChild } from './facts';

/** A refusal the API turns into a typed error: which rule, where it is written, what to do instead. */
export interface RuleRefusal {
  rule: string;
  section: string;
  message: string;
  /** The input field the refusal is about. */
  field: string;
  /** The mutation to use instead, where there is one. */
  mutation?: string;
  /** The facts to record first, where that is what is missing. */
  facts?: string[];
}

export interface ConsentQuestion {
  nrm?: boolean;
  shareDetails?: boolean;
}

/**
 * Capacity for one decision as the facts stand, read as the `capacityFor` guard reads it: the
 * outcome of an assessment for that decision, else presumed where capacity is not in doubt
 * (Mental Capacity Act 2005 s.1(2)), else unknown.
 */
export function capacityForDecision(
  facts: Facts,
  decision: CapacityDecision,
): 'hasCapacity' | 'lacksCapacity' | undefined {
  const recorded = facts[capacityFact(decision)];
  if (recorded === 'hasCapacity' || recorded === 'lacksCapacity') return recorded;
  return facts.capacityInDoubt === false ? 'hasCapacity' : undefined;
}

const BEST_INTERESTS_SECTION = '002 4.1 (Health chart)';

/** Why consent to `decision` cannot be taken now for capacity reasons, if it cannot. */
function capacityRefusal(facts: Facts, decision: CapacityDecision, field: string): RuleRefusal | undefined {
  const capacity = capacityForDecision(facts, decision);
  if (capacity === 'lacksCapacity') {
    return {
      rule: RULES.capacityForDecision,
      section: BEST_INTERESTS_SECTION,
      field,
      message:
        'The person was assessed as lacking capacity for this decision, so their consent does not count: record a best-interests decision by a named decision-maker instead (Mental Capacity Act Code of Practice).',
      mutation: 'caseRecordBestInterestsDecision',
    };
  }
  if (capacity === undefined && facts.capacityInDoubt === true) {
    return {
      rule: RULES.capacityFirst,
      section: '002 4.1',
      field,
      message:
        'Capacity is in doubt: record the capacity assessment for this decision (its outcome, who assessed and when) before consent.',
      mutation: 'caseRecordCapacityAssessment',
    };
  }
  return undefined;
}

/**
 * May these consent questions be put, given the facts (with any capacity answer of the same
 * call already merged in)? A child, or a person presumed to be one, is never asked: children
 * need no consent to enter the NRM and a Duty to Notify is never for a child (001 step 5,
 * 003 8.3, 004). Consent counts only from a person with capacity for that decision: where it is
 * in doubt it is assessed first (002 4.1), and a person who lacks it takes the best-interests route.
 */
export function consentRefusal(facts: Facts, asked: ConsentQuestion): RuleRefusal | undefined {
  if (!asked.nrm && !asked.shareDetails) return undefined;
  if (isTreatedAsChild(facts) === true) {
    return {
      rule: RULES.nrmConsent,
      section: '003 8.3',
      field: asked.nrm ? 'nrm' : 'shareDetails',
      message:
        'A child, or a person presumed to be one, is never asked for consent: children enter the NRM without it and are never the subject of a Duty to Notify.',
    };
  }
  return (
    (asked.nrm ? capacityRefusal(facts, 'nrmConsent', 'nrm') : undefined) ??
    (asked.shareDetails ? capacityRefusal(facts, 'shareDetails', 'shareDetails') : undefined)
  );
}

/**
 * May a best-interests decision about `decision` be recorded? Only for an adult assessed as lacking
 * capacity for that decision: a child needs no consent (003 8.3), and a person with capacity
 * decides for themselves, however unwise the decision may seem (MCA 2005 s.1(4)).
 */
export function bestInterestsRefusal(facts: Facts, decision: CapacityDecision): RuleRefusal | undefined {
  if (isTreatedAsChild(facts) === true) {
    return {
      rule: RULES.nrmConsent,
      section: '003 8.3',
      field: 'decision',
      message:
        'A child, or a person presumed to be one, needs no consent and so no best-interests decision under the Mental Capacity Act here.',
    };
  }
  const capacity = capacityForDecision(facts, decision);
  if (capacity === 'lacksCapacity') return undefined;
  return {
    rule: RULES.capacityForDecision,
    section: BEST_INTERESTS_SECTION,
    field: 'decision',
    message:
      capacity === 'hasCapacity'
        ? 'The person has capacity for this decision and makes it themselves: record their consent instead.'
        : 'A best-interests decision follows an assessment that found the person lacks capacity for this decision: record that assessment first.',
    mutation: capacity === 'hasCapacity' ? 'caseRecordConsent' : 'caseRecordCapacityAssessment',
  };
}

/**
 * Whether a Duty to Notify made now is anonymised: always unless the adult consented to their
 * details being shared (004: "if consent is not given the form must still be completed but
 * anonymised"); always where the pathway demands an anonymous form (Coventry).
 */
export function dutyToNotifyAnonymised(definition: PathwayDefinition, facts: Facts): boolean {
  const alwaysAnonymous = definition.transitions.some(
    (t) =>
      t.kind === 'dutyToNotify' &&
      (t.guards ?? []).some(
        (g) => g.kind === 'fact' && g.fact === 'dtnAnonymised' && g.equals === true && g.ifMissing === undefined,
      ),
  );
  return alwaysAnonymous || facts.consentToShareDetails !== true;
}

/** What the case as a whole holds, for the rules that span its tracks. */
export interface CaseRecords {
  nrmReferrals: number;
  /** The lead First Responder the latest held STRAT/MARM meeting named (003 8.5), if any. */
  meetingLead?: { organisationId: string; name: string } | null;
}

/**
 * Rules across tracks: one NRM referral per case (further information goes on the existing
 * referral: 003 8.7 "submit any further relevant information as it comes to light", 002 4.2.1
 * "add any missing information"), and no Duty to Notify once the person is in the NRM on any
 * track (004: "not applicable if the victim is entered into the NRM").
 */
export function caseWideRefusal(kind: TransitionKind, records: CaseRecords): RuleRefusal | undefined {
  if (kind === 'nrmReferral' && records.nrmReferrals > 0) {
    return {
      rule: 'one-nrm-referral',
      section: '003 8.7',
      field: 'trackId',
      message:
        'The person already has an NRM referral: record further information on it rather than submitting another.',
      mutation: 'caseAddNrmReferralInformation',
    };
  }
  if (kind === 'dutyToNotify' && records.nrmReferrals > 0) {
    return {
      rule: RULES.dtnNotInNrm,
      section: '004 (Duty to Notify)',
      field: 'trackId',
      message: 'The person has entered the NRM: a Duty to Notify is not made for them.',
    };
  }
  return undefined;
}

/**
 * 003 8.5: "Following discussion and agreement at a multi-agency meeting organised by HCC (STRAT
 * or MARM), the lead First Responder organisation must submit the NRM form online with input from
 * the other relevant organisations". Once a held meeting has named the lead, only that
 * organisation submits; the others give it their input. The API answers NotPermittedError.
 */
export function nrmSubmitterRefusal(records: CaseRecords, organisationId: string): RuleRefusal | undefined {
  const lead = records.meetingLead;
  if (!lead || lead.organisationId === organisationId) return undefined;
  return {
    rule: 'meeting-names-lead-first-responder',
    section: '003 8.5',
    field: 'trackId',
    message: `The multi-agency meeting named ${lead.name} as lead First Responder: only ${lead.name} submits the NRM referral; give them your input.`,
  };
}

/** The facts an NRM referral sets for the whole case: the person is in the NRM. */
export const NRM_REFERRAL_FACTS: Readonly<Record<string, FactValue>> = { inNrm: true };

/**
 * A directory service's own referral rules (Beacon: consent of the child or guardian and who
 * gave it; Hope at Home: a positive decision), checked on the case's facts however the service
 * is reached: the same guards the pathway steps use. The first rule not met refuses, naming what
 * to record first and with which mutation.
 */
export function serviceReferralRefusal(ruleIds: readonly string[], facts: Facts): RuleRefusal | undefined {
  for (const id of ruleIds) {
    const rule = SERVICE_REFERRAL_RULES[id];
    if (!rule)
      return {
        rule: id,
        section: '',
        field: 'serviceId',
        message: 'The service carries a referral rule Waymark does not know.',
      };
    const result = evaluateOnFacts(rule.guard, facts, rule.facts);
    if (result.value === true) continue;
    const toRecord = result.value === undefined ? result.missing : rule.record.facts;
    return {
      rule: rule.id,
      section: rule.section,
      field: 'serviceId',
      message: `This service takes referrals only when ${describeGuard(rule.guard)}: record ${toRecord.join(', ')} first.`,
      mutation: rule.record.mutation,
      facts: toRecord,
    };
  }
  return undefined;
}

const NOT_INDEPENDENT: ReadonlySet<InterpreterRelationship> = new Set([
  'family',
  'sponsor',
  'carer',
  'accompanyingAdult',
]);

/** What is being recorded: a contact with or about the person, an interview, or a meeting. */
export type Interaction = 'contact' | 'interview' | 'meeting';

/**
 * The people around a child at one contact, interview or meeting (003 6.7, 7.4, 7.5, the HMSP
 * box): never an interpreter from the person's own circle; no parent, sponsor or carer at a
 * child's interview or at a meeting about future action; and where family or care givers are
 * suspected, none of them at any contact (concerns are not raised with them).
 */
export function peopleAroundRefusal(
  facts: Facts,
  interaction: Interaction,
  interpreter: InterpreterRelationship | null | undefined,
  present: readonly CircleRelationship[],
): RuleRefusal | undefined {
  if (interpreter && NOT_INDEPENDENT.has(interpreter)) {
    return {
      rule: PEOPLE_AROUND_RULES.independentInterpreter,
      section: PEOPLE_AROUND_SECTIONS[PEOPLE_AROUND_RULES.independentInterpreter]!,
      field: 'interpreter',
      message:
        'The interpreter must be a professional from the national register (approved, DBS-checked), never a family member, sponsor, carer or an adult accompanying the person, who may be an exploiter. Book a professional interpreter.',
    };
  }
  const circle = present.filter((p) => (CIRCLE_RELATIONSHIPS as readonly string[]).includes(p));
  if (circle.length === 0) return undefined;
  if (facts.familyOrCarerSuspected === true) {
    return {
      rule: PEOPLE_AROUND_RULES.familySuspected,
      section: PEOPLE_AROUND_SECTIONS[PEOPLE_AROUND_RULES.familySuspected]!,
      field: 'present',
      message:
        'Exploitation by family or care givers is suspected: do not raise concerns with them, translate through them or include anyone accompanying the person.',
    };
  }
  if (interaction !== 'contact' && isTreatedAsChild(facts) === true) {
    return {
      rule: PEOPLE_AROUND_RULES.noCarersPresent,
      section: PEOPLE_AROUND_SECTIONS[PEOPLE_AROUND_RULES.noCarersPresent]!,
      field: 'present',
      message:
        "An adult purporting to be the child's parent, sponsor or carer is not present at interviews with the child or at meetings about future action: see them separately.",
    };
  }
  return undefined;
}
