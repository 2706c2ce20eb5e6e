import { CasesDocument, type CasesQuery } from '@waymark/sdk';
import { useQuery } from 'urql';
import { InsetText, Pagination, Table, Tag } from '../components/govuk/content.tsx';
import { ApiErrorSummary } from '../app/ApiErrorSummary.tsx';
import { caseStatusTags, concernKindLabels, count, formatDateTime } from '../app/format.ts';
import { useCursorPaging } from '../app/paging.ts';
import { usePageTitle } from '../app/usePageTitle.ts';

export const CASES_PAGE_SIZE = 25;

type CaseRow = CasesQuery['cases']['edges'][number]['node'];

export function CasesPage() {
  usePageTitle('Cases');
  const paging = useCursorPaging(CASES_PAGE_SIZE);
  const [{ data, fetching, error }] = useQuery({
    query: CasesDocument,
    variables: { first: CASES_PAGE_SIZE, after: paging.after },
  });
  const cases = data?.cases;

  return (
    <>
      <h1 className="govuk-heading-l">Cases</h1>
      {error && <ApiErrorSummary error={error} />}
      {fetching && !cases && (
        <p className="govuk-body" role="status">
          Loading cases…
        </p>
      )}
      {cases && !error && (
        <>
          <p className="govuk-body">Cases your organisation can see, newest first.</p>
          {cases.totalCount === 0 ? (
            <InsetText>
              There are no cases for you to see yet. A case appears here when someone in your organisation records a
              concern.
            </InsetText>
          ) : (
            <Table<CaseRow>
              caption={caption(cases.totalCount, cases.edges.length, paging.offset)}
              rows={cases.edges.map((edge) => edge.node)}
              rowKey={(row) => row.id}
              columns={[
                { header: 'Reference', cell: (row) => row.reference },
                { header: 'Concern', cell: (row) => concernKindLabels[row.concernKind] },
                {
                  header: 'Status',
                  cell: (row) => (
                    <Tag colour={caseStatusTags[row.status].colour}>{caseStatusTags[row.status].text}</Tag>
                  ),
                },
                { header: 'Area', cell: (row) => row.area.name },
                {
                  header: 'Opened',
                  cell: (row) => <time dateTime={row.openedAt}>{formatDateTime(row.openedAt)}</time>,
                },
              ]}
            />
          )}
          <Pagination label="Cases pages" previous={paging.previous} next={paging.next(cases.pageInfo)} />
        </>
      )}
    </>
  );
}

function caption(total: number, shown: number, offset: number | null): string {
  if (offset === null || total <= shown) return count(total, 'case');
  return `Cases ${offset + 1} to ${offset + shown} of ${total.toLocaleString('en-GB')}`;
}
