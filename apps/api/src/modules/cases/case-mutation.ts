/**
 * The shape every case change shares: an input with the case and its expected version, the
 * CasePayload, and the errors a change or a move can answer with.
 */
import type { InputFieldMap, InputObjectRef } from '@pothos/core';
import { builder } from '../../builder.ts';
import type { RequestInfo } from '../../context.ts';
import { NotFoundError, NotPermittedError, StaleCaseError, ValidationError } from '../../errors.ts';
import type { Case as CaseRow } from '../../generated/prisma/client.ts';
import {
  ActionNotAtStepError,
  ActionRequiredError,
  CaseClosedError,
  DeadlinePassedError,
  GuardFailedError,
  InvalidTransitionError,
  MissingFactsError,
  OpenTracksError,
  RuleViolationError,
  UnknownActionError,
} from './case-errors.ts';
import { CaseTrack } from './case-records.types.ts';
import { OCCURRED_AT_DESCRIPTION } from './occurred-at.ts';
import { Case } from './case.types.ts';

export const CasePayload = builder.objectRef<{ case: CaseRow }>('CasePayload').implement({
  description: 'The case after the change (its version has gone up by one).',
  fields: (t) => ({ case: t.field({ type: Case, resolve: (payload) => payload.case }) }),
});

/**
 * NotPermittedError is in every change's answer: area oversight sees cases and changes none
 * (case-transaction.ts), and some changes are the owning organisation's alone (`owner`).
 */
export const CHANGE_ERRORS = [
  ValidationError,
  NotFoundError,
  StaleCaseError,
  CaseClosedError,
  NotPermittedError,
] as const;
/** Changes only the owning organisation makes (case-transaction.ts `owner`). */
export const OWNER_ERRORS = CHANGE_ERRORS;
/** Changes a rule of the referral process may refuse (RuleViolationError names the rule and what to do instead). */
export const RULE_ERRORS = [...CHANGE_ERRORS, RuleViolationError] as const;
export const MOVE_ERRORS = [
  ...RULE_ERRORS,
  InvalidTransitionError,
  GuardFailedError,
  MissingFactsError,
  DeadlinePassedError,
  ActionRequiredError,
] as const;
/**
 * Recording a step action: the change errors plus an unknown action, one of another step, or a
 * rule of the document refusing it (the action's guards).
 */
export const ACTION_ERRORS = [...CHANGE_ERRORS, UnknownActionError, ActionNotAtStepError, RuleViolationError] as const;
/** Closing the case: the change errors plus the open tracks that need a reason to close over. */
export const CLOSE_ERRORS = [...RULE_ERRORS, OpenTracksError] as const;

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type InputFields = PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>;

/** The fields every case change names: the case and the version the caller last read. */
const caseFields = (t: InputFields) => ({
  caseId: t.globalID({ for: Case, required: true }),
  expectedVersion: t.int({
    required: true,
    description: 'The case version you last read; a stale one returns StaleCaseError.',
  }),
});

/** A case change's input type: the case fields plus the use case's own; Pothos infers its shape. */
export function caseInput<Fields extends InputFieldMap>(name: string, fields: (t: InputFields) => Fields) {
  return builder.inputType(name, { fields: (t) => ({ ...caseFields(t), ...fields(t) }) });
}

export const trackField = (t: InputFields) => t.globalID({ for: CaseTrack, required: true });

/** The input of a change that is one move on one track. */
export const trackInput = (name: string) => caseInput(name, (t) => ({ trackId: trackField(t) }));
/** A submission (NRM referral or Duty to Notify): the track, and the authority's reference when known. */
export const submissionInput = (name: string) =>
  caseInput(name, (t) => ({
    trackId: trackField(t),
    authorityReference: t.string({
      description:
        "The competent authority's reference for the referral, when the Home Office has sent it. Unique per case; seen by the case team only.",
    }),
    occurredAt: t.field({ type: 'DateTime', description: OCCURRED_AT_DESCRIPTION }),
  }));

/** The case id and version as the use cases take them. */
export const base = (input: { caseId: { id: string }; expectedVersion: number }) => ({
  caseId: input.caseId.id,
  expectedVersion: input.expectedVersion,
});

/** One mutation per use case, all shaped alike: input object, CasePayload or typed errors. */
export function caseMutation<Input extends object>(
  name: string,
  description: string,
  input: InputObjectRef<Types, Input>,
  errors: ReadonlyArray<(typeof MOVE_ERRORS)[number] | (typeof ACTION_ERRORS)[number] | (typeof CLOSE_ERRORS)[number]>,
  run: (input: Input, request: RequestInfo) => Promise<CaseRow>,
) {
  builder.mutationField(name, (t) =>
    t.field({
      type: CasePayload,
      description,
      args: { input: t.arg({ type: input, required: true }) },
      authScopes: { signedIn: true },
      errors: {
        types: [...errors],
        directResult: true,
        union: { name: `${name[0]!.toUpperCase()}${name.slice(1)}Result` },
      },
      // The arguments' type is Pothos's conditional type over `Input`, which TypeScript cannot
      // reduce inside this generic helper; it is `{ input: Input }` (required), as declared above.
      resolve: async (_root, args, { viewer, requestId }) => ({
        case: await run((args as { input: Input }).input, { viewer: viewer!, requestId }),
      }),
    }),
  );
}
