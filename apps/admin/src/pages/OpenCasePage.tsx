/**
 * Record a concern. Before anything is created, cases that may be about the same person are
 * looked for (the API's possibleDuplicates: names, aliases, sound-alike names and date of birth,
 * among the cases whose identity the viewer may see) and shown; the
 * person chooses to carry on or go to one of them. The case then starts on the chosen pathway
 * (the area's entry pathway unless another is picked) and the browser lands on it.
 */
import {
  CaseEnrolDocument,
  CaseOpenDocument,
  OpenCaseOptionsDocument,
  PossibleDuplicatesDocument,
  type ConcernKind,
  type Gender,
} from '@waymark/sdk';
import { useState, type FormEvent } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { ApiErrorSummary, describeApiError } from '../app/ApiErrorSummary.tsx';
import { entryPathwayIds, pathwaysForArea } from '../app/entryPathways.ts';
import { concernKindLabels, genderOptions } from '../app/format.ts';
import { Link, navigate } from '../app/router.tsx';
import { usePageTitle } from '../app/usePageTitle.ts';
import { ErrorSummary, type ErrorSummaryItem } from '../components/govuk/ErrorSummary.tsx';
import { Button, Select, TextInput } from '../components/govuk/forms.tsx';
import { BackLink, Radios, Textarea, WarningText } from '../components/govuk/more.tsx';

const formId = 'open';
const id = (field: string) => `${formId}-${field}`;

interface Draft {
  concernKind: string;
  concern: string;
  immediateRisk: string;
  areaId: string;
  pathwayId: string;
  givenName: string;
  familyName: string;
  aliases: string;
  dateOfBirth: string;
  estimatedAge: string;
  gender: string;
}

const empty: Draft = {
  concernKind: '',
  concern: '',
  immediateRisk: '',
  areaId: '',
  pathwayId: '',
  givenName: '',
  familyName: '',
  aliases: '',
  dateOfBirth: '',
  estimatedAge: '',
  gender: '',
};

type Duplicate = { id: string; reference: string; area: { name: string } };

export function OpenCasePage() {
  usePageTitle('Record a concern');
  const client = useClient();
  const [{ data: options, error: optionsError }] = useQuery({ query: OpenCaseOptionsDocument });
  const [, openCase] = useMutation(CaseOpenDocument);
  const [, enrol] = useMutation(CaseEnrolDocument);
  const [draft, setDraft] = useState<Draft>(empty);
  const [errors, setErrors] = useState<Partial<Record<keyof Draft, string>>>({});
  const [problems, setProblems] = useState<ErrorSummaryItem[]>([]);
  const [duplicates, setDuplicates] = useState<Duplicate[] | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (field: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));

  const area = options?.areas.find((a) => a.id === draft.areaId);
  const areaPathways = area && options ? pathwaysForArea(area, options.pathways) : [];
  const entries = area && options ? entryPathwayIds(area, options.pathways) : new Set<string>();
  const chosenPathway = draft.pathwayId || areaPathways[0]?.id || '';

  function check(): boolean {
    const found: Partial<Record<keyof Draft, string>> = {};
    if (!draft.concernKind) found.concernKind = 'Select what the concern is about';
    if (!draft.concern.trim()) found.concern = 'Enter what was seen or heard';
    if (!draft.immediateRisk) found.immediateRisk = 'Select whether anyone is in immediate danger';
    if (!draft.areaId) found.areaId = 'Select the area';
    if (draft.dateOfBirth && !/^\d{4}-\d{2}-\d{2}$/.test(draft.dateOfBirth))
      found.dateOfBirth = 'Date of birth must be a real date, for example 1994-03-12';
    if (draft.estimatedAge && !/^\d{1,3}$/.test(draft.estimatedAge)) found.estimatedAge = 'Age must be a whole number';
    setErrors(found);
    setProblems(Object.entries(found).map(([field, text]) => ({ text, href: `#${id(field)}` })));
    return Object.keys(found).length === 0;
  }

  async function findDuplicates(): Promise<Duplicate[]> {
    const aliases = draft.aliases
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean);
    const subject = {
      ...(draft.givenName.trim() ? { givenName: draft.givenName.trim() } : {}),
      ...(draft.familyName.trim() ? { familyName: draft.familyName.trim() } : {}),
      ...(aliases.length ? { aliases } : {}),
      ...(draft.dateOfBirth ? { dateOfBirth: draft.dateOfBirth } : {}),
    };
    if (Object.keys(subject).length === 0) return [];
    const result = await client
      .query(PossibleDuplicatesDocument, { subject }, { requestPolicy: 'network-only' })
      .toPromise();
    return result.data?.possibleDuplicates ?? [];
  }

  async function create() {
    setBusy(true);
    try {
      const subject = {
        ...(draft.givenName.trim() ? { givenName: draft.givenName.trim() } : {}),
        ...(draft.familyName.trim() ? { familyName: draft.familyName.trim() } : {}),
        ...(draft.aliases.trim()
          ? {
              aliases: draft.aliases
                .split(',')
                .map((a) => a.trim())
                .filter(Boolean),
            }
          : {}),
        ...(draft.dateOfBirth ? { dateOfBirth: draft.dateOfBirth } : {}),
        ...(draft.estimatedAge ? { estimatedAge: Number(draft.estimatedAge) } : {}),
        ...(draft.gender ? { gender: draft.gender as Gender } : {}),
      };
      const opened = await openCase({
        input: {
          concernKind: draft.concernKind as ConcernKind,
          concern: draft.concern,
          immediateRisk: draft.immediateRisk === 'yes',
          areaId: draft.areaId,
          idempotencyKey: crypto.randomUUID(),
          ...(Object.keys(subject).length ? { subject } : {}),
        },
      });
      const result = opened.data?.caseOpen;
      if (opened.error || !result) {
        setProblems([
          opened.error ? describeApiError(opened.error) : { text: 'The case could not be opened. Try again.' },
        ]);
        return;
      }
      if (result.__typename !== 'CaseOpenPayload') {
        const fieldErrors = result.__typename === 'ValidationError' ? result.fieldErrors : [];
        setProblems(
          fieldErrors.length
            ? fieldErrors.map((e) => ({ text: e.message, href: `#${id(e.field ?? '')}` }))
            : [{ text: result.message }],
        );
        return;
      }
      const opened_ = result.case;
      if (chosenPathway) {
        const enrolled = await enrol({
          input: { caseId: opened_.id, expectedVersion: opened_.version, pathwayId: chosenPathway },
        });
        if (enrolled.data?.caseEnrol.__typename !== 'CasePayload') {
          // The case exists either way; its page says it follows no pathway yet and offers the rest.
          navigate(`/cases/${encodeURIComponent(opened_.id)}`);
          return;
        }
      }
      navigate(`/cases/${encodeURIComponent(opened_.id)}`);
    } finally {
      setBusy(false);
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!check()) return;
    if (duplicates === null) {
      setBusy(true);
      const found = await findDuplicates().finally(() => setBusy(false));
      if (found.length > 0) {
        setDuplicates(found);
        window.scrollTo?.(0, 0);
        return;
      }
    }
    await create();
  }

  if (optionsError) return <ApiErrorSummary error={optionsError} />;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/cases">Cases</BackLink>
        {problems.length > 0 && <ErrorSummary key={problems.map((p) => p.text).join()} errors={problems} />}
        <h1 className="govuk-heading-l">Record a concern</h1>
        <WarningText>If anyone is in immediate danger, call 999 first.</WarningText>
        {duplicates && duplicates.length > 0 && (
          <div className="govuk-inset-text" role="status">
            <h2 className="govuk-heading-m">Possible duplicates</h2>
            <p className="govuk-body">
              These cases may be about the same person. Check them before you open a new one.
            </p>
            <ul className="govuk-list govuk-list--bullet">
              {duplicates.map((dup) => (
                <li key={dup.id}>
                  <Link className="govuk-link" to={`/cases/${encodeURIComponent(dup.id)}`}>
                    {dup.reference}
                  </Link>{' '}
                  ({dup.area.name})
                </li>
              ))}
            </ul>
            <p className="govuk-body">If none of them is this person, open a new case below.</p>
          </div>
        )}
        <form noValidate onSubmit={submit}>
          <Radios
            id={id('concernKind')}
            name="concernKind"
            legend="What is the concern about?"
            error={errors.concernKind}
            value={draft.concernKind}
            onChange={set('concernKind')}
            items={Object.entries(concernKindLabels).map(([value, label]) => ({ value, label }))}
          />
          <Textarea
            id={id('concern')}
            name="concern"
            label="What was seen or heard"
            error={errors.concern}
            value={draft.concern}
            onChange={set('concern')}
          />
          <Radios
            id={id('immediateRisk')}
            name="immediateRisk"
            legend="Is anyone in immediate danger?"
            inline
            error={errors.immediateRisk}
            value={draft.immediateRisk}
            onChange={set('immediateRisk')}
            items={[
              { value: 'yes', label: 'Yes' },
              { value: 'no', label: 'No' },
            ]}
          />
          <Select
            id={id('areaId')}
            name="areaId"
            label="Area"
            hint="The local authority whose pathway applies"
            error={errors.areaId}
            value={draft.areaId}
            onChange={(value) => setDraft((d) => ({ ...d, areaId: value, pathwayId: '' }))}
            options={[
              { value: '', text: 'Choose an area' },
              ...(options?.areas ?? []).map((a) => ({ value: a.id, text: a.name })),
            ]}
          />
          {areaPathways.length > 0 && (
            <Radios
              id={id('pathwayId')}
              name="pathwayId"
              legend="Pathway to start on"
              hint="The area’s entry pathway is chosen for you"
              small
              value={chosenPathway}
              onChange={set('pathwayId')}
              items={areaPathways.map((p) => ({
                value: p.id,
                label: p.title,
                hint: entries.has(p.id) ? 'Entry pathway' : undefined,
              }))}
            />
          )}
          <h2 className="govuk-heading-m">The person, if known</h2>
          <TextInput
            id={id('givenName')}
            name="givenName"
            label="Given name (optional)"
            autoComplete="off"
            spellCheck={false}
            value={draft.givenName}
            onChange={set('givenName')}
          />
          <TextInput
            id={id('familyName')}
            name="familyName"
            label="Family name (optional)"
            autoComplete="off"
            spellCheck={false}
            value={draft.familyName}
            onChange={set('familyName')}
          />
          <TextInput
            id={id('aliases')}
            name="aliases"
            label="Other names (optional)"
            hint="Separate names with commas"
            autoComplete="off"
            spellCheck={false}
            value={draft.aliases}
            onChange={set('aliases')}
          />
          <TextInput
            id={id('dateOfBirth')}
            name="dateOfBirth"
            label="Date of birth (optional)"
            hint="For example, 1994-03-12"
            className="govuk-input--width-10"
            error={errors.dateOfBirth}
            value={draft.dateOfBirth}
            onChange={set('dateOfBirth')}
          />
          <TextInput
            id={id('estimatedAge')}
            name="estimatedAge"
            label="Age, if the date of birth is not known (optional)"
            className="govuk-input--width-3"
            error={errors.estimatedAge}
            value={draft.estimatedAge}
            onChange={set('estimatedAge')}
          />
          <Select
            id={id('gender')}
            name="gender"
            label="Gender (optional)"
            value={draft.gender}
            onChange={set('gender')}
            options={genderOptions}
          />
          <Button disabled={busy}>
            {duplicates && duplicates.length > 0 ? 'Open a new case anyway' : 'Open case'}
          </Button>
        </form>
      </div>
    </div>
  );
}
