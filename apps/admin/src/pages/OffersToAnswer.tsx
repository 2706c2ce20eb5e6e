/**
 * Offers waiting for the viewer's organisation to answer (a case handed over, an invitation to a
 * case team): what the offer says, and for each one Accept, or Decline with a reason. The page
 * says what is offered (its columns) and how an answer is sent; this component keeps the answer
 * flow the same on every such page: the reason required before a decline is sent, a refusal in
 * the error summary, a success banner with a link to the case.
 */
import type { CombinedError } from 'urql';
import { useState, type FormEvent, type ReactNode } from 'react';
import { ApiErrorSummary, describeApiError } from '../app/ApiErrorSummary.tsx';
import { concernKindLabels, count } from '../app/format.ts';
import { Link } from '../app/router.tsx';
import { InsetText, Table, type TableColumn } from '../components/govuk/content.tsx';
import { ErrorSummary, type ErrorSummaryItem } from '../components/govuk/ErrorSummary.tsx';
import { Button } from '../components/govuk/forms.tsx';
import { SuccessBanner, Textarea } from '../components/govuk/more.tsx';

/** What an answer came to: a banner (with the case to open, when the viewer may now see it) or a problem. */
export type AnswerOutcome = { saved: string; caseId?: string } | { problem: ErrorSummaryItem };

/** The problem for an answer that did not succeed: the API's error, or the refusal it returned. */
export function refusal(
  error: CombinedError | undefined,
  payload: { message?: string } | null | undefined,
): AnswerOutcome {
  if (error) return { problem: describeApiError(error) };
  return { problem: { text: payload?.message ?? 'Try again.' } };
}

interface Offer {
  id: string;
  caseReference: string;
}

/** The first column of every offer list: the case's reference, what the concern is and where. */
export function caseColumn<
  Row extends Offer & { concernKind: keyof typeof concernKindLabels; areaName: string },
>(): TableColumn<Row> {
  return {
    header: 'Case',
    cell: (row) => (
      <>
        {row.caseReference}
        <div className="govuk-body-s govuk-!-margin-0">
          {concernKindLabels[row.concernKind]}, {row.areaName}
        </div>
      </>
    ),
  };
}

export interface OffersToAnswerProps<Row extends Offer> {
  title: string;
  /** A heading over the offers when the page has more than them. */
  heading?: string;
  offers: Row[] | undefined;
  loadError: CombinedError | undefined;
  /** The noun the table's caption counts ("case", "invitation"). */
  noun: string;
  empty: string;
  /** The columns that say what is offered; the Answer column is added after them. */
  columns: TableColumn<Row>[];
  /** Completes "Accept" and "Decline" for a screen reader, e.g. "case WM-2026-000042". */
  answerName: (row: Row) => string;
  accept: (row: Row) => Promise<AnswerOutcome>;
  decline: (row: Row, reason: string) => Promise<AnswerOutcome>;
  busy: { accepting: boolean; declining: boolean };
  /** What the page shows after the offers. */
  children?: ReactNode;
}

export function OffersToAnswer<Row extends Offer>(props: OffersToAnswerProps<Row>) {
  const [problems, setProblems] = useState<ErrorSummaryItem[]>([]);
  const [saved, setSaved] = useState<{ text: string; caseId?: string } | null>(null);
  const [reasons, setReasons] = useState<Record<string, string>>({});

  function show(outcome: AnswerOutcome) {
    if ('problem' in outcome) setProblems([outcome.problem]);
    else setSaved({ text: outcome.saved, caseId: outcome.caseId });
  }

  async function onAccept(row: Row) {
    setProblems([]);
    show(await props.accept(row));
  }

  async function onDecline(event: FormEvent, row: Row) {
    event.preventDefault();
    setProblems([]);
    const reason = (reasons[row.id] ?? '').trim();
    if (!reason) {
      setProblems([{ text: 'Enter why you decline', href: `#decline-${row.id}` }]);
      return;
    }
    show(await props.decline(row, reason));
  }

  const { offers, busy } = props;
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
      <h1 className="govuk-heading-l">{props.title}</h1>
      {props.heading && <h2 className="govuk-heading-m">{props.heading}</h2>}
      {props.loadError && <ApiErrorSummary error={props.loadError} />}
      {offers &&
        (offers.length === 0 ? (
          <InsetText>{props.empty}</InsetText>
        ) : (
          <Table<Row>
            caption={count(offers.length, props.noun)}
            rows={offers}
            rowKey={(row) => row.id}
            columns={[
              ...props.columns,
              {
                header: 'Answer',
                cell: (row) => (
                  <>
                    <Button type="button" disabled={busy.accepting} onClick={() => void onAccept(row)}>
                      Accept<span className="govuk-visually-hidden"> {props.answerName(row)}</span>
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
                      <Button variant="secondary" disabled={busy.declining}>
                        Decline<span className="govuk-visually-hidden"> {props.answerName(row)}</span>
                      </Button>
                    </form>
                  </>
                ),
              },
            ]}
          />
        ))}
      {props.children}
    </>
  );
}
