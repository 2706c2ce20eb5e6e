/**
 * Add a service, or edit one (sending the version read: a concurrent edit is refused with a
 * reload link, never silently overwritten). Errors from the API's ValidationError link to
 * the field at fault.
 */
import {
  AreasDocument,
  OrganisationsDocument,
  ServiceCreateDocument,
  ServiceDocument,
  ServiceReferralRulesDocument,
  ServiceUpdateDocument,
  type ReferralRoute,
  type ServiceCategory,
  type ServiceQuery,
  type ServiceReferralRuleId,
} from '@waymark/sdk';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { ApiErrorSummary, describeApiError } from '../../app/ApiErrorSummary.tsx';
import { navigate } from '../../app/router.tsx';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { ErrorSummary, type ErrorSummaryItem } from '../../components/govuk/ErrorSummary.tsx';
import { Button, Checkboxes, Select, TextInput } from '../../components/govuk/forms.tsx';
import { BackLink, Textarea } from '../../components/govuk/more.tsx';
import { draftFrom, EligibilityEditor, inputFrom, type EligibilityDraft } from './EligibilityEditor.tsx';
import { categoryLabels, routeLabels } from './labels.ts';

const formId = 'service';
/** How the error summary names a field the API refused (its message follows: "Website is not a valid address"). */
const fieldLabels: Record<string, string> = {
  name: 'Name',
  organisationId: 'Organisation',
  description: 'What the service does',
  referralRoute: 'How to refer',
  referralDetails: 'Referral details',
  referralViaOrganisationId: 'Organisation to refer through',
  phones: 'Phone numbers',
  email: 'Email address',
  url: 'Website',
  languages: 'Languages',
  areaCodes: 'Areas',
  categories: 'Categories',
  referralRules: 'Referral rules',
  minimumAge: 'Minimum age',
  maximumAge: 'Maximum age',
};
const id = (field: string) => `${formId}-${field}`;
type Service = NonNullable<ServiceQuery['service']>;

interface Draft {
  name: string;
  organisationId: string;
  description: string;
  referralRoute: string;
  referralDetails: string;
  phones: string;
  email: string;
  url: string;
  languages: string;
  areaCodes: string[];
  categories: ServiceCategory[];
  referralRules: ServiceReferralRuleId[];
  eligibility: EligibilityDraft;
}

function draftOf(service: Service | null): Draft {
  return {
    name: service?.name ?? '',
    organisationId: service?.organisation.id ?? '',
    description: service?.description ?? '',
    referralRoute: service?.referralRoute ?? '',
    referralDetails: service?.referralDetails ?? '',
    phones: service?.phones.join('\n') ?? '',
    email: service?.email ?? '',
    url: service?.url ?? '',
    languages: service?.languages.join(', ') ?? '',
    areaCodes: service?.areas.map((area) => area.code) ?? [],
    categories: service?.categories ?? [],
    referralRules: service?.referralRules.map((rule) => rule.id) ?? [],
    eligibility: draftFrom(service?.eligibility),
  };
}

export function ServiceNewPage() {
  usePageTitle('Add a service');
  return <ServiceForm service={null} />;
}

export function ServiceEditPage({ params }: { params: { id: string } }) {
  const [{ data, error }] = useQuery({ query: ServiceDocument, variables: { id: params.id } });
  usePageTitle(data?.service ? `Edit ${data.service.name}` : 'Edit service');
  if (error) return <ApiErrorSummary error={error} />;
  if (!data)
    return (
      <p className="govuk-body" role="status">
        Loading the service…
      </p>
    );
  if (!data.service) return <h1 className="govuk-heading-l">Service not found</h1>;
  return <ServiceForm key={data.service.version} service={data.service} />;
}

function ServiceForm({ service }: { service: Service | null }) {
  const [{ data: orgs }] = useQuery({ query: OrganisationsDocument, variables: { first: 100 } });
  const [{ data: areas }] = useQuery({ query: AreasDocument });
  const [{ data: rules }] = useQuery({ query: ServiceReferralRulesDocument });
  const [, create] = useMutation(ServiceCreateDocument);
  const [, update] = useMutation(ServiceUpdateDocument);
  const [draft, setDraft] = useState<Draft>(() => draftOf(service));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<ErrorSummaryItem[]>([]);
  const [busy, setBusy] = useState(false);
  const set =
    <K extends keyof Draft>(field: K) =>
    (value: Draft[K]) =>
      setDraft((d) => ({ ...d, [field]: value }));

  function check(): boolean {
    const found: Record<string, string> = {};
    if (!draft.name.trim()) found.name = 'Enter the service’s name';
    if (!draft.organisationId) found.organisationId = 'Select the organisation that runs the service';
    if (!draft.description.trim()) found.description = 'Enter what the service does';
    if (!draft.referralRoute) found.referralRoute = 'Select how to refer';
    for (const field of ['minimumAge', 'maximumAge'] as const)
      if (draft.eligibility.stated && draft.eligibility[field] && !/^\d{1,3}$/.test(draft.eligibility[field]))
        found[field] = 'Age must be a whole number';
    setErrors(found);
    setProblems(Object.entries(found).map(([field, text]) => ({ text, href: `#${id(field)}` })));
    return Object.keys(found).length === 0;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!check()) return;
    const split = (text: string, by: RegExp) =>
      text
        .split(by)
        .map((s) => s.trim())
        .filter(Boolean);
    const fields = {
      name: draft.name.trim(),
      organisationId: draft.organisationId,
      description: draft.description.trim(),
      referralRoute: draft.referralRoute as ReferralRoute,
      referralDetails: draft.referralDetails.trim() || null,
      phones: split(draft.phones, /\n/),
      email: draft.email.trim() || null,
      url: draft.url.trim() || null,
      languages: split(draft.languages, /,/),
      areaCodes: draft.areaCodes,
      categories: draft.categories,
      referralRules: draft.referralRules,
      eligibility: inputFrom(draft.eligibility),
    };
    setBusy(true);
    const result = service
      ? await update({ id: service.id, expectedVersion: service.version, patch: fields })
      : await create({ input: fields });
    setBusy(false);
    const answer = result.data ? Object.values(result.data)[0] : null;
    if (result.error || !answer) {
      setProblems([result.error ? describeApiError(result.error) : { text: 'Something went wrong. Try again.' }]);
      return;
    }
    if (answer.__typename === 'ServicePayload') {
      navigate(`/services/${encodeURIComponent(answer.service.id)}`);
      return;
    }
    if (answer.__typename === 'StaleRecordError') {
      setProblems([
        {
          text: 'Someone else changed this service while you were editing it. Nothing was saved: reload the page to see their changes, then make yours again.',
          href: `/services/${encodeURIComponent(service!.id)}/edit`,
        },
      ]);
      return;
    }
    const fieldErrors = answer.__typename === 'ValidationError' ? answer.fieldErrors : [];
    // A field error's path starts with the mutation's argument (`patch`, `eligibility`); its last
    // part is the form's field, so the summary links to it and the field shows the message too.
    const fieldOf = (path: string[]) => path.findLast((part) => !/^\d+$/.test(part)) ?? '';
    setErrors(
      Object.fromEntries(
        fieldErrors.map((e) => [fieldOf(e.path), `${fieldLabels[fieldOf(e.path)] ?? 'This'} ${e.message}`]),
      ),
    );
    setProblems(
      fieldErrors.length
        ? fieldErrors.map((e) => ({
            text: `${fieldLabels[fieldOf(e.path)] ?? 'This'} ${e.message}`,
            href: fieldOf(e.path) ? `#${id(fieldOf(e.path))}` : undefined,
          }))
        : [{ text: answer.message }],
    );
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={service ? `/services/${encodeURIComponent(service.id)}` : '/services'}>Back</BackLink>
        {problems.length > 0 && <ErrorSummary key={problems.map((p) => p.text).join()} errors={problems} />}
        <h1 className="govuk-heading-l">{service ? `Edit ${service.name}` : 'Add a service'}</h1>
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
            id={id('organisationId')}
            name="organisationId"
            label="Organisation that runs it"
            error={errors.organisationId}
            value={draft.organisationId}
            onChange={set('organisationId')}
            options={[
              { value: '', text: 'Choose an organisation' },
              ...(orgs?.organisations.edges ?? []).map(({ node }) => ({ value: node.id, text: node.name })),
            ]}
          />
          <Textarea
            id={id('description')}
            name="description"
            label="What the service does"
            error={errors.description}
            value={draft.description}
            onChange={set('description')}
          />
          <Select
            id={id('referralRoute')}
            name="referralRoute"
            label="How to refer"
            error={errors.referralRoute}
            value={draft.referralRoute}
            onChange={set('referralRoute')}
            options={[
              { value: '', text: 'Choose how to refer' },
              ...Object.entries(routeLabels).map(([value, text]) => ({ value, text })),
            ]}
          />
          <Textarea
            id={id('referralDetails')}
            name="referralDetails"
            label="Referral details (optional)"
            value={draft.referralDetails}
            onChange={set('referralDetails')}
            rows={3}
          />
          <Textarea
            id={id('phones')}
            name="phones"
            label="Phone numbers (optional)"
            hint="One a line"
            value={draft.phones}
            onChange={set('phones')}
            rows={2}
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
            id={id('languages')}
            name="languages"
            label="Languages (optional)"
            hint="Separate languages with commas"
            value={draft.languages}
            onChange={set('languages')}
          />
          <Checkboxes
            name="areaCodes"
            legend="Areas (none for a national service)"
            small
            items={(areas?.areas ?? []).map((area) => ({
              id: id(`area-${area.code}`),
              value: area.code,
              label: area.name,
              checked: draft.areaCodes.includes(area.code),
              onChange: (on: boolean) =>
                set('areaCodes')(on ? [...draft.areaCodes, area.code] : draft.areaCodes.filter((c) => c !== area.code)),
            }))}
          />
          <Checkboxes
            name="categories"
            legend="Categories"
            small
            items={(Object.entries(categoryLabels) as Array<[ServiceCategory, string]>).map(([value, label]) => ({
              id: id(`category-${value}`),
              value,
              label,
              checked: draft.categories.includes(value),
              onChange: (on: boolean) =>
                set('categories')(on ? [...draft.categories, value] : draft.categories.filter((c) => c !== value)),
            }))}
          />
          <Checkboxes
            id={id('referralRules')}
            name="referralRules"
            legend="Referral rules"
            hint="What a case must have before Waymark lets anyone refer to this service. Leave all unticked if the service takes any referral."
            error={errors.referralRules}
            small
            items={(rules?.serviceReferralRules ?? []).map((rule, index) => ({
              id: index === 0 ? id('referralRules') : id(`referralRules-${rule.id}`),
              value: rule.id,
              label: rule.label,
              hint: `Source: ${rule.section}`,
              checked: draft.referralRules.includes(rule.id),
              onChange: (on: boolean) =>
                set('referralRules')(
                  on ? [...draft.referralRules, rule.id] : draft.referralRules.filter((r) => r !== rule.id),
                ),
            }))}
          />
          <h2 className="govuk-heading-m">Who it is for</h2>
          <EligibilityEditor
            idPrefix={formId}
            value={draft.eligibility}
            onChange={set('eligibility')}
            errors={errors}
          />
          <Button disabled={busy}>{service ? 'Save changes' : 'Add service'}</Button>
        </form>
      </div>
    </div>
  );
}
