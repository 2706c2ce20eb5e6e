import { ErrorSummary, type ErrorSummaryItem } from '../../components/govuk/ErrorSummary.tsx';

export interface Problem {
  stale: boolean;
  problems: ErrorSummaryItem[];
}

/**
 * The GOV.UK error summary for a refused change. A stale edit gets its own words and a reload
 * link: retrying cannot work until the person has seen what changed.
 */
export function ChangeProblem({
  problem,
  caseId,
  headingLevel,
}: {
  problem: Problem;
  caseId: string;
  headingLevel?: 2 | 3 | 4;
}) {
  if (problem.stale)
    return (
      <ErrorSummary
        headingLevel={headingLevel}
        title="Someone else changed this case"
        description="Nothing you entered was saved. Reload the case to see what changed, then make your change again."
        errors={[{ text: 'Reload the case', href: `/cases/${encodeURIComponent(caseId)}` }]}
      />
    );
  return <ErrorSummary errors={problem.problems} headingLevel={headingLevel} />;
}
