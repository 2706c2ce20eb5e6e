// @waymark/pathways: the pure pathway engine and the pathway definitions
// encoded from the seed documents. Re-exports only.
export * from './definition/schema';
export { checkDefinition, definePathway, PathwayDefinitionError, type CheckResult } from './definition/load';
export type { Problem, ProblemCode } from './definition/static-checks';
export * as guards from './definition/guards';
export { RULES, HARD_RULE_FACTS, RECONSIDERATION_MAX_DAYS } from './definition/hard-rules';
export { allowedTransitions, applyTransition, applyTransitionOfKind, startTrack } from './engine/transitions';
export { CLOCK_STATUSES, deadlines } from './engine/clocks';
export { toMermaid } from './engine/mermaid';
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
  caseWideRefusal,
  nrmSubmitterRefusal,
  consentRefusal,
  dutyToNotifyAnonymised,
  NRM_REFERRAL_FACTS,
  type CaseRecords,
  type ConsentQuestion,
  type RuleRefusal,
} from './engine/case-rules';
export { deriveAgeFacts, type AgeAssessment, type AgeSubject } from './engine/age';
export {
  decisionBranchOf,
  PROTECTED_FACTS,
  RECORD_TRANSITIONS,
  protectedFacts,
  recordTransitionOwner,
  type DedicatedMutation,
} from './definition/dedicated-mutations';
export { runningSteps, stuckSteps } from './definition/static-checks';
/** Calendar arithmetic in Europe/London (dates as the engine counts them), for the API and tests. */
export * as calendar from './engine/time';
export type * from './engine/types';
export { pathways, getPathway } from './pathways';
export * from './pathways';
export * from './nrm-form';
