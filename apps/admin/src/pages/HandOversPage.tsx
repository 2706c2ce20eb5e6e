/**
 * Hand-overs (000 step 3, "end of process for the initial referrer"): for leads, the cases other
 * organisations offer to theirs (reference, kind, who offers and why, answer-by time with an
 * Overdue tag; never the case itself until accepted), to accept or to decline with a reason; and
 * for everyone working cases, what their organisation handed over and what it recorded before.
 */
import {
  CaseHandOverAcceptDocument,
  CaseHandOverDeclineDocument,
  HandedOverCasesDocument,
  HandOversWaitingDocument,
  type HandOversWaitingQuery,
} from '@waymark/sdk';
import { useMutation, useQuery } from 'urql';
import { concernKindLabels, count, formatDateTime } from '../app/format.ts';
import { usePageTitle } from '../app/usePageTitle.ts';
import { InsetText, Table, Tag } from '../components/govuk/content.tsx';
import { caseColumn, OffersToAnswer, refusal } from './OffersToAnswer.tsx';

type Offer = HandOversWaitingQuery['handOversWaiting'][number];

export function HandOversPage() {
  usePageTitle('Hand-overs');
  const [{ data, error }, reload] = useQuery({ query: HandOversWaitingDocument });
  const [{ data: sent }] = useQuery({ query: HandedOverCasesDocument });
  const [{ fetching: accepting }, accept] = useMutation(CaseHandOverAcceptDocument);
  const [{ fetching: declining }, decline] = useMutation(CaseHandOverDeclineDocument);

  const handedOver = sent?.handedOverCases ?? [];
  return (
    <OffersToAnswer<Offer>
      title="Hand-overs"
      heading="Offered to your organisation"
      offers={data?.handOversWaiting}
      loadError={error}
      noun="case"
      empty="No cases are waiting for your organisation to answer."
      answerName={(row) => `case ${row.caseReference}`}
      busy={{ accepting, declining }}
      accept={async (offer) => {
        const result = await accept({ handOverId: offer.id });
        const payload = result.data?.caseHandOverAccept;
        if (payload?.__typename !== 'CasePayload') return refusal(result.error, payload);
        reload({ requestPolicy: 'network-only' });
        return { saved: `Your organisation now owns case ${offer.caseReference}.`, caseId: payload.case.id };
      }}
      decline={async (offer, reason) => {
        const result = await decline({ handOverId: offer.id, reason });
        const payload = result.data?.caseHandOverDecline;
        if (payload?.__typename !== 'CaseHandOverDeclinePayload') return refusal(result.error, payload);
        reload({ requestPolicy: 'network-only' });
        return { saved: `Case ${offer.caseReference} declined; it stays with ${offer.fromOrganisationName}.` };
      }}
      columns={[
        caseColumn(),
        {
          header: 'Offered by',
          cell: (row) => (
            <>
              {row.fromOrganisationName}
              <div className="govuk-body-s govuk-!-margin-0">{row.note}</div>
            </>
          ),
        },
        {
          header: 'Answer by',
          cell: (row) => (
            <>
              {formatDateTime(row.dueAt)} {row.overdue && <Tag colour="red">Overdue</Tag>}
            </>
          ),
        },
      ]}
    >
      <h2 className="govuk-heading-m">Handed over by your organisation</h2>
      {handedOver.length === 0 ? (
        <InsetText>Your organisation has handed over no cases.</InsetText>
      ) : (
        <Table
          caption={count(handedOver.length, 'case')}
          rows={handedOver}
          rowKey={(row) => row.reference}
          columns={[
            { header: 'Case', cell: (row) => `${row.reference} (${concernKindLabels[row.concernKind]})` },
            { header: 'Now with', cell: (row) => row.handedOverTo },
            { header: 'Accepted', cell: (row) => (row.acceptedAt ? formatDateTime(row.acceptedAt) : '') },
            { header: 'Status', cell: (row) => row.status },
            { header: 'What you recorded', cell: (row) => count(row.ownEvents.length, 'entry', 'entries') },
          ]}
        />
      )}
    </OffersToAnswer>
  );
}
