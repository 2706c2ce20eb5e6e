/** Small GOV.UK content components: tag, inset text, table, pagination. */
import type { ReactNode } from 'react';
import { Link } from '../../app/router.tsx';

export type TagColour =
  'grey' | 'green' | 'turquoise' | 'blue' | 'light-blue' | 'purple' | 'pink' | 'red' | 'orange' | 'yellow';

export function Tag({ colour, children }: { colour?: TagColour; children: ReactNode }) {
  return <strong className={`govuk-tag${colour ? ` govuk-tag--${colour}` : ''}`}>{children}</strong>;
}

export function InsetText({ children }: { children: ReactNode }) {
  return <div className="govuk-inset-text">{children}</div>;
}

export interface TableColumn<Row> {
  header: ReactNode;
  cell(row: Row): ReactNode;
  numeric?: boolean;
}

export interface TableProps<Row> {
  caption: ReactNode;
  captionClassName?: string;
  columns: Array<TableColumn<Row>>;
  rows: Row[];
  rowKey(row: Row): string;
  /** The first column names the row (a row header). */
  firstCellIsHeader?: boolean;
}

export function Table<Row>({
  caption,
  captionClassName = 'govuk-table__caption--m',
  columns,
  rows,
  rowKey,
  firstCellIsHeader = true,
}: TableProps<Row>) {
  const numeric = (column: TableColumn<Row>, base: string) => (column.numeric ? `${base} ${base}--numeric` : base);
  return (
    <table className="govuk-table">
      <caption className={`govuk-table__caption ${captionClassName}`}>{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {columns.map((column, index) => (
            <th key={index} scope="col" className={numeric(column, 'govuk-table__header')}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr key={rowKey(row)} className="govuk-table__row">
            {columns.map((column, index) =>
              index === 0 && firstCellIsHeader ? (
                <th key={index} scope="row" className={numeric(column, 'govuk-table__header')}>
                  {column.cell(row)}
                </th>
              ) : (
                <td key={index} className={numeric(column, 'govuk-table__cell')}>
                  {column.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const prevIcon =
  'm6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z';
const nextIcon =
  'm8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z';

function PaginationIcon({ direction }: { direction: 'prev' | 'next' }) {
  return (
    <svg
      className={`govuk-pagination__icon govuk-pagination__icon--${direction}`}
      xmlns="http://www.w3.org/2000/svg"
      height="13"
      width="15"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 15 13"
    >
      <path d={direction === 'prev' ? prevIcon : nextIcon} />
    </svg>
  );
}

export interface PaginationLink {
  href: string;
  /** Extra history state for the client-side navigation (e.g. the cursors walked so far). */
  state?: unknown;
}

/**
 * GOV.UK pagination, the "previous and next only" (block) variant: Relay connections page by
 * cursor, so there are no page numbers to link to.
 */
export function Pagination({
  previous,
  next,
  label = 'Pagination',
}: {
  previous?: PaginationLink | null;
  next?: PaginationLink | null;
  label?: string;
}) {
  if (!previous && !next) return null;
  return (
    <nav className="govuk-pagination govuk-pagination--block" aria-label={label}>
      {previous && (
        <div className="govuk-pagination__prev">
          <Link className="govuk-link govuk-pagination__link" to={previous.href} state={previous.state} rel="prev">
            <PaginationIcon direction="prev" />
            <span className="govuk-pagination__link-title govuk-pagination__link-title--decorated">
              Previous<span className="govuk-visually-hidden"> page</span>
            </span>
          </Link>
        </div>
      )}
      {next && (
        <div className="govuk-pagination__next">
          <Link className="govuk-link govuk-pagination__link" to={next.href} state={next.state} rel="next">
            <PaginationIcon direction="next" />
            <span className="govuk-pagination__link-title govuk-pagination__link-title--decorated">
              Next<span className="govuk-visually-hidden"> page</span>
            </span>
          </Link>
        </div>
      )}
    </nav>
  );
}
