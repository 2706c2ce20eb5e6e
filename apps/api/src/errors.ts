/**
 * Expected failures are data: each mutation returns a union of its payload and the domain
 * errors it can raise. Every domain error implements the GraphQL `Error` interface with a
 * stable `code` and carries what a client needs to recover. Anything that is not a
 * DomainError is a bug or an infrastructure fault and is masked by the server.
 */
import type { FieldMap } from '@pothos/core';
import { builder } from './builder.ts';

export const ErrorCode = builder.enumType('ErrorCode', {
  description: 'Stable, machine-readable error codes. Messages may change; codes do not.',
  values: {
    VALIDATION: { description: 'The input is invalid; see fieldErrors.' },
    NOT_FOUND: { description: 'The record does not exist or the viewer may not see it.' },
    NOT_PERMITTED: { description: 'The viewer or their organisation may not do this.' },
    STALE_CASE: { description: 'The case changed since the client read it; reload and retry.' },
    INVALID_TRANSITION: {
      description: 'The pathway does not allow this from the current step; see allowedTransitions.',
    },
    GUARD_FAILED: { description: 'A condition of the pathway is not met by the recorded facts.' },
    MISSING_FACTS: { description: 'Facts must be recorded first; see facts.' },
    DEADLINE_PASSED: { description: 'The time allowed has passed; see dueAt.' },
    CASE_CLOSED: { description: 'The case is closed; reopen it first.' },
    IDEMPOTENCY_CONFLICT: { description: 'The idempotency key was already used with different input.' },
    STALE_RECORD: { description: 'A directory record changed since the client read it; reload and retry.' },
    RULE_VIOLATION: {
      description: 'A rule of the referral process forbids this; see rule, section and the mutation to use instead.',
    },
    INVITATION_PENDING: { description: 'An invitation to this address is still waiting; revoke it to send another.' },
    INVITATION_NOT_VALID: { description: 'The invitation has expired, was used or was revoked; ask for a new one.' },
    ROLE_NOT_ALLOWED: { description: 'The viewer may not give or remove this role; see allowedRoles.' },
    LAST_ADMIN: {
      description: 'The organisation would be left without an admin; give another person ORG_ADMIN first.',
    },
    ACTION_REQUIRED: {
      description: 'A required step action comes first; see action, and record it with caseRecordAction.',
    },
    UNKNOWN_ACTION: { description: "The track's pathway has no such step action." },
    ACTION_NOT_AT_STEP: {
      description: "The action belongs to another step than the track's current one; see actionsHere.",
    },
    OPEN_TRACKS: {
      description: 'Tracks of the case have not ended; see openTracks. Finish them, or close with a reason.',
    },
  } as const,
});
export type ErrorCodeValue =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'NOT_PERMITTED'
  | 'STALE_CASE'
  | 'INVALID_TRANSITION'
  | 'GUARD_FAILED'
  | 'MISSING_FACTS'
  | 'DEADLINE_PASSED'
  | 'CASE_CLOSED'
  | 'IDEMPOTENCY_CONFLICT'
  | 'STALE_RECORD'
  | 'RULE_VIOLATION'
  | 'INVITATION_PENDING'
  | 'INVITATION_NOT_VALID'
  | 'ROLE_NOT_ALLOWED'
  | 'LAST_ADMIN'
  | 'ACTION_REQUIRED'
  | 'UNKNOWN_ACTION'
  | 'ACTION_NOT_AT_STEP'
  | 'OPEN_TRACKS';

export abstract class DomainError extends Error {
  abstract readonly code: ErrorCodeValue;
}

export interface FieldError {
  /** Path into the mutation's input, e.g. ["subject", "dateOfBirth"]. */
  path: string[];
  message: string;
}

export class ValidationError extends DomainError {
  readonly code = 'VALIDATION' as const;
  constructor(readonly fieldErrors: FieldError[]) {
    super(
      fieldErrors.length === 1
        ? `Invalid input: ${fieldErrors[0]!.path.join('.')} ${fieldErrors[0]!.message}`
        : `Invalid input: ${fieldErrors.length} fields have problems`,
    );
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND' as const;
  constructor(what: string) {
    super(`${what} not found`);
  }
}

export class NotPermittedError extends DomainError {
  readonly code = 'NOT_PERMITTED' as const;
}

export class StaleCaseError extends DomainError {
  readonly code = 'STALE_CASE' as const;
  constructor(readonly currentVersion: number) {
    super(`The case has changed (it is now at version ${currentVersion}); reload it and try again.`);
  }
}

export const ErrorInterface = builder.interfaceRef<DomainError>('Error').implement({
  description: 'Implemented by every expected failure a mutation can return.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'Human-readable, safe to show to the user.' }),
    code: t.field({ type: ErrorCode, resolve: (error) => error.code }),
  }),
});

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/**
 * Declares a domain error class as a GraphQL object type of the same name implementing `Error`,
 * with its own fields (if any) beside `message` and `code`. Mutations list the class in
 * `errors: { types: [...] }` to put it in their result union.
 */
export function exposeError<E extends DomainError>(
  errorClass: new (...args: never[]) => E,
  fields: (t: PothosSchemaTypes.ObjectFieldBuilder<Types, E>) => FieldMap = () => ({}),
) {
  // Pothos derives an object's shape from its class through conditional types that TypeScript
  // cannot reduce for a generic E, so the declaration is made for DomainError; the fields were
  // type-checked against E at the call site, and isTypeOf admits only instances of E.
  builder.objectType(errorClass as unknown as new (message: string) => DomainError, {
    name: errorClass.name,
    interfaces: [ErrorInterface],
    isTypeOf: (value) => value instanceof errorClass,
    fields: fields as unknown as (t: PothosSchemaTypes.ObjectFieldBuilder<Types, DomainError>) => FieldMap,
  });
}

const FieldErrorType = builder.objectRef<FieldError>('FieldError').implement({
  fields: (t) => ({
    path: t.exposeStringList('path', { description: 'Path into the input, e.g. ["subject", "dateOfBirth"].' }),
    field: t.string({ description: 'The path joined with dots.', resolve: (error) => error.path.join('.') }),
    message: t.exposeString('message'),
  }),
});

exposeError(ValidationError, (t) => ({
  fieldErrors: t.field({ type: [FieldErrorType], resolve: (error) => error.fieldErrors }),
}));

exposeError(NotFoundError);

exposeError(NotPermittedError);

exposeError(StaleCaseError, (t) => ({
  currentVersion: t.exposeInt('currentVersion'),
}));

/** Turns a zod failure into the field-level ValidationError the result unions carry. */
export function validationErrorFrom(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): ValidationError {
  return new ValidationError(issues.map((issue) => ({ path: issue.path.map(String), message: issue.message })));
}

/** A directory record (service or contact) changed since the client read it. */
export class StaleRecordError extends DomainError {
  readonly code = 'STALE_RECORD' as const;
  constructor(readonly currentVersion: number) {
    super(`The record has changed (it is now at version ${currentVersion}); reload it and try again.`);
  }
}

exposeError(StaleRecordError, (t) => ({
  currentVersion: t.exposeInt('currentVersion'),
}));

/** The parsed value of a zod safeParse, or its issues as a ValidationError. */
export function parseOrThrow<T>(
  parsed:
    | { success: true; data: T }
    | { success: false; error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> } },
): T {
  if (!parsed.success) throw validationErrorFrom(parsed.error.issues);
  return parsed.data;
}
