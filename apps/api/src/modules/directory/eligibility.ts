/**
 * Eligibility matching, pure (no database, no GraphQL): given what is known about a person
 * and a service's eligibility (the Coventry specialist support table, 002 section 4.3, is the
 * model), say whether the service fits, why, what to check, and which rule excludes it.
 *
 * Unknown facts never exclude: a caseworker records what they know, and a service that might
 * fit is listed with what to check (the 4.3 table itself says "consider contacting the NRM as
 * survivor might not be aware"). Only a recorded fact that a rule rules out excludes.
 */
import { isTreatedAsChild } from '@waymark/pathways';
import type {
  AgeGroup,
  DecisionOutcome,
  ExploitationType,
  Gender,
  NrmStatus,
  RecourseToPublicFunds,
} from '../../generated/prisma/enums.ts';

export interface PersonFacts {
  gender?: Gender | null;
  /** Age in whole years, from the date of birth or an estimate. */
  age?: number | null;
  /** True when the age is in doubt (003 7.4). */
  ageUncertain?: boolean | null;
  /** With an uncertain age: is there reason to believe the person is a child? Defaults to age < 18. */
  reasonToBelieveChild?: boolean | null;
  nrmStatus?: NrmStatus | null;
  decisionOutcome?: DecisionOutcome | null;
  recourseToPublicFunds?: RecourseToPublicFunds | null;
  exploitationTypes?: ExploitationType[] | null;
}

export interface EligibilityRules {
  genders: Gender[];
  ageGroups: AgeGroup[];
  minimumAge: number | null;
  maximumAge: number | null;
  nrmStatuses: NrmStatus[];
  decisionOutcomes: DecisionOutcome[];
  recourseToPublicFunds: boolean | null;
  exploitationTypes: ExploitationType[];
}

export type EligibilityRule =
  | 'GENDER'
  | 'AGE_GROUP'
  | 'AGE_RANGE'
  | 'NRM_STATUS'
  | 'DECISION_OUTCOME'
  | 'RECOURSE_TO_PUBLIC_FUNDS'
  | 'EXPLOITATION_TYPE';

export interface RuleCheck {
  rule: EligibilityRule;
  outcome: 'MET' | 'UNKNOWN' | 'NOT_MET';
  /** Safe to show: says what the service requires and, for MET, why the person fits. */
  message: string;
}

export interface Assessment {
  eligible: boolean;
  met: RuleCheck[];
  toCheck: RuleCheck[];
  excludedBy: RuleCheck[];
}

const GENDER_LABEL: Record<Gender, string> = {
  FEMALE: 'women',
  MALE: 'men',
  NON_BINARY: 'non-binary people',
  OTHER: 'people of another gender',
  NOT_KNOWN: 'people whose gender is not known',
};
const DECISION_LABEL: Record<DecisionOutcome, string> = {
  NONE: 'before any NRM decision',
  POSITIVE_REASONABLE_GROUNDS: 'after a positive reasonable grounds decision',
  NEGATIVE_REASONABLE_GROUNDS: 'after a negative reasonable grounds decision',
  POSITIVE_CONCLUSIVE_GROUNDS: 'after a positive conclusive grounds decision',
  NEGATIVE_CONCLUSIVE_GROUNDS: 'after a negative conclusive grounds decision',
};
const EXPLOITATION_LABEL: Record<ExploitationType, string> = {
  LABOUR: 'labour exploitation',
  SEXUAL: 'sexual exploitation',
  CRIMINAL: 'criminal exploitation',
  DOMESTIC_SERVITUDE: 'domestic servitude',
  ORGAN_HARVESTING: 'organ harvesting',
  CHILD_CRIMINAL_EXPLOITATION: 'child criminal exploitation',
  CHILD_SEXUAL_EXPLOITATION: 'child sexual exploitation',
  FORCED_MARRIAGE: 'forced marriage',
  FINANCIAL: 'financial exploitation',
  OTHER: 'other exploitation',
};

function joinOr(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** Presumption of age (003 7.4): an uncertain age with reason to believe a child means a child. */
export function treatedAsChild(facts: PersonFacts): boolean | undefined {
  const { age, ageUncertain } = facts;
  if (ageUncertain) {
    const reason = facts.reasonToBelieveChild ?? (age != null ? age < 18 : undefined);
    return isTreatedAsChild({
      ageStatus: 'uncertain',
      ...(reason === undefined ? {} : { reasonToBelieveChild: reason }),
    });
  }
  if (age == null) return facts.reasonToBelieveChild === true ? true : undefined;
  return isTreatedAsChild({ ageStatus: age < 18 ? 'child' : 'adult' });
}

function describeGenders(genders: Gender[]): string {
  return `${joinOr(genders.map((g) => GENDER_LABEL[g]))} only`;
}

function describeAgeRange(min: number | null, max: number | null): string {
  if (min != null && max != null) return `ages ${min} to ${max} only`;
  if (min != null) return `ages ${min} and over only`;
  return `ages ${max} and under only`;
}

function checkGender(rules: EligibilityRules, facts: PersonFacts): RuleCheck | null {
  if (rules.genders.length === 0) return null;
  const requirement = describeGenders(rules.genders);
  const gender = facts.gender;
  if (gender && rules.genders.includes(gender))
    return { rule: 'GENDER', outcome: 'MET', message: `Serves ${requirement.replace(/ only$/, '')}` };
  // The table's key is female / all / male survivors; whether a non-binary person fits a
  // women's or men's service is the service's call, so it is a question, never an exclusion.
  if (!gender || gender === 'NOT_KNOWN' || gender === 'NON_BINARY' || gender === 'OTHER') {
    return { rule: 'GENDER', outcome: 'UNKNOWN', message: `Check with the service: ${requirement}` };
  }
  return { rule: 'GENDER', outcome: 'NOT_MET', message: `${capitalise(requirement)}` };
}

function checkAgeGroup(rules: EligibilityRules, child: boolean | undefined): RuleCheck | null {
  if (rules.ageGroups.length === 0 || rules.ageGroups.length === 2) return null;
  const forChildren = rules.ageGroups[0] === 'CHILD';
  const requirement = forChildren ? 'children only (under 18)' : 'adults only (18 and over)';
  if (child === undefined) return { rule: 'AGE_GROUP', outcome: 'UNKNOWN', message: `Age not known: ${requirement}` };
  if (child === forChildren) {
    return { rule: 'AGE_GROUP', outcome: 'MET', message: forChildren ? 'Serves children (under 18)' : 'Serves adults' };
  }
  return {
    rule: 'AGE_GROUP',
    outcome: 'NOT_MET',
    message: capitalise(requirement) + (child ? '; this person is treated as a child (presumption of age)' : ''),
  };
}

function checkAgeRange(rules: EligibilityRules, facts: PersonFacts, child: boolean | undefined): RuleCheck | null {
  const { minimumAge: min, maximumAge: max } = rules;
  if (min == null && max == null) return null;
  const requirement = describeAgeRange(min, max);
  if (facts.age == null || facts.ageUncertain) {
    // Under the presumption of age a possible child fits a range that covers children.
    if (child === true && (min ?? 0) < 18)
      return { rule: 'AGE_RANGE', outcome: 'MET', message: `Treated as a child (presumption of age): ${requirement}` };
    return { rule: 'AGE_RANGE', outcome: 'UNKNOWN', message: `Age not known: ${requirement}` };
  }
  if ((min == null || facts.age >= min) && (max == null || facts.age <= max)) {
    return {
      rule: 'AGE_RANGE',
      outcome: 'MET',
      message: `Age ${facts.age} is within ${requirement.replace(/ only$/, '')}`,
    };
  }
  return { rule: 'AGE_RANGE', outcome: 'NOT_MET', message: capitalise(requirement) };
}

function checkNrmStatus(rules: EligibilityRules, facts: PersonFacts): RuleCheck | null {
  if (rules.nrmStatuses.length === 0 || rules.nrmStatuses.length === 2) return null;
  const inNrm = rules.nrmStatuses[0] === 'IN_NRM';
  const requirement = inNrm ? 'only for people currently in the NRM' : 'only for people not (yet) in the NRM';
  if (!facts.nrmStatus) {
    return {
      rule: 'NRM_STATUS',
      outcome: 'UNKNOWN',
      message: `NRM status not known (consider contacting the NRM: the survivor might not be aware): ${requirement}`,
    };
  }
  if (rules.nrmStatuses.includes(facts.nrmStatus)) {
    return {
      rule: 'NRM_STATUS',
      outcome: 'MET',
      message: inNrm ? 'For people currently in the NRM' : 'For people not in the NRM',
    };
  }
  return { rule: 'NRM_STATUS', outcome: 'NOT_MET', message: capitalise(requirement) };
}

function checkDecision(rules: EligibilityRules, facts: PersonFacts): RuleCheck | null {
  if (rules.decisionOutcomes.length === 0) return null;
  const requirement = `only ${joinOr(rules.decisionOutcomes.map((d) => DECISION_LABEL[d]))}`;
  if (!facts.decisionOutcome)
    return { rule: 'DECISION_OUTCOME', outcome: 'UNKNOWN', message: `NRM decision not known: ${requirement}` };
  if (rules.decisionOutcomes.includes(facts.decisionOutcome)) {
    return {
      rule: 'DECISION_OUTCOME',
      outcome: 'MET',
      message: capitalise(`available ${DECISION_LABEL[facts.decisionOutcome]}`),
    };
  }
  return { rule: 'DECISION_OUTCOME', outcome: 'NOT_MET', message: capitalise(requirement) };
}

function checkRecourse(rules: EligibilityRules, facts: PersonFacts): RuleCheck | null {
  if (rules.recourseToPublicFunds == null) return null;
  const requirement = rules.recourseToPublicFunds
    ? 'only for people with recourse to public funds'
    : 'only for people with no recourse to public funds (NRPF)';
  const known = facts.recourseToPublicFunds === 'YES' || facts.recourseToPublicFunds === 'NO';
  if (!known)
    return {
      rule: 'RECOURSE_TO_PUBLIC_FUNDS',
      outcome: 'UNKNOWN',
      message: `Recourse to public funds not known: ${requirement}`,
    };
  if ((facts.recourseToPublicFunds === 'YES') === rules.recourseToPublicFunds) {
    return {
      rule: 'RECOURSE_TO_PUBLIC_FUNDS',
      outcome: 'MET',
      message: rules.recourseToPublicFunds
        ? 'For people with recourse to public funds'
        : 'For people with no recourse to public funds (NRPF)',
    };
  }
  return { rule: 'RECOURSE_TO_PUBLIC_FUNDS', outcome: 'NOT_MET', message: capitalise(requirement) };
}

function checkExploitation(rules: EligibilityRules, facts: PersonFacts): RuleCheck | null {
  if (rules.exploitationTypes.length === 0) return null;
  const requirement = `only for survivors of ${joinOr(rules.exploitationTypes.map((e) => EXPLOITATION_LABEL[e]))}`;
  const known = facts.exploitationTypes ?? [];
  const shared = known.filter((e) => rules.exploitationTypes.includes(e));
  if (shared.length > 0) {
    return {
      rule: 'EXPLOITATION_TYPE',
      outcome: 'MET',
      message: `For survivors of ${joinOr(shared.map((e) => EXPLOITATION_LABEL[e]))}`,
    };
  }
  // A recorded type that is not listed does not rule the service out: people are often
  // exploited in more than one way and disclose it later.
  return { rule: 'EXPLOITATION_TYPE', outcome: 'UNKNOWN', message: `Check: ${requirement}` };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Every rule of a service checked against the facts; no rules means open to everyone. */
export function assessEligibility(rules: EligibilityRules | null, facts: PersonFacts): Assessment {
  if (!rules) return { eligible: true, met: [], toCheck: [], excludedBy: [] };
  const child = treatedAsChild(facts);
  const checks = [
    checkGender(rules, facts),
    checkAgeGroup(rules, child),
    checkAgeRange(rules, facts, child),
    checkNrmStatus(rules, facts),
    checkDecision(rules, facts),
    checkRecourse(rules, facts),
    checkExploitation(rules, facts),
  ].filter((check): check is RuleCheck => check !== null);
  const excludedBy = checks.filter((c) => c.outcome === 'NOT_MET');
  return {
    eligible: excludedBy.length === 0,
    met: checks.filter((c) => c.outcome === 'MET'),
    toCheck: checks.filter((c) => c.outcome === 'UNKNOWN'),
    excludedBy,
  };
}

export interface Candidate {
  id: string;
  name: string;
  /** True when the service serves named areas (not national): local services rank first. */
  local: boolean;
  rules: EligibilityRules | null;
}

export interface RankedOption<C extends Candidate> extends Assessment {
  candidate: C;
  rank: number;
}

/** A near miss is excluded by at most this many rules: beyond that it is simply not for them. */
export const NEAR_MISS_MAX_RULES = 2;

/**
 * Matches ranked: services targeted at this person (more rules met) first, then those with
 * fewer things left to check, local before national, then by name. Near misses (excluded by
 * one or two rules) fewest exclusions first.
 */
export function rankSupportOptions<C extends Candidate>(candidates: C[], facts: PersonFacts) {
  const assessed = candidates.map((candidate) => ({ candidate, ...assessEligibility(candidate.rules, facts) }));
  const score = (a: (typeof assessed)[number]) => a.met.length * 2 - a.toCheck.length + (a.candidate.local ? 1 : 0);
  const byName = (a: (typeof assessed)[number], b: (typeof assessed)[number]) =>
    a.candidate.name < b.candidate.name
      ? -1
      : a.candidate.name > b.candidate.name
        ? 1
        : a.candidate.id < b.candidate.id
          ? -1
          : 1;
  const matches = assessed
    .filter((a) => a.eligible)
    .sort((a, b) => score(b) - score(a) || byName(a, b))
    .map((a, index): RankedOption<C> => ({ ...a, rank: index + 1 }));
  const nearMisses = assessed
    .filter((a) => !a.eligible && a.excludedBy.length <= NEAR_MISS_MAX_RULES)
    .sort((a, b) => a.excludedBy.length - b.excludedBy.length || byName(a, b))
    .map((a, index): RankedOption<C> => ({ ...a, rank: index + 1 }));
  return { matches, nearMisses };
}
