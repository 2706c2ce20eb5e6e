/** Every pathway version Waymark follows, by area, each linking to its diagram and rules. */
import { PathwaysDocument, type PathwaysQuery } from '@waymark/sdk';
import { useQuery } from 'urql';
import { ApiErrorSummary } from '../../app/ApiErrorSummary.tsx';
import { count } from '../../app/format.ts';
import { Link } from '../../app/router.tsx';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { Table } from '../../components/govuk/content.tsx';

type Row = PathwaysQuery['pathways'][number];

export function PathwaysPage() {
  usePageTitle('Pathways');
  const [{ data, error }] = useQuery({ query: PathwaysDocument });
  return (
    <>
      <h1 className="govuk-heading-l">Pathways</h1>
      <p className="govuk-body">The referral pathways each partnership has agreed, as Waymark enforces them.</p>
      {error && <ApiErrorSummary error={error} />}
      {data && (
        <Table<Row>
          caption={count(data.pathways.length, 'pathway version')}
          rows={data.pathways}
          rowKey={(row) => `${row.id}@${row.version}`}
          columns={[
            {
              header: 'Pathway',
              cell: (row) => (
                <Link className="govuk-link" to={`/pathways/${encodeURIComponent(row.id)}/${row.version}`}>
                  {row.title}
                </Link>
              ),
            },
            { header: 'Version', cell: (row) => String(row.version), numeric: true },
            { header: 'Area', cell: (row) => row.area },
            { header: 'Source', cell: (row) => `${row.source.file}, ${row.source.section}` },
          ]}
        />
      )}
    </>
  );
}
