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
  rule?: string;
  section?: string;
  mutation?: string | null;
}

/**
 * The case page's form for each mutation a RuleViolationError can point to, so the summary
 * links to the form to use instead of naming an API field.
 */
export const formsByMutation: Record<string, { id: string; title: string }> = {
  caseRecordFacts: { id: 'facts', title: 'Record facts' },
  caseRecordConsent: { id: 'consent', title: 'Record consent' },
  caseRecordDecision: { id: 'decision', title: 'Record a decision' },
  caseScheduleMeeting: { id: 'meeting', title: 'Schedule a meeting' },
  caseRecordMeetingOutcome: { id: 'meeting-outcome', title: 'Record a meeting’s outcome' },
  caseReferToService: { id: 'referral', title: 'Refer to a support service' },
  caseAddNote: { id: 'note', title: 'Add a note' },
  caseClose: { id: 'close', title: 'Close the case' },
};

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
    case 'RuleViolationError': {
      // The rule and the protocol section it comes from, so a lead can look it up.
      const problems: ErrorSummaryItem[] = [
        { text: `${failure.message} (rule ${failure.rule}, protocol section ${failure.section})` },
      ];
      const instead = failure.mutation ? formsByMutation[failure.mutation] : undefined;
      if (instead) problems.push({ text: `Use “${instead.title}” instead`, href: `#${instead.id}` });
      else if (failure.mutation) problems.push({ text: `Use ${failure.mutation} instead` });
      return { ok: false, stale: false, problems };
    }
    default:
      return { ok: false, stale: false, problems: [{ text: failure.message }] };
  }
}
