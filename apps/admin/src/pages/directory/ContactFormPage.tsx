/**
 * Add a contact, or edit or archive one (directory admins). Edits and archiving send the
 * version read, so a concurrent change is refused with a reload link, never overwritten; the
 * API's ValidationError links to the field at fault. Saving returns to the contacts page,
 * which says what was saved.
 */
import {
  AreasDocument,
  ContactArchiveDocument,
  ContactCreateDocument,
  ContactDocument,
  ContactUpdateDocument,
  OrganisationsDocument,
  type ContactPurpose,
  type ContactQuery,
} from '@waymark/sdk';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { ApiErrorSummary, describeApiError } from '../../app/ApiErrorSummary.tsx';
import { navigate } from '../../app/router.tsx';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { ErrorSummary, type ErrorSummaryItem } from '../../components/govuk/ErrorSummary.tsx';
import { Button, Select, TextInput } from '../../components/govuk/forms.tsx';
import { BackLink, Textarea } from '../../components/govuk/more.tsx';
import { purposeLabels } from './labels.ts';

const formId = 'contact';
const id = (field: string) => `${formId}-${field}`;
type Contact = Extract<NonNullable<ContactQuery['node']>, { __typename: 'Contact' }>;

/** What the contacts page shows after a save: it reads this from the history entry's state. */
export interface ContactSaved {
  saved: string;
}

type Draft = Record<
  'name' | 'purpose' | 'organisationId' | 'areaCode' | 'phone' | 'email' | 'url' | 'hours' | 'notes',
  string
>;

function draftOf(contact: Contact | null): Draft {
  return {
    name: contact?.name ?? '',
    purpose: contact?.purpose ?? '',
    organisationId: contact?.organisation?.id ?? '',
    areaCode: contact?.area?.code ?? '',
    phone: contact?.phone ?? '',
    email: contact?.email ?? '',
    url: contact?.url ?? '',
    hours: contact?.hours ?? '',
    notes: contact?.notes ?? '',
  };
}

export function ContactNewPage() {
  usePageTitle('Add a contact');
  return <ContactForm contact={null} />;
}

export function ContactEditPage({ params }: { params: { id: string } }) {
  const [{ data, error }] = useQuery({ query: ContactDocument, variables: { id: params.id } });
  const contact = data?.node?.__typename === 'Contact' ? data.node : null;
  usePageTitle(contact ? `Edit ${contact.name}` : 'Edit contact');
  if (error) return <ApiErrorSummary error={error} />;
  if (!data)
    return (
      <p className="govuk-body" role="status">
        Loading the contact…
      </p>
    );
  if (!contact) return <h1 className="govuk-heading-l">Contact not found</h1>;
  return <ContactForm key={contact.version} contact={contact} />;
}

type Answer = { __typename: string; message?: string; fieldErrors?: Array<{ field: string; message: string }> };

function ContactForm({ contact }: { contact: Contact | null }) {
  const [{ data: orgs }] = useQuery({ query: OrganisationsDocument, variables: { first: 100 } });
  const [{ data: areas }] = useQuery({ query: AreasDocument });
  const [, create] = useMutation(ContactCreateDocument);
  const [, update] = useMutation(ContactUpdateDocument);
  const [, archive] = useMutation(ContactArchiveDocument);
  const [draft, setDraft] = useState<Draft>(() => draftOf(contact));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<ErrorSummaryItem[]>([]);
  const [busy, setBusy] = useState(false);
  const set = (field: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));

  /** Shows the API's answer; true when it saved. */
  function settle(result: { data?: object; error?: Parameters<typeof describeApiError>[0] }, saved: string) {
    const answer = result.data ? (Object.values(result.data)[0] as Answer) : null;
    if (result.error || !answer) {
      setProblems([result.error ? describeApiError(result.error) : { text: 'Something went wrong. Try again.' }]);
    } else if (answer.__typename === 'ContactPayload') {
      navigate('/contacts', { state: { saved } satisfies ContactSaved });
    } else if (answer.__typename === 'StaleRecordError') {
      setProblems([
        {
          text: 'Someone else changed this contact while you were editing it. Nothing was saved: reload the page to see their changes, then make yours again.',
          href: `/contacts/${encodeURIComponent(contact!.id)}/edit`,
        },
      ]);
    } else {
      const fieldErrors = answer.fieldErrors ?? [];
      setProblems(
        fieldErrors.length
          ? fieldErrors.map((e) => ({ text: e.message, href: e.field ? `#${id(e.field)}` : undefined }))
          : [{ text: answer.message ?? 'Something went wrong. Try again.' }],
      );
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!draft.name.trim()) found.name = 'Enter the contact’s name';
    if (!draft.purpose) found.purpose = 'Select what the contact is for';
    setErrors(found);
    setProblems(Object.entries(found).map(([field, text]) => ({ text, href: `#${id(field)}` })));
    if (Object.keys(found).length > 0) return;
    const optional = (text: string) => text.trim() || null;
    const values = {
      name: draft.name.trim(),
      purpose: draft.purpose as ContactPurpose,
      organisationId: optional(draft.organisationId),
      areaCode: optional(draft.areaCode),
      phone: optional(draft.phone),
      email: optional(draft.email),
      url: optional(draft.url),
      hours: optional(draft.hours),
      notes: optional(draft.notes),
    };
    setBusy(true);
    const result = contact
      ? await update({ id: contact.id, expectedVersion: contact.version, patch: values })
      : await create({ input: values });
    setBusy(false);
    settle(result, contact ? `${values.name} saved.` : `${values.name} added.`);
  }

  async function archiveContact() {
    setBusy(true);
    const result = await archive({ id: contact!.id, expectedVersion: contact!.version });
    setBusy(false);
    settle(result, `${contact!.name} archived.`);
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/contacts">Contacts</BackLink>
        {problems.length > 0 && <ErrorSummary key={problems.map((p) => p.text).join()} errors={problems} />}
        <h1 className="govuk-heading-l">{contact ? `Edit ${contact.name}` : 'Add a contact'}</h1>
        <form noValidate onSubmit={submit}>
          <TextInput
            id={id('name')}
            name="name"
            label="Name"
            error={errors.name}
            value={draft.name}
            onChange={set('name')}
          />
          <Select
            id={id('purpose')}
            name="purpose"
            label="What the contact is for"
            error={errors.purpose}
            value={draft.purpose}
            onChange={set('purpose')}
            options={[
              { value: '', text: 'Choose a purpose' },
              ...Object.entries(purposeLabels).map(([value, text]) => ({ value, text })),
            ]}
          />
          <Select
            id={id('areaCode')}
            name="areaCode"
            label="Area"
            value={draft.areaCode}
            onChange={set('areaCode')}
            options={[
              { value: '', text: 'National (every area)' },
              ...(areas?.areas ?? []).map((area) => ({ value: area.code, text: area.name })),
            ]}
          />
          <Select
            id={id('organisationId')}
            name="organisationId"
            label="Organisation (optional)"
            value={draft.organisationId}
            onChange={set('organisationId')}
            options={[
              { value: '', text: 'None' },
              ...(orgs?.organisations.edges ?? []).map(({ node }) => ({ value: node.id, text: node.name })),
            ]}
          />
          <TextInput
            id={id('phone')}
            name="phone"
            label="Phone number (optional)"
            hint="A UK number, for example, 0800 808 3733, or 999, 101 or 111"
            className="govuk-input--width-20"
            value={draft.phone}
            onChange={set('phone')}
          />
          <TextInput
            id={id('email')}
            name="email"
            type="email"
            label="Email address (optional)"
            spellCheck={false}
            value={draft.email}
            onChange={set('email')}
          />
          <TextInput
            id={id('url')}
            name="url"
            label="Website (optional)"
            spellCheck={false}
            value={draft.url}
            onChange={set('url')}
          />
          <TextInput
            id={id('hours')}
            name="hours"
            label="Hours (optional)"
            hint="For example, Monday to Friday, 9am to 5pm"
            value={draft.hours}
            onChange={set('hours')}
          />
          <Textarea
            id={id('notes')}
            name="notes"
            label="Notes (optional)"
            value={draft.notes}
            onChange={set('notes')}
            rows={3}
          />
          <div className="govuk-button-group">
            <Button disabled={busy}>{contact ? 'Save changes' : 'Add contact'}</Button>
            {contact && (
              <Button type="button" variant="warning" disabled={busy} onClick={() => void archiveContact()}>
                Archive contact
              </Button>
            )}
          </div>
        </form>
      </div>
    </div>
  );
}
