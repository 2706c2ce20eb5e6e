/**
 * Who a service is for. "The source does not say" is its own answer (null eligibility): such a
 * service is never offered as a match, which is safer than guessing "anyone".
 */
import type { AgeGroup, DecisionOutcome, EligibilityInput, Gender, NrmStatus } from '@waymark/sdk';
import { Checkboxes, TextInput } from '../../components/govuk/forms.tsx';
import { Radios, Textarea } from '../../components/govuk/more.tsx';
import { ageGroupLabels, decisionOutcomeLabels, genderLabels, nrmStatusLabels } from './labels.ts';

export interface EligibilityDraft {
  stated: boolean;
  ageGroups: AgeGroup[];
  genders: Gender[];
  nrmStatuses: NrmStatus[];
  decisionOutcomes: DecisionOutcome[];
  minimumAge: string;
  maximumAge: string;
  recourse: '' | 'with' | 'without';
  conditions: string;
}

export const unstated: EligibilityDraft = {
  stated: false,
  ageGroups: [],
  genders: [],
  nrmStatuses: [],
  decisionOutcomes: [],
  minimumAge: '',
  maximumAge: '',
  recourse: '',
  conditions: '',
};

export function draftFrom(e: Partial<Record<keyof EligibilityInput, unknown>> | null | undefined): EligibilityDraft {
  if (!e) return unstated;
  return {
    stated: true,
    ageGroups: (e.ageGroups as AgeGroup[]) ?? [],
    genders: (e.genders as Gender[]) ?? [],
    nrmStatuses: (e.nrmStatuses as NrmStatus[]) ?? [],
    decisionOutcomes: (e.decisionOutcomes as DecisionOutcome[]) ?? [],
    minimumAge: e.minimumAge == null ? '' : String(e.minimumAge),
    maximumAge: e.maximumAge == null ? '' : String(e.maximumAge),
    recourse: e.recourseToPublicFunds == null ? '' : e.recourseToPublicFunds ? 'with' : 'without',
    conditions: (e.conditions as string | null) ?? '',
  };
}

export function inputFrom(draft: EligibilityDraft): EligibilityInput | null {
  if (!draft.stated) return null;
  return {
    ageGroups: draft.ageGroups,
    genders: draft.genders,
    nrmStatuses: draft.nrmStatuses,
    decisionOutcomes: draft.decisionOutcomes,
    minimumAge: draft.minimumAge ? Number(draft.minimumAge) : null,
    maximumAge: draft.maximumAge ? Number(draft.maximumAge) : null,
    recourseToPublicFunds: draft.recourse === '' ? null : draft.recourse === 'with',
    conditions: draft.conditions.trim() || null,
  };
}

function toggle<T>(list: T[], value: T, on: boolean): T[] {
  return on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);
}

export function EligibilityEditor({
  idPrefix,
  value,
  onChange,
  errors = {},
}: {
  idPrefix: string;
  value: EligibilityDraft;
  onChange(next: EligibilityDraft): void;
  errors?: Partial<Record<'minimumAge' | 'maximumAge', string>>;
}) {
  const boxes = <T extends string>(
    field: 'ageGroups' | 'genders' | 'nrmStatuses' | 'decisionOutcomes',
    labels: Record<T, string>,
    legend: string,
  ) => (
    <Checkboxes
      name={field}
      legend={legend}
      small
      items={(Object.entries(labels) as Array<[T, string]>).map(([key, label]) => ({
        id: `${idPrefix}-${field}-${key}`,
        value: key,
        label,
        checked: (value[field] as string[]).includes(key),
        onChange: (on: boolean) => onChange({ ...value, [field]: toggle(value[field] as string[], key, on) }),
      }))}
    />
  );
  return (
    <>
      <Radios
        id={`${idPrefix}-stated`}
        name="eligibilityStated"
        legend="Does the source say who the service is for?"
        hint="If it does not, the service is marked “eligibility not stated” and never offered as a match"
        value={value.stated ? 'yes' : 'no'}
        onChange={(answer) => onChange({ ...value, stated: answer === 'yes' })}
        items={[
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No, the source does not say' },
        ]}
      />
      {value.stated && (
        <div className="govuk-inset-text">
          <p className="govuk-body">Leave a question unanswered when the service takes anyone.</p>
          {boxes('ageGroups', ageGroupLabels, 'Age groups')}
          <TextInput
            id={`${idPrefix}-minimumAge`}
            name="minimumAge"
            label="Youngest age"
            className="govuk-input--width-3"
            error={errors.minimumAge}
            value={value.minimumAge}
            onChange={(minimumAge) => onChange({ ...value, minimumAge })}
          />
          <TextInput
            id={`${idPrefix}-maximumAge`}
            name="maximumAge"
            label="Oldest age"
            className="govuk-input--width-3"
            error={errors.maximumAge}
            value={value.maximumAge}
            onChange={(maximumAge) => onChange({ ...value, maximumAge })}
          />
          {boxes('genders', genderLabels, 'Genders')}
          {boxes('nrmStatuses', nrmStatusLabels, 'NRM status')}
          {boxes('decisionOutcomes', decisionOutcomeLabels, 'Decisions')}
          <Radios
            id={`${idPrefix}-recourse`}
            name="recourse"
            legend="Recourse to public funds"
            small
            value={value.recourse}
            onChange={(recourse) => onChange({ ...value, recourse: recourse as EligibilityDraft['recourse'] })}
            items={[
              { value: '', label: 'Either' },
              { value: 'with', label: 'Only people with recourse' },
              { value: 'without', label: 'Only people with no recourse (NRPF)' },
            ]}
          />
          <Textarea
            id={`${idPrefix}-conditions`}
            name="conditions"
            label="Other conditions"
            value={value.conditions}
            onChange={(conditions) => onChange({ ...value, conditions })}
            rows={3}
          />
        </div>
      )}
    </>
  );
}
