/**
 * One pathway version: its diagram, steps, transitions, clocks and the source sections they
 * come from. The diagram is the API's Mermaid export. It is shown as an accessible figure: the
 * transitions as a list a screen reader reads in order ("from, by, to"), with the Mermaid text
 * itself behind a details element for anyone who wants to paste it into a renderer. A drawing
 * library (mermaid is ~700 kB minified) would add little a list does not say.
 */
import { PathwayDocument, type PathwayQuery } from '@waymark/sdk';
import { useQuery } from 'urql';
import { ApiErrorSummary } from '../../app/ApiErrorSummary.tsx';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { Table } from '../../components/govuk/content.tsx';
import { BackLink, SummaryList } from '../../components/govuk/more.tsx';

type Pathway = NonNullable<PathwayQuery['pathway']>;

export function PathwayPage({ params }: { params: { id: string; version: string } }) {
  const version = Number(params.version);
  const [{ data, error, fetching }] = useQuery({
    query: PathwayDocument,
    variables: { id: params.id, version: Number.isInteger(version) ? version : null },
  });
  const pathway = data?.pathway;
  usePageTitle(pathway ? pathway.title : 'Pathway');
  if (error) return <ApiErrorSummary error={error} />;
  if (fetching && !pathway)
    return (
      <p className="govuk-body" role="status">
        Loading the pathway…
      </p>
    );
  if (!pathway) return <h1 className="govuk-heading-l">Pathway not found</h1>;
  const stepTitle = new Map(pathway.steps.map((step) => [step.id, step.title]));

  return (
    <>
      <BackLink to="/pathways">Pathways</BackLink>
      <span className="govuk-caption-l">
        {pathway.area}, version {pathway.version}
      </span>
      <h1 className="govuk-heading-l">{pathway.title}</h1>
      <p className="govuk-body">
        Source: {pathway.source.file}, {pathway.source.section}
      </p>
      <Diagram pathway={pathway} stepTitle={stepTitle} />
      <h2 className="govuk-heading-m">Steps</h2>
      <SummaryList
        rows={pathway.steps.map((step) => ({
          key: (
            <>
              {step.title}
              {step.id === pathway.start && <span className="govuk-body-s govuk-!-display-block">Start</span>}
            </>
          ),
          value: (
            <>
              <p className="govuk-body">{step.description}</p>
              <p className="govuk-body-s govuk-!-margin-0">
                {step.terminal ? 'Ends the pathway. ' : ''}
                {step.handOff ? `Hands off to ${step.handOff}. ` : ''}
                Source: {step.source.file}, {step.source.section}
              </p>
            </>
          ),
        }))}
      />
      <h2 className="govuk-heading-m">Clocks</h2>
      {pathway.clocks.length === 0 ? (
        <p className="govuk-body">This pathway has no deadlines.</p>
      ) : (
        <Table
          caption="Deadlines this pathway sets"
          captionClassName="govuk-table__caption--s"
          rows={pathway.clocks}
          rowKey={(clock) => clock.id}
          columns={[
            { header: 'Clock', cell: (clock) => clock.label },
            { header: 'Starts on', cell: (clock) => clock.startOn.join(', ') },
            { header: 'Stops on', cell: (clock) => clock.stopOn.join(', ') || 'Runs out' },
            { header: 'Due', cell: (clock) => describeDue(clock.due) },
          ]}
        />
      )}
    </>
  );
}

function Diagram({ pathway, stepTitle }: { pathway: Pathway; stepTitle: Map<string, string> }) {
  const from = (t: Pathway['transitions'][number]) =>
    t.from.map((id) => stepTitle.get(id) ?? id).join(' or ') || 'any step';
  return (
    <figure className="govuk-!-margin-0 govuk-!-margin-bottom-6" aria-labelledby="diagram-caption">
      <figcaption id="diagram-caption">
        <h2 className="govuk-heading-m">Diagram</h2>
        <p className="govuk-body">
          How a case moves through {pathway.title}: {pathway.transitions.length} possible moves between{' '}
          {pathway.steps.length} steps, starting at “{stepTitle.get(pathway.start) ?? pathway.start}”.
        </p>
      </figcaption>
      <ol className="govuk-list govuk-list--number">
        {pathway.transitions.map((t) => (
          <li key={t.name}>
            From <strong>{from(t)}</strong>, <em>{t.label}</em>
            {t.to ? (
              <>
                {' '}
                leads to <strong>{stepTitle.get(t.to) ?? t.to}</strong>
              </>
            ) : (
              ' is recorded without moving on'
            )}
            {t.allow.firstResponderOnly ? ' (First Responders only)' : ''}
            {t.requiresFacts.length > 0 ? `; needs ${t.requiresFacts.join(', ')}` : ''}.
          </li>
        ))}
      </ol>
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Mermaid source of the diagram</span>
        </summary>
        <div className="govuk-details__text">
          <pre className="app-diagram-source" tabIndex={0} aria-label="Mermaid flowchart source">
            {pathway.mermaid}
          </pre>
        </div>
      </details>
    </figure>
  );
}

function describeDue(due: unknown): string {
  const d = (due ?? {}) as Record<string, unknown>;
  const parts = Object.entries(d)
    .filter(([, value]) => typeof value === 'number' || typeof value === 'string')
    .map(([key, value]) => `${value} ${key.replace(/([A-Z])/g, ' $1').toLowerCase()}`);
  return parts.join(', ') || 'See the source';
}
