import { OrganisationsDocument, type OrganisationsQuery } from '@waymark/sdk';
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { InsetText, Pagination, Table } from '../components/govuk/content.tsx';
import { Button, Checkboxes } from '../components/govuk/forms.tsx';
import { ApiErrorSummary } from '../app/ApiErrorSummary.tsx';
import { count, organisationKindLabels } from '../app/format.ts';
import { useCursorPaging } from '../app/paging.ts';
import { navigate, useLocation } from '../app/router.tsx';
import { usePageTitle } from '../app/usePageTitle.ts';

export const ORGANISATIONS_PAGE_SIZE = 25;
const FIRST_RESPONDERS_PARAM = 'firstResponders';

type OrganisationRow = OrganisationsQuery['organisations']['edges'][number]['node'];

export function OrganisationsPage() {
  usePageTitle('Organisations');
  const { pathname, search } = useLocation();
  const firstRespondersOnly = search.get(FIRST_RESPONDERS_PARAM) === 'yes';
  const paging = useCursorPaging(ORGANISATIONS_PAGE_SIZE);
  const [{ data, fetching, error }] = useQuery({
    query: OrganisationsDocument,
    variables: {
      first: ORGANISATIONS_PAGE_SIZE,
      after: paging.after,
      filter: firstRespondersOnly ? { firstResponder: true } : null,
    },
  });
  const organisations = data?.organisations;

  // The box follows the URL (back/forward), and applies only when the form is submitted.
  const [checked, setChecked] = useState(firstRespondersOnly);
  useEffect(() => setChecked(firstRespondersOnly), [firstRespondersOnly]);

  return (
    <>
      <h1 className="govuk-heading-l">Organisations</h1>
      {error && <ApiErrorSummary error={error} />}
      <form
        method="get"
        action={pathname}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          // A new filter starts again at the first page.
          navigate(checked ? `${pathname}?${FIRST_RESPONDERS_PARAM}=yes` : pathname);
        }}
      >
        <Checkboxes
          name={FIRST_RESPONDERS_PARAM}
          legend="Filter organisations"
          small
          items={[
            {
              id: 'organisations-first-responders',
              value: 'yes',
              label: 'First Responders only',
              hint: 'Only staff of First Responder organisations may make NRM referrals and Duty to Notify reports.',
              checked,
              onChange: setChecked,
            },
          ]}
        />
        <Button variant="secondary">Apply filter</Button>
      </form>
      {fetching && !organisations && (
        <p className="govuk-body" role="status">
          Loading organisations…
        </p>
      )}
      {organisations && !error && (
        <>
          {organisations.totalCount === 0 ? (
            <InsetText>No organisations match this filter.</InsetText>
          ) : (
            <Table<OrganisationRow>
              caption={caption(
                organisations.totalCount,
                organisations.edges.length,
                paging.offset,
                firstRespondersOnly,
              )}
              rows={organisations.edges.map((edge) => edge.node)}
              rowKey={(row) => row.id}
              columns={[
                { header: 'Name', cell: (row) => row.name },
                { header: 'Kind', cell: (row) => organisationKindLabels[row.kind] },
                {
                  header: 'First Responder',
                  cell: (row) => (
                    <>
                      {row.isFirstResponder ? 'Yes' : 'No'}
                      {row.firstResponderNote && (
                        <div className="govuk-hint govuk-!-font-size-16 govuk-!-margin-top-1 govuk-!-margin-bottom-0">
                          {row.firstResponderNote}
                        </div>
                      )}
                    </>
                  ),
                },
                {
                  header: 'Areas',
                  cell: (row) => (row.areas.length ? row.areas.map((area) => area.name).join(', ') : 'National'),
                },
              ]}
            />
          )}
          <Pagination
            label="Organisations pages"
            previous={paging.previous}
            next={paging.next(organisations.pageInfo)}
          />
        </>
      )}
    </>
  );
}

function caption(total: number, shown: number, offset: number | null, firstRespondersOnly: boolean): string {
  const noun = firstRespondersOnly ? 'First Responder organisation' : 'organisation';
  if (offset === null || total <= shown) return count(total, noun);
  return `${firstRespondersOnly ? 'First Responder organisations' : 'Organisations'} ${offset + 1} to ${offset + shown} of ${total.toLocaleString('en-GB')}`;
}
