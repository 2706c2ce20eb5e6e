/**
 * The support-service directory: search by text, area and category, with the referral route and
 * whether the service is restricted. Filters live in the URL so a search can be linked to.
 */
import { AreasDocument, ServicesDocument, type ServiceCategory, type ServicesQuery } from '@waymark/sdk';
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { ApiErrorSummary } from '../app/ApiErrorSummary.tsx';
import { count } from '../app/format.ts';
import { useCursorPaging } from '../app/paging.ts';
import { Link, navigate, useLocation } from '../app/router.tsx';
import { usePageTitle } from '../app/usePageTitle.ts';
import { DIRECTORY_EDITORS, hasRole, useViewer } from '../app/viewer.ts';
import { InsetText, Pagination, Table, Tag } from '../components/govuk/content.tsx';
import { Button, Select } from '../components/govuk/forms.tsx';
import { categoryLabels, routeLabels } from './directory/labels.ts';

export const SERVICES_PAGE_SIZE = 25;

type ServiceRow = ServicesQuery['services']['edges'][number]['node'];

export function ServicesPage() {
  usePageTitle('Support services');
  const viewer = useViewer();
  const { pathname, search } = useLocation();
  const applied = {
    search: search.get('search') ?? '',
    area: search.get('area') ?? '',
    category: search.get('category') ?? '',
  };
  const paging = useCursorPaging(SERVICES_PAGE_SIZE);
  const [{ data: areasData }] = useQuery({ query: AreasDocument });
  const [{ data, fetching, error }] = useQuery({
    query: ServicesDocument,
    variables: {
      first: SERVICES_PAGE_SIZE,
      after: paging.after,
      filter: {
        search: applied.search || null,
        areaCode: applied.area || null,
        category: (applied.category || null) as ServiceCategory | null,
      },
    },
  });
  const services = data?.services;

  // The form follows the URL (back/forward) and applies only when submitted.
  const [form, setForm] = useState(applied);
  useEffect(() => setForm(applied), [applied.search, applied.area, applied.category]);

  return (
    <>
      <h1 className="govuk-heading-l">Support services</h1>
      <div className="govuk-button-group">
        {hasRole(viewer, DIRECTORY_EDITORS) && (
          <Link className="govuk-button" to="/services/new" draggable={false}>
            Add a service
          </Link>
        )}
        <Link className="govuk-link" to="/services/due-for-review">
          Services due for review
        </Link>
      </div>
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
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="services-search">
            Search
          </label>
          <div id="services-search-hint" className="govuk-hint">
            Name, description or organisation
          </div>
          <input
            className="govuk-input govuk-!-width-two-thirds"
            id="services-search"
            name="search"
            type="search"
            aria-describedby="services-search-hint"
            value={form.search}
            onChange={(event) => setForm({ ...form, search: event.target.value })}
          />
        </div>
        <Select
          id="services-area"
          name="area"
          label="Area"
          hint="Services in this area and national ones"
          value={form.area}
          onChange={(area) => setForm({ ...form, area })}
          options={[
            { value: '', text: 'All areas' },
            ...(areasData?.areas ?? []).map((area) => ({ value: area.code, text: area.name })),
          ]}
        />
        <Select
          id="services-category"
          name="category"
          label="Category"
          value={form.category}
          onChange={(category) => setForm({ ...form, category })}
          options={[
            { value: '', text: 'All categories' },
            ...Object.entries(categoryLabels).map(([value, text]) => ({ value, text })),
          ]}
        />
        <Button variant="secondary">Search</Button>
      </form>
      {fetching && !services && (
        <p className="govuk-body" role="status">
          Loading services…
        </p>
      )}
      {services && !error && (
        <>
          {services.totalCount === 0 ? (
            <InsetText>No services match this search.</InsetText>
          ) : (
            <Table<ServiceRow>
              caption={count(services.totalCount, 'service')}
              rows={services.edges.map((edge) => edge.node)}
              rowKey={(row) => row.id}
              columns={[
                {
                  header: 'Service',
                  cell: (row) => (
                    <>
                      <Link className="govuk-link" to={`/services/${encodeURIComponent(row.id)}`}>
                        {row.name}
                      </Link>
                      {!row.eligibility && (
                        <div className="govuk-!-margin-top-1">
                          <Tag colour="grey">Eligibility not stated</Tag>
                        </div>
                      )}
                      {row.restricted && (
                        <div className="govuk-!-margin-top-1">
                          <Tag colour="orange">Restricted</Tag>
                        </div>
                      )}
                    </>
                  ),
                },
                { header: 'Organisation', cell: (row) => row.organisation.name },
                {
                  header: 'Areas',
                  cell: (row) => (row.areas.length ? row.areas.map((area) => area.name).join(', ') : 'National'),
                },
                { header: 'Categories', cell: (row) => row.categories.map((c) => categoryLabels[c]).join(', ') },
                { header: 'How to refer', cell: (row) => routeLabels[row.referralRoute] },
              ]}
            />
          )}
          <Pagination label="Services pages" previous={paging.previous} next={paging.next(services.pageInfo)} />
        </>
      )}
    </>
  );
}
