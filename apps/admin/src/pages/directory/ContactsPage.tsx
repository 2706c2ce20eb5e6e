/**
 * Who to contact for what: the directory's contacts for an area (with the national ones),
 * grouped by purpose, every detail shown. Area and purpose live in the URL.
 */
import { AreasDocument, ContactsDocument, type ContactPurpose, type ContactsQuery } from '@waymark/sdk';
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { ApiErrorSummary } from '../../app/ApiErrorSummary.tsx';
import { count } from '../../app/format.ts';
import { Link, navigate, useLocation } from '../../app/router.tsx';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { InsetText, Table } from '../../components/govuk/content.tsx';
import { Button, Select } from '../../components/govuk/forms.tsx';
import { DIRECTORY_EDITORS, hasRole, useViewer } from '../../app/viewer.ts';
import { SuccessBanner } from '../../components/govuk/more.tsx';
import type { ContactSaved } from './ContactFormPage.tsx';
import { purposeLabels } from './labels.ts';

type Contact = ContactsQuery['contacts']['edges'][number]['node'];

export function ContactsPage() {
  usePageTitle('Contacts');
  const { pathname, search, state } = useLocation();
  const saved = (state as ContactSaved | null)?.saved;
  const editor = hasRole(useViewer(), DIRECTORY_EDITORS);
  const applied = { area: search.get('area') ?? '', purpose: search.get('purpose') ?? '' };
  const [form, setForm] = useState(applied);
  useEffect(() => setForm(applied), [applied.area, applied.purpose]);
  const [{ data: areas }] = useQuery({ query: AreasDocument });
  const [{ data, error }] = useQuery({
    query: ContactsDocument,
    variables: {
      first: 100,
      filter: { areaCode: applied.area || null, purpose: (applied.purpose || null) as ContactPurpose | null },
    },
  });
  const contacts = data?.contacts.edges.map((edge) => edge.node) ?? [];
  const byPurpose = new Map<ContactPurpose, Contact[]>();
  for (const contact of contacts) byPurpose.set(contact.purpose, [...(byPurpose.get(contact.purpose) ?? []), contact]);

  return (
    <>
      {saved && <SuccessBanner>{saved}</SuccessBanner>}
      <h1 className="govuk-heading-l">Contacts</h1>
      {error && <ApiErrorSummary error={error} />}
      {editor && (
        <Link className="govuk-button" to="/contacts/new" draggable={false}>
          Add a contact
        </Link>
      )}
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
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half">
            <Select
              id="contacts-area"
              name="area"
              label="Area"
              hint="The area’s contacts and the national ones"
              value={form.area}
              onChange={(area) => setForm({ ...form, area })}
              options={[
                { value: '', text: 'All areas' },
                ...(areas?.areas ?? []).map((a) => ({ value: a.code, text: a.name })),
              ]}
            />
          </div>
          <div className="govuk-grid-column-one-half">
            <Select
              id="contacts-purpose"
              name="purpose"
              label="Purpose"
              hint="What the contact is for"
              value={form.purpose}
              onChange={(purpose) => setForm({ ...form, purpose })}
              options={[
                { value: '', text: 'Any purpose' },
                ...Object.entries(purposeLabels).map(([value, text]) => ({ value, text })),
              ]}
            />
          </div>
        </div>
        <Button variant="secondary">Show contacts</Button>
      </form>
      {data && contacts.length === 0 && <InsetText>No contacts match.</InsetText>}
      {data && contacts.length > 0 && <p className="govuk-body">{count(data.contacts.totalCount, 'contact')}</p>}
      {[...byPurpose.entries()].map(([purpose, group]) => (
        <Table<Contact>
          key={purpose}
          caption={purposeLabels[purpose]}
          rows={group}
          rowKey={(row) => row.id}
          columns={[
            {
              header: 'Contact',
              cell: (row) => (
                <>
                  {row.name}
                  {row.organisation && <div className="govuk-body-s govuk-!-margin-0">{row.organisation.name}</div>}
                </>
              ),
            },
            { header: 'Area', cell: (row) => row.area?.name ?? 'National' },
            {
              header: 'How to reach',
              cell: (row) => (
                <ul className="govuk-list govuk-!-margin-0">
                  {row.phone && (
                    <li>
                      Phone:{' '}
                      <a className="govuk-link" href={`tel:${row.phone.replace(/\s/g, '')}`}>
                        {row.phone}
                      </a>
                    </li>
                  )}
                  {row.email && (
                    <li>
                      Email:{' '}
                      <a className="govuk-link" href={`mailto:${row.email}`}>
                        {row.email}
                      </a>
                    </li>
                  )}
                  {row.url && (
                    <li>
                      <a className="govuk-link" href={row.url} rel="noreferrer noopener">
                        Website<span className="govuk-visually-hidden"> of {row.name}</span>
                      </a>
                    </li>
                  )}
                  {row.hours && <li>Hours: {row.hours}</li>}
                  {!row.phone && !row.email && !row.url && <li>No details in the source</li>}
                </ul>
              ),
            },
            { header: 'Notes', cell: (row) => row.notes ?? '' },
            ...(editor
              ? [
                  {
                    header: <span className="govuk-visually-hidden">Actions</span>,
                    cell: (row: Contact) => (
                      <Link className="govuk-link" to={`/contacts/${encodeURIComponent(row.id)}/edit`}>
                        Edit<span className="govuk-visually-hidden"> {row.name}</span>
                      </Link>
                    ),
                  },
                ]
              : []),
          ]}
        />
      ))}
    </>
  );
}
