import { Link } from '../app/router.tsx';
import { usePageTitle } from '../app/usePageTitle.ts';

/** GOV.UK "Page not found" pattern. */
export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <>
      <h1 className="govuk-heading-l">Page not found</h1>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
      <p className="govuk-body">
        Go to{' '}
        <Link className="govuk-link" to="/cases">
          cases
        </Link>{' '}
        or{' '}
        <Link className="govuk-link" to="/organisations">
          organisations
        </Link>
        .
      </p>
    </>
  );
}
