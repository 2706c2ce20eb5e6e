/** Services whose review date has passed, most overdue first (the API's order). */
import { ServicesDueForReviewDocument, type ServicesDueForReviewQuery } from '@waymark/sdk';
import { useQuery } from 'urql';
import { ApiErrorSummary } from '../../app/ApiErrorSummary.tsx';
import { count, formatDateTime } from '../../app/format.ts';
import { Link } from '../../app/router.tsx';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { InsetText, Table } from '../../components/govuk/content.tsx';
import { BackLink } from '../../components/govuk/more.tsx';

type Row = ServicesDueForReviewQuery['servicesDueForReview']['edges'][number]['node'];

export function ServicesDueForReviewPage() {
  usePageTitle('Services due for review');
  const [{ data, error }] = useQuery({ query: ServicesDueForReviewDocument, variables: { first: 100 } });
  const due = data?.servicesDueForReview;
  return (
    <>
      <BackLink to="/services">Support services</BackLink>
      <h1 className="govuk-heading-l">Services due for review</h1>
      {error && <ApiErrorSummary error={error} />}
      {due &&
        (due.totalCount === 0 ? (
          <InsetText>No service is due for review.</InsetText>
        ) : (
          <Table<Row>
            caption={count(due.totalCount, 'service')}
            rows={due.edges.map((edge) => edge.node)}
            rowKey={(row) => row.id}
            columns={[
              {
                header: 'Service',
                cell: (row) => (
                  <Link className="govuk-link" to={`/services/${encodeURIComponent(row.id)}`}>
                    {row.name}
                  </Link>
                ),
              },
              { header: 'Organisation', cell: (row) => row.organisation.name },
              {
                header: 'Review was due',
                cell: (row) => (row.reviewDueAt ? formatDateTime(row.reviewDueAt) : 'No date'),
              },
              {
                header: 'Last reviewed',
                cell: (row) => (row.lastReviewedAt ? formatDateTime(row.lastReviewedAt) : 'Never'),
              },
            ]}
          />
        ))}
    </>
  );
}
