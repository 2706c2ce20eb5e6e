import { createWaymarkClient } from '@waymark/sdk';
import type { Client } from 'urql';
import { identityHeaders } from './identity.ts';

/**
 * The SDK's urql client (always POST, network-only: Apollo's CSRF protection refuses GET,
 * and case data must never come from a stale cache) against `/graphql` on the admin's own
 * origin, which the Vite dev server or serve.mjs forwards to the API.
 */
export function createAdminClient(email: string, fetchImpl?: typeof fetch): Client {
  return createWaymarkClient({ url: '/graphql', headers: identityHeaders(email), ...(fetchImpl ? { fetch: fetchImpl } : {}) }).urql;
}
