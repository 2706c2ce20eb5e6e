/**
 * Record a Reasonable or Conclusive Grounds decision on one of the case's tracks
 * (`caseRecordDecision`). The API moves the track and checks the protocol's rules; a refusal
 * shows in the form's error summary.
 */
import { CaseRecordDecisionDocument, type DecisionResult, type DecisionType } from '@waymark/sdk';
import { useState, type FormEvent } from 'react';
import { isIsoDate } from '../../app/format.ts';
import { ErrorSummary, type ErrorSummaryItem } from '../../components/govuk/ErrorSummary.tsx';
import { Button, Select, TextInput } from '../../components/govuk/forms.tsx';
import { Radios } from '../../components/govuk/more.tsx';
import { Section, type FormProps } from './CaseForms.tsx';
import { ChangeProblem } from './ChangeProblem.tsx';
import { decisionResultLabels, decisionTypeLabels } from './labels.ts';
import { useCaseChange } from './useCaseChange.ts';

const options = <K extends string>(labels: Record<K, string>) =>
  (Object.entries(labels) as Array<[K, string]>).map(([value, label]) => ({ value, label }));

export function DecisionForm({ caseView, onSaved }: FormProps) {
  const formId = 'decision';
  const [picked, setTrackId] = useState('');
  const [type, setType] = useState('');
  const [result, setResult] = useState('');
  const [decidedOn, setDecidedOn] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const change = useCaseChange(CaseRecordDecisionDocument, formId, onSaved);
  if (caseView.tracks.length === 0) return null;
  // With one track the decision is about it (the case may have gained it after this form mounted).
  const trackId = picked || (caseView.tracks.length === 1 ? caseView.tracks[0]!.id : '');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!trackId) found.trackId = 'Select the pathway the decision is for';
    if (!type) found.type = 'Select the kind of decision';
    if (!result) found.result = 'Select whether the decision was positive or negative';
    if (!decidedOn.trim()) found.decidedOn = 'Enter the date of the decision';
    else if (!isIsoDate(decidedOn)) found.decidedOn = 'Date of the decision must be a real date, like 2026-11-27';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    await change.run(
      {
        input: {
          caseId: caseView.id,
          expectedVersion: caseView.version,
          trackId,
          type: type as DecisionType,
          result: result as DecisionResult,
          decidedOn: decidedOn.trim(),
        },
      },
      `${decisionTypeLabels[type as DecisionType]} decision recorded.`,
    );
  }

  const summary: ErrorSummaryItem[] = Object.entries(errors).map(([field, text]) => ({
    text,
    href: `#${formId}-${field}`,
  }));

  return (
    <Section id={formId} title="Record a decision">
      {summary.length > 0 && <ErrorSummary errors={summary} />}
      {change.problem && <ChangeProblem problem={change.problem} caseId={caseView.id} />}
      {caseView.decisions.length > 0 && (
        <ul className="govuk-list govuk-list--bullet">
          {caseView.decisions.map((decision) => (
            <li key={decision.id}>
              {decisionTypeLabels[decision.type]}: {decisionResultLabels[decision.result].toLowerCase()}, decided on{' '}
              {decision.decidedOn}
            </li>
          ))}
        </ul>
      )}
      <form noValidate onSubmit={submit}>
        {caseView.tracks.length > 1 && (
          <Select
            id={`${formId}-trackId`}
            name="trackId"
            label="Pathway"
            value={trackId}
            onChange={setTrackId}
            error={errors.trackId}
            options={[
              { value: '', text: 'Choose a pathway' },
              ...caseView.tracks.map((track) => ({ value: track.id, text: track.pathway.title })),
            ]}
          />
        )}
        <Radios
          id={`${formId}-type`}
          name="type"
          legend="Decision"
          small
          value={type}
          onChange={setType}
          error={errors.type}
          items={options(decisionTypeLabels)}
        />
        <Radios
          id={`${formId}-result`}
          name="result"
          legend="Result"
          small
          inline
          value={result}
          onChange={setResult}
          error={errors.result}
          items={options(decisionResultLabels)}
        />
        <TextInput
          id={`${formId}-decidedOn`}
          name="decidedOn"
          label="Decided on"
          hint="The date on the decision letter, for example, 2026-11-27"
          className="govuk-input--width-10"
          value={decidedOn}
          onChange={setDecidedOn}
          error={errors.decidedOn}
        />
        <Button disabled={change.fetching}>Record decision</Button>
      </form>
    </Section>
  );
}
