import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { formatError, withoutValues } from './apollo-plugins.ts';

describe('formatError', () => {
  it('masks unexpected errors: no message, no stack, code INTERNAL_SERVER_ERROR', () => {
    const secret = new Error('duplicate key value violates unique constraint "Person_email_key" (jane@example.org)');
    const formatted = formatError(
      {
        message: secret.message,
        path: ['caseOpen'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] },
      },
      secret,
    );
    expect(formatted).toEqual({
      message: 'Something went wrong on our side.',
      path: ['caseOpen'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('passes client errors through without a stack trace', () => {
    const error = new GraphQLError('Sign in first.', { extensions: { code: 'UNAUTHENTICATED' } });
    const formatted = formatError(
      { message: error.message, extensions: { code: 'UNAUTHENTICATED', stacktrace: ['at x'] } },
      error,
    );
    expect(formatted).toEqual({ message: 'Sign in first.', extensions: { code: 'UNAUTHENTICATED' } });
  });
});

describe('withoutValues', () => {
  it('keeps the variable, path and expected type of an input error, never the value', () => {
    expect(
      withoutValues(
        'Variable "$input" got invalid value "Jane Doe" at "input.subject.estimatedAge"; Int cannot represent non-integer value: "Jane Doe"',
      ),
    ).toBe(
      'Variable "$input" got an invalid value at "input.subject.estimatedAge"; Int cannot represent non-integer value.',
    );
    expect(
      withoutValues(
        'Variable "$input" got invalid value { email: "jane@example.org" }; Field "password" of required type "String!" was not provided.',
      ),
    ).toBe('Variable "$input" got an invalid value; Field "password" of required type "String!" was not provided.');
    expect(withoutValues('Date cannot represent an invalid date-string 1990-13-45 Jane.')).toBe(
      'Date cannot represent an invalid date-string.',
    );
    expect(withoutValues('Invalid global ID: Jane Doe')).toBe('Invalid global ID.');
    expect(withoutValues('Cannot query field "rols" on type "Viewer".')).toBe(
      'Cannot query field "rols" on type "Viewer".',
    );
  });
});
