/**
 * Shown while the API does not answer: usually it is still starting (opening the database,
 * loading demo data), so say so, check again every few seconds, and carry on by itself.
 */
import { useEffect } from 'react';
import { usePageTitle } from './usePageTitle.ts';

export const RETRY_SECONDS = 3;

export function ApiStarting({ onRetry }: { onRetry(): void }) {
  usePageTitle('Waymark is starting');
  useEffect(() => {
    const timer = setInterval(onRetry, RETRY_SECONDS * 1000);
    return () => clearInterval(timer);
  }, [onRetry]);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Waymark is starting</h1>
        <p className="govuk-body">The Waymark API is not answering yet. It usually takes a few seconds to start.</p>
        <p className="govuk-body" role="status">
          This page checks again every {RETRY_SECONDS} seconds and carries on when the API is ready.
        </p>
        <p className="govuk-body">
          If this page stays for more than a minute, check that the API is running, then{' '}
          <a className="govuk-link" href={window.location.pathname + window.location.search}>
            reload this page
          </a>
          .
        </p>
      </div>
    </div>
  );
}
