/**
 * Facts recorded on a case: checked against the catalogue of facts the pathways read (name and
 * type), merged, and derived from the subject where the subject settles them (age).
 */
import type { Facts, FactValue } from '@waymark/pathways';
import type { FieldError } from '../../errors.ts';
import { factCatalogue } from '../pathways/engine-adapter.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function fitsType(name: string, value: unknown): string | null {
  const fact = factCatalogue.get(name);
  if (!fact) return 'is not a fact any pathway reads';
  switch (fact.type) {
    case 'boolean':
      return typeof value === 'boolean' ? null : 'must be true or false';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'must be a number';
    case 'date':
      return typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))
        ? null
        : 'must be a date YYYY-MM-DD';
    case 'enum':
      return typeof value === 'string' && fact.values.includes(value)
        ? null
        : `must be one of ${fact.values.join(', ')}`;
  }
}

/** Problems with the given facts (null clears a fact), as field errors under `path`. */
export function checkFacts(input: Record<string, unknown>, path: string[] = ['facts']): FieldError[] {
  const problems: FieldError[] = [];
  for (const [name, value] of Object.entries(input)) {
    if (value === null) {
      if (!factCatalogue.has(name))
        problems.push({ path: [...path, name], message: 'is not a fact any pathway reads' });
      continue;
    }
    const problem = fitsType(name, value);
    if (problem) problems.push({ path: [...path, name], message: problem });
  }
  return problems;
}

/** The case's facts with `changes` applied (null removes a fact). */
export function mergeFacts(current: Facts, changes: Record<string, unknown>): Record<string, FactValue> {
  const merged: Record<string, FactValue> = {};
  for (const [name, value] of Object.entries(current)) if (value !== null && value !== undefined) merged[name] = value;
  for (const [name, value] of Object.entries(changes)) {
    if (value === null || value === undefined) delete merged[name];
    else merged[name] = value as FactValue;
  }
  return merged;
}

/** Names whose value differs between two fact sets. */
export function changedFacts(before: Facts, after: Facts): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => before[name] !== after[name]).sort();
}

/** Whole years between a date of birth and `today` (UTC dates). */
export function ageOn(dateOfBirth: Date, today: Date): number {
  let age = today.getUTCFullYear() - dateOfBirth.getUTCFullYear();
  const beforeBirthday =
    today.getUTCMonth() < dateOfBirth.getUTCMonth() ||
    (today.getUTCMonth() === dateOfBirth.getUTCMonth() && today.getUTCDate() < dateOfBirth.getUTCDate());
  if (beforeBirthday) age -= 1;
  return age;
}

/**
 * The age facts the subject settles at opening. Presumption of age (003 7.4): an uncertain age
 * with an estimate under 18 is reason to believe the person is a child, so they are treated as
 * one until an age assessment says otherwise.
 */
export function ageFactsFromSubject(
  subject:
    { dateOfBirth?: Date | null; estimatedAge?: number | null; ageUncertain?: boolean | null } | null | undefined,
  today: Date,
): Record<string, FactValue> {
  if (!subject) return {};
  const age = subject.dateOfBirth ? ageOn(subject.dateOfBirth, today) : (subject.estimatedAge ?? null);
  if (subject.ageUncertain) {
    return age === null ? { ageStatus: 'uncertain' } : { ageStatus: 'uncertain', reasonToBelieveChild: age < 18 };
  }
  if (age === null) return {};
  return { ageStatus: age < 18 ? 'child' : 'adult' };
}
