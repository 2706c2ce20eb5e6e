/**
 * Authentication failures are top-level GraphQL errors (DESIGN: authentication, authorisation
 * and rate limits are not result-union members). One message per kind, never naming which part
 * was wrong, so a caller cannot learn who has an account.
 */
import { GraphQLError } from 'graphql';

export function invalidCredentials(): GraphQLError {
  return new GraphQLError('The credentials are not valid.', {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}

export function signInFailed(): GraphQLError {
  return new GraphQLError('The email address or password is not right.', { extensions: { code: 'UNAUTHENTICATED' } });
}

export function rateLimited(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError('Too many attempts. Wait and try again.', {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfter: retryAfterSeconds,
      http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}

export function forbidden(): GraphQLError {
  return new GraphQLError('You are not allowed to do this.', {
    extensions: { code: 'FORBIDDEN', http: { status: 403 } },
  });
}
