/**
 * Turns a failed request into a GOV.UK error summary in words a caseworker can act on. The
 * SDK classifies the error (`toWaymarkError`: GraphQL `extensions.code` first, then HTTP
 * status).
 */
import { toWaymarkError } from '@waymark/sdk';
import type { CombinedError } from 'urql';
import { ErrorSummary, type ErrorSummaryItem } from '../components/govuk/ErrorSummary.tsx';

/** True when the API did not answer at all (down, or still starting), as opposed to refusing. */
export function isUnreachable(error: CombinedError): boolean {
  const waymark = toWaymarkError(error);
  // serve.mjs answers 502 (code BAD_GATEWAY) when the API is down; Vite's dev proxy, a bare 500.
  const status = waymark.status ?? 0;
  return (
    waymark.kind === 'network' ||
    [502, 503, 504].includes(status) ||
    (status === 500 && waymark.graphQLErrors.length === 0)
  );
}

export function describeApiError(error: CombinedError): ErrorSummaryItem {
  const waymark = toWaymarkError(error);
  if (isUnreachable(error))
    return { text: 'Waymark cannot reach its API. Check that the API is running, then reload this page.' };
  switch (waymark.kind) {
    case 'unauthenticated':
      return { text: 'You are not signed in, or your session has ended. Reload this page to sign in again.' };
    case 'forbidden':
      return { text: `You do not have permission to see this. ${waymark.message}`.trim() };
    case 'rate_limited':
      return { text: 'Too many requests. Wait a minute, then reload this page.' };
    case 'server': {
      const reference =
        'requestId' in waymark && typeof waymark.requestId === 'string'
          ? ` Quote reference ${waymark.requestId} if you report it.`
          : '';
      return { text: `Something went wrong in Waymark.${reference}` };
    }
    default:
      return { text: waymark.message || 'Something went wrong. Reload this page to try again.' };
  }
}

export function ApiErrorSummary({ error }: { error: CombinedError }) {
  return <ErrorSummary errors={[describeApiError(error)]} />;
}
