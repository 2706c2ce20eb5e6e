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

/** For the API: check recorded facts against what a pathway declares (unknown names are ignored). */
export function validateFacts(definition: PathwayDefinition, facts: Facts): FactProblem[] {
  const problems: FactProblem[] = [];
  for (const fact of definition.facts) {
    const value = facts[fact.name];
    if (value === undefined || value === null) continue;
    if (!isValidFactValue(fact, value)) {
      const expected =
        fact.type === 'enum'
          ? `one of ${fact.values.join(', ')}`
          : fact.type === 'date'
            ? 'a date YYYY-MM-DD'
            : `a ${fact.type}`;
      problems.push({ fact: fact.name, message: `${fact.name} must be ${expected}, got ${JSON.stringify(value)}` });
    }
  }
  return problems;
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
