/**
 * A case's NRM or Duty to Notify referral pack (`case.referralPack`) as a GOV.UK task list: the
 * form's sections and steps, each Completed or Incomplete, every field Answered, Missing, Not
 * applicable (its branch is not taken) or Invalid; a form per step records answers
 * (`caseRecordReferralAnswers`), and the printable page is one link away.
 */
import {
  CaseReferralPackDocument,
  ReferralFormDocument,
  type CaseReferralPackQuery,
  type ReferralFieldStatus,
  type ReferralPackKind,
} from '@waymark/sdk';
import { useState } from 'react';
import { useQuery } from 'urql';
import { ApiErrorSummary } from '../../app/ApiErrorSummary.tsx';
import { Link, useLocation } from '../../app/router.tsx';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { Tag, type TagColour } from '../../components/govuk/content.tsx';
import { BackLink, SuccessBanner, SummaryList, WarningText } from '../../components/govuk/more.tsx';
import { AnswerForm, type FormOptions } from './AnswerForm.tsx';

type Pack = NonNullable<CaseReferralPackQuery['case']>['referralPack'];
export type PackStep = Pack['sections'][number]['steps'][number];
export type PackField = PackStep['fields'][number];

export const kindTitles: Record<Exclude<ReferralPackKind, 'RECONSIDERATION'>, string> = {
  NRM: 'NRM referral',
  DUTY_TO_NOTIFY: 'Duty to Notify',
};

const statusTags: Record<ReferralFieldStatus, { text: string; colour?: TagColour }> = {
  ANSWERED: { text: 'Answered', colour: 'green' },
  MISSING: { text: 'Missing', colour: 'red' },
  NOT_APPLICABLE: { text: 'Not applicable', colour: 'grey' },
  INVALID: { text: 'Invalid', colour: 'orange' },
};

/** The printable pack: served by the API under /graphql so the session cookie reaches it. */
export const printableHref = (caseId: string, kind: string, format: 'html' | 'md') =>
  `/graphql/referral-pack/${encodeURIComponent(caseId)}?kind=${kind}&format=${format}`;

const stepDone = (step: PackStep) =>
  step.fields.every((field) => field.status === 'ANSWERED' || field.status === 'NOT_APPLICABLE');

function fieldValue(field: PackField) {
  if (field.redacted) return 'Withheld';
  if (field.withheld) return 'Left out: the pack is anonymised';
  const answer = field.values?.length ? field.values.join(', ') : field.value;
  const tag = statusTags[field.status];
  return (
    <>
      {answer && <p className="govuk-body govuk-!-margin-bottom-1">{answer}</p>}
      <Tag colour={tag.colour}>{tag.text}</Tag>
      {field.message && <p className="govuk-hint govuk-!-margin-top-1">{field.message}</p>}
    </>
  );
}

export function ReferralPackPage({ params }: { params: { id: string } }) {
  const { search } = useLocation();
  const kind: keyof typeof kindTitles = search.get('kind') === 'DUTY_TO_NOTIFY' ? 'DUTY_TO_NOTIFY' : 'NRM';
  const [{ data, error, fetching }, reload] = useQuery({
    query: CaseReferralPackDocument,
    variables: { id: params.id, kind },
  });
  const [{ data: form }] = useQuery({ query: ReferralFormDocument });
  const [saved, setSaved] = useState<string | null>(null);
  usePageTitle(kindTitles[kind]);
  const caseHref = `/cases/${encodeURIComponent(params.id)}`;

  if (error)
    return (
      <>
        <BackLink to={caseHref}>Back to the case</BackLink>
        <ApiErrorSummary error={error} />
      </>
    );
  if (fetching && !data)
    return (
      <p className="govuk-body" role="status">
        Loading the referral…
      </p>
    );
  const theCase = data?.case;
  if (!theCase) return <h1 className="govuk-heading-l">Case not found</h1>;
  const pack = theCase.referralPack;
  const options: FormOptions = new Map(
    ((form?.referralForm as { fields?: Array<{ key: string; options?: string[] }> } | undefined)?.fields ?? []).map(
      (field) => [field.key, field.options ?? []],
    ),
  );
  const onSaved = (what: string) => {
    setSaved(what);
    reload({ requestPolicy: 'network-only' });
    window.scrollTo?.(0, 0);
  };
  const other = kind === 'NRM' ? 'DUTY_TO_NOTIFY' : 'NRM';
  const done = pack.sections.filter((section) => section.complete).length;

  return (
    <>
      <BackLink to={caseHref}>Back to the case</BackLink>
      {saved && <SuccessBanner key={theCase.version}>{saved}</SuccessBanner>}
      <span className="govuk-caption-l">
        Form {pack.formId}, version {pack.formVersion}
      </span>
      <h1 className="govuk-heading-l">{kindTitles[kind]}</h1>
      <p className="govuk-body">
        <a className="govuk-link" href={printableHref(params.id, kind, 'html')}>
          Printable {kindTitles[kind]} (opens the whole pack)
        </a>{' '}
        or{' '}
        <a className="govuk-link" href={printableHref(params.id, kind, 'md')}>
          as Markdown, to copy into the online form
        </a>
        .
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to={`/cases/${encodeURIComponent(params.id)}/referral?kind=${other}`}>
          Show the {kindTitles[other]} instead
        </Link>
      </p>
      {pack.anonymised && <WarningText>This pack is anonymised: it carries no identifying answers.</WarningText>}
      {pack.warnings.map((warning, index) => (
        <WarningText key={index}>{warning.message}</WarningText>
      ))}
      <h2 className="govuk-heading-m">{pack.complete ? 'The pack is complete' : 'The pack is incomplete'}</h2>
      <p className="govuk-body">
        You have completed {done} of {pack.sections.length} sections
        {pack.missing.length > 0 && `; ${pack.missing.length} required answers are missing`}.
      </p>
      <ul className="govuk-task-list">
        {pack.sections.map((section) => (
          <li key={section.id} className="govuk-task-list__item govuk-task-list__item--with-link">
            <div className="govuk-task-list__name-and-hint">
              <a
                className="govuk-link govuk-task-list__link"
                href={`#section-${section.id}`}
                aria-describedby={`section-${section.id}-status`}
              >
                {section.title}
              </a>
            </div>
            <div className="govuk-task-list__status" id={`section-${section.id}-status`}>
              {section.complete ? 'Completed' : <Tag colour="blue">Incomplete</Tag>}
            </div>
          </li>
        ))}
      </ul>

      {pack.sections.map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`}>
          <h2 className="govuk-heading-m" id={`section-${section.id}`} tabIndex={-1}>
            {section.title}
          </h2>
          {section.steps.map((step) => (
            <div key={step.id}>
              <h3 className="govuk-heading-s">
                {step.title}{' '}
                {stepDone(step) ? <Tag colour="green">Completed</Tag> : <Tag colour="blue">Incomplete</Tag>}
              </h3>
              <SummaryList rows={step.fields.map((field) => ({ key: field.label, value: fieldValue(field) }))} />
              <AnswerForm
                caseId={theCase.id}
                version={theCase.version}
                step={step}
                options={options}
                onSaved={onSaved}
              />
            </div>
          ))}
        </section>
      ))}
    </>
  );
}
