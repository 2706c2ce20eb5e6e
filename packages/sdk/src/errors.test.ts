import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  ForbiddenError,
  InvalidRequestError,
  NetworkError,
  RateLimitedError,
  ServerError,
  toWaymarkError,
} from './errors.ts';

const withCode = (code: string, extensions: Record<string, unknown> = {}) =>
  new CombinedError({ graphQLErrors: [new GraphQLError('m', { extensions: { code, ...extensions } })] });

describe('toWaymarkError', () => {
  it('classifies by extensions.code', () => {
    expect(toWaymarkError(withCode('UNAUTHENTICATED'))).toBeInstanceOf(AuthenticationError);
    expect(toWaymarkError(withCode('FORBIDDEN'))).toBeInstanceOf(ForbiddenError);
    expect(toWaymarkError(withCode('GRAPHQL_VALIDATION_FAILED'))).toBeInstanceOf(InvalidRequestError);
    const limited = toWaymarkError(withCode('RATE_LIMITED', { retryAfter: 30 }));
    expect(limited).toBeInstanceOf(RateLimitedError);
    expect((limited as RateLimitedError).retryAfter).toBe(30);
    const server = toWaymarkError(withCode('INTERNAL_SERVER_ERROR', { requestId: 'req-1' }));
    expect(server).toBeInstanceOf(ServerError);
    expect((server as ServerError).requestId).toBe('req-1');
  });

  it('falls back to the HTTP status, then to a network error', () => {
    const status = (s: number) => new CombinedError({ networkError: new Error('x'), response: { status: s } });
    expect(toWaymarkError(status(401))).toBeInstanceOf(AuthenticationError);
    expect(toWaymarkError(status(429))).toBeInstanceOf(RateLimitedError);
    expect(toWaymarkError(status(503))).toBeInstanceOf(ServerError);
    expect(toWaymarkError(new CombinedError({ networkError: new Error('ECONNREFUSED') }))).toBeInstanceOf(NetworkError);
  });
});
