/**
 * Runs one case mutation and reports what happened: success (the page reloads the case and
 * says what was saved) or the problem to show. Each form owns one of these.
 */
import { useState } from 'react';
import { useMutation, type AnyVariables, type TypedDocumentNode } from 'urql';
import { outcomeOf } from './changeProblems.tsx';
import type { Problem } from './ChangeProblem.tsx';

export function useCaseChange<Data extends object, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  formId: string,
  onSaved: (what: string) => void,
  factLabels?: Record<string, string>,
) {
  const [{ fetching }, mutate] = useMutation(document);
  const [problem, setProblem] = useState<Problem | null>(null);

  async function run(variables: Variables, saved: string): Promise<boolean> {
    setProblem(null);
    const result = await mutate(variables);
    const field = result.data ? (Object.values(result.data)[0] as { __typename: string } | null) : null;
    const outcome = outcomeOf(field, result.error, formId, factLabels);
    if (outcome.ok) {
      onSaved(saved);
      return true;
    }
    setProblem({ stale: outcome.stale, problems: outcome.problems });
    return false;
  }

  return { run, problem, setProblem, fetching };
}
