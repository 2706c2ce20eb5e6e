/**
 * One pathway track: where the case is, its clocks, and what may happen next. Enabled steps
 * are primary buttons; blocked ones are listed with the engine's reasons (a guard, missing
 * facts, who may act) and can still be tried, so the API's refusal explains itself: GOV.UK
 * advises against disabled buttons, which give no reason.
 */
import { CaseTransitionDocument } from '@waymark/sdk';
import type { FormEvent } from 'react';
import { deadlineTag, dueText } from '../../app/deadlines.ts';
import { Link } from '../../app/router.tsx';
import { Table, Tag } from '../../components/govuk/content.tsx';
import { Button } from '../../components/govuk/forms.tsx';
import type { CaseView } from './CasePage.tsx';
import { ChangeProblem } from './ChangeProblem.tsx';
import { TrackChecklist } from './TrackChecklist.tsx';
import { useCaseChange } from './useCaseChange.ts';

type Track = CaseView['tracks'][number];

export interface TrackPanelProps {
  caseView: CaseView;
  track: Track;
  factLabels: Record<string, string>;
  onSaved(what: string): void;
}

export function TrackPanel({ caseView, track, factLabels, onSaved }: TrackPanelProps) {
  const formId = `track-${track.id}`;
  const change = useCaseChange(CaseTransitionDocument, formId, onSaved, factLabels);
  const enabled = track.allowedTransitions.filter((option) => option.enabled);
  const blocked = track.allowedTransitions.filter((option) => !option.enabled);
  const now = new Date();

  function take(event: FormEvent<HTMLFormElement>, name: string, label: string) {
    event.preventDefault();
    void change.run(
      { input: { caseId: caseView.id, trackId: track.id, expectedVersion: caseView.version, transition: name } },
      `${label}: done.`,
    );
  }

  return (
    <section className="govuk-!-margin-bottom-8" aria-labelledby={`${formId}-title`}>
      <h3 className="govuk-heading-s" id={`${formId}-title`}>
        <Link className="govuk-link" to={`/pathways/${track.pathwayId}/${track.pathwayVersion}`}>
          {track.pathway.title}
        </Link>
        <span className="govuk-caption-m">Current step: {track.step.title}</span>
      </h3>
      {change.problem && <ChangeProblem problem={change.problem} caseId={caseView.id} headingLevel={4} />}
      {track.deadlines.length > 0 && (
        <Table
          caption={`Clocks on ${track.pathway.title}`}
          captionClassName="govuk-table__caption--s"
          rows={track.deadlines}
          rowKey={(deadline) => `${deadline.clock}-${deadline.startedAt}`}
          columns={[
            { header: 'Clock', cell: (deadline) => deadline.label },
            { header: 'When', cell: (deadline) => dueText(deadline) },
            {
              header: 'Status',
              cell: (deadline) => {
                const tag = deadlineTag(deadline, now);
                return <Tag colour={tag.colour}>{tag.text}</Tag>;
              },
            },
          ]}
        />
      )}
      <TrackChecklist
        caseId={caseView.id}
        version={caseView.version}
        trackId={track.id}
        open={caseView.status === 'OPEN' && !track.closedAt}
        onSaved={onSaved}
      />
      {track.step.terminal && <p className="govuk-body">This pathway has ended.</p>}
      {caseView.status === 'OPEN' && enabled.length > 0 && (
        <>
          <h4 className="govuk-heading-s">Next steps</h4>
          <div className="govuk-button-group">
            {enabled.map((option) => (
              <form key={option.name} noValidate onSubmit={(event) => take(event, option.name, option.label)}>
                <Button disabled={change.fetching}>{option.label}</Button>
              </form>
            ))}
          </div>
        </>
      )}
      {caseView.status === 'OPEN' && blocked.length > 0 && (
        <>
          <h4 className="govuk-heading-s">Not possible yet</h4>
          <ul className="govuk-list">
            {blocked.map((option) => (
              <li key={option.name} className="govuk-!-margin-bottom-4">
                <form noValidate onSubmit={(event) => take(event, option.name, option.label)}>
                  <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{option.label}</p>
                  <ul className="govuk-list govuk-list--bullet">
                    {option.reasons.map((reason, index) => (
                      <li key={index}>
                        {reason.message}
                        {reason.facts.length > 0 &&
                          ` (${reason.facts.map((fact) => factLabels[fact] ?? fact).join(', ')})`}
                      </li>
                    ))}
                  </ul>
                  <Button variant="secondary" disabled={change.fetching}>
                    Try {option.label.charAt(0).toLowerCase() + option.label.slice(1)}
                  </Button>
                </form>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
