/**
 * The forms that record what happened on a case. Each is a GOV.UK details section (closed
 * until wanted), sends the case's version as `expectedVersion`, and shows the API's typed
 * refusal in an error summary above its fields.
 */
import {
  CaseAddNoteDocument,
  CaseCloseDocument,
  CaseRecordConsentDocument,
  CaseRecordFactsDocument,
  CaseReferToServiceDocument,
  ServicesDocument,
  type ConsentAnswer,
} from '@waymark/sdk';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { ErrorSummary } from '../../components/govuk/ErrorSummary.tsx';
import { Button, Select, TextInput } from '../../components/govuk/forms.tsx';
import { Radios, Textarea } from '../../components/govuk/more.tsx';
import type { CaseView } from './CasePage.tsx';
import { ChangeProblem } from './ChangeProblem.tsx';
import { useCaseChange } from './useCaseChange.ts';

export interface FormProps {
  caseView: CaseView;
  onSaved(what: string): void;
}

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <details className="govuk-details" id={id}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{title}</span>
      </summary>
      <div className="govuk-details__text">{children}</div>
    </details>
  );
}

type FactValue = string | number | boolean | null;

/** Every fact the case's pathways read, once each, with the value recorded so far. */
export function FactsForm({ caseView, onSaved }: FormProps) {
  const formId = 'facts';
  const facts = new Map(
    caseView.tracks.flatMap((track) => track.pathway.facts.map((fact) => [fact.name, fact] as const)),
  );
  const labels = Object.fromEntries([...facts.values()].map((fact) => [fact.name, fact.label]));
  const recorded = (caseView.facts ?? {}) as Record<string, FactValue>;
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [localError, setLocalError] = useState<string | null>(null);
  const change = useCaseChange(CaseRecordFactsDocument, formId, onSaved, labels);
  if (facts.size === 0) return null;

  const shown = (name: string) => draft[name] ?? (recorded[name] == null ? '' : String(recorded[name]));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const changed: Record<string, FactValue> = {};
    for (const [name, text] of Object.entries(draft)) {
      const fact = facts.get(name)!;
      const before = recorded[name] == null ? '' : String(recorded[name]);
      if (text === before) continue;
      if (text === '') changed[name] = null;
      else if (fact.type === 'boolean') changed[name] = text === 'true';
      else if (fact.type === 'number') changed[name] = Number(text);
      else changed[name] = text;
    }
    if (Object.keys(changed).length === 0) {
      setLocalError('Change at least one fact before saving');
      return;
    }
    setLocalError(null);
    const ok = await change.run(
      { input: { caseId: caseView.id, expectedVersion: caseView.version, facts: changed } },
      `Facts saved: ${Object.keys(changed)
        .map((name) => labels[name])
        .join(', ')}.`,
    );
    if (ok) setDraft({});
  }

  return (
    <Section id={formId} title="Record facts">
      {localError && <ErrorSummary errors={[{ text: localError }]} />}
      {change.problem && <ChangeProblem problem={change.problem} caseId={caseView.id} />}
      <form noValidate onSubmit={submit}>
        {[...facts.values()].map((fact) => {
          const id = `${formId}-${fact.name}`;
          const set = (value: string) => setDraft((d) => ({ ...d, [fact.name]: value }));
          if (fact.type === 'boolean')
            return (
              <Radios
                key={fact.name}
                id={id}
                name={fact.name}
                legend={fact.label}
                small
                inline
                value={shown(fact.name)}
                onChange={set}
                items={[
                  { value: 'true', label: 'Yes' },
                  { value: 'false', label: 'No' },
                  { value: '', label: 'Not known' },
                ]}
              />
            );
          if (fact.type === 'enum')
            return (
              <Select
                key={fact.name}
                id={id}
                name={fact.name}
                label={fact.label}
                value={shown(fact.name)}
                onChange={set}
                options={[{ value: '', text: 'Not known' }, ...fact.values.map((value) => ({ value, text: value }))]}
              />
            );
          return (
            <TextInput
              key={fact.name}
              id={id}
              name={fact.name}
              label={fact.label}
              hint={fact.type === 'date' ? 'For example, 2026-11-27' : undefined}
              className={fact.type === 'number' ? 'govuk-input--width-5' : 'govuk-input--width-10'}
              value={shown(fact.name)}
              onChange={set}
            />
          );
        })}
        <Button disabled={change.fetching}>Save facts</Button>
      </form>
    </Section>
  );
}

const consentItems = [
  { value: 'GIVEN', label: 'Given' },
  { value: 'DECLINED', label: 'Declined' },
  { value: 'WITHDRAWN', label: 'Withdrawn' },
];

export function ConsentForm({ caseView, onSaved }: FormProps) {
  const formId = 'consent';
  const [nrm, setNrm] = useState('');
  const [share, setShare] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const change = useCaseChange(CaseRecordConsentDocument, formId, onSaved);
  if (caseView.consent.notAskedBecauseChild) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!nrm && !share) {
      setLocalError('Select an answer about the NRM referral or about sharing details');
      return;
    }
    setLocalError(null);
    await change.run(
      {
        input: {
          caseId: caseView.id,
          expectedVersion: caseView.version,
          ...(nrm ? { nrm: nrm as ConsentAnswer } : {}),
          ...(share ? { shareDetails: share as ConsentAnswer } : {}),
        },
      },
      'Consent recorded.',
    );
  }

  return (
    <Section id={formId} title="Record consent">
      {localError && <ErrorSummary errors={[{ text: localError, href: `#${formId}-nrm` }]} />}
      {change.problem && <ChangeProblem problem={change.problem} caseId={caseView.id} />}
      <p className="govuk-body">
        Recorded so far: NRM referral {caseView.consent.nrm?.toLowerCase() ?? 'not asked'}, sharing details{' '}
        {caseView.consent.shareDetails?.toLowerCase() ?? 'not asked'}.
      </p>
      <form noValidate onSubmit={submit}>
        <Radios
          id={`${formId}-nrm`}
          name="nrm"
          legend="Consent to an NRM referral"
          small
          value={nrm}
          onChange={setNrm}
          items={consentItems}
        />
        <Radios
          id={`${formId}-shareDetails`}
          name="shareDetails"
          legend="Consent to share their details"
          small
          value={share}
          onChange={setShare}
          items={consentItems}
        />
        <Button disabled={change.fetching}>Save consent</Button>
      </form>
    </Section>
  );
}

export function ReferralForm({ caseView, onSaved }: FormProps) {
  const formId = 'referral';
  const [serviceId, setServiceId] = useState('');
  const [note, setNote] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const [{ data }] = useQuery({
    query: ServicesDocument,
    variables: { filter: { areaCode: caseView.area.code }, first: 100 },
  });
  const change = useCaseChange(CaseReferToServiceDocument, formId, onSaved);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!serviceId) {
      setLocalError('Select a service');
      return;
    }
    setLocalError(null);
    const ok = await change.run(
      { input: { caseId: caseView.id, expectedVersion: caseView.version, serviceId, ...(note ? { note } : {}) } },
      'Referral sent.',
    );
    if (ok) setNote('');
  }

  return (
    <Section id={formId} title="Refer to a support service">
      {localError && <ErrorSummary errors={[{ text: localError, href: `#${formId}-serviceId` }]} />}
      {change.problem && <ChangeProblem problem={change.problem} caseId={caseView.id} />}
      {caseView.serviceReferrals.length > 0 && (
        <ul className="govuk-list govuk-list--bullet">
          {caseView.serviceReferrals.map((referral) => (
            <li key={referral.id}>
              {referral.service.name}: {referral.status.toLowerCase()}
            </li>
          ))}
        </ul>
      )}
      <form noValidate onSubmit={submit}>
        <Select
          id={`${formId}-serviceId`}
          name="serviceId"
          label="Service"
          hint="Services working in this case’s area, and national ones"
          value={serviceId}
          onChange={setServiceId}
          options={[
            { value: '', text: 'Choose a service' },
            ...(data?.services.edges ?? []).map(({ node }) => ({ value: node.id, text: node.name })),
          ]}
        />
        <Textarea
          id={`${formId}-note`}
          name="note"
          label="Note for the service (optional)"
          value={note}
          onChange={setNote}
          rows={3}
        />
        <Button disabled={change.fetching}>Send referral</Button>
      </form>
    </Section>
  );
}

export function NoteForm({ caseView, onSaved }: FormProps) {
  const formId = 'note';
  const [text, setText] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const change = useCaseChange(CaseAddNoteDocument, formId, onSaved);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) {
      setLocalError('Enter the note');
      return;
    }
    setLocalError(null);
    const ok = await change.run(
      { input: { caseId: caseView.id, expectedVersion: caseView.version, text } },
      'Note added.',
    );
    if (ok) setText('');
  }

  return (
    <Section id={formId} title="Add a note">
      {localError && <ErrorSummary errors={[{ text: localError, href: `#${formId}-text` }]} />}
      {change.problem && <ChangeProblem problem={change.problem} caseId={caseView.id} />}
      <form noValidate onSubmit={submit}>
        <Textarea
          id={`${formId}-text`}
          name="text"
          label="Note"
          value={text}
          onChange={setText}
          error={localError ?? undefined}
        />
        <Button disabled={change.fetching}>Add note</Button>
      </form>
    </Section>
  );
}

export function CloseForm({ caseView, onSaved }: FormProps) {
  const formId = 'close';
  const [reason, setReason] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const change = useCaseChange(CaseCloseDocument, formId, onSaved);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) {
      setLocalError('Enter why the case is being closed');
      return;
    }
    setLocalError(null);
    await change.run({ input: { caseId: caseView.id, expectedVersion: caseView.version, reason } }, 'Case closed.');
  }

  return (
    <Section id={formId} title="Close the case">
      {localError && <ErrorSummary errors={[{ text: localError, href: `#${formId}-reason` }]} />}
      {change.problem && <ChangeProblem problem={change.problem} caseId={caseView.id} />}
      <form noValidate onSubmit={submit}>
        <Textarea
          id={`${formId}-reason`}
          name="reason"
          label="Why is the case being closed?"
          value={reason}
          onChange={setReason}
          error={localError ?? undefined}
          rows={3}
        />
        <Button variant="warning" disabled={change.fetching}>
          Close case
        </Button>
      </form>
    </Section>
  );
}
