/**
 * "What support can this person get?" without a case: the facts go in the URL (nothing about a
 * person is stored), the answer is the ranked matches with their reasons and what to check, and
 * the near misses with the rule that excludes each.
 */
import {
  AreasDocument,
  SupportOptionsForDocument,
  type SupportFactsInput,
  type SupportOptionDetailFragment,
} from '@waymark/sdk';
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { ApiErrorSummary } from '../app/ApiErrorSummary.tsx';
import { navigate, useLocation } from '../app/router.tsx';
import { usePageTitle } from '../app/usePageTitle.ts';
import { InsetText, Tag } from '../components/govuk/content.tsx';
import { Button, Select } from '../components/govuk/forms.tsx';

const FIELDS = ['area', 'gender', 'age', 'nrm', 'decision', 'rpf'] as const;
type Form = Record<(typeof FIELDS)[number], string>;

const choices = {
  gender: [
    ['', 'Not known'],
    ['FEMALE', 'Female'],
    ['MALE', 'Male'],
    ['NON_BINARY', 'Non-binary'],
    ['OTHER', 'Other'],
  ],
  nrm: [
    ['', 'Not known'],
    ['IN_NRM', 'Yes, currently in the NRM'],
    ['NOT_IN_NRM', 'No'],
  ],
  decision: [
    ['', 'Not known'],
    ['NONE', 'No decision yet'],
    ['POSITIVE_REASONABLE_GROUNDS', 'Positive reasonable grounds'],
    ['NEGATIVE_REASONABLE_GROUNDS', 'Negative reasonable grounds'],
    ['POSITIVE_CONCLUSIVE_GROUNDS', 'Positive conclusive grounds'],
    ['NEGATIVE_CONCLUSIVE_GROUNDS', 'Negative conclusive grounds'],
  ],
  rpf: [
    ['', 'Not known'],
    ['YES', 'Yes'],
    ['NO', 'No (NRPF)'],
  ],
} as const;
const options = (list: ReadonlyArray<readonly [string, string]>) => list.map(([value, text]) => ({ value, text }));

function factsFrom(form: Form): SupportFactsInput {
  const age = /^\d{1,3}$/.test(form.age) ? Number(form.age) : null;
  return {
    areaCode: form.area || null,
    gender: (form.gender || null) as SupportFactsInput['gender'],
    age,
    nrmStatus: (form.nrm || null) as SupportFactsInput['nrmStatus'],
    decisionOutcome: (form.decision || null) as SupportFactsInput['decisionOutcome'],
    recourseToPublicFunds: (form.rpf || null) as SupportFactsInput['recourseToPublicFunds'],
  };
}

export function SupportOptionsPage() {
  usePageTitle('Find support');
  const { pathname, search } = useLocation();
  const applied = Object.fromEntries(FIELDS.map((f) => [f, search.get(f) ?? ''])) as Form;
  const asked = FIELDS.some((f) => applied[f]);
  const [{ data: areasData }] = useQuery({ query: AreasDocument });
  const [{ data, fetching, error }] = useQuery({
    query: SupportOptionsForDocument,
    variables: { facts: factsFrom(applied) },
    pause: !asked,
  });
  const [form, setForm] = useState(applied);
  useEffect(() => setForm(applied), [search.toString()]);
  const result = data?.supportOptionsFor;

  return (
    <>
      <h1 className="govuk-heading-l">Find support</h1>
      <p className="govuk-body">Record what you know; anything not known never rules a service out.</p>
      {error && <ApiErrorSummary error={error} />}
      <form
        method="get"
        action={pathname}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const params = new URLSearchParams(Object.entries(form).filter(([, value]) => value));
          navigate(`${pathname}?${params}`);
        }}
      >
        <Select
          id="support-area"
          name="area"
          label="Area"
          value={form.area}
          onChange={(area) => setForm({ ...form, area })}
          options={[
            { value: '', text: 'All areas' },
            ...(areasData?.areas ?? []).map((a) => ({ value: a.code, text: a.name })),
          ]}
        />
        <Select
          id="support-gender"
          name="gender"
          label="Gender"
          value={form.gender}
          onChange={(gender) => setForm({ ...form, gender })}
          options={options(choices.gender)}
        />
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="support-age">
            Age
          </label>
          <input
            className="govuk-input govuk-input--width-3"
            id="support-age"
            name="age"
            inputMode="numeric"
            value={form.age}
            onChange={(event) => setForm({ ...form, age: event.target.value })}
          />
        </div>
        <Select
          id="support-nrm"
          name="nrm"
          label="Currently in the NRM?"
          hint="Consider contacting the NRM: the survivor might not be aware"
          value={form.nrm}
          onChange={(nrm) => setForm({ ...form, nrm })}
          options={options(choices.nrm)}
        />
        <Select
          id="support-decision"
          name="decision"
          label="Latest NRM decision"
          value={form.decision}
          onChange={(decision) => setForm({ ...form, decision })}
          options={options(choices.decision)}
        />
        <Select
          id="support-rpf"
          name="rpf"
          label="Recourse to public funds?"
          value={form.rpf}
          onChange={(rpf) => setForm({ ...form, rpf })}
          options={options(choices.rpf)}
        />
        <Button>Find support</Button>
      </form>
      {fetching && (
        <p className="govuk-body" role="status">
          Finding support…
        </p>
      )}
      {result?.__typename === 'ValidationError' && (
        <div className="govuk-error-summary" role="alert">
          <h2 className="govuk-error-summary__title">There is a problem</h2>
          <ul className="govuk-list govuk-error-summary__list">
            {result.fieldErrors.map((e) => (
              <li key={e.field}>
                {e.field.replace(/^facts\./, '')} {e.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {result?.__typename === 'SupportOptions' && (
        <>
          <h2 className="govuk-heading-m">{result.matches.length} services to consider</h2>
          {result.facts.treatedAsChild && (
            <InsetText>Treated as a child (presumption of age): adult services are listed as near misses.</InsetText>
          )}
          <ol className="govuk-list govuk-list--number">
            {result.matches.map((m) => (
              <Option key={m.service.id} option={m} />
            ))}
          </ol>
          <h2 className="govuk-heading-m">Near misses</h2>
          <ul className="govuk-list">
            {result.nearMisses.map((m) => (
              <Option key={m.service.id} option={m} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function Option({ option }: { option: SupportOptionDetailFragment }) {
  return (
    <li className="govuk-!-margin-bottom-4">
      <strong>{option.service.name}</strong> ({option.service.organisation.name}){' '}
      {option.service.restricted && <Tag colour="orange">Restricted</Tag>}
      {option.excludedBy.length > 0 && (
        <p className="govuk-body govuk-!-margin-bottom-1">
          Excluded: {option.excludedBy.map((e) => e.message).join('; ')}
        </p>
      )}
      {option.reasons.length > 0 && (
        <p className="govuk-body govuk-!-margin-bottom-1">Why: {option.reasons.map((e) => e.message).join('; ')}</p>
      )}
      {option.toCheck.length > 0 && (
        <p className="govuk-hint govuk-!-margin-bottom-1">Check: {option.toCheck.map((e) => e.message).join('; ')}</p>
      )}
    </li>
  );
}
