/**
 * The answers one step of the referral form asks for, recorded with `caseRecordReferralAnswers`.
 * Only the answers Waymark holds nowhere else are asked for here: what the case already holds
 * (names, age, consent...) shows in the pack with its source and is changed on the case page.
 */
import { CaseRecordReferralAnswersDocument } from '@waymark/sdk';
import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/govuk/ErrorSummary.tsx';
import { Button, Checkboxes, TextInput } from '../../components/govuk/forms.tsx';
import { Radios, Textarea } from '../../components/govuk/more.tsx';
import { ChangeProblem } from '../case/ChangeProblem.tsx';
import { useCaseChange } from '../case/useCaseChange.ts';
import type { PackField, PackStep } from './ReferralPackPage.tsx';

/** Each field's options, from the form definition (`referralForm`). */
export type FormOptions = Map<string, string[]>;
type Draft = Record<string, string | string[]>;
type Answer = string | number | boolean | string[] | null;

/** The form's option values ("not-sure") as words ("Not sure"). */
const words = (option: string) => option.charAt(0).toUpperCase() + option.slice(1).replace(/-/g, ' ');

const askable = (field: PackField) =>
  !field.redacted &&
  !field.withheld &&
  field.status !== 'NOT_APPLICABLE' &&
  (field.source === null || field.source === 'answers');

const initial = (field: PackField): string | string[] =>
  field.type === 'checkboxes' ? (field.values ?? []) : (field.value ?? '');

function answerOf(field: PackField, draft: string | string[]): Answer {
  if (Array.isArray(draft)) return draft;
  if (draft.trim() === '') return null;
  if (field.type === 'number') return Number(draft);
  if (field.type === 'checkbox') return draft === 'true';
  return draft;
}

export function AnswerForm(props: {
  caseId: string;
  version: number;
  step: PackStep;
  options: FormOptions;
  onSaved(what: string): void;
}) {
  const { step } = props;
  // Step ids are the form's paths ("/pv-ho-reference"): keep element ids to safe characters.
  const formId = `answers-${step.id.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+/, '')}`;
  const fields = step.fields.filter(askable);
  const [draft, setDraft] = useState<Draft>({});
  const [localError, setLocalError] = useState<string | null>(null);
  const labels = Object.fromEntries(fields.map((field) => [field.key, field.label]));
  const change = useCaseChange(CaseRecordReferralAnswersDocument, formId, props.onSaved, labels);
  if (fields.length === 0) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const answers: Record<string, Answer> = {};
    for (const field of fields) {
      if (!(field.key in draft)) continue;
      if (JSON.stringify(draft[field.key]) === JSON.stringify(initial(field))) continue;
      answers[field.key] = answerOf(field, draft[field.key]!);
    }
    if (Object.keys(answers).length === 0) {
      setLocalError('Change at least one answer before saving');
      return;
    }
    setLocalError(null);
    const ok = await change.run(
      { input: { caseId: props.caseId, expectedVersion: props.version, answers } },
      `Answers saved: ${step.title}.`,
    );
    if (ok) setDraft({});
  }

  return (
    <details className="govuk-details" id={formId}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          Answer <span className="govuk-visually-hidden">the questions in </span>“{step.title}”
        </span>
      </summary>
      <div className="govuk-details__text">
        {localError && <ErrorSummary errors={[{ text: localError }]} headingLevel={3} />}
        {change.problem && <ChangeProblem problem={change.problem} caseId={props.caseId} headingLevel={3} />}
        <form noValidate onSubmit={submit}>
          {fields.map((field) => {
            const id = `${formId}-${field.key}`;
            const value = draft[field.key] ?? initial(field);
            const set = (next: string | string[]) => setDraft((d) => ({ ...d, [field.key]: next }));
            const label = field.required ? field.label : `${field.label} (optional)`;
            const options = props.options.get(field.key) ?? [];
            if (field.type === 'radio' || field.type === 'checkbox')
              return (
                <Radios
                  key={field.key}
                  id={id}
                  name={field.key}
                  legend={label}
                  small
                  inline={field.type === 'checkbox' || options.length <= 3}
                  value={value as string}
                  onChange={set}
                  items={
                    field.type === 'checkbox'
                      ? [
                          { value: 'true', label: 'Yes' },
                          { value: 'false', label: 'No' },
                        ]
                      : options.map((option) => ({ value: option, label: words(option) }))
                  }
                />
              );
            if (field.type === 'checkboxes') {
              const chosen = value as string[];
              return (
                <Checkboxes
                  key={field.key}
                  name={field.key}
                  legend={label}
                  small
                  items={options.map((option, index) => ({
                    id: index === 0 ? id : `${id}-${index + 1}`,
                    value: option,
                    label: words(option),
                    checked: chosen.includes(option),
                    onChange: (on) => set(on ? [...chosen, option] : chosen.filter((o) => o !== option)),
                  }))}
                />
              );
            }
            if (field.type === 'textarea')
              return (
                <Textarea
                  key={field.key}
                  id={id}
                  name={field.key}
                  label={label}
                  value={value as string}
                  onChange={set}
                  rows={4}
                />
              );
            return (
              <TextInput
                key={field.key}
                id={id}
                name={field.key}
                label={label}
                hint={field.type === 'date' ? 'For example, 2026-11-27' : undefined}
                type={field.type === 'email' ? 'email' : 'text'}
                className={field.type === 'number' || field.type === 'date' ? 'govuk-input--width-10' : undefined}
                value={value as string}
                onChange={set}
              />
            );
          })}
          <Button disabled={change.fetching}>Save answers</Button>
        </form>
      </div>
    </details>
  );
}
