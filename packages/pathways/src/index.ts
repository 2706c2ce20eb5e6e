// @waymark/pathways: the pure pathway engine and the pathway definitions
// encoded from the seed documents. Re-exports only.
export * from './definition/schema';
export { checkDefinition, definePathway, PathwayDefinitionError, type CheckResult } from './definition/load';
export type { Problem, ProblemCode } from './definition/static-checks';
export * as guards from './definition/guards';
export { RULES, HARD_RULE_FACTS, RECONSIDERATION_MAX_DAYS } from './definition/hard-rules';
export { allowedTransitions, applyTransition, startTrack } from './engine/transitions';
export { CLOCK_STATUSES, deadlines } from './engine/clocks';
export { toMermaid } from './engine/mermaid';
export { isTreatedAsChild, presumptionOfAge, validateFacts, type FactProblem } from './engine/facts';
export type * from './engine/types';
export { pathways, getPathway } from './pathways';
export * from './pathways';
