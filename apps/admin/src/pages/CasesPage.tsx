/**
 * Every case the viewer may see, with the API's `cases` filters (search, status, overdue,
 * assigned to me, area, age group, pathway) kept in the URL so a list can be linked to, and
 * each row linking to its case. Overdue-first ordering is My work's; this list is newest first.
 */
import {
  AreasDocument,
  CaseWorklistDocument,
  PathwaysDocument,
  ViewerDocument,
  type CaseAgeGroup,
  type CaseStatus,
  type CaseWorklistQuery,
} from '@waymark/sdk';
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { ApiErrorSummary } from '../app/ApiErrorSummary.tsx';
import { caseStatusTags, concernKindLabels, count } from '../app/format.ts';
import { useCursorPaging } from '../app/paging.ts';
import { Link, navigate, useLocation } from '../app/router.tsx';
import { hasRole, useViewer } from '../app/viewer.ts';
import { usePageTitle } from '../app/usePageTitle.ts';
import { InsetText, Pagination, Table, Tag } from '../components/govuk/content.tsx';
import { Button, Checkboxes, Select, TextInput } from '../components/govuk/forms.tsx';
import { CaseDeadline } from './CaseDeadline.tsx';

export const CASES_PAGE_SIZE = 25;

type CaseRow = CaseWorklistQuery['cases']['edges'][number]['node'];
const FILTERS = ['search', 'status', 'overdue', 'mine', 'area', 'ageGroup', 'pathway'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

export function CasesPage() {
  usePageTitle('Cases');
  const { pathname, search } = useLocation();
  const applied = Object.fromEntries(FILTERS.map((name) => [name, search.get(name) ?? ''])) as Filters;
  const paging = useCursorPaging(CASES_PAGE_SIZE);
  const [{ data: viewerData }] = useQuery({ query: ViewerDocument });
  const [{ data: areasData }] = useQuery({ query: AreasDocument });
  const [{ data: pathwaysData }] = useQuery({ query: PathwaysDocument });
  const me = viewerData?.viewer?.person.id;
  const [{ data, fetching, error }] = useQuery({
    query: CaseWorklistDocument,
    pause: applied.mine === 'yes' && !me,
    variables: {
      first: CASES_PAGE_SIZE,
      after: paging.after,
      filter: {
        search: applied.search || null,
        status: (applied.status || null) as CaseStatus | null,
        overdue: applied.overdue === 'yes' ? true : null,
        assignedToId: applied.mine === 'yes' ? me : null,
        areaCode: applied.area || null,
        ageGroup: (applied.ageGroup || null) as CaseAgeGroup | null,
        pathwayId: applied.pathway || null,
      },
    },
  });
  const cases = data?.cases;
  const [form, setForm] = useState(applied);
  const key = FILTERS.map((name) => applied[name]).join('|');
  useEffect(() => setForm(applied), [key]);
  const now = new Date();
  const recorder = hasRole(useViewer(), ['LEAD', 'CASEWORKER', 'PARTNER_WORKER']);
  const pathwayIds = [...new Set((pathwaysData?.pathways ?? []).map((pathway) => pathway.id))];

  return (
    <>
      <h1 className="govuk-heading-l">Cases</h1>
      {/* Area oversight reads the area's cases and never records or changes one (001 step 3). */}
      {recorder && (
        <div className="govuk-button-group">
          <Link className="govuk-button" to="/cases/new" draggable={false}>
            Record a concern
          </Link>
        </div>
      )}
      {error && <ApiErrorSummary error={error} />}
      <form
        method="get"
        action={pathname}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const params = new URLSearchParams(Object.entries(form).filter(([, value]) => value));
          navigate(params.size ? `${pathname}?${params}` : pathname);
        }}
      >
        <TextInput
          id="cases-search"
          name="search"
          label="Search"
          hint="Reference, or a name if you may see names"
          className="govuk-!-width-two-thirds"
          value={form.search}
          onChange={(value) => setForm({ ...form, search: value })}
        />
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <Select
              id="cases-status"
              name="status"
              label="Status"
              value={form.status}
              onChange={(status) => setForm({ ...form, status })}
              options={[
                { value: '', text: 'Open and closed' },
                { value: 'OPEN', text: 'Open' },
                { value: 'CLOSED', text: 'Closed' },
              ]}
            />
          </div>
          <div className="govuk-grid-column-one-third">
            <Select
              id="cases-area"
              name="area"
              label="Area"
              value={form.area}
              onChange={(area) => setForm({ ...form, area })}
              options={[
                { value: '', text: 'All areas' },
                ...(areasData?.areas ?? []).map((area) => ({ value: area.code, text: area.name })),
              ]}
            />
          </div>
          <div className="govuk-grid-column-one-third">
            <Select
              id="cases-ageGroup"
              name="ageGroup"
              label="Age group"
              value={form.ageGroup}
              onChange={(ageGroup) => setForm({ ...form, ageGroup })}
              options={[
                { value: '', text: 'Any age' },
                { value: 'ADULT', text: 'Adult' },
                { value: 'CHILD', text: 'Child (or presumed a child)' },
                { value: 'UNKNOWN', text: 'Not known' },
              ]}
            />
          </div>
        </div>
        <Select
          id="cases-pathway"
          name="pathway"
          label="Pathway"
          value={form.pathway}
          onChange={(pathway) => setForm({ ...form, pathway })}
          options={[
            { value: '', text: 'Any pathway' },
            ...pathwayIds.map((id) => ({
              value: id,
              text: pathwaysData!.pathways.find((pathway) => pathway.id === id)!.title,
            })),
          ]}
        />
        <Checkboxes
          name="show"
          legend="Show only"
          small
          items={[
            {
              id: 'cases-overdue',
              value: 'overdue',
              label: 'Cases with an overdue deadline',
              checked: form.overdue === 'yes',
              onChange: (checked) => setForm({ ...form, overdue: checked ? 'yes' : '' }),
            },
            {
              id: 'cases-mine',
              value: 'mine',
              label: 'Cases assigned to me',
              checked: form.mine === 'yes',
              onChange: (checked) => setForm({ ...form, mine: checked ? 'yes' : '' }),
            },
          ]}
        />
        <Button variant="secondary">Apply filters</Button>
      </form>
      {fetching && !cases && (
        <p className="govuk-body" role="status">
          Loading cases…
        </p>
      )}
      {cases && !error && (
        <>
          {cases.totalCount === 0 ? (
            <InsetText>
              {key.replace(/\|/g, '')
                ? 'No cases match these filters.'
                : 'There are no cases for you to see yet. A case appears here when someone in your organisation records a concern.'}
            </InsetText>
          ) : (
            <Table<CaseRow>
              caption={caption(cases.totalCount, cases.edges.length, paging.offset)}
              rows={cases.edges.map((edge) => edge.node)}
              rowKey={(row) => row.id}
              columns={[
                {
                  header: 'Reference',
                  cell: (row) => (
                    <Link className="govuk-link" to={`/cases/${encodeURIComponent(row.id)}`}>
                      {row.reference}
                    </Link>
                  ),
                },
                { header: 'Concern', cell: (row) => concernKindLabels[row.concernKind] },
                {
                  header: 'Status',
                  cell: (row) => (
                    <Tag colour={caseStatusTags[row.status].colour}>{caseStatusTags[row.status].text}</Tag>
                  ),
                },
                { header: 'Area', cell: (row) => row.area.name },
                { header: 'Step', cell: (row) => row.tracks.map((track) => track.step.title).join('; ') || 'None' },
                { header: 'Assigned to', cell: (row) => row.assignedTo?.displayName ?? 'Not assigned' },
                { header: 'Next deadline', cell: (row) => <CaseDeadline deadline={row.nextDeadline} now={now} /> },
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
