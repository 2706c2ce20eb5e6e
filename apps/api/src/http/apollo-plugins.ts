/**
 * Error masking: expected failures are typed results, and GraphQL's own request errors (parse,
 * validation, bad variables, auth) pass through; anything else is a fault whose detail goes to
 * the log and never to the client, who gets INTERNAL_SERVER_ERROR and the request id to quote.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Context } from '../context.ts';
import { logger } from '../logger.ts';

const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'RATE_LIMITED',
]);

export function isClientError(error: GraphQLFormattedError): boolean {
  return CLIENT_CODES.has(String(error.extensions?.code));
}

/** Stack frames only: error messages can quote query arguments, which may be personal data. */
function framesOf(error: unknown): string[] {
  const stack = (error as Error | undefined)?.stack ?? '';
  return stack
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, 12)
    .map((line) => line.trim());
}

/**
 * graphql-js quotes the offending value in input errors ('got invalid value "..."', 'cannot
 * represent ... value: "..."'). Those values can be a person's name or date of birth: the
 * message keeps the variable, the path and the expected type, never the value.
 */
export function withoutValues(message: string): string {
  return (
    message
      .replace(/ got invalid value .*? at "/s, ' got an invalid value at "')
      .replace(/ got invalid value .*?; /s, ' got an invalid value; ')
      .replace(/(cannot represent[^:]*? value): .*$/s, '$1.')
      .replace(/(cannot represent an invalid [\w-]+)\b.*$/s, '$1.')
      .replace(/(Expected value of type "[^"]+"), found .*$/s, '$1.')
      .replace(/(Expected type "[^"]+")\..*$/s, '$1.')
      .replace(/^(Invalid global ID|Invalid cursor)\b.*$/s, '$1.')
      // An unknown input field or enum value is named by what was sent, which may be a name.
      .replace(
        /\bField ".*?" is not defined by type ("[^"]+")\..*$/s,
        'A field that is not defined by type $1 was given.',
      )
      .replace(/\bValue ".*?" does not exist in ("[^"]+") enum\..*$/s, 'The value is not one of the $1 enum values.')
  );
}

/** Pothos rejects bad connection arguments (an invalid cursor, a bad global id) with its own error class. */
function isPothosValidation(error: unknown): boolean {
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  return (original as Error | undefined)?.name === 'PothosValidationError';
}

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (isClientError(formatted)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, message: withoutValues(formatted.message), extensions };
  }
  // The client's mistake, and the message names only the argument.
  if (isPothosValidation(error)) {
    const original = (error as { originalError?: unknown }).originalError ?? error;
    return {
      message: withoutValues((original as Error).message),
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT' },
    };
  }
  // The fault itself is logged by requestIdPlugin, which knows the request id.
  return {
    message: 'Something went wrong on our side.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** Adds the request id to masked errors so a user can quote it and an operator can find the log line. */
export const requestIdPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      // Logged here rather than in formatError, which does not know the request: the line must
      // carry the id the client is given, so a user's report leads to it.
      async didEncounterErrors({ errors, contextValue }) {
        for (const error of errors) {
          if (isClientError(error) || isPothosValidation(error)) continue;
          const original = error.originalError ?? error;
          logger.error(
            {
              requestId: contextValue?.requestId,
              err: { name: original.name, frames: framesOf(original) },
              path: error.path,
            },
            'unexpected error',
          );
        }
      },
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single') return;
        const errors = response.body.singleResult.errors;
        if (!errors) return;
        response.body.singleResult.errors = errors.map((error) =>
          error.extensions?.code === 'INTERNAL_SERVER_ERROR'
            ? { ...error, extensions: { ...error.extensions, requestId: contextValue?.requestId } }
            : error,
        );
      },
    };
  },
};
