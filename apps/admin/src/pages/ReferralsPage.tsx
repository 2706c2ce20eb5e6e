/**
 * For partner workers: referrals sent to their organisation's services, with what the service
 * needs to know (never the case itself), and accept or decline for open ones.
 */
import {
  MyServiceReferralsDocument,
  ServiceReferralRespondDocument,
  type MyServiceReferralsQuery,
  type ServiceReferralStatus,
} from '@waymark/sdk';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ApiErrorSummary, describeApiError } from '../app/ApiErrorSummary.tsx';
import { count, formatDateTime } from '../app/format.ts';
import { usePageTitle } from '../app/usePageTitle.ts';
import { InsetText, Table, Tag } from '../components/govuk/content.tsx';
import { ErrorSummary, type ErrorSummaryItem } from '../components/govuk/ErrorSummary.tsx';
import { Button } from '../components/govuk/forms.tsx';
import { SuccessBanner } from '../components/govuk/more.tsx';

type Row = MyServiceReferralsQuery['myServiceReferrals']['edges'][number]['node'];

const statusTags: Record<ServiceReferralStatus, { text: string; colour: 'blue' | 'green' | 'red' | 'grey' }> = {
  OPEN: { text: 'Waiting for you', colour: 'blue' },
  ACCEPTED: { text: 'Accepted', colour: 'green' },
  DECLINED: { text: 'Declined', colour: 'red' },
  CLOSED: { text: 'Closed', colour: 'grey' },
};

export function ReferralsPage() {
  usePageTitle('Referrals to us');
  const [{ data, error }, reload] = useQuery({ query: MyServiceReferralsDocument, variables: { first: 100 } });
  const [{ fetching }, respond] = useMutation(ServiceReferralRespondDocument);
  const [problems, setProblems] = useState<ErrorSummaryItem[]>([]);
  const [saved, setSaved] = useState<string | null>(null);

  async function answer(row: Row, status: ServiceReferralStatus) {
    setProblems([]);
    const result = await respond({ referralId: row.id, status });
    const payload = result.data?.serviceReferralRespond;
    if (result.error || !payload) setProblems([result.error ? describeApiError(result.error) : { text: 'Try again.' }]);
    else if ('message' in payload) setProblems([{ text: payload.message }]);
    else {
      setSaved(
        `Referral ${row.caseReference} ${status === 'ACCEPTED' ? 'accepted' : status === 'DECLINED' ? 'declined' : 'closed'}.`,
      );
      reload({ requestPolicy: 'network-only' });
    }
  }

  const referrals = data?.myServiceReferrals;
  return (
    <>
      {saved && <SuccessBanner>{saved}</SuccessBanner>}
      {problems.length > 0 && <ErrorSummary errors={problems} />}
      <h1 className="govuk-heading-l">Referrals to us</h1>
      {error && <ApiErrorSummary error={error} />}
      {referrals &&
        (referrals.totalCount === 0 ? (
          <InsetText>No referrals are waiting for your services.</InsetText>
        ) : (
          <Table<Row>
            caption={count(referrals.totalCount, 'referral')}
            rows={referrals.edges.map((edge) => edge.node)}
            rowKey={(row) => row.id}
            columns={[
              { header: 'Case', cell: (row) => row.caseReference },
              { header: 'Service', cell: (row) => row.service.name },
              {
                header: 'Person',
                cell: (row) => (
                  <>
                    {[row.givenName, row.familyName].filter(Boolean).join(' ') || 'Name not shared'}
                    <div className="govuk-body-s govuk-!-margin-0">
                      {[
                        row.ageGroup?.toLowerCase(),
                        row.languages.join(', '),
                        row.interpreterNeeded ? 'needs an interpreter' : '',
                      ]
                        .filter(Boolean)
                        .join('; ')}
                    </div>
                  </>
                ),
              },
              {
                header: 'Referred',
                cell: (row) => (
                  <>
                    {formatDateTime(row.referredAt)} by {row.referredBy.name}
                    {row.note && <div className="govuk-body-s govuk-!-margin-0">{row.note}</div>}
                  </>
                ),
              },
              {
                header: 'Status',
                cell: (row) => <Tag colour={statusTags[row.status].colour}>{statusTags[row.status].text}</Tag>,
              },
              {
                header: 'Answer',
                cell: (row) =>
                  row.status === 'OPEN' ? (
                    <div className="govuk-button-group govuk-!-margin-0">
                      <Button
                        type="button"
                        className="govuk-!-margin-bottom-1"
                        disabled={fetching}
                        onClick={() => void answer(row, 'ACCEPTED')}
                      >
                        Accept<span className="govuk-visually-hidden"> referral {row.caseReference}</span>
                      </Button>
                      <Button
                        type="button"
                        variant="secondary"
                        className="govuk-!-margin-bottom-1"
                        disabled={fetching}
                        onClick={() => void answer(row, 'DECLINED')}
                      >
                        Decline<span className="govuk-visually-hidden"> referral {row.caseReference}</span>
                      </Button>
                    </div>
                  ) : row.status === 'ACCEPTED' ? (
                    <Button
                      type="button"
                      variant="secondary"
                      disabled={fetching}
                      onClick={() => void answer(row, 'CLOSED')}
                    >
                      Close<span className="govuk-visually-hidden"> referral {row.caseReference}</span>
                    </Button>
                  ) : (
                    ''
                  ),
              },
            ]}
          />
        ))}
    </>
  );
}
