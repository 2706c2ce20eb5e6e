import { createWaymarkClient } from '@waymark/sdk';
import type { Client } from 'urql';

/**
 * The SDK's urql client (always POST, network-only: Apollo's CSRF protection refuses GET,
 * and case data must never come from a stale cache) against `/graphql` on the admin's own
 * origin, which the Vite dev server or serve.mjs forwards to the API. Same origin is what lets
 * the session cookie (HttpOnly, SameSite=Strict, set by signIn) travel with every request;
 * the page's JavaScript never sees it.
 */
export function createAdminClient(fetchImpl?: typeof fetch): Client {
  return createWaymarkClient({ url: '/graphql', ...(fetchImpl ? { fetch: fetchImpl } : {}) }).urql;
}
