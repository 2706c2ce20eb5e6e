/**
 * Facts recorded on a case: checked against the catalogue of facts the pathways read (name and
 * type), merged, and derived from the subject where the subject settles them (age).
 */
import { deriveAgeFacts, protectedFacts, validateFactsAgainst, type Facts, type FactValue } from '@waymark/pathways';
import type { FieldError } from '../../errors.ts';
import { factCatalogue } from '../pathways/engine-adapter.ts';
import { RuleViolationError } from './case-errors.ts';

/** Problems with the given facts (null clears a fact), as field errors under `path`: the engine's one check. */
export function checkFacts(input: Record<string, unknown>, path: string[] = ['facts']): FieldError[] {
  return validateFactsAgainst(factCatalogue, input).map((p) => ({ path: [...path, p.fact], message: p.message }));
}

/**
 * Refuses facts that only their own mutation may write (consent, capacity, the age assessment,
 * the meeting's decisions, in-NRM, DtN anonymised, decision outcomes): that mutation runs checks
 * and writes records a plain fact would skip. Nothing is written.
 */
export function refuseProtectedFacts(names: Iterable<string>): void {
  const owned = protectedFacts(names).sort((a, b) => a.fact.localeCompare(b.fact));
  if (owned.length === 0) return;
  const first = owned[0]!;
  // `mutation` names the one for the first fact; the message says which mutation writes each.
  throw new RuleViolationError(
    `Recorded only by their own mutation: ${owned.map((o) => `${o.fact} with ${o.mutation}`).join('; ')}.`,
    first.rule,
    first.section,
    { mutation: first.mutation, facts: owned.map((o) => o.fact) },
  );
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

/**
 * The age facts the subject settles, stored at opening and whenever the subject is corrected. Presumption of age (003 7.4): an uncertain age
 * with an estimate under 18 is reason to believe the person is a child, so they are treated as
 * one until an age assessment says otherwise.
 */
export function ageFactsFromSubject(
  subject:
    | {
        dateOfBirth?: Date | null;
        estimatedAge?: number | null;
        ageUncertain?: boolean | null;
        claimedAge?: number | null;
        reasonToBelieveChild?: boolean | null;
      }
    | null
    | undefined,
  today: Date,
): Record<string, FactValue> {
  if (!subject) return {};
  const { ageStatus, reasonToBelieveChild } = deriveAgeFacts(
    {
      dateOfBirth: subject.dateOfBirth ? subject.dateOfBirth.toISOString().slice(0, 10) : null,
      estimatedAge: subject.estimatedAge,
      ageUncertain: subject.ageUncertain,
      claimedAge: subject.claimedAge,
      reasonToBelieveChild: subject.reasonToBelieveChild,
    },
    today,
  );
  return {
    ...(ageStatus !== undefined ? { ageStatus } : {}),
    ...(reasonToBelieveChild !== undefined ? { reasonToBelieveChild } : {}),
  };
}
