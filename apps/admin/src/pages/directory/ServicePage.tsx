/**
 * One support service with every contact detail the directory holds, its eligibility (or that
 * the source does not state it), its source, and for directory admins: edit, mark reviewed
 * and archive, each sending the version read so a concurrent edit is refused, not overwritten.
 */
import { ServiceArchiveDocument, ServiceDocument, ServiceMarkReviewedDocument, type ServiceQuery } from '@waymark/sdk';
import { useState, type ReactNode } from 'react';
import { useMutation, useQuery } from 'urql';
import { ApiErrorSummary, describeApiError } from '../../app/ApiErrorSummary.tsx';
import { formatDateTime } from '../../app/format.ts';
import { Link } from '../../app/router.tsx';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { DIRECTORY_EDITORS, hasRole, useViewer } from '../../app/viewer.ts';
import { InsetText, Tag } from '../../components/govuk/content.tsx';
import { ErrorSummary, type ErrorSummaryItem } from '../../components/govuk/ErrorSummary.tsx';
import { Button } from '../../components/govuk/forms.tsx';
import { BackLink, SuccessBanner, SummaryList } from '../../components/govuk/more.tsx';
import {
  ageGroupLabels,
  categoryLabels,
  decisionOutcomeLabels,
  genderLabels,
  nrmStatusLabels,
  routeLabels,
} from './labels.ts';

type Service = NonNullable<ServiceQuery['service']>;
const none = 'Not given';

export function ServicePage({ params }: { params: { id: string } }) {
  const viewer = useViewer();
  const [{ data, fetching, error }, reload] = useQuery({ query: ServiceDocument, variables: { id: params.id } });
  const [, archive] = useMutation(ServiceArchiveDocument);
  const [, markReviewed] = useMutation(ServiceMarkReviewedDocument);
  const [problems, setProblems] = useState<ErrorSummaryItem[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const service = data?.service;
  usePageTitle(service?.name ?? 'Support service');

  if (error) return <ApiErrorSummary error={error} />;
  if (fetching && !service)
    return (
      <p className="govuk-body" role="status">
        Loading the service…
      </p>
    );
  if (!service)
    return (
      <>
        <h1 className="govuk-heading-l">Service not found</h1>
        <p className="govuk-body">There is no service at this address, or you may not see it.</p>
      </>
    );

  async function act(kind: 'archive' | 'review') {
    setProblems([]);
    const variables = { id: service!.id, expectedVersion: service!.version };
    const result = kind === 'archive' ? await archive(variables) : await markReviewed(variables);
    const answer = result.data ? (Object.values(result.data)[0] as { __typename: string; message?: string }) : null;
    if (result.error || !answer) {
      setProblems([result.error ? describeApiError(result.error) : { text: 'Something went wrong. Try again.' }]);
    } else if (answer.__typename === 'StaleRecordError') {
      setProblems([
        {
          text: 'Someone else changed this service since you opened it. Nothing was saved: reload the page and check it again.',
          href: `/services/${encodeURIComponent(service!.id)}`,
        },
      ]);
    } else if (answer.message) {
      setProblems([{ text: answer.message }]);
    } else {
      setSaved(kind === 'archive' ? 'Service archived.' : 'Service marked as reviewed.');
      reload({ requestPolicy: 'network-only' });
    }
  }

  const editor = hasRole(viewer, DIRECTORY_EDITORS);
  return (
    <>
      <BackLink to="/services">Support services</BackLink>
      {saved && <SuccessBanner key={service.version}>{saved}</SuccessBanner>}
      {problems.length > 0 && <ErrorSummary errors={problems} />}
      <span className="govuk-caption-l">{service.organisation.name}</span>
      <h1 className="govuk-heading-l">
        {service.name}{' '}
        {service.status !== 'ACTIVE' && (
          <Tag colour="grey">{service.status === 'ARCHIVED' ? 'Archived' : 'Inactive'}</Tag>
        )}
      </h1>
      <p className="govuk-body">{service.description}</p>
      <h2 className="govuk-heading-m">How to contact and refer</h2>
      <SummaryList
        rows={[
          { key: 'How to refer', value: routeLabels[service.referralRoute] },
          ...(service.referralVia ? [{ key: 'Refer through', value: service.referralVia.name }] : []),
          { key: 'Referral details', value: service.referralDetails ?? none },
          {
            key: 'Referral rules',
            value: service.referralRules.length ? (
              <ul className="govuk-list">
                {service.referralRules.map((rule) => (
                  <li key={rule.id}>
                    {rule.label} <span className="govuk-body-s">({rule.section})</span>
                  </li>
                ))}
              </ul>
            ) : (
              'None: any case may be referred'
            ),
          },
          {
            key: 'Phone',
            value: service.phones.length ? (
              <ul className="govuk-list">
                {service.phones.map((phone) => (
                  <li key={phone}>
                    <a className="govuk-link" href={`tel:${phone.replace(/\s/g, '')}`}>
                      {phone}
                    </a>
                  </li>
                ))}
              </ul>
            ) : (
              none
            ),
          },
          {
            key: 'Email',
            value: service.email ? (
              <a className="govuk-link" href={`mailto:${service.email}`}>
                {service.email}
              </a>
            ) : (
              none
            ),
          },
          {
            key: 'Website',
            value: service.url ? (
              <a className="govuk-link" href={service.url} rel="noreferrer noopener">
                {service.url}
              </a>
            ) : (
              none
            ),
          },
          { key: 'Languages', value: service.languages.join(', ') || none },
          { key: 'Areas', value: service.areas.map((area) => area.name).join(', ') || 'National' },
          { key: 'Categories', value: service.categories.map((c) => categoryLabels[c]).join(', ') || none },
          ...(service.restricted
            ? [
                {
                  key: 'Restricted',
                  value: service.restrictedDetails ?? 'Details are shared only with those who need them',
                },
              ]
            : []),
        ]}
      />
      <h2 className="govuk-heading-m">Who it is for</h2>
      <Eligibility service={service} />
      <h2 className="govuk-heading-m">Source and review</h2>
      <SummaryList
        rows={[
          { key: 'Source', value: `${service.source.file}, ${service.source.section}` },
          { key: 'Last reviewed', value: service.lastReviewedAt ? formatDateTime(service.lastReviewedAt) : 'Never' },
          { key: 'Review due', value: service.reviewDueAt ? formatDateTime(service.reviewDueAt) : 'No date set' },
        ]}
      />
      {editor && service.status !== 'ARCHIVED' && (
        <div className="govuk-button-group">
          <Link className="govuk-button" to={`/services/${encodeURIComponent(service.id)}/edit`} draggable={false}>
            Edit service
          </Link>
          <Button type="button" variant="secondary" onClick={() => void act('review')}>
            Mark as reviewed today
          </Button>
          <Button type="button" variant="warning" onClick={() => void act('archive')}>
            Archive service
          </Button>
        </div>
      )}
    </>
  );
}

function Eligibility({ service }: { service: Service }) {
  const e = service.eligibility;
  if (!e)
    return (
      <InsetText>
        <Tag colour="grey">Eligibility not stated</Tag> The source does not say who this service is for, so Waymark
        never offers it as a match. Check with the service.
      </InsetText>
    );
  const list = (values: string[], fallback = 'Any'): ReactNode => (values.length ? values.join(', ') : fallback);
  const ages =
    e.minimumAge != null || e.maximumAge != null ? `${e.minimumAge ?? 0} to ${e.maximumAge ?? 'any age'}` : 'Any age';
  return (
    <SummaryList
      rows={[
        { key: 'Age groups', value: list(e.ageGroups.map((g) => ageGroupLabels[g])) },
        { key: 'Ages', value: ages },
        { key: 'Genders', value: list(e.genders.map((g) => genderLabels[g])) },
        { key: 'NRM status', value: list(e.nrmStatuses.map((s) => nrmStatusLabels[s])) },
        { key: 'Decisions', value: list(e.decisionOutcomes.map((d) => decisionOutcomeLabels[d])) },
        {
          key: 'Recourse to public funds',
          value:
            e.recourseToPublicFunds == null
              ? 'Either'
              : e.recourseToPublicFunds
                ? 'Only with recourse'
                : 'Only without recourse',
        },
        { key: 'Other conditions', value: e.conditions ?? 'None' },
      ]}
    />
  );
}
