/**
 * Every failed request becomes one of these, classified in one place (`toWaymarkError`) from
 * the GraphQL `extensions.code` first, then the HTTP status. Expected domain failures are not
 * errors here: mutations return them as typed members of their result unions.
 */
import type { CombinedError } from '@urql/core';

export type WaymarkErrorKind =
  'network' | 'unauthenticated' | 'forbidden' | 'invalid_request' | 'rate_limited' | 'server' | 'unknown';

export class WaymarkError extends Error {
  readonly kind: WaymarkErrorKind = 'unknown';
  constructor(
    message: string,
    /** The GraphQL errors as the server sent them. */
    readonly graphQLErrors: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }> = [],
    /** HTTP status when one was received. */
    readonly status?: number,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NetworkError extends WaymarkError {
  override readonly kind = 'network';
}
export class AuthenticationError extends WaymarkError {
  override readonly kind = 'unauthenticated';
}
export class ForbiddenError extends WaymarkError {
  override readonly kind = 'forbidden';
}
/** The query or its variables are not valid against the schema (HTTP 400). */
export class InvalidRequestError extends WaymarkError {
  override readonly kind = 'invalid_request';
}
export class RateLimitedError extends WaymarkError {
  override readonly kind = 'rate_limited';
  /** Seconds to wait before retrying, when the server said. */
  retryAfter?: number;
}
/** A fault on the server; quote `requestId` when reporting it. */
export class ServerError extends WaymarkError {
  override readonly kind = 'server';
  requestId?: string;
}

const INVALID_REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
]);

export function toWaymarkError(error: CombinedError): WaymarkError {
  const status = (error.response as { status?: number } | undefined)?.status;
  const graphQLErrors = error.graphQLErrors.map((e) => ({
    message: e.message,
    extensions: e.extensions as Record<string, unknown>,
  }));
  const first = graphQLErrors[0];
  const code = first?.extensions?.code;
  const message = first?.message ?? error.networkError?.message ?? error.message;

  if (code === 'UNAUTHENTICATED' || status === 401) return new AuthenticationError(message, graphQLErrors, status);
  if (code === 'FORBIDDEN' || status === 403) return new ForbiddenError(message, graphQLErrors, status);
  if (code === 'RATE_LIMITED' || status === 429) {
    const limited = new RateLimitedError(message, graphQLErrors, status);
    const retryAfter = Number(first?.extensions?.retryAfter);
    if (Number.isFinite(retryAfter)) limited.retryAfter = retryAfter;
    return limited;
  }
  if ((typeof code === 'string' && INVALID_REQUEST_CODES.has(code)) || status === 400) {
    return new InvalidRequestError(message, graphQLErrors, status);
  }
  if (code === 'INTERNAL_SERVER_ERROR' || (status !== undefined && status >= 500)) {
    const server = new ServerError(message, graphQLErrors, status);
    const requestId = first?.extensions?.requestId;
    if (typeof requestId === 'string') server.requestId = requestId;
    return server;
  }
  if (error.networkError && graphQLErrors.length === 0) return new NetworkError(message, graphQLErrors, status);
  return new WaymarkError(message, graphQLErrors, status);
}
