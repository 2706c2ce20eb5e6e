/**
 * A track's checklist for its current step: what the document asks for here that does not move
 * the track (contact MASH, alert Housing...), done (who, when, what) or outstanding, and a form
 * to record each. Loaded by its own query so the case page's query stays within the cost limit.
 */
import { CaseChecklistsDocument, CaseRecordActionDocument, type ChecklistItemStateFragment } from '@waymark/sdk';
import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { formatDateTime } from '../../app/format.ts';
import { Tag } from '../../components/govuk/content.tsx';
import { Button, Select, TextInput } from '../../components/govuk/forms.tsx';
import { ChangeProblem } from './ChangeProblem.tsx';
import { useCaseChange } from './useCaseChange.ts';

export interface TrackChecklistProps {
  caseId: string;
  version: number;
  trackId: string;
  open: boolean;
  onSaved(what: string): void;
}

function status(item: ChecklistItemStateFragment) {
  if (item.done.length > 0) return <Tag colour="green">Done</Tag>;
  if (item.applies === false) return <Tag colour="grey">Does not apply</Tag>;
  if (item.outstanding) return <Tag colour="orange">To do</Tag>;
  return <Tag colour="blue">Optional</Tag>;
}

/** A form value as the action records it: numbers and yes/no typed, blanks left out. */
function typed(type: string, raw: string): unknown {
  if (raw.trim() === '') return undefined;
  if (type === 'number') return Number(raw);
  if (type === 'boolean') return raw === 'yes';
  return raw;
}

type RecordField = ChecklistItemStateFragment['records'][number];

/** The label with when the field is needed: always, for one answer to another field, or never. */
export function labelOf(field: RecordField, records: RecordField[]): string {
  if (field.required) return field.label;
  const condition = field.requiredIf as { field?: string; equals?: unknown } | null;
  const other = condition && records.find((f) => f.name === condition.field);
  if (!other) return `${field.label} (optional)`;
  const answer = condition.equals === true ? 'yes' : condition.equals === false ? 'no' : String(condition.equals);
  return `${field.label} (needed when ${other.label.charAt(0).toLowerCase() + other.label.slice(1)} is ${answer})`;
}

function ActionForm({
  item,
  caseId,
  version,
  trackId,
  onSaved,
}: { item: ChecklistItemStateFragment } & Omit<TrackChecklistProps, 'open'>) {
  const formId = `action-${trackId}-${item.action}`;
  const change = useCaseChange(CaseRecordActionDocument, formId, onSaved);
  const [values, setValues] = useState<Record<string, string>>({});

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const recorded: Record<string, unknown> = {};
    for (const field of item.records) {
      const value = typed(field.type, values[field.name] ?? '');
      if (value !== undefined) recorded[field.name] = value;
    }
    void change
      .run(
        { input: { caseId, expectedVersion: version, trackId, actionId: item.action, values: recorded } },
        `${item.title}: recorded.`,
      )
      .then((ok) => ok && setValues({}));
  }

  return (
    <form noValidate onSubmit={submit} id={formId}>
      {change.problem && <ChangeProblem problem={change.problem} caseId={caseId} headingLevel={4} />}
      {item.records.map((field) => {
        const id = `${formId}-${field.name}`;
        const label = labelOf(field, item.records);
        const set = (value: string) => setValues((old) => ({ ...old, [field.name]: value }));
        const value = values[field.name] ?? '';
        if (field.type === 'enum' || field.type === 'boolean') {
          const options =
            field.type === 'enum'
              ? field.values.map((v) => ({ value: v, text: v }))
              : [
                  { value: 'yes', text: 'Yes' },
                  { value: 'no', text: 'No' },
                ];
          return (
            <Select
              key={field.name}
              id={id}
              name={field.name}
              label={label}
              options={[{ value: '', text: 'Choose' }, ...options]}
              value={value}
              onChange={set}
            />
          );
        }
        return (
          <TextInput
            key={field.name}
            id={id}
            name={field.name}
            label={label}
            hint={field.type === 'date' ? 'For example, 2026-05-01' : undefined}
            value={value}
            onChange={set}
          />
        );
      })}
      <Button variant="secondary" disabled={change.fetching}>
        Record: {item.title.charAt(0).toLowerCase() + item.title.slice(1)}
      </Button>
    </form>
  );
}

export function TrackChecklist(props: TrackChecklistProps) {
  // urql's document cache drops this result whenever a mutation returns the Case, so the list
  // reloads after every change to the case.
  const [{ data }] = useQuery({ query: CaseChecklistsDocument, variables: { id: props.caseId } });
  const items = data?.case?.tracks.find((t) => t.id === props.trackId)?.checklist ?? [];
  if (items.length === 0) return null;
  return (
    <>
      <h4 className="govuk-heading-s">Checklist for this step</h4>
      <ul className="govuk-list">
        {items.map((item) => (
          <li key={item.action} className="govuk-!-margin-bottom-4">
            <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
              {item.title} {status(item)}
              {item.required && <span className="govuk-visually-hidden"> (required)</span>}
            </p>
            <p className="govuk-body-s govuk-!-margin-bottom-1">
              {item.required ? 'Required' : 'Optional'}
              {item.blocks.length > 0 && ` before: ${item.blocks.join(', ')}`}. Source: {item.section}.
            </p>
            {item.done.length > 0 && (
              <ul className="govuk-list govuk-list--bullet govuk-body-s">
                {item.done.map((entry) => (
                  <li key={entry.at}>
                    {formatDateTime(entry.at)}
                    {entry.recordedBy && ` by ${entry.recordedBy.displayName}`}
                    {Object.entries(entry.values as Record<string, unknown>).map(([k, v]) => {
                      const field = item.records.find((f) => f.name === k);
                      return ` · ${field?.label ?? k}: ${v === true ? 'yes' : v === false ? 'no' : String(v)}`;
                    })}
                  </li>
                ))}
              </ul>
            )}
            {props.open && item.canRecord && item.applies !== false && (
              <ActionForm
                item={item}
                caseId={props.caseId}
                version={props.version}
                trackId={props.trackId}
                onSaved={props.onSaved}
              />
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
