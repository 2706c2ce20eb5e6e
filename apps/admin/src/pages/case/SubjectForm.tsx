/**
 * Correct what is known about the person (caseUpdateSubject): only the fields changed are sent
 * (an emptied field is sent as null, which clears it), so a correction never overwrites what
 * someone else corrected meanwhile without the version check saying so. Shown only to viewers
 * who may see the person's identity: a redacted subject cannot be corrected blind.
 */
import { CaseUpdateSubjectDocument } from '@waymark/sdk';
import { useState, type FormEvent } from 'react';
import { genderOptions } from '../../app/format.ts';
import { ErrorSummary } from '../../components/govuk/ErrorSummary.tsx';
import { Button, Select, TextInput } from '../../components/govuk/forms.tsx';
import { Radios } from '../../components/govuk/more.tsx';
import { Section, type FormProps } from './CaseForms.tsx';
import { ChangeProblem } from './ChangeProblem.tsx';
import { useCaseChange } from './useCaseChange.ts';

type Field =
  | 'givenName'
  | 'familyName'
  | 'aliases'
  | 'dateOfBirth'
  | 'claimedAge'
  | 'estimatedAge'
  | 'ageUncertain'
  | 'reasonToBelieveChild'
  | 'gender'
  | 'nationality'
  | 'languages'
  | 'interpreterNeeded';

const labels: Record<Field, string> = {
  givenName: 'Given name',
  familyName: 'Family name',
  aliases: 'Other names they use',
  dateOfBirth: 'Date of birth',
  claimedAge: 'Age they say they are',
  estimatedAge: 'Estimated age',
  ageUncertain: 'Is their age in doubt?',
  reasonToBelieveChild: 'Is there reason to believe they are a child?',
  gender: 'Gender',
  nationality: 'Nationality',
  languages: 'Languages',
  interpreterNeeded: 'Do they need an interpreter?',
};

const yesNo = [
  { value: 'true', label: 'Yes' },
  { value: 'false', label: 'No' },
];

const list = (text: string) =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
const asText = (value: unknown) =>
  value == null
    ? ''
    : Array.isArray(value)
      ? value.join(', ')
      : typeof value === 'boolean'
        ? String(value)
        : String(value);

export function SubjectForm({ caseView, onSaved }: FormProps) {
  const formId = 'subject';
  const subject = caseView.subject;
  const [draft, setDraft] = useState<Partial<Record<Field, string>>>({});
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const change = useCaseChange(CaseUpdateSubjectDocument, formId, onSaved, labels);
  if (subject.redacted || caseView.status !== 'OPEN') return null;

  const recorded = (field: Field) => asText((subject as Record<string, unknown>)[field]);
  const shown = (field: Field) => draft[field] ?? recorded(field);
  const set = (field: Field) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));

  function parse(): Record<string, unknown> | null {
    const found: Partial<Record<Field, string>> = {};
    const out: Record<string, unknown> = {};
    for (const [field, text] of Object.entries(draft) as Array<[Field, string]>) {
      if (text.trim() === recorded(field)) continue;
      const value = text.trim();
      if (field === 'aliases' || field === 'languages') out[field] = value ? list(value) : null;
      else if (field === 'claimedAge' || field === 'estimatedAge') {
        if (value && !/^\d{1,3}$/.test(value)) found[field] = `${labels[field]} must be a whole number`;
        out[field] = value ? Number(value) : null;
      } else if (field === 'dateOfBirth') {
        if (value && !/^\d{4}-\d{2}-\d{2}$/.test(value)) found[field] = 'Enter the date of birth as 2001-03-31';
        out[field] = value || null;
      } else if (field === 'ageUncertain' || field === 'interpreterNeeded' || field === 'reasonToBelieveChild')
        out[field] = value === '' ? null : value === 'true';
      else out[field] = value || null;
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return null;
    return out;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const changes = parse();
    if (!changes) return;
    if (Object.keys(changes).length === 0) {
      setErrors({ givenName: 'Change at least one detail before saving' });
      return;
    }
    const ok = await change.run(
      { input: { caseId: caseView.id, expectedVersion: caseView.version, subject: changes } },
      `Corrected: ${Object.keys(changes)
        .map((field) => labels[field as Field].toLowerCase())
        .join(', ')}.`,
    );
    if (ok) setDraft({});
  }

  const problems = Object.entries(errors).map(([field, text]) => ({ text: text!, href: `#${formId}-${field}` }));
  const text = (field: Field, hint?: string, className = 'govuk-input--width-20') => (
    <TextInput
      id={`${formId}-${field}`}
      name={field}
      label={labels[field]}
      hint={hint}
      error={errors[field]}
      className={className}
      value={shown(field)}
      onChange={set(field)}
    />
  );
  const radios = (field: Field, hint?: string) => (
    <Radios
      id={`${formId}-${field}`}
      name={field}
      legend={labels[field]}
      hint={hint}
      small
      inline
      value={shown(field)}
      onChange={set(field)}
      items={yesNo}
    />
  );
  return (
    <Section id={formId} title="Correct the person's details">
      {problems.length > 0 && <ErrorSummary errors={problems} />}
      {change.problem && <ChangeProblem problem={change.problem} caseId={caseView.id} />}
      <form noValidate onSubmit={submit}>
        <p className="govuk-body">
          Change only what was wrong. The timeline records which details changed, never the old or new values.
        </p>
        {text('givenName')}
        {text('familyName')}
        {text('aliases', 'Separate names with commas')}
        {text(
          'dateOfBirth',
          'For example, 2001-03-31. Their age, and when they turn 18, follow from it.',
          'govuk-input--width-10',
        )}
        {text(
          'claimedAge',
          'Someone who says they are under 18 is treated as a child until an age assessment',
          'govuk-input--width-3',
        )}
        {text('estimatedAge', undefined, 'govuk-input--width-3')}
        {radios('ageUncertain')}
        {radios('reasonToBelieveChild', 'Whatever their appearance (Hertfordshire 7.4)')}
        <Select
          id={`${formId}-gender`}
          name="gender"
          label={labels.gender}
          value={shown('gender')}
          onChange={set('gender')}
          options={genderOptions}
        />
        {text('nationality')}
        {text('languages', 'Separate languages with commas')}
        {radios('interpreterNeeded', 'Never a family member, sponsor or accompanying adult')}
        <Button disabled={change.fetching}>Save corrections</Button>
      </form>
    </Section>
  );
}
