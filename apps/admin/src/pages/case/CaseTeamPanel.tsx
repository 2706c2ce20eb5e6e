/**
 * The case team on the case page: who is invited or on the team, for what, whether they see
 * identity; a lead of the owning organisation invites another organisation and revokes an
 * invitation or a membership (the API refuses anyone else and says why).
 */
import {
  CaseTeamDocument,
  CaseTeamInviteDocument,
  CaseTeamRevokeDocument,
  OrganisationsDocument,
  type CaseTeamGrantStatus,
  type CaseTeamPurpose,
  type CaseTeamQuery,
} from '@waymark/sdk';
import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { formatDateTime } from '../../app/format.ts';
import { InsetText, Table, Tag } from '../../components/govuk/content.tsx';
import { Button, Select, TextInput } from '../../components/govuk/forms.tsx';
import { Radios, Textarea } from '../../components/govuk/more.tsx';
import { Section, type FormProps } from './CaseForms.tsx';
import { ChangeProblem } from './ChangeProblem.tsx';
import { teamPurposeLabels, teamStatusLabels } from './labels.ts';
import { useCaseChange } from './useCaseChange.ts';

type Grant = NonNullable<CaseTeamQuery['case']>['team'][number];

const statusColours: Record<CaseTeamGrantStatus, 'blue' | 'green' | 'red' | 'grey'> = {
  PENDING: 'blue',
  ACTIVE: 'green',
  DECLINED: 'red',
  EXPIRED: 'grey',
  REVOKED: 'grey',
};

export function CaseTeamPanel({ caseView, onSaved }: FormProps) {
  const [{ data }, reload] = useQuery({ query: CaseTeamDocument, variables: { id: caseView.id } });
  const saved = (what: string) => {
    reload({ requestPolicy: 'network-only' });
    onSaved(what);
  };
  const team = data?.case?.team ?? [];
  return (
    <>
      <h2 className="govuk-heading-m">Case team</h2>
      {team.length === 0 ? (
        <InsetText>Only {caseView.owningOrganisation.name} works on this case.</InsetText>
      ) : (
        <Table<Grant>
          caption="Organisations invited to the case team"
          captionClassName="govuk-visually-hidden"
          rows={team}
          rowKey={(grant) => grant.id}
          columns={[
            { header: 'Organisation', cell: (grant) => grant.organisationName },
            {
              header: 'Purpose',
              cell: (grant) => (
                <>
                  {teamPurposeLabels[grant.purpose]}
                  {grant.namedByMeeting && <div className="govuk-body-s govuk-!-margin-0">Named by the meeting</div>}
                </>
              ),
            },
            { header: 'Sees who the person is', cell: (grant) => (grant.seesIdentity ? 'Yes' : 'No') },
            {
              header: 'Status',
              cell: (grant) => (
                <>
                  <Tag colour={statusColours[grant.status]}>{teamStatusLabels[grant.status]}</Tag>
                  <div className="govuk-body-s govuk-!-margin-0">
                    {grant.status === 'PENDING'
                      ? `Until ${formatDateTime(grant.expiresAt)}`
                      : (grant.declineReason ?? grant.endReason ?? '')}
                  </div>
                </>
              ),
            },
          ]}
        />
      )}
      {caseView.status === 'OPEN' && (
        <>
          <InviteForm caseView={caseView} onSaved={saved} />
          {team.some((grant) => grant.status === 'PENDING' || grant.status === 'ACTIVE') && (
            <RevokeForm caseView={caseView} onSaved={saved} team={team} />
          )}
        </>
      )}
    </>
  );
}

function InviteForm({ caseView, onSaved }: FormProps) {
  const formId = 'team-invite';
  const [organisationId, setOrganisationId] = useState('');
  const [purpose, setPurpose] = useState('');
  const [identity, setIdentity] = useState('');
  const [days, setDays] = useState('7');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [{ data }] = useQuery({ query: OrganisationsDocument, variables: { first: 100 } });
  const change = useCaseChange(CaseTeamInviteDocument, formId, onSaved);
  const organisations = (data?.organisations.edges ?? [])
    .map(({ node }) => node)
    .filter((org) => org.name !== caseView.owningOrganisation.name);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!organisationId) found.organisationId = 'Select the organisation to invite';
    if (!purpose) found.purpose = 'Select why they join the case team';
    if (!identity) found.seesIdentity = 'Say whether they may see who the person is';
    if (!/^\d+$/.test(days.trim())) found.expiresInDays = 'Enter the number of days, for example 7';
    setErrors(found);
    if (Object.keys(found).length) return;
    const name = organisations.find((org) => org.id === organisationId)?.name ?? 'The organisation';
    const ok = await change.run(
      {
        input: {
          caseId: caseView.id,
          expectedVersion: caseView.version,
          organisationId,
          purpose: purpose as CaseTeamPurpose,
          seesIdentity: identity === 'yes',
          expiresInDays: Number(days.trim()),
          ...(note.trim() ? { note: note.trim() } : {}),
        },
      },
      `${name} invited to the case team.`,
    );
    if (ok) {
      setOrganisationId('');
      setPurpose('');
      setIdentity('');
      setNote('');
    }
  }

  return (
    <Section id={formId} title="Invite an organisation to the case team">
      {change.problem && <ChangeProblem problem={change.problem} caseId={caseView.id} headingLevel={3} />}
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Select
          id={`${formId}-organisationId`}
          name="organisationId"
          label="Organisation"
          value={organisationId}
          onChange={setOrganisationId}
          error={errors.organisationId}
          options={[
            { value: '', text: 'Select an organisation' },
            ...organisations.map((org) => ({ value: org.id, text: org.name })),
          ]}
        />
        <Radios
          id={`${formId}-purpose`}
          name="purpose"
          legend="Why do they join?"
          small
          value={purpose}
          onChange={setPurpose}
          error={errors.purpose}
          items={[
            {
              value: 'JOINT_INVESTIGATION',
              label: teamPurposeLabels.JOINT_INVESTIGATION,
              hint: 'Records what they find and moves the case on',
            },
            {
              value: 'LEAD_FIRST_RESPONDER',
              label: teamPurposeLabels.LEAD_FIRST_RESPONDER,
              hint: 'Also submits the NRM referral or Duty to Notify',
            },
            {
              value: 'SUPPORT_PROVIDER',
              label: teamPurposeLabels.SUPPORT_PROVIDER,
              hint: 'Sees the case and adds notes',
            },
          ]}
        />
        <Radios
          id={`${formId}-seesIdentity`}
          name="seesIdentity"
          legend="May they see who the person is?"
          hint="Names and date of birth. Every time they look, it is recorded."
          small
          inline
          value={identity}
          onChange={setIdentity}
          error={errors.seesIdentity}
          items={[
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
          ]}
        />
        <TextInput
          id={`${formId}-expiresInDays`}
          name="expiresInDays"
          label="Days they have to accept"
          hint="Between 1 and 30"
          className="govuk-input--width-3"
          value={days}
          onChange={setDays}
          error={errors.expiresInDays}
        />
        <Textarea
          id={`${formId}-note`}
          name="note"
          label="What you need from them (optional)"
          value={note}
          onChange={setNote}
          rows={3}
        />
        <Button disabled={change.fetching}>Send invitation</Button>
      </form>
    </Section>
  );
}

function RevokeForm({ caseView, onSaved, team }: FormProps & { team: Grant[] }) {
  const formId = 'team-revoke';
  const [grantId, setGrantId] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const change = useCaseChange(CaseTeamRevokeDocument, formId, onSaved);
  const open = team.filter((grant) => grant.status === 'PENDING' || grant.status === 'ACTIVE');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!grantId) found.grantId = 'Select the invitation or member';
    if (!reason.trim()) found.reason = 'Enter why';
    setErrors(found);
    if (Object.keys(found).length) return;
    const grant = open.find((g) => g.id === grantId);
    const ok = await change.run(
      { input: { caseId: caseView.id, expectedVersion: caseView.version, grantId, reason: reason.trim() } },
      `${grant?.organisationName ?? 'The organisation'} ${grant?.status === 'PENDING' ? 'invitation withdrawn' : 'removed from the case team'}.`,
    );
    if (ok) {
      setGrantId('');
      setReason('');
    }
  }

  return (
    <Section id={formId} title="Withdraw an invitation or remove a member">
      {change.problem && <ChangeProblem problem={change.problem} caseId={caseView.id} headingLevel={3} />}
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Select
          id={`${formId}-grantId`}
          name="grantId"
          label="Invitation or member"
          value={grantId}
          onChange={setGrantId}
          error={errors.grantId}
          options={[
            { value: '', text: 'Select one' },
            ...open.map((grant) => ({
              value: grant.id,
              text: `${grant.organisationName} (${teamStatusLabels[grant.status].toLowerCase()})`,
            })),
          ]}
        />
        <Textarea
          id={`${formId}-reason`}
          name="reason"
          label="Why"
          value={reason}
          onChange={setReason}
          error={errors.reason}
          rows={2}
        />
        <Button variant="warning" disabled={change.fetching}>
          Withdraw or remove
        </Button>
      </form>
    </Section>
  );
}
