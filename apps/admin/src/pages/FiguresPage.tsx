/**
 * The partnership's figures for an area (002 section 5), quarter by quarter or month by month.
 * Every table is shown as the API publishes it ("fewer than 5", "withheld"); each chart is a
 * picture of the table printed under it, which is the accessible version (the chart is hidden
 * from screen readers, the table is not). The choices live in the URL, so a view can be shared.
 */
import {
  AreasDocument,
  PartnershipFiguresDocument,
  PartnershipFiguresExportDocument,
  type FigureCellPartsFragment,
  type FiguresExportFormat,
  type PartnershipFiguresQuery,
} from '@waymark/sdk';
import { useEffect, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { ApiErrorSummary } from '../app/ApiErrorSummary.tsx';
import { navigate, useLocation } from '../app/router.tsx';
import { usePageTitle } from '../app/usePageTitle.ts';
import { InsetText } from '../components/govuk/content.tsx';
import { ErrorSummary } from '../components/govuk/ErrorSummary.tsx';
import { Button, Select } from '../components/govuk/forms.tsx';

type Figures = Extract<PartnershipFiguresQuery['partnershipFigures'], { __typename: 'PartnershipFigures' }>;
type FigureTable = Figures['tables'][number];

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function FiguresPage() {
  usePageTitle('Partnership figures');
  const { pathname, search } = useLocation();
  const applied = {
    area: search.get('area') ?? '',
    from: search.get('from') ?? '',
    to: search.get('to') ?? '',
    by: search.get('by') === 'MONTH' ? 'MONTH' : 'QUARTER',
  };
  const asked = Boolean(applied.area && MONTH.test(applied.from) && MONTH.test(applied.to));
  const [{ data: areasData }] = useQuery({ query: AreasDocument });
  const period = { from: applied.from, to: applied.to, granularity: applied.by as 'MONTH' | 'QUARTER' };
  const [{ data, fetching, error }] = useQuery({
    query: PartnershipFiguresDocument,
    variables: { areaCode: applied.area, period },
    pause: !asked,
  });
  const [form, setForm] = useState(applied);
  useEffect(() => setForm(applied), [search.toString()]);
  const result = data?.partnershipFigures;

  return (
    <>
      <h1 className="govuk-heading-l">Partnership figures</h1>
      <p className="govuk-body">
        Anonymised figures for the partnership&rsquo;s quarterly review and annual report. Small counts are shown as
        &ldquo;fewer than 5&rdquo;, and other counts are withheld where the totals would give a small one away.
      </p>
      {error && <ApiErrorSummary error={error} />}
      {result?.__typename === 'ValidationError' && (
        <ErrorSummary
          errors={result.fieldErrors.map((e) => ({ text: e.message, href: `#figures-${e.path.at(-1)}` }))}
        />
      )}
      <form
        method="get"
        action={pathname}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          navigate(`${pathname}?${new URLSearchParams(form)}`);
        }}
      >
        <Select
          id="figures-area"
          name="area"
          label="Area"
          value={form.area}
          onChange={(area) => setForm({ ...form, area })}
          options={[
            { value: '', text: 'Choose an area' },
            ...(areasData?.areas ?? []).map((a) => ({ value: a.code, text: a.name })),
          ]}
        />
        {(['from', 'to'] as const).map((field) => (
          <div className="govuk-form-group" key={field}>
            <label className="govuk-label" htmlFor={`figures-${field}`}>
              {field === 'from' ? 'First month' : 'Last month'}
            </label>
            <div className="govuk-hint" id={`figures-${field}-hint`}>
              For example, 2026-01
            </div>
            <input
              className="govuk-input govuk-input--width-5"
              id={`figures-${field}`}
              name={field}
              aria-describedby={`figures-${field}-hint`}
              value={form[field]}
              onChange={(event) => setForm({ ...form, [field]: event.target.value })}
            />
          </div>
        ))}
        <Select
          id="figures-by"
          name="by"
          label="Break down by"
          value={form.by}
          onChange={(by) => setForm({ ...form, by })}
          options={[
            { value: 'QUARTER', text: 'Quarter' },
            { value: 'MONTH', text: 'Month' },
          ]}
        />
        <Button>Show figures</Button>
      </form>
      {fetching && (
        <p className="govuk-body" role="status">
          Loading figures…
        </p>
      )}
      {result?.__typename === 'PartnershipFigures' && <FiguresReport figures={result} />}
    </>
  );
}

function FiguresReport({ figures }: { figures: Figures }) {
  return (
    <>
      <h2 className="govuk-heading-m">
        {figures.areaName}, {figures.period.from} to {figures.period.to}
      </h2>
      <ExportButtons figures={figures} />
      {figures.tables.map((table) => (
        <FigureSection key={table.id} table={table} threshold={figures.threshold} />
      ))}
      <h3 className="govuk-heading-s">Days from NRM referral to decision</h3>
      <dl className="govuk-summary-list">
        {figures.decisionTimes.map((d) => (
          <div className="govuk-summary-list__row" key={d.decisionType}>
            <dt className="govuk-summary-list__key">
              {d.decisionType === 'RG' ? 'Reasonable grounds' : 'Conclusive grounds'}
            </dt>
            <dd className="govuk-summary-list__value">
              Median: {d.medianDays ?? `not published (fewer than ${figures.threshold} decisions)`}; 90th percentile:{' '}
              {d.percentile90Days ?? `not published (fewer than ${2 * figures.threshold} decisions)`}
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}

function ExportButtons({ figures }: { figures: Figures }) {
  const client = useClient();
  const [problem, setProblem] = useState<string | null>(null);
  async function download(format: FiguresExportFormat) {
    setProblem(null);
    const { data, error } = await client
      .query(PartnershipFiguresExportDocument, {
        areaCode: figures.areaCode,
        period: { from: figures.period.from, to: figures.period.to, granularity: figures.period.granularity },
        format,
      })
      .toPromise();
    const result = data?.partnershipFiguresExport;
    if (error || result?.__typename !== 'FiguresExport') return setProblem('The export could not be made.');
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([result.content], { type: result.mediaType }));
    link.download = result.filename;
    link.click();
    URL.revokeObjectURL(link.href);
  }
  return (
    <div className="govuk-button-group">
      {problem && <p className="govuk-error-message">{problem}</p>}
      <Button type="button" variant="secondary" onClick={() => void download('FIGURES_CSV')}>
        Download figures (CSV)
      </Button>
      <Button type="button" variant="secondary" onClick={() => void download('HTCDS_CSV')}>
        Download record-level extract (HTCDS, k-anonymised)
      </Button>
    </div>
  );
}

const display = (cell: FigureCellPartsFragment | null | undefined) => cell?.display ?? '';

function FigureSection({ table, threshold }: { table: FigureTable; threshold: number }) {
  const twoWay = table.rows.some((row) => row.total !== null);
  const suppression = table.withheld
    ? 'This table is withheld: its counts are too small to publish safely.'
    : table.primarySuppressed + table.secondarySuppressed > 0
      ? `${table.primarySuppressed} ${table.primarySuppressed === 1 ? 'count is' : 'counts are'} shown as fewer than ${threshold}; ${table.secondarySuppressed} withheld to protect ${table.primarySuppressed === 1 ? 'it' : 'them'}.`
      : null;
  // The chart draws one bar per row: its total in a two-way table, its count otherwise.
  const bars = table.rows.map((row) => ({ label: row.label, cell: twoWay ? row.total : row.cells[0] }));
  return (
    <section className="govuk-!-margin-bottom-8" aria-labelledby={`figures-${table.id}`}>
      <h3 className="govuk-heading-s" id={`figures-${table.id}`}>
        {table.title}
      </h3>
      {suppression && <InsetText>{suppression}</InsetText>}
      {table.rows.length === 0 ? (
        <p className="govuk-body">Nothing in this period.</p>
      ) : (
        <>
          {!table.withheld && <BarChart bars={bars} />}
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s govuk-visually-hidden">
              {table.title}
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  {table.rowHeading}
                </th>
                {table.columns.map((column) => (
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric" key={column}>
                    {column}
                  </th>
                ))}
                {twoWay && (
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                    Total
                  </th>
                )}
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {table.rows.map((row) => (
                <tr className="govuk-table__row" key={row.label}>
                  <th scope="row" className="govuk-table__header">
                    {row.label}
                  </th>
                  {row.cells.map((cell, i) => (
                    <td className="govuk-table__cell govuk-table__cell--numeric" key={i}>
                      {display(cell)}
                    </td>
                  ))}
                  {twoWay && <td className="govuk-table__cell govuk-table__cell--numeric">{display(row.total)}</td>}
                </tr>
              ))}
              {table.total && (
                <tr className="govuk-table__row">
                  <th scope="row" className="govuk-table__header">
                    Total
                  </th>
                  {(table.columnTotals ?? []).map((cell, i) => (
                    <td className="govuk-table__cell govuk-table__cell--numeric" key={i}>
                      {display(cell)}
                    </td>
                  ))}
                  <td className="govuk-table__cell govuk-table__cell--numeric">{display(table.total)}</td>
                </tr>
              )}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

/**
 * Horizontal bars for the published counts; a suppressed count gets no bar, only its words, so
 * the picture never suggests a size the table does not publish. Hidden from assistive
 * technology: the table below it carries the same figures.
 */
function BarChart({ bars }: { bars: Array<{ label: string; cell: FigureCellPartsFragment | null | undefined }> }) {
  const max = Math.max(1, ...bars.map((b) => (b.cell?.kind === 'COUNT' ? b.cell.value! : 0)));
  const rowHeight = 24;
  const labelWidth = 220;
  const barWidth = 320;
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width={labelWidth + barWidth + 120}
      height={bars.length * rowHeight}
      className="govuk-!-margin-bottom-4"
      style={{ maxWidth: '100%', font: '14px arial, sans-serif' }}
    >
      {bars.map((bar, i) => {
        const value = bar.cell?.kind === 'COUNT' ? bar.cell.value! : null;
        const width = value === null ? 0 : Math.round((value / max) * barWidth);
        const y = i * rowHeight;
        return (
          <g key={bar.label} transform={`translate(0 ${y})`}>
            <text x={labelWidth - 8} y={16} textAnchor="end" fill="#0b0c0c">
              {bar.label.length > 30 ? `${bar.label.slice(0, 29)}…` : bar.label}
            </text>
            <rect x={labelWidth} y={4} width={width} height={16} fill="#1d70b8" />
            <text x={labelWidth + width + 6} y={16} fill="#0b0c0c">
              {display(bar.cell)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
