import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { formatError } from './apollo-plugins.ts';

describe('formatError', () => {
  it('masks unexpected errors: no message, no stack, code INTERNAL_SERVER_ERROR', () => {
    const secret = new Error('duplicate key value violates unique constraint "Person_email_key" (jane@example.org)');
    const formatted = formatError({ message: secret.message, path: ['caseOpen'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } }, secret);
    expect(formatted).toEqual({ message: 'Something went wrong on our side.', path: ['caseOpen'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('passes client errors through without a stack trace', () => {
    const error = new GraphQLError('Sign in first.', { extensions: { code: 'UNAUTHENTICATED' } });
    const formatted = formatError({ message: error.message, extensions: { code: 'UNAUTHENTICATED', stacktrace: ['at x'] } }, error);
    expect(formatted).toEqual({ message: 'Sign in first.', extensions: { code: 'UNAUTHENTICATED' } });
  });
});
