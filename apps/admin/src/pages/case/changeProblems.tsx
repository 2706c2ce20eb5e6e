/**
 * What a refused case change means to the person who asked for it. Every case mutation answers
 * its payload or a typed error (the SDK's ChangeFailure / MoveFailure fragments); this turns the
 * error into error-summary items that link to the field at fault, and tells a stale edit apart
 * so the page can offer a reload instead of a retry.
 */
import type { CombinedError } from 'urql';
import { describeApiError } from '../../app/ApiErrorSummary.tsx';
import type { ErrorSummaryItem } from '../../components/govuk/ErrorSummary.tsx';

/** The fields of the SDK's MoveFailure fragment that the admin reads; ChangeFailure is a subset. */
export interface CaseFailure {
  __typename: string;
  message: string;
  fieldErrors?: Array<{ field?: string | null; message: string }>;
  currentVersion?: number;
  facts?: string[];
  guards?: Array<{ rule: string; facts: string[] }>;
  allowedTransitions?: string[];
  dueAt?: string;
}

export type ChangeOutcome = { ok: true } | { ok: false; stale: boolean; problems: ErrorSummaryItem[] };

export function outcomeOf(
  result: { __typename: string } | null | undefined,
  error: CombinedError | undefined,
  formId: string,
  factLabels: Record<string, string> = {},
): ChangeOutcome {
  if (error || !result)
    return {
      ok: false,
      stale: false,
      problems: [error ? describeApiError(error) : { text: 'Something went wrong. Try again.' }],
    };
  if (!('message' in result)) return { ok: true };
  const failure = result as CaseFailure;
  const label = (fact: string) => factLabels[fact] ?? fact;
  switch (failure.__typename) {
    case 'StaleCaseError':
      return { ok: false, stale: true, problems: [{ text: failure.message }] };
    case 'ValidationError':
      return {
        ok: false,
        stale: false,
        problems: (failure.fieldErrors ?? []).map((fieldError) => ({
          text: fieldError.message,
          href: fieldError.field ? `#${formId}-${fieldError.field}` : undefined,
        })),
      };
    case 'MissingFactsError':
      return {
        ok: false,
        stale: false,
        problems: [{ text: `${failure.message} Record first: ${(failure.facts ?? []).map(label).join(', ')}.` }],
      };
    case 'GuardFailedError':
      return {
        ok: false,
        stale: false,
        problems: [
          { text: failure.message },
          ...(failure.guards ?? []).map((guard) => ({
            text: `${guard.rule}${guard.facts.length ? ` (${guard.facts.map(label).join(', ')})` : ''}`,
          })),
        ],
      };
    default:
      return { ok: false, stale: false, problems: [{ text: failure.message }] };
  }
}
