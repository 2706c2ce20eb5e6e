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
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { ApiErrorSummary, describeApiError } from '../app/ApiErrorSummary.tsx';
import { concernKindLabels, count, formatDateTime } from '../app/format.ts';
import { Link } from '../app/router.tsx';
import { usePageTitle } from '../app/usePageTitle.ts';
import { InsetText, Table, Tag } from '../components/govuk/content.tsx';
import { ErrorSummary, type ErrorSummaryItem } from '../components/govuk/ErrorSummary.tsx';
import { Button } from '../components/govuk/forms.tsx';
import { SuccessBanner, Textarea } from '../components/govuk/more.tsx';

type Offer = HandOversWaitingQuery['handOversWaiting'][number];

export function HandOversPage() {
  usePageTitle('Hand-overs');
  const [{ data, error }, reload] = useQuery({ query: HandOversWaitingDocument });
  const [{ data: sent }] = useQuery({ query: HandedOverCasesDocument });
  const [{ fetching: accepting }, accept] = useMutation(CaseHandOverAcceptDocument);
  const [{ fetching: declining }, decline] = useMutation(CaseHandOverDeclineDocument);
  const [problems, setProblems] = useState<ErrorSummaryItem[]>([]);
  const [saved, setSaved] = useState<{ text: string; caseId?: string } | null>(null);
  const [reasons, setReasons] = useState<Record<string, string>>({});

  async function onAccept(offer: Offer) {
    setProblems([]);
    const result = await accept({ handOverId: offer.id });
    const payload = result.data?.caseHandOverAccept;
    if (result.error || !payload) setProblems([result.error ? describeApiError(result.error) : { text: 'Try again.' }]);
    else if (payload.__typename !== 'CasePayload') setProblems([{ text: payload.message }]);
    else {
      setSaved({ text: `Your organisation now owns case ${offer.caseReference}.`, caseId: payload.case.id });
      reload({ requestPolicy: 'network-only' });
    }
  }

  async function onDecline(event: FormEvent, offer: Offer) {
    event.preventDefault();
    setProblems([]);
    const reason = (reasons[offer.id] ?? '').trim();
    if (!reason) {
      setProblems([{ text: 'Enter why you decline', href: `#decline-${offer.id}` }]);
      return;
    }
    const result = await decline({ handOverId: offer.id, reason });
    const payload = result.data?.caseHandOverDecline;
    if (result.error || !payload) setProblems([result.error ? describeApiError(result.error) : { text: 'Try again.' }]);
    else if (payload.__typename !== 'CaseHandOverDeclinePayload') setProblems([{ text: payload.message }]);
    else {
      setSaved({ text: `Case ${offer.caseReference} declined; it stays with ${offer.fromOrganisationName}.` });
      reload({ requestPolicy: 'network-only' });
    }
  }

  const offers = data?.handOversWaiting;
  const handedOver = sent?.handedOverCases ?? [];
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
      <h1 className="govuk-heading-l">Hand-overs</h1>
      <h2 className="govuk-heading-m">Offered to your organisation</h2>
      {error && <ApiErrorSummary error={error} />}
      {offers &&
        (offers.length === 0 ? (
          <InsetText>No cases are waiting for your organisation to answer.</InsetText>
        ) : (
          <Table<Offer>
            caption={count(offers.length, 'case')}
            rows={offers}
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
              {
                header: 'Answer',
                cell: (row) => (
                  <>
                    <Button type="button" disabled={accepting} onClick={() => void onAccept(row)}>
                      Accept<span className="govuk-visually-hidden"> case {row.caseReference}</span>
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
                        Decline<span className="govuk-visually-hidden"> case {row.caseReference}</span>
                      </Button>
                    </form>
                  </>
                ),
              },
            ]}
          />
        ))}
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
    </>
  );
}
