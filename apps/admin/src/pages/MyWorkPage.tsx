/**
 * My work: the open cases assigned to me (or opened by me and not yet assigned) that have a
 * running clock, overdue first, then the soonest due (the API's order).
 */
import { MyWorkDocument, type MyWorkQuery } from '@waymark/sdk';
import { useQuery } from 'urql';
import { ApiErrorSummary } from '../app/ApiErrorSummary.tsx';
import { concernKindLabels, count } from '../app/format.ts';
import { Link } from '../app/router.tsx';
import { usePageTitle } from '../app/usePageTitle.ts';
import { InsetText, Table } from '../components/govuk/content.tsx';
import { CaseDeadline } from './CaseDeadline.tsx';

type WorkRow = MyWorkQuery['myWork'][number];

export function MyWorkPage() {
  usePageTitle('My work');
  const [{ data, fetching, error }] = useQuery({ query: MyWorkDocument, variables: { first: 100 } });
  const now = new Date();
  const items = data?.myWork;
  const overdue = items?.filter((item) => item.nextDeadline.status === 'overdue').length ?? 0;
  return (
    <>
      <h1 className="govuk-heading-l">My work</h1>
      <div className="govuk-button-group">
        <Link className="govuk-button" to="/cases/new" draggable={false}>
          Record a concern
        </Link>
      </div>
      {error && <ApiErrorSummary error={error} />}
      {fetching && !items && (
        <p className="govuk-body" role="status">
          Loading your work…
        </p>
      )}
      {items &&
        (items.length === 0 ? (
          <InsetText>Nothing is waiting for you: none of your open cases has a clock running.</InsetText>
        ) : (
          <Table<WorkRow>
            caption={`${count(items.length, 'case')} with a clock running${overdue ? `, ${overdue} overdue` : ''}`}
            rows={items}
            rowKey={(row) => row.case.id}
            columns={[
              {
                header: 'Case',
                cell: (row) => (
                  <Link className="govuk-link" to={`/cases/${encodeURIComponent(row.case.id)}`}>
                    {row.case.reference}
                  </Link>
                ),
              },
              { header: 'Concern', cell: (row) => concernKindLabels[row.case.concernKind] },
              { header: 'Area', cell: (row) => row.case.area.name },
              { header: 'Next deadline', cell: (row) => <CaseDeadline deadline={row.nextDeadline} now={now} /> },
            ]}
          />
        ))}
    </>
  );
}
