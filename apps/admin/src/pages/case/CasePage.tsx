/**
 * One case: who it is about (redacted for viewers without need), each pathway track with its
 * step, clocks and next steps, the case team, the forms that record what happened, and the timeline.
 */
import { CasePageDocument, type CasePageQuery } from '@waymark/sdk';
import { useState } from 'react';
import { useQuery } from 'urql';
import { ApiErrorSummary } from '../../app/ApiErrorSummary.tsx';
import { caseStatusTags, concernKindLabels, formatDateTime } from '../../app/format.ts';
import { Link } from '../../app/router.tsx';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { InsetText, Tag } from '../../components/govuk/content.tsx';
import { BackLink, SuccessBanner, SummaryList, Timeline } from '../../components/govuk/more.tsx';
import { CloseForm, ConsentForm, FactsForm, NoteForm, ReferralForm } from './CaseForms.tsx';
import { CaseTeamPanel } from './CaseTeamPanel.tsx';
import { DecisionForm } from './DecisionForm.tsx';
import { SubjectForm } from './SubjectForm.tsx';
import { eventTitles } from './labels.ts';
import { MeetingOutcomeForm, ScheduleMeetingForm } from './MeetingForms.tsx';
import { SubjectSummary } from './SubjectSummary.tsx';
import { TrackPanel } from './TrackPanel.tsx';

export type CaseView = NonNullable<CasePageQuery['case']>;

export function CasePage({ params }: { params: { id: string } }) {
  const [{ data, fetching, error }, reload] = useQuery({ query: CasePageDocument, variables: { id: params.id } });
  const [saved, setSaved] = useState<string | null>(null);
  const theCase = data?.case;
  usePageTitle(theCase ? `Case ${theCase.reference}` : 'Case');

  if (error) return <ApiErrorSummary error={error} />;
  if (fetching && !theCase)
    return (
      <p className="govuk-body" role="status">
        Loading the case…
      </p>
    );
  if (!theCase)
    return (
      <>
        <h1 className="govuk-heading-l">Case not found</h1>
        <p className="govuk-body">There is no case at this address, or you may not see it.</p>
      </>
    );

  const onSaved = (what: string) => {
    setSaved(what);
    reload({ requestPolicy: 'network-only' });
    window.scrollTo?.(0, 0);
  };
  const status = caseStatusTags[theCase.status];
  const factLabels = Object.fromEntries(
    theCase.tracks.flatMap((track) => track.pathway.facts.map((fact) => [fact.name, fact.label])),
  );

  return (
    <>
      <BackLink to="/cases">All cases</BackLink>
      {saved && <SuccessBanner key={theCase.version}>{saved}</SuccessBanner>}
      <span className="govuk-caption-l">{concernKindLabels[theCase.concernKind]}</span>
      <h1 className="govuk-heading-l">
        Case {theCase.reference} <Tag colour={status.colour}>{status.text}</Tag>
      </h1>
      <SummaryList
        rows={[
          { key: 'Area', value: theCase.area.name },
          { key: 'Owned by', value: theCase.owningOrganisation.name },
          { key: 'Assigned to', value: theCase.assignedTo?.displayName ?? 'Not assigned' },
          { key: 'Identified', value: formatDateTime(theCase.identifiedAt) },
          { key: 'Opened', value: `${formatDateTime(theCase.openedAt)} by ${theCase.openedBy.displayName}` },
          ...(theCase.closedAt
            ? [{ key: 'Closed', value: `${formatDateTime(theCase.closedAt)}: ${theCase.closeReason ?? ''}` }]
            : []),
        ]}
      />

      <p className="govuk-body">
        <Link className="govuk-link" to={`/cases/${encodeURIComponent(theCase.id)}/referral?kind=NRM`}>
          NRM referral
        </Link>{' '}
        and{' '}
        <Link className="govuk-link" to={`/cases/${encodeURIComponent(theCase.id)}/referral?kind=DUTY_TO_NOTIFY`}>
          Duty to Notify
        </Link>
        : the form’s answers, what is missing, and the printable pack
      </p>

      <h2 className="govuk-heading-m">Person</h2>
      <SubjectSummary subject={theCase.subject} ageGroup={theCase.ageGroup} />

      <h2 className="govuk-heading-m">Pathways</h2>
      {theCase.tracks.length === 0 && <InsetText>This case does not follow a pathway yet.</InsetText>}
      {theCase.tracks.map((track) => (
        <TrackPanel key={track.id} caseView={theCase} track={track} factLabels={factLabels} onSaved={onSaved} />
      ))}

      <CaseTeamPanel caseView={theCase} onSaved={onSaved} />

      {theCase.status === 'OPEN' && (
        <>
          <h2 className="govuk-heading-m">Record what happened</h2>
          <SubjectForm caseView={theCase} onSaved={onSaved} />
          <FactsForm caseView={theCase} onSaved={onSaved} />
          <ConsentForm caseView={theCase} onSaved={onSaved} />
          <DecisionForm caseView={theCase} onSaved={onSaved} />
          <ScheduleMeetingForm caseView={theCase} onSaved={onSaved} />
          <MeetingOutcomeForm caseView={theCase} onSaved={onSaved} />
          <ReferralForm caseView={theCase} onSaved={onSaved} />
          <NoteForm caseView={theCase} onSaved={onSaved} />
          <CloseForm caseView={theCase} onSaved={onSaved} />
        </>
      )}

      <h2 className="govuk-heading-m">Timeline</h2>
      <Timeline
        items={theCase.timeline.edges.map(({ node }) => ({
          key: node.id,
          title: timelineTitle(node.kind, node.data),
          byline: `${node.actor.displayName}, ${node.organisation.name}`,
          at: node.occurredAt,
          when: formatDateTime(node.occurredAt),
        }))}
      />
    </>
  );
}

function timelineTitle(kind: keyof typeof eventTitles, data: unknown): string {
  const record = (data ?? {}) as Record<string, unknown>;
  if (kind === 'TRANSITION' && typeof record.transition === 'string') return `Step taken: ${record.transition}`;
  return eventTitles[kind];
}
