/**
 * Areas (platform admins): how each local authority's pathway works across organisations, at a
 * glance: where a hand-over goes by default (the SPoC organisation, 000 step 3), how long the
 * receiver has to answer, whether the area's oversight staff see who the person is, and who
 * oversees it (001 step 3, 002 section 5). Each area links to its settings.
 */
import { AreaSettingsListDocument, type AreaSettingsFragment } from '@waymark/sdk';
import { useQuery } from 'urql';
import { ApiErrorSummary } from '../../app/ApiErrorSummary.tsx';
import { Link } from '../../app/router.tsx';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { Table } from '../../components/govuk/content.tsx';
import { answerHours, overseersText } from './area-words.ts';

export function AreasPage() {
  usePageTitle('Areas');
  const [{ data, error }] = useQuery({ query: AreaSettingsListDocument });
  return (
    <>
      <h1 className="govuk-heading-l">Areas</h1>
      <p className="govuk-body">
        Where each area’s hand-overs go, how long the receiving organisation has to answer, and who oversees the area’s
        cases.
      </p>
      {error && <ApiErrorSummary error={error} />}
      {data && (
        <Table<AreaSettingsFragment>
          caption="Area settings"
          rows={data.areas}
          rowKey={(area) => area.id}
          columns={[
            { header: 'Area', cell: (area) => area.name },
            { header: 'Hand-overs go to', cell: (area) => area.spocOrganisation?.name ?? 'No SPoC organisation' },
            { header: 'Answer within', cell: (area) => answerHours(area.handOverAnswerHours) },
            { header: 'Oversight sees identity', cell: (area) => (area.oversightSeesIdentity ? 'Yes' : 'No') },
            { header: 'Overseen by', cell: (area) => overseersText(area.overseers) },
            {
              header: <span className="govuk-visually-hidden">Change</span>,
              cell: (area) => (
                <Link className="govuk-link" to={`/areas/${encodeURIComponent(area.id)}`}>
                  Change<span className="govuk-visually-hidden"> settings for {area.name}</span>
                </Link>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
