/**
 * One area's settings (platform admins): its SPoC organisation (where a hand-over goes by
 * default, 000 step 3), the hours a receiving organisation has to answer a hand-over, whether
 * its oversight staff see who the person is, and who oversees it (001 step 3, 002 section 5).
 * A refusal from the API joins the same error summary as the form's own checks and changes nothing.
 */
import {
  AreaOversightAddDocument,
  AreaOversightRemoveDocument,
  AreaSettingsPageDocument,
  AreaUpdateSettingsDocument,
  OrganisationsDocument,
  type AreaSettingsPageQuery,
} from '@waymark/sdk';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { ApiErrorSummary, describeApiError } from '../../app/ApiErrorSummary.tsx';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { InsetText, Table } from '../../components/govuk/content.tsx';
import { ErrorSummary, type ErrorSummaryItem } from '../../components/govuk/ErrorSummary.tsx';
import { Button, Select, TextInput } from '../../components/govuk/forms.tsx';
import { BackLink, Radios, SuccessBanner } from '../../components/govuk/more.tsx';

type Area = Extract<NonNullable<AreaSettingsPageQuery['node']>, { __typename: 'Area' }>;

/** The API's answer hours limit (areaUpdateSettings): a week. */
const MAX_ANSWER_HOURS = 168;
const formId = 'area';
const id = (field: string) => `${formId}-${field}`;
const fieldLabels: Record<string, string> = {
  spocOrganisationId: 'SPoC organisation',
  handOverAnswerHours: 'Hours to answer a hand-over',
  oversightSeesIdentity: 'Whether oversight sees identity',
  personId: 'The person',
};

/** An error summary item, and the field that shows the same message (when it is about one). */
type Problem = ErrorSummaryItem & { field?: string; text: string };

/** A mutation's refusal as problems: field errors link to their field. */
function refusalItems(
  error: CombinedError | undefined,
  answer: { message?: string; fieldErrors?: ReadonlyArray<{ path: string[]; message: string }> } | null | undefined,
  idOf: (field: string) => string,
): Problem[] {
  if (error) {
    const described = describeApiError(error);
    return [{ ...described, text: String(described.text) }];
  }
  if (answer?.fieldErrors?.length)
    return answer.fieldErrors.map((e) => {
      const field = e.path.at(-1) ?? '';
      return { field, text: `${fieldLabels[field] ?? 'This'} ${e.message}`, href: `#${idOf(field)}` };
    });
  return [{ text: answer?.message ?? 'Something went wrong. Try again.' }];
}

export function AreaSettingsPage({ params }: { params: { id: string } }) {
  const [{ data, error }, reload] = useQuery({ query: AreaSettingsPageDocument, variables: { id: params.id } });
  const area = data?.node?.__typename === 'Area' ? data.node : null;
  usePageTitle(area ? `Settings for ${area.name}` : 'Area settings');
  if (error) return <ApiErrorSummary error={error} />;
  if (!data)
    return (
      <p className="govuk-body" role="status">
        Loading the area…
      </p>
    );
  if (!area) return <h1 className="govuk-heading-l">Area not found</h1>;
  return <AreaSettingsForm area={area} reload={() => reload({ requestPolicy: 'network-only' })} />;
}

function AreaSettingsForm({ area, reload }: { area: Area; reload: () => void }) {
  const [{ data: orgs }] = useQuery({ query: OrganisationsDocument, variables: { first: 100 } });
  const [{ fetching: saving }, updateSettings] = useMutation(AreaUpdateSettingsDocument);
  const [{ fetching: adding }, addOverseer] = useMutation(AreaOversightAddDocument);
  const [{ fetching: removing }, removeOverseer] = useMutation(AreaOversightRemoveDocument);
  const [spoc, setSpoc] = useState(area.spocOrganisation?.id ?? '');
  const [hours, setHours] = useState(String(area.handOverAnswerHours));
  const [seesIdentity, setSeesIdentity] = useState(area.oversightSeesIdentity ? 'yes' : 'no');
  const [candidate, setCandidate] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<Problem[]>([]);
  const [saved, setSaved] = useState<string | null>(null);

  function refuse(items: Problem[]) {
    setSaved(null);
    setProblems(items);
    setErrors(Object.fromEntries(items.filter((i) => i.field).map((i) => [i.field!, i.text])));
  }

  function succeed(text: string) {
    setProblems([]);
    setErrors({});
    setSaved(text);
    reload();
  }

  async function onSave(event: FormEvent) {
    event.preventDefault();
    const trimmed = hours.trim();
    if (!/^\d{1,3}$/.test(trimmed) || Number(trimmed) < 1 || Number(trimmed) > MAX_ANSWER_HOURS) {
      refuse([
        {
          field: 'handOverAnswerHours',
          text: `Enter the hours to answer a hand-over as a whole number from 1 to ${MAX_ANSWER_HOURS}`,
          href: `#${id('handOverAnswerHours')}`,
        },
      ]);
      return;
    }
    const result = await updateSettings({
      input: {
        areaId: area.id,
        ...(spoc ? { spocOrganisationId: spoc } : { clearSpoc: true }),
        handOverAnswerHours: Number(trimmed),
        oversightSeesIdentity: seesIdentity === 'yes',
      },
    });
    const answer = result.data?.areaUpdateSettings;
    if (answer?.__typename === 'AreaUpdateSettingsPayload') succeed(`Settings for ${area.name} saved.`);
    else refuse(refusalItems(result.error, answer, id));
  }

  async function onAdd(event: FormEvent) {
    event.preventDefault();
    if (!candidate) {
      refuse([{ field: 'personId', text: 'Select the person to add', href: '#oversight-personId' }]);
      return;
    }
    const name = area.oversightCandidates?.find((p) => p.id === candidate)?.displayName ?? 'The person';
    const result = await addOverseer({ input: { areaId: area.id, personId: candidate } });
    const answer = result.data?.areaOversightAdd;
    if (answer?.__typename === 'AreaOversightPayload') {
      setCandidate('');
      succeed(`${name} now oversees ${area.name}.`);
    } else refuse(refusalItems(result.error, answer, (field) => `oversight-${field}`));
  }

  async function onRemove(person: { id: string; displayName: string }) {
    const result = await removeOverseer({ input: { areaId: area.id, personId: person.id } });
    const answer = result.data?.areaOversightRemove;
    if (answer?.__typename === 'AreaOversightPayload')
      succeed(`${person.displayName} no longer oversees ${area.name}.`);
    else refuse(refusalItems(result.error, answer, (field) => `oversight-${field}`));
  }

  const overseers = area.overseers ?? [];
  const candidates = area.oversightCandidates ?? [];
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/areas">Back to areas</BackLink>
        {saved && <SuccessBanner>{saved}</SuccessBanner>}
        {problems.length > 0 && <ErrorSummary key={problems.map((p) => p.text).join()} errors={problems} />}
        <h1 className="govuk-heading-l">Settings for {area.name}</h1>
        <form noValidate onSubmit={onSave}>
          <Select
            id={id('spocOrganisationId')}
            name="spocOrganisationId"
            label="SPoC organisation"
            hint="Where a case of this area is handed over when the referrer names no organisation."
            error={errors.spocOrganisationId}
            value={spoc}
            onChange={setSpoc}
            options={[
              { value: '', text: 'No SPoC organisation (a hand-over must name one)' },
              ...(orgs?.organisations.edges ?? []).map(({ node }) => ({ value: node.id, text: node.name })),
            ]}
          />
          <TextInput
            id={id('handOverAnswerHours')}
            name="handOverAnswerHours"
            label="Hours to answer a hand-over"
            hint={`A whole number from 1 to ${MAX_ANSWER_HOURS}. After this the offer shows as overdue and the receiving leads are told.`}
            className="govuk-input--width-3"
            error={errors.handOverAnswerHours}
            value={hours}
            onChange={setHours}
          />
          <Radios
            id={id('oversightSeesIdentity')}
            name="oversightSeesIdentity"
            legend="Do the people who oversee this area see who the person is?"
            hint="Names, aliases and date of birth. Every time they see them it is recorded in the audit trail."
            error={errors.oversightSeesIdentity}
            inline
            items={[
              { value: 'yes', label: 'Yes' },
              { value: 'no', label: 'No' },
            ]}
            value={seesIdentity}
            onChange={setSeesIdentity}
          />
          <Button disabled={saving}>Save settings</Button>
        </form>

        <h2 className="govuk-heading-m">Who oversees {area.name}</h2>
        <p className="govuk-body">
          They see every case of the area, with its clocks, and receive the escalations the pathway sends to the area.
          They never change a case.
        </p>
        {overseers.length === 0 ? (
          <InsetText>Nobody oversees {area.name}.</InsetText>
        ) : (
          <Table
            caption="Overseers"
            captionClassName="govuk-table__caption--s"
            rows={overseers}
            rowKey={(person) => person.id}
            columns={[
              { header: 'Name', cell: (person) => person.displayName },
              {
                header: <span className="govuk-visually-hidden">Remove</span>,
                cell: (person) => (
                  <Button
                    type="button"
                    variant="warning"
                    className="govuk-!-margin-bottom-0"
                    disabled={removing}
                    onClick={() => void onRemove(person)}
                  >
                    Remove<span className="govuk-visually-hidden"> {person.displayName}</span>
                  </Button>
                ),
              },
            ]}
          />
        )}
        {candidates.length === 0 ? (
          <InsetText>
            Nobody else holds the Area oversight role. An organisation admin gives it on the People page.
          </InsetText>
        ) : (
          <form noValidate onSubmit={onAdd}>
            <Select
              id="oversight-personId"
              name="personId"
              label="Add an overseer"
              hint="People whose organisation admin has given them the Area oversight role."
              error={errors.personId}
              value={candidate}
              onChange={setCandidate}
              options={[
                { value: '', text: 'Choose a person' },
                ...candidates.map((person) => ({ value: person.id, text: person.displayName })),
              ]}
            />
            <Button variant="secondary" disabled={adding}>
              Add overseer
            </Button>
          </form>
        )}
      </div>
    </div>
  );
}
