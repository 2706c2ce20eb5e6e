/**
 * The case lifecycle's domain errors. The pathway engine's refusals map one to one onto these
 * (see toDomainError), so a client can explain a blocked action: which transitions are allowed,
 * which guard failed on which facts, which facts are missing, when a deadline passed.
 */
import type { RuleRefusal, TransitionError } from '@waymark/pathways';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../builder.ts';
import { DomainError, exposeError, NotPermittedError } from '../../errors.ts';

export class InvalidTransitionError extends DomainError {
  readonly code = 'INVALID_TRANSITION' as const;
  constructor(
    message: string,
    readonly step: string,
    readonly transition: string,
    readonly allowedTransitions: string[],
  ) {
    super(message);
  }
}

export interface FailedGuard {
  guard: string;
  rule: string | null;
  facts: string[];
}

export class GuardFailedError extends DomainError {
  readonly code = 'GUARD_FAILED' as const;
  constructor(
    message: string,
    readonly transition: string,
    readonly guards: FailedGuard[],
  ) {
    super(message);
  }
}

export class MissingFactsError extends DomainError {
  readonly code = 'MISSING_FACTS' as const;
  constructor(
    message: string,
    readonly transition: string,
    readonly facts: string[],
  ) {
    super(message);
  }
}

export class DeadlinePassedError extends DomainError {
  readonly code = 'DEADLINE_PASSED' as const;
  constructor(
    message: string,
    readonly transition: string,
    readonly clock: string,
    readonly dueAt: Date,
    readonly extendable: boolean = false,
  ) {
    super(message);
  }
}

/** A required step action the document puts before this transition is not recorded yet. */
export class ActionRequiredError extends DomainError {
  readonly code = 'ACTION_REQUIRED' as const;
  constructor(
    message: string,
    readonly transition: string,
    readonly action: string,
    readonly actionTitle: string,
    readonly step: string,
  ) {
    super(message);
  }
}

export class UnknownActionError extends DomainError {
  readonly code = 'UNKNOWN_ACTION' as const;
  constructor(
    message: string,
    readonly action: string,
  ) {
    super(message);
  }
}

export class ActionNotAtStepError extends DomainError {
  readonly code = 'ACTION_NOT_AT_STEP' as const;
  constructor(
    message: string,
    readonly action: string,
    readonly step: string,
    readonly actionsHere: string[],
  ) {
    super(message);
  }
}

/** A track of the case that has not ended: not at an end step, or with clocks still running. */
export interface OpenTrack {
  trackId: string;
  pathwayId: string;
  step: string;
  atEndStep: boolean;
  runningClocks: string[];
}

/**
 * caseClose without a reason while tracks are open (000-17: a case is not closed behind the back
 * of a pathway that still asks for work). Names each open track; a reason overrides it.
 */
export class OpenTracksError extends DomainError {
  readonly code = 'OPEN_TRACKS' as const;
  constructor(
    message: string,
    readonly openTracks: OpenTrack[],
  ) {
    super(message);
  }
}

export class CaseClosedError extends DomainError {
  readonly code = 'CASE_CLOSED' as const;
  constructor() {
    super('The case is closed; reopen it before changing it.');
  }
}

export class IdempotencyConflictError extends DomainError {
  readonly code = 'IDEMPOTENCY_CONFLICT' as const;
  constructor() {
    super('This idempotency key was already used with different input; use a new key for a new concern.');
  }
}

/**
 * A rule of the referral process refuses the change: which rule, the seed document and section it
 * comes from and, where there is one, the mutation that does this properly (a protected fact, a
 * transition that creates a record, a second NRM referral).
 */
export class RuleViolationError extends DomainError {
  readonly code = 'RULE_VIOLATION' as const;
  readonly mutation: string | null;
  readonly facts: string[];
  readonly transition: string | null;
  constructor(
    message: string,
    readonly rule: string,
    readonly section: string,
    extra: { mutation?: string | null; facts?: string[]; transition?: string | null } = {},
  ) {
    super(message);
    this.mutation = extra.mutation ?? null;
    this.facts = extra.facts ?? [];
    this.transition = extra.transition ?? null;
  }

  static from(refusal: RuleRefusal): RuleViolationError {
    return new RuleViolationError(refusal.message, refusal.rule, refusal.section, {
      mutation: refusal.mutation,
      facts: refusal.facts,
    });
  }
}

/** The engine's refusal as the matching domain error. */
export function toDomainError(error: TransitionError): DomainError {
  switch (error.code) {
    case 'INVALID_TRANSITION':
      return new InvalidTransitionError(error.message, error.step, error.transition, error.allowedTransitions);
    case 'GUARD_FAILED':
      return new GuardFailedError(error.message, error.transition, error.guards);
    case 'MISSING_FACTS':
      return new MissingFactsError(error.message, error.transition, error.facts);
    case 'DEADLINE_PASSED':
      return new DeadlinePassedError(
        error.message,
        error.transition,
        error.clock,
        new Date(error.dueAt),
        error.extendable,
      );
    case 'NOT_PERMITTED':
      return new NotPermittedError(error.message);
    case 'ACTION_REQUIRED':
      return new ActionRequiredError(error.message, error.transition, error.action, error.actionTitle, error.step);
  }
}

const FailedGuardType = builder.objectRef<FailedGuard>('FailedGuard').implement({
  fields: (t) => ({
    guard: t.exposeString('guard', { description: 'What the guard checks, in words.' }),
    rule: t.exposeString('rule', { nullable: true, description: 'The hard rule it enforces, e.g. nrm-consent.' }),
    facts: t.exposeStringList('facts'),
  }),
});

exposeError(InvalidTransitionError, (t) => ({
  step: t.exposeString('step'),
  transition: t.exposeString('transition'),
  allowedTransitions: t.exposeStringList('allowedTransitions', {
    description: 'What the viewer may do from this step now.',
  }),
}));

exposeError(GuardFailedError, (t) => ({
  transition: t.exposeString('transition'),
  guards: t.field({ type: [FailedGuardType], resolve: (error) => error.guards }),
}));

exposeError(MissingFactsError, (t) => ({
  transition: t.exposeString('transition'),
  facts: t.exposeStringList('facts', { description: 'Record these with caseRecordFacts first.' }),
}));

exposeError(DeadlinePassedError, (t) => ({
  transition: t.exposeString('transition'),
  clock: t.exposeString('clock'),
  dueAt: t.expose('dueAt', { type: 'DateTime', description: 'When it was due.' }),
  extendable: t.exposeBoolean('extendable', {
    description:
      'The deadline may be extended in exceptional circumstances: ask again with a reason (caseRequestReconsideration exceptionalCircumstances).',
  }),
}));

exposeError(ActionRequiredError, (t) => ({
  transition: t.exposeString('transition'),
  action: t.exposeString('action', { description: 'The step action to record first, with caseRecordAction.' }),
  actionTitle: t.exposeString('actionTitle'),
  step: t.exposeString('step'),
}));

exposeError(UnknownActionError, (t) => ({ action: t.exposeString('action') }));

exposeError(ActionNotAtStepError, (t) => ({
  action: t.exposeString('action'),
  step: t.exposeString('step', { description: "The track's current step." }),
  actionsHere: t.exposeStringList('actionsHere', { description: 'The actions that can be recorded at this step.' }),
}));

const OpenTrackType = builder.objectRef<OpenTrack>('OpenTrack').implement({
  description: 'A track that has not ended, named by a refusal to close the case.',
  fields: (t) => ({
    trackId: t.id({ description: 'The CaseTrack id.', resolve: (o) => encodeGlobalID('CaseTrack', o.trackId) }),
    pathwayId: t.exposeString('pathwayId'),
    step: t.exposeString('step', { description: "The track's current step." }),
    atEndStep: t.exposeBoolean('atEndStep', {
      description: 'The track is at an end step (only its clocks still run).',
    }),
    runningClocks: t.exposeStringList('runningClocks', { description: 'Clocks still running or overdue.' }),
  }),
});

exposeError(OpenTracksError, (t) => ({
  openTracks: t.field({ type: [OpenTrackType], resolve: (error) => error.openTracks }),
}));

exposeError(CaseClosedError);

exposeError(IdempotencyConflictError);

exposeError(RuleViolationError, (t) => ({
  rule: t.exposeString('rule', { description: 'The rule, e.g. nrm-consent, one-nrm-referral.' }),
  section: t.exposeString('section', { description: 'The seed document and section it comes from, e.g. "003 8.7".' }),
  mutation: t.exposeString('mutation', {
    nullable: true,
    description: 'The mutation that records this properly, where there is one.',
  }),
  facts: t.exposeStringList('facts', { description: 'The protected facts refused, if any.' }),
  refusedTransition: t.exposeString('transition', {
    nullable: true,
    description: 'The transition refused, when a transition was asked for by name.',
  }),
}));
