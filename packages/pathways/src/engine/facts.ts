import type { FactDefinition, FactValue, Facts, PathwayDefinition } from '../definition/schema';
import { parseDate } from './time';

/** A fact counts as recorded only when its value fits its declared type. */
export function isValidFactValue(fact: FactDefinition, value: unknown): value is FactValue {
  switch (fact.type) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'date':
      return typeof value === 'string' && parseDate(value) !== undefined;
    case 'enum':
      return typeof value === 'string' && fact.values.includes(value);
  }
}

export interface FactProblem {
  fact: string;
  message: string;
}

/** Why a value does not fit a fact's declared type, in words that never quote the value; null when it fits. */
export function factValueProblem(fact: FactDefinition, value: unknown): string | null {
  if (isValidFactValue(fact, value)) return null;
  switch (fact.type) {
    case 'boolean':
      return 'must be true or false';
    case 'number':
      return 'must be a number';
    case 'date':
      return 'must be a date YYYY-MM-DD';
    case 'enum':
      return `must be one of ${fact.values.join(', ')}`;
  }
}

/** Check recorded facts against what a pathway declares (unknown names are ignored; null clears). */
export function validateFacts(definition: PathwayDefinition, facts: Facts): FactProblem[] {
  const problems: FactProblem[] = [];
  for (const fact of definition.facts) {
    const value = facts[fact.name];
    if (value === undefined || value === null) continue;
    const problem = factValueProblem(fact, value);
    if (problem) problems.push({ fact: fact.name, message: `${fact.name} ${problem}` });
  }
  return problems;
}

/**
 * Check facts against a catalogue of every fact some pathway reads (the API's one check): an
 * unknown name is a problem, a null clears a fact, a value must fit the declared type.
 */
export function validateFactsAgainst(
  catalogue: ReadonlyMap<string, FactDefinition>,
  facts: Readonly<Record<string, unknown>>,
): FactProblem[] {
  const problems: FactProblem[] = [];
  for (const [name, value] of Object.entries(facts)) {
    const fact = catalogue.get(name);
    if (!fact) {
      problems.push({ fact: name, message: 'is not a fact any pathway reads' });
      continue;
    }
    if (value === null) continue;
    const problem = factValueProblem(fact, value);
    if (problem) problems.push({ fact: name, message: problem });
  }
  return problems;
}

/** Every fact the given pathways read, by name (the same name means the same fact everywhere). */
export function factCatalogueOf(definitions: readonly PathwayDefinition[]): ReadonlyMap<string, FactDefinition> {
  const catalogue = new Map<string, FactDefinition>();
  for (const pathway of definitions)
    for (const fact of pathway.facts) if (!catalogue.has(fact.name)) catalogue.set(fact.name, fact);
  return catalogue;
}

/**
 * Presumption of age (003 7.4, DOMAIN rule 2): where age is uncertain and there
 * is reason to believe the person is a child, they are treated as a child until
 * an age assessment says otherwise. Returns undefined when the facts recorded
 * do not settle it, with the facts that would.
 */
export function presumptionOfAge(facts: Facts): { value: boolean | undefined; needs: string[] } {
  const assessed = facts.ageAssessmentOutcome;
  if (assessed === 'child' || assessed === 'adult') return { value: assessed === 'child', needs: [] };
  switch (facts.ageStatus) {
    case 'child':
      return { value: true, needs: [] };
    case 'adult':
      return { value: false, needs: [] };
    case 'uncertain': {
      const reason = facts.reasonToBelieveChild;
      return typeof reason === 'boolean'
        ? { value: reason, needs: [] }
        : { value: undefined, needs: ['reasonToBelieveChild'] };
    }
    default:
      return { value: undefined, needs: ['ageStatus'] };
  }
}

/** True when the person is treated as a child; undefined when the facts do not say yet. */
export function isTreatedAsChild(facts: Facts): boolean | undefined {
  return presumptionOfAge(facts).value;
}

/**
 * Facts an older version reads that nothing records any more, derived from what replaced them, so
 * a track that started on that version can still move (a running track never changes version).
 * Version 1 of every pathway read `capacityConsidered` ("capacity considered under the MCA Code"),
 * which capacity per decision replaced (`caseRecordCapacityAssessment` writes `nrmConsentCapacity`).
 * Where a definition declares it, the assessment for the NRM-consent decision answers it: capacity
 * found means considered; found lacking is false, so that version never counts the person's consent
 * (the best-interests route exists on the current version only). Without an assessment, a value
 * recorded before the change still counts.
 */
export function withLegacyFacts(declared: ReadonlyMap<string, FactDefinition>, facts: Facts): Facts {
  if (!declared.has('capacityConsidered')) return facts;
  const capacity = facts['nrmConsentCapacity'];
  if (capacity !== 'hasCapacity' && capacity !== 'lacksCapacity') return facts;
  return { ...facts, capacityConsidered: capacity === 'hasCapacity' };
}
