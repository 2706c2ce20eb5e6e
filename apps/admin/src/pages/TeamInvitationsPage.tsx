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
import { useMutation, useQuery } from 'urql';
import { formatDateTime } from '../app/format.ts';
import { usePageTitle } from '../app/usePageTitle.ts';
import { teamPurposeLabels } from './case/labels.ts';
import { caseColumn, OffersToAnswer, refusal } from './OffersToAnswer.tsx';

type Invitation = CaseTeamInvitationsWaitingQuery['caseTeamInvitationsWaiting'][number];

export function TeamInvitationsPage() {
  usePageTitle('Case team invitations');
  const [{ data, error }, reload] = useQuery({ query: CaseTeamInvitationsWaitingDocument });
  const [{ fetching: accepting }, accept] = useMutation(CaseTeamInvitationAcceptDocument);
  const [{ fetching: declining }, decline] = useMutation(CaseTeamInvitationDeclineDocument);

  return (
    <OffersToAnswer<Invitation>
      title="Case team invitations"
      offers={data?.caseTeamInvitationsWaiting}
      loadError={error}
      noun="invitation"
      empty="No invitations are waiting for your organisation."
      answerName={(row) => `invitation to case ${row.caseReference}`}
      busy={{ accepting, declining }}
      accept={async (invitation) => {
        const result = await accept({ invitationId: invitation.id });
        const payload = result.data?.caseTeamInvitationAccept;
        if (payload?.__typename !== 'CasePayload') return refusal(result.error, payload);
        reload({ requestPolicy: 'network-only' });
        return { saved: `You joined the team of case ${invitation.caseReference}.`, caseId: payload.case.id };
      }}
      decline={async (invitation, reason) => {
        const result = await decline({ invitationId: invitation.id, reason });
        const payload = result.data?.caseTeamInvitationDecline;
        if (payload?.__typename !== 'CaseTeamInvitationDeclinePayload') return refusal(result.error, payload);
        reload({ requestPolicy: 'network-only' });
        return { saved: `Invitation to case ${invitation.caseReference} declined.` };
      }}
      columns={[
        caseColumn(),
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
      ]}
    />
  );
}
