/**
 * Schedule a multi-agency meeting about the case (`caseScheduleMeeting`) and record what a
 * meeting decided (`caseRecordMeetingOutcome`). Times are UK local time, whatever the browser's
 * own time zone.
 */
import {
  CaseRecordMeetingOutcomeDocument,
  CaseScheduleMeetingDocument,
  OrganisationsDocument,
  type MeetingKind,
  type MeetingNrmDecision,
} from '@waymark/sdk';
import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { formatDateTime, londonDateTimeToIso } from '../../app/format.ts';
import { ErrorSummary, type ErrorSummaryItem } from '../../components/govuk/ErrorSummary.tsx';
import { Button, Checkboxes, Select, TextInput } from '../../components/govuk/forms.tsx';
import { Radios, Textarea } from '../../components/govuk/more.tsx';
import { Section, type FormProps } from './CaseForms.tsx';
import { ChangeProblem } from './ChangeProblem.tsx';
import { meetingKindLabels, meetingNrmDecisionLabels } from './labels.ts';
import { useCaseChange } from './useCaseChange.ts';

const summaryOf = (formId: string, errors: Record<string, string>): ErrorSummaryItem[] =>
  Object.entries(errors).map(([field, text]) => ({ text, href: `#${formId}-${field}` }));

/**
 * Checks a date and time pair; adds its problems to `errors` and answers the instant, if any.
 * The date field carries the API's field name, so the API's own field errors link to it too.
 */
function readWhen(
  field: string,
  date: string,
  time: string,
  what: string,
  errors: Record<string, string>,
): string | null {
  if (!date.trim()) errors[field] = `Enter the date ${what}`;
  if (!time.trim()) errors[`${field}Time`] = `Enter the time ${what}`;
  if (!date.trim() || !time.trim()) return null;
  const iso = londonDateTimeToIso(date, time);
  if (!iso) errors[field] = 'Enter a real date and time, like 2026-11-27 and 14:30';
  return iso;
}

function WhenFields(props: {
  formId: string;
  field: string;
  label: string;
  date: string;
  time: string;
  setDate(value: string): void;
  setTime(value: string): void;
  errors: Record<string, string>;
}) {
  return (
    <>
      <TextInput
        id={`${props.formId}-${props.field}`}
        name={props.field}
        label={`${props.label}: date`}
        hint="For example, 2026-11-27"
        className="govuk-input--width-10"
        value={props.date}
        onChange={props.setDate}
        error={props.errors[props.field]}
      />
      <TextInput
        id={`${props.formId}-${props.field}Time`}
        name={`${props.field}Time`}
        label={`${props.label}: time (UK time)`}
        hint="24-hour clock, for example, 14:30"
        className="govuk-input--width-5"
        value={props.time}
        onChange={props.setTime}
        error={props.errors[`${props.field}Time`]}
      />
    </>
  );
}

export function ScheduleMeetingForm({ caseView, onSaved }: FormProps) {
  const formId = 'meeting';
  const [kind, setKind] = useState('');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [attendees, setAttendees] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [{ data }] = useQuery({
    query: OrganisationsDocument,
    variables: { first: 100, filter: { areaCode: caseView.area.code } },
  });
  const change = useCaseChange(CaseScheduleMeetingDocument, formId, onSaved);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!kind) found.kind = 'Select the kind of meeting';
    const scheduledFor = readWhen('scheduledFor', date, time, 'of the meeting', found);
    setErrors(found);
    if (Object.keys(found).length > 0 || !scheduledFor) return;
    const ok = await change.run(
      {
        input: {
          caseId: caseView.id,
          expectedVersion: caseView.version,
          kind: kind as MeetingKind,
          scheduledFor,
          attendeeOrganisationIds: attendees,
        },
      },
      `${meetingKindLabels[kind as MeetingKind]} scheduled for ${formatDateTime(scheduledFor)}.`,
    );
    if (ok) {
      setKind('');
      setDate('');
      setTime('');
      setAttendees([]);
    }
  }

  return (
    <Section id={formId} title="Schedule a meeting">
      {Object.keys(errors).length > 0 && <ErrorSummary errors={summaryOf(formId, errors)} />}
      {change.problem && <ChangeProblem problem={change.problem} caseId={caseView.id} />}
      <form noValidate onSubmit={submit}>
        <Select
          id={`${formId}-kind`}
          name="kind"
          label="Kind of meeting"
          value={kind}
          onChange={setKind}
          error={errors.kind}
          options={[
            { value: '', text: 'Choose a kind of meeting' },
            ...Object.entries(meetingKindLabels).map(([value, text]) => ({ value, text })),
          ]}
        />
        <WhenFields
          formId={formId}
          field="scheduledFor"
          label="When"
          date={date}
          time={time}
          setDate={setDate}
          setTime={setTime}
          errors={errors}
        />
        {(data?.organisations.edges.length ?? 0) > 0 && (
          <Checkboxes
            name="attendeeOrganisationIds"
            legend="Organisations invited (optional)"
            small
            items={data!.organisations.edges.map(({ node }) => ({
              id: `${formId}-attendee-${node.id}`,
              value: node.id,
              label: node.name,
              checked: attendees.includes(node.id),
              onChange: (checked) =>
                setAttendees((ids) => (checked ? [...ids, node.id] : ids.filter((id) => id !== node.id))),
            }))}
          />
        )}
        <Button disabled={change.fetching}>Schedule meeting</Button>
      </form>
    </Section>
  );
}

export function MeetingOutcomeForm({ caseView, onSaved }: FormProps) {
  const formId = 'meeting-outcome';
  const waiting = caseView.meetings.filter((meeting) => !meeting.heldAt);
  const [picked, setMeetingId] = useState('');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [decision, setDecision] = useState('');
  const [leadId, setLeadId] = useState('');
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const change = useCaseChange(CaseRecordMeetingOutcomeDocument, formId, onSaved);
  if (waiting.length === 0) return null;
  // With one meeting waiting it is the one (the form may have mounted before it was scheduled).
  const meetingId = picked || (waiting.length === 1 ? waiting[0]!.id : '');
  const meeting = waiting.find((m) => m.id === meetingId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!meetingId) found.meetingId = 'Select the meeting';
    const heldAt = readWhen('heldAt', date, time, 'the meeting was held', found);
    setErrors(found);
    if (Object.keys(found).length > 0 || !heldAt) return;
    await change.run(
      {
        input: {
          caseId: caseView.id,
          expectedVersion: caseView.version,
          meetingId,
          heldAt,
          ...(decision ? { nrmDecision: decision as MeetingNrmDecision } : {}),
          ...(leadId ? { leadFirstResponderId: leadId } : {}),
          ...(notes.trim() ? { notes } : {}),
        },
      },
      'Meeting outcome recorded.',
    );
  }

  return (
    <Section id={formId} title="Record a meeting’s outcome">
      {Object.keys(errors).length > 0 && <ErrorSummary errors={summaryOf(formId, errors)} />}
      {change.problem && <ChangeProblem problem={change.problem} caseId={caseView.id} />}
      <form noValidate onSubmit={submit}>
        <Select
          id={`${formId}-meetingId`}
          name="meetingId"
          label="Meeting"
          value={meetingId}
          onChange={setMeetingId}
          error={errors.meetingId}
          options={[
            ...(waiting.length > 1 ? [{ value: '', text: 'Choose a meeting' }] : []),
            ...waiting.map((m) => ({
              value: m.id,
              text: `${meetingKindLabels[m.kind]}, ${formatDateTime(m.scheduledFor)}`,
            })),
          ]}
        />
        <WhenFields
          formId={formId}
          field="heldAt"
          label="Held"
          date={date}
          time={time}
          setDate={setDate}
          setTime={setTime}
          errors={errors}
        />
        <Radios
          id={`${formId}-nrmDecision`}
          name="nrmDecision"
          legend="What did the meeting decide about an NRM referral?"
          small
          value={decision}
          onChange={setDecision}
          items={[
            ...Object.entries(meetingNrmDecisionLabels).map(([value, label]) => ({ value, label })),
            { value: '', label: 'Not discussed' },
          ]}
        />
        {meeting && meeting.attendees.length > 0 && (
          <Select
            id={`${formId}-leadFirstResponderId`}
            name="leadFirstResponderId"
            label="Lead First Responder (optional)"
            hint="The organisation that will make the referral"
            value={leadId}
            onChange={setLeadId}
            options={[
              { value: '', text: 'Not decided' },
              ...meeting.attendees.map((org) => ({ value: org.id, text: org.name })),
            ]}
          />
        )}
        <Textarea
          id={`${formId}-notes`}
          name="notes"
          label="Notes (optional)"
          value={notes}
          onChange={setNotes}
          rows={3}
        />
        <Button disabled={change.fetching}>Record outcome</Button>
      </form>
    </Section>
  );
}
