/**
 * For leads: invitations to case teams waiting for their organisation (the case reference, who
 * invites, why, until when; never the case itself), to accept or to decline with a reason.
 */
import {
  CaseTeamInvitationAcceptDocument,
  CaseTeamInvitationDeclineDocument,
  CaseTeamInvitationsWaitingDocument,
  type CaseTeamInvitationsWaitingQuery,
} from '@waymark/sdk';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { ApiErrorSummary, describeApiError } from '../app/ApiErrorSummary.tsx';
import { concernKindLabels, count, formatDateTime } from '../app/format.ts';
import { Link } from '../app/router.tsx';
import { usePageTitle } from '../app/usePageTitle.ts';
import { InsetText, Table } from '../components/govuk/content.tsx';
import { ErrorSummary, type ErrorSummaryItem } from '../components/govuk/ErrorSummary.tsx';
import { Button } from '../components/govuk/forms.tsx';
import { SuccessBanner, Textarea } from '../components/govuk/more.tsx';
import { teamPurposeLabels } from './case/labels.ts';

type Invitation = CaseTeamInvitationsWaitingQuery['caseTeamInvitationsWaiting'][number];

export function TeamInvitationsPage() {
  usePageTitle('Case team invitations');
  const [{ data, error }, reload] = useQuery({ query: CaseTeamInvitationsWaitingDocument });
  const [{ fetching: accepting }, accept] = useMutation(CaseTeamInvitationAcceptDocument);
  const [{ fetching: declining }, decline] = useMutation(CaseTeamInvitationDeclineDocument);
  const [problems, setProblems] = useState<ErrorSummaryItem[]>([]);
  const [saved, setSaved] = useState<{ text: string; caseId?: string } | null>(null);
  const [reasons, setReasons] = useState<Record<string, string>>({});

  async function onAccept(invitation: Invitation) {
    setProblems([]);
    const result = await accept({ invitationId: invitation.id });
    const payload = result.data?.caseTeamInvitationAccept;
    if (result.error || !payload) setProblems([result.error ? describeApiError(result.error) : { text: 'Try again.' }]);
    else if (payload.__typename !== 'CasePayload') setProblems([{ text: payload.message }]);
    else {
      setSaved({ text: `You joined the team of case ${invitation.caseReference}.`, caseId: payload.case.id });
      reload({ requestPolicy: 'network-only' });
    }
  }

  async function onDecline(event: FormEvent, invitation: Invitation) {
    event.preventDefault();
    setProblems([]);
    const reason = (reasons[invitation.id] ?? '').trim();
    if (!reason) {
      setProblems([{ text: 'Enter why you decline', href: `#decline-${invitation.id}` }]);
      return;
    }
    const result = await decline({ invitationId: invitation.id, reason });
    const payload = result.data?.caseTeamInvitationDecline;
    if (result.error || !payload) setProblems([result.error ? describeApiError(result.error) : { text: 'Try again.' }]);
    else if (payload.__typename !== 'CaseTeamInvitationDeclinePayload') setProblems([{ text: payload.message }]);
    else {
      setSaved({ text: `Invitation to case ${invitation.caseReference} declined.` });
      reload({ requestPolicy: 'network-only' });
    }
  }

  const invitations = data?.caseTeamInvitationsWaiting;
  return (
    <>
      {saved && (
        <SuccessBanner>
          {saved.text}{' '}
          {saved.caseId && (
            <Link className="govuk-notification-banner__link" to={`/cases/${encodeURIComponent(saved.caseId)}`}>
              Open the case
            </Link>
          )}
        </SuccessBanner>
      )}
      {problems.length > 0 && <ErrorSummary errors={problems} />}
      <h1 className="govuk-heading-l">Case team invitations</h1>
      {error && <ApiErrorSummary error={error} />}
      {invitations &&
        (invitations.length === 0 ? (
          <InsetText>No invitations are waiting for your organisation.</InsetText>
        ) : (
          <Table<Invitation>
            caption={count(invitations.length, 'invitation')}
            rows={invitations}
            rowKey={(row) => row.id}
            columns={[
              {
                header: 'Case',
                cell: (row) => (
                  <>
                    {row.caseReference}
                    <div className="govuk-body-s govuk-!-margin-0">
                      {concernKindLabels[row.concernKind]}, {row.areaName}
                    </div>
                  </>
                ),
              },
              {
                header: 'Invited by',
                cell: (row) => (
                  <>
                    {row.owningOrganisationName}
                    {row.note && <div className="govuk-body-s govuk-!-margin-0">{row.note}</div>}
                  </>
                ),
              },
              {
                header: 'As',
                cell: (row) =>
                  `${teamPurposeLabels[row.purpose]}; ${row.seesIdentity ? 'sees who the person is' : 'does not see who the person is'}`,
              },
              { header: 'Answer by', cell: (row) => formatDateTime(row.expiresAt) },
              {
                header: 'Answer',
                cell: (row) => (
                  <>
                    <Button type="button" disabled={accepting} onClick={() => void onAccept(row)}>
                      Accept<span className="govuk-visually-hidden"> invitation to case {row.caseReference}</span>
                    </Button>
                    <form noValidate onSubmit={(event) => void onDecline(event, row)}>
                      <Textarea
                        id={`decline-${row.id}`}
                        name="reason"
                        label={`Why you decline (case ${row.caseReference})`}
                        value={reasons[row.id] ?? ''}
                        onChange={(value) => setReasons((current) => ({ ...current, [row.id]: value }))}
                        rows={2}
                      />
                      <Button variant="secondary" disabled={declining}>
                        Decline<span className="govuk-visually-hidden"> invitation to case {row.caseReference}</span>
                      </Button>
                    </form>
                  </>
                ),
              },
            ]}
          />
        ))}
    </>
  );
}
