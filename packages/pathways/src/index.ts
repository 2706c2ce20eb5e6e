// @waymark/pathways: the pure pathway engine and the pathway definitions
// encoded from the seed documents. Re-exports only.
export * from './definition/schema';
export { checkDefinition, definePathway, PathwayDefinitionError, type CheckResult } from './definition/load';
export type { Problem, ProblemCode } from './definition/static-checks';
export * as guards from './definition/guards';
export {
  RULES,
  HARD_RULE_FACTS,
  RECONSIDERATION_MAX_DAYS,
  CAPACITY_DECISIONS,
  bestInterestsFact,
  capacityFact,
  type CapacityDecision,
} from './definition/hard-rules';
export {
  allowedTransitions,
  applyTransition,
  applyTransitionOfKind,
  startTrack,
  type ApplyOptions,
} from './engine/transitions';
export { CLOCK_STATUSES, deadlines } from './engine/clocks';
export { toMermaid } from './engine/mermaid';
export { isPublicAuthorityFirstResponder, PUBLIC_AUTHORITY_KINDS } from './engine/public-authority';
export {
  factCatalogueOf,
  factValueProblem,
  isTreatedAsChild,
  presumptionOfAge,
  validateFacts,
  validateFactsAgainst,
  type FactProblem,
} from './engine/facts';
export {
  bestInterestsRefusal,
  capacityForDecision,
  caseWideRefusal,
  nrmSubmitterRefusal,
  consentRefusal,
  dutyToNotifyAnonymised,
  NRM_REFERRAL_FACTS,
  peopleAroundRefusal,
  serviceReferralRefusal,
  type CaseRecords,
  type Interaction,
  type ConsentQuestion,
  type RuleRefusal,
} from './engine/case-rules';
export { concernRefusal, isPotentialVictim, openingFacts, optionsForConcern, type ConcernKind } from './engine/concern';
export { ageOn, deriveAgeFacts, nextAgeFactChange, type AgeAssessment, type AgeSubject } from './engine/age';
export { GENDER_FACT, GENDER_VALUES, type GenderValue } from './definition/gender';
export {
  decisionBranchOf,
  PROTECTED_FACTS,
  RECORD_TRANSITIONS,
  protectedFacts,
  recordTransitionOwner,
  type DedicatedMutation,
} from './definition/dedicated-mutations';
export { runningSteps, stepActionsOf, stuckSteps } from './definition/static-checks';
export {
  CIRCLE_RELATIONSHIPS,
  INTERPRETER_RELATIONSHIPS,
  PEOPLE_AROUND_RULES,
  type CircleRelationship,
  type InterpreterRelationship,
} from './definition/people-around';
export {
  SERVICE_REFERRAL_RULE_IDS,
  SERVICE_REFERRAL_RULES,
  type ServiceReferralRule,
} from './definition/service-referral-rules';
/** Calendar arithmetic in Europe/London (dates as the engine counts them), for the API and tests. */
export * as calendar from './engine/time';
export type * from './engine/types';
export { pathways, getPathway, latestVersions } from './pathways';
export * from './pathways';
export * from './nrm-form';
export * from './resources';
export { actionValueProblems, ACTION_TEXT_MAX, checklist, recordAction } from './engine/actions';
