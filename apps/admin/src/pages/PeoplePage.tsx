/**
 * An organisation's people (organisation admins and platform admins, for their own organisation):
 * invite someone by email with the roles to give (`personInvite`; the link goes by email and is
 * never shown here), withdraw a pending invitation, give and remove roles, and deactivate a
 * person (their sessions and tokens end at once). Refusals (your own roles, the last admin, an
 * invitation already waiting) come back from the API and join the error summary.
 */
import {
  InvitationRevokeDocument,
  InvitationsDocument,
  OrganisationPeopleDocument,
  PersonDeactivateDocument,
  PersonInviteDocument,
  PersonRoleGrantDocument,
  PersonRoleRemoveDocument,
  type InvitationFieldsFragment,
  type InvitationStatus,
  type OrganisationMemberFieldsFragment,
  type Role,
} from '@waymark/sdk';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { ApiErrorSummary, describeApiError } from '../app/ApiErrorSummary.tsx';
import { count, formatDateTime, roleLabels } from '../app/format.ts';
import { usePageTitle } from '../app/usePageTitle.ts';
import { InsetText, Table, Tag, type TagColour } from '../components/govuk/content.tsx';
import { ErrorSummary, type ErrorSummaryItem } from '../components/govuk/ErrorSummary.tsx';
import { Button, Checkboxes, Select, TextInput } from '../components/govuk/forms.tsx';
import { SuccessBanner } from '../components/govuk/more.tsx';

const formId = 'invite';
/** What an organisation admin gives; the API refuses anything else with the roles it allows. */
const GIVEN_ROLES: Role[] = ['ORG_ADMIN', 'LEAD', 'CASEWORKER', 'PARTNER_WORKER'];

const invitationTags: Record<InvitationStatus, { text: string; colour?: TagColour }> = {
  PENDING: { text: 'Waiting', colour: 'blue' },
  ACCEPTED: { text: 'Accepted', colour: 'green' },
  EXPIRED: { text: 'Expired', colour: 'grey' },
  REVOKED: { text: 'Withdrawn', colour: 'red' },
};

type Answer = { __typename: string; message?: string; fieldErrors?: Array<{ field: string; message: string }> };

export function PeoplePage() {
  usePageTitle('People');
  const [people, reloadPeople] = useQuery({ query: OrganisationPeopleDocument, variables: { first: 100 } });
  const [invitations, reloadInvitations] = useQuery({ query: InvitationsDocument, variables: { first: 100 } });
  const [, invite] = useMutation(PersonInviteDocument);
  const [, withdraw] = useMutation(InvitationRevokeDocument);
  const [, grant] = useMutation(PersonRoleGrantDocument);
  const [, remove] = useMutation(PersonRoleRemoveDocument);
  const [, deactivate] = useMutation(PersonDeactivateDocument);
  const [email, setEmail] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [toGive, setToGive] = useState<Record<string, Role | ''>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<ErrorSummaryItem[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const reload = () => {
    reloadPeople({ requestPolicy: 'network-only' });
    reloadInvitations({ requestPolicy: 'network-only' });
  };

  /** Runs a mutation; its success message, or its refusal in the error summary. */
  async function run(
    work: () => Promise<{ error?: Parameters<typeof describeApiError>[0]; answer?: Answer }>,
    success: string,
    payload: string,
  ) {
    setSaved(null);
    setProblems([]);
    setBusy(true);
    const { error, answer } = await work();
    setBusy(false);
    if (error || !answer) {
      setProblems([error ? describeApiError(error) : { text: 'Something went wrong. Try again.' }]);
      return false;
    }
    if (answer.__typename !== payload) {
      setProblems(
        answer.fieldErrors?.length
          ? answer.fieldErrors.map((e) => ({ text: `Email address ${e.message}`, href: `#${formId}-${e.field}` }))
          : [{ text: answer.message ?? 'Something went wrong. Try again.' }],
      );
      return false;
    }
    setSaved(success);
    reload();
    return true;
  }

  async function submitInvite(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!email.trim()) found.email = 'Enter the email address to invite';
    setErrors(found);
    setProblems(Object.entries(found).map(([field, text]) => ({ text, href: `#${formId}-${field}` })));
    if (Object.keys(found).length > 0) return;
    const done = await run(
      async () => {
        const result = await invite({ input: { email: email.trim(), roles } });
        const answer = result.data?.personInvite;
        return {
          error: result.error,
          answer: answer && { ...answer, message: 'message' in answer ? answer.message : undefined },
        };
      },
      'Invitation sent. The link works once and for 7 days.',
      'PersonInvitePayload',
    );
    if (done) {
      setEmail('');
      setRoles([]);
    }
  }

  const changeRole = (member: OrganisationMemberFieldsFragment, role: Role, kind: 'grant' | 'remove') =>
    run(
      async () => {
        const input = { personId: member.person.id, role };
        if (kind === 'grant') {
          const result = await grant({ input });
          return { error: result.error, answer: result.data?.personRoleGrant };
        }
        const result = await remove({ input });
        return { error: result.error, answer: result.data?.personRoleRemove };
      },
      kind === 'grant'
        ? `${member.displayName} is now ${roleLabels[role].toLowerCase()}.`
        : `${member.displayName} is no longer ${roleLabels[role].toLowerCase()}.`,
      'PersonRolePayload',
    );

  const deactivatePerson = (member: OrganisationMemberFieldsFragment) =>
    run(
      async () => {
        const result = await deactivate({ input: { personId: member.person.id } });
        return { error: result.error, answer: result.data?.personDeactivate };
      },
      `${member.displayName} is deactivated: they are signed out everywhere and their tokens no longer work.`,
      'PersonDeactivatePayload',
    );

  const withdrawInvitation = (invitation: InvitationFieldsFragment) =>
    run(
      async () => {
        const result = await withdraw({ id: invitation.id });
        return { error: result.error, answer: result.data?.invitationRevoke };
      },
      `The invitation to ${invitation.email} is withdrawn: its link no longer works.`,
      'InvitationRevokePayload',
    );

  const members = people.data?.organisationPeople.edges.map((e) => e.node) ?? [];
  const sent = invitations.data?.invitations.edges.map((e) => e.node) ?? [];
  return (
    <>
      {saved && <SuccessBanner>{saved}</SuccessBanner>}
      {problems.length > 0 && <ErrorSummary key={problems.map((p) => p.text).join()} errors={problems} />}
      <h1 className="govuk-heading-l">People</h1>
      {people.error && <ApiErrorSummary error={people.error} />}

      <h2 className="govuk-heading-m">Invite someone</h2>
      <form noValidate onSubmit={submitInvite}>
        <TextInput
          id={`${formId}-email`}
          name="email"
          type="email"
          label="Email address"
          hint="We send them a link to set a password. It works once, for 7 days."
          spellCheck={false}
          error={errors.email}
          value={email}
          onChange={setEmail}
        />
        <Checkboxes
          name="roles"
          legend="Roles to give when they accept"
          small
          items={GIVEN_ROLES.map((role) => ({
            id: `${formId}-role-${role}`,
            value: role,
            label: roleLabels[role],
            checked: roles.includes(role),
            onChange: (on) => setRoles((r) => (on ? [...r, role] : r.filter((x) => x !== role))),
          }))}
        />
        <Button disabled={busy}>Send invitation</Button>
      </form>

      {people.data && members.length === 0 && <InsetText>Nobody works for this organisation in Waymark yet.</InsetText>}
      {members.length > 0 && (
        <Table<OrganisationMemberFieldsFragment>
          caption={count(people.data!.organisationPeople.totalCount, 'person', 'people')}
          rows={members}
          rowKey={(member) => member.person.id}
          columns={[
            {
              header: 'Name',
              cell: (member) => (
                <>
                  {member.displayName}
                  <div className="govuk-body-s govuk-!-margin-0">{member.email}</div>
                </>
              ),
            },
            {
              header: 'Roles',
              cell: (member) =>
                !member.active ? (
                  <Tag colour="grey">Deactivated</Tag>
                ) : member.roles.length === 0 ? (
                  'No roles yet'
                ) : (
                  <ul className="govuk-list govuk-!-margin-0">
                    {member.roles.map((role) => (
                      <li key={role}>
                        {roleLabels[role]}{' '}
                        <button
                          type="button"
                          className="govuk-link app-link-button"
                          disabled={busy}
                          onClick={() => void changeRole(member, role, 'remove')}
                        >
                          Remove
                          <span className="govuk-visually-hidden">
                            {' '}
                            {roleLabels[role]} from {member.displayName}
                          </span>
                        </button>
                      </li>
                    ))}
                  </ul>
                ),
            },
            {
              header: <span className="govuk-visually-hidden">Actions</span>,
              cell: (member) =>
                member.active ? (
                  <>
                    <Select
                      id={`give-${member.person.id}`}
                      name="give"
                      label={`Give ${member.displayName} a role`}
                      value={toGive[member.person.id] ?? ''}
                      onChange={(value) => setToGive((g) => ({ ...g, [member.person.id]: value as Role | '' }))}
                      options={[
                        { value: '', text: 'Choose a role' },
                        ...GIVEN_ROLES.filter((r) => !member.roles.includes(r)).map((r) => ({
                          value: r,
                          text: roleLabels[r],
                        })),
                      ]}
                    />
                    <Button
                      type="button"
                      variant="secondary"
                      disabled={busy || !toGive[member.person.id]}
                      onClick={() => void changeRole(member, toGive[member.person.id] as Role, 'grant')}
                    >
                      Give role<span className="govuk-visually-hidden"> to {member.displayName}</span>
                    </Button>{' '}
                    <Button
                      type="button"
                      variant="warning"
                      disabled={busy}
                      onClick={() => void deactivatePerson(member)}
                    >
                      Deactivate<span className="govuk-visually-hidden"> {member.displayName}</span>
                    </Button>
                  </>
                ) : null,
            },
          ]}
        />
      )}

      <h2 className="govuk-heading-m">Invitations</h2>
      {invitations.data && sent.length === 0 && <InsetText>No invitations have been sent.</InsetText>}
      {sent.length > 0 && (
        <Table<InvitationFieldsFragment>
          caption={count(invitations.data!.invitations.totalCount, 'invitation')}
          rows={sent}
          rowKey={(invitation) => invitation.id}
          columns={[
            { header: 'Email address', cell: (invitation) => invitation.email },
            {
              header: 'Roles',
              cell: (invitation) => invitation.roles.map((r) => roleLabels[r]).join(', ') || 'None',
            },
            {
              header: 'Status',
              cell: (invitation) => (
                <Tag colour={invitationTags[invitation.status].colour}>{invitationTags[invitation.status].text}</Tag>
              ),
            },
            {
              header: 'Dates',
              cell: (invitation) => (
                <ul className="govuk-list govuk-!-margin-0">
                  <li>Sent {formatDateTime(invitation.createdAt)}</li>
                  <li>
                    {invitation.acceptedAt
                      ? `Accepted ${formatDateTime(invitation.acceptedAt)}`
                      : `Expires ${formatDateTime(invitation.expiresAt)}`}
                  </li>
                </ul>
              ),
            },
            {
              header: <span className="govuk-visually-hidden">Actions</span>,
              cell: (invitation) =>
                invitation.status === 'PENDING' ? (
                  <Button
                    type="button"
                    variant="warning"
                    className="govuk-!-margin-0"
                    disabled={busy}
                    onClick={() => void withdrawInvitation(invitation)}
                  >
                    Withdraw<span className="govuk-visually-hidden"> the invitation to {invitation.email}</span>
                  </Button>
                ) : null,
            },
          ]}
        />
      )}
    </>
  );
}
