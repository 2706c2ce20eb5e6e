/**
 * The Waymark client: typed documents in, typed data out, one error type hierarchy.
 *
 *   const waymark = createWaymarkClient({ url: 'http://127.0.0.1:4000/graphql', token });
 *   const { viewer } = await waymark.query(ViewerDocument);
 *
 * or, signed in as a person from Node (the session cookie is kept by the client):
 *
 *   const waymark = createWaymarkClient({ url, keepSession: true });
 *   await waymark.mutate(SignInDocument, { input: { email, password } });
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Client, fetchExchange, type AnyVariables } from '@urql/core';
import { toWaymarkError, WaymarkError } from './errors.js';
import { sessionKeepingFetch } from './session.js';

export interface WaymarkClientOptions {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** An API token (sent as `Authorization: Bearer <token>`). */
  token?: string;
  /** Extra headers on every request. */
  headers?: Record<string, string>;
  /** A fetch implementation (defaults to the global one). */
  fetch?: typeof fetch;
  /**
   * Keep the session cookie that `signIn` sets and send it with later requests, as a browser
   * would: for signing in from Node. Browsers keep it themselves; leave this off there. A client
   * that signed in acts as that person until `signOut`: make one client per person.
   */
  keepSession?: boolean;
}

/** Variables are optional when the operation has none that are required. */
type VariablesArg<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

export interface WaymarkClient {
  query<D, V extends AnyVariables>(document: TypedDocumentNode<D, V>, ...variables: VariablesArg<V>): Promise<D>;
  mutate<D, V extends AnyVariables>(document: TypedDocumentNode<D, V>, ...variables: VariablesArg<V>): Promise<D>;
  /** The underlying urql client, for framework bindings (urql's React hooks, etc.). */
  readonly urql: Client;
}

export function createWaymarkClient(options: WaymarkClientOptions): WaymarkClient {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  // The global fetch is looked up per call, so a test or polyfill installed later still applies.
  const fetchImpl = options.keepSession
    ? sessionKeepingFetch(options.fetch ?? ((input, init) => fetch(input, init)))
    : options.fetch;
  const urql = new Client({
    url: options.url,
    exchanges: [fetchExchange],
    // Apollo's CSRF protection blocks GET requests without a preflight header: always POST.
    preferGetMethod: false,
    // Case data changes under other users' hands; never answer from a cache.
    requestPolicy: 'network-only',
    fetchOptions: () => ({ headers }),
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  });

  async function run<D, V extends AnyVariables>(
    kind: 'query' | 'mutation',
    document: TypedDocumentNode<D, V>,
    variables?: V,
  ): Promise<D> {
    const result = await urql[kind](document, (variables ?? {}) as V).toPromise();
    if (result.error) throw toWaymarkError(result.error);
    if (!result.data) throw new WaymarkError('The server returned no data.');
    return result.data;
  }

  return {
    urql,
    query: (document, ...[variables]) => run('query', document, variables),
    mutate: (document, ...[variables]) => run('mutation', document, variables),
  };
}
