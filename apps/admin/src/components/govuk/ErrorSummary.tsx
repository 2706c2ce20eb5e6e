/**
 * GOV.UK error summary: "There is a problem", a link to each field at fault, focus moved to
 * the summary when it appears (as Frontend's own JavaScript does) and "Error: " before the
 * page title while it shows. A link to a field focuses that field, not just the fragment.
 */
import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';

export interface ErrorSummaryItem {
  text: ReactNode;
  /** `#field-id` of the control to fix, when there is one. */
  href?: string;
}

export interface ErrorSummaryProps {
  title?: ReactNode;
  description?: ReactNode;
  errors: ErrorSummaryItem[];
  /** 2 unless the summary sits inside a section with its own heading (a case's track). */
  headingLevel?: 2 | 3 | 4;
}

export function ErrorSummary({
  title = 'There is a problem',
  description,
  errors,
  headingLevel = 2,
}: ErrorSummaryProps) {
  const Title = `h${headingLevel}` as const;
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.focus();
  }, []);

  useEffect(() => {
    const plain = document.title.replace(/^Error: /, '');
    document.title = `Error: ${plain}`;
    return () => {
      document.title = document.title.replace(/^Error: /, '');
    };
  });

  function focusField(event: MouseEvent<HTMLAnchorElement>, href: string) {
    let field = href.startsWith('#') ? document.getElementById(href.slice(1)) : null;
    if (!field) return;
    event.preventDefault();
    // A link to a closed details section (another form on the page) opens it at its summary.
    if (field instanceof HTMLDetailsElement) {
      field.open = true;
      field = field.querySelector('summary') ?? field;
    }
    field.scrollIntoView?.();
    field.focus();
  }

  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <Title className="govuk-error-summary__title">{title}</Title>
        <div className="govuk-error-summary__body">
          {description && <p>{description}</p>}
          {errors.length > 0 && (
            <ul className="govuk-list govuk-error-summary__list">
              {errors.map((error, index) => (
                <li key={index}>
                  {error.href ? (
                    <a href={error.href} onClick={(event) => focusField(event, error.href!)}>
                      {error.text}
                    </a>
                  ) : (
                    error.text
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}
