/**
 * The shape every case change shares: an input with the case and its expected version, the
 * CasePayload, and the errors a change or a move can answer with.
 */
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { NotFoundError, NotPermittedError, StaleCaseError, ValidationError } from '../../errors.ts';
import type { Case as CaseRow } from '../../generated/prisma/client.ts';
import {
  CaseClosedError,
  DeadlinePassedError,
  GuardFailedError,
  InvalidTransitionError,
  MissingFactsError,
} from './case-errors.ts';
import { CaseTrack } from './case-records.types.ts';
import { Case } from './case.types.ts';

export const CasePayload = builder.objectRef<{ case: CaseRow }>('CasePayload').implement({
  description: 'The case after the change (its version has gone up by one).',
  fields: (t) => ({ case: t.field({ type: Case, resolve: (payload) => payload.case }) }),
});

export const CHANGE_ERRORS = [ValidationError, NotFoundError, StaleCaseError, CaseClosedError] as const;
export const MOVE_ERRORS = [
  ...CHANGE_ERRORS,
  InvalidTransitionError,
  GuardFailedError,
  MissingFactsError,
  NotPermittedError,
  DeadlinePassedError,
] as const;

/** One mutation per use case, all shaped alike: input object, CasePayload or typed errors. */
export function caseMutation<Input extends Record<string, unknown>>(
  name: string,
  description: string,
  input: { $inferInput: Input },
  errors: ReadonlyArray<(typeof CHANGE_ERRORS)[number] | (typeof MOVE_ERRORS)[number]>,
  run: (input: Input, request: { viewer: NonNullable<Context['viewer']>; requestId: string }) => Promise<CaseRow>,
) {
  builder.mutationField(name, (t) =>
    t.field({
      type: CasePayload,
      description,
      args: { input: t.arg({ type: input as never, required: true }) },
      authScopes: { signedIn: true },
      errors: {
        types: [...errors],
        directResult: true,
        union: { name: `${name[0]!.toUpperCase()}${name.slice(1)}Result` },
      },
      resolve: async (_root, args, { viewer, requestId }) => ({
        case: await run((args as { input: Input }).input, { viewer: viewer!, requestId }),
      }),
    }),
  );
}

export const caseFields = (
  t: PothosSchemaTypes.InputFieldBuilder<
    typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never,
    'InputObject'
  >,
) => ({
  caseId: t.globalID({ for: Case, required: true }),
  expectedVersion: t.int({
    required: true,
    description: 'The case version you last read; a stale one returns StaleCaseError.',
  }),
});
export const trackField = (t: Parameters<typeof caseFields>[0]) => t.globalID({ for: CaseTrack, required: true });
export type Id = { id: string };
export type VersionedInput = { caseId: Id; expectedVersion: number };
export const base = (input: VersionedInput) => ({ caseId: input.caseId.id, expectedVersion: input.expectedVersion });

export const define = <I extends Record<string, unknown>>(
  inputName: string,
  fields: (t: Parameters<typeof caseFields>[0]) => Record<string, unknown>,
) => builder.inputRef<I>(inputName).implement({ fields: (t) => ({ ...caseFields(t), ...fields(t) }) as never });

export const trackInput = (name: string) =>
  define<VersionedInput & { trackId: Id }>(name, (t) => ({ trackId: trackField(t) }));
