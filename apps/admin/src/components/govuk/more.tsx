/**
 * More GOV.UK components with Frontend's exact markup: summary list, textarea, radios, back
 * link, notification banner, warning text; and the MoJ timeline.
 */
import type { ReactNode } from 'react';
import { Link } from '../../app/router.tsx';

export interface SummaryRow {
  key: ReactNode;
  value: ReactNode;
  action?: { href: string; text: string; visuallyHidden: string };
}

export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  return (
    <dl className="govuk-summary-list">
      {rows.map((row, index) => (
        <div
          key={index}
          className={`govuk-summary-list__row${row.action ? '' : ' govuk-summary-list__row--no-actions'}`}
        >
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
          {row.action && (
            <dd className="govuk-summary-list__actions">
              <Link className="govuk-link" to={row.action.href}>
                {row.action.text}
                <span className="govuk-visually-hidden"> {row.action.visuallyHidden}</span>
              </Link>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}

function describedBy(...ids: Array<string | undefined>) {
  return ids.filter(Boolean).join(' ') || undefined;
}

function ErrorMessage({ id, text }: { id: string; text: string }) {
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {text}
    </p>
  );
}

export interface TextareaProps {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange(value: string): void;
  rows?: number;
}

export function Textarea({ id, name, label, hint, error, value, onChange, rows = 5 }: TextareaProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={hintId} className="govuk-hint">
          {hint}
        </div>
      )}
      {error && <ErrorMessage id={errorId!} text={error} />}
      <textarea
        className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        id={id}
        name={name}
        rows={rows}
        value={value}
        aria-describedby={describedBy(hintId, errorId)}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

export interface RadioItem {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

export interface RadiosProps {
  /** The first radio gets this id, so an error summary link lands on it. */
  id: string;
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  items: RadioItem[];
  value: string;
  onChange(value: string): void;
  small?: boolean;
  inline?: boolean;
}

export function Radios({ id, name, legend, hint, error, items, value, onChange, small, inline }: RadiosProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const classes = ['govuk-radios', small && 'govuk-radios--small', inline && 'govuk-radios--inline']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(hintId, errorId)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div id={hintId} className="govuk-hint">
            {hint}
          </div>
        )}
        {error && <ErrorMessage id={errorId!} text={error} />}
        <div className={classes}>
          {items.map((item, index) => {
            const itemId = index === 0 ? id : `${id}-${index + 1}`;
            const itemHintId = item.hint ? `${itemId}-item-hint` : undefined;
            return (
              <div key={item.value} className="govuk-radios__item">
                <input
                  className="govuk-radios__input"
                  id={itemId}
                  name={name}
                  type="radio"
                  value={item.value}
                  checked={value === item.value}
                  aria-describedby={itemHintId}
                  onChange={() => onChange(item.value)}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={itemId}>
                  {item.label}
                </label>
                {item.hint && (
                  <div id={itemHintId} className="govuk-hint govuk-radios__hint">
                    {item.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export function BackLink({ to, children = 'Back' }: { to: string; children?: ReactNode }) {
  return (
    <Link to={to} className="govuk-back-link">
      {children}
    </Link>
  );
}

/** The success variant: role="alert" so the news is read out after a change. */
export function SuccessBanner({ title = 'Success', children }: { title?: string; children: ReactNode }) {
  return (
    <div
      className="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby="success-banner-title"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="success-banner-title">
          {title}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{children}</p>
      </div>
    </div>
  );
}

export function WarningText({ children }: { children: ReactNode }) {
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        {children}
      </strong>
    </div>
  );
}

export interface TimelineItem {
  key: string;
  title: ReactNode;
  byline?: ReactNode;
  at: string;
  when: ReactNode;
  description?: ReactNode;
}

/** The MoJ timeline pattern's markup (moj/components/timeline/template.njk). */
export function Timeline({ items, headingLevel = 3 }: { items: TimelineItem[]; headingLevel?: 2 | 3 | 4 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="moj-timeline">
      {items.map((item) => (
        <div key={item.key} className="moj-timeline__item">
          <div className="moj-timeline__header">
            <Heading className="moj-timeline__title">{item.title}</Heading>
            {item.byline && <p className="moj-timeline__byline">by {item.byline}</p>}
          </div>
          <p className="moj-timeline__date">
            <time dateTime={item.at}>{item.when}</time>
          </p>
          {item.description && <div className="moj-timeline__description">{item.description}</div>}
        </div>
      ))}
    </div>
  );
}
