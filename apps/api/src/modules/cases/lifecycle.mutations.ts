/**
 * Mutations that change an existing case. Each takes `expectedVersion`, runs in one transaction
 * (cases.changes.ts) and returns `CasePayload` or one of its listed domain errors.
 */
import { builder } from '../../builder.ts';
import { NotFoundError, NotPermittedError, StaleCaseError, ValidationError } from '../../errors.ts';
import type { Case as CaseRow } from '../../generated/prisma/client.ts';
import type { Context } from '../../context.ts';
import { Organisation, Person } from '../orgs/orgs.types.ts';
import {
  CaseClosedError,
  DeadlinePassedError,
  GuardFailedError,
  InvalidTransitionError,
  MissingFactsError,
} from './cases.errors.ts';
import { Case, ExploitationType } from './cases.types.ts';
import * as lifecycle from './lifecycle.service.ts';
import { SupportService } from '../directory/directory.types.ts';
import {
  CaseTrack,
  DecisionResult,
  DecisionType,
  Meeting,
  MeetingKind,
  ServiceReferral,
  ServiceReferralStatus,
} from './records.types.ts';
import { enrol, transition } from './tracks.service.ts';

const CasePayload = builder.objectRef<{ case: CaseRow }>('CasePayload').implement({
  description: 'The case after the change (its version has gone up by one).',
  fields: (t) => ({ case: t.field({ type: Case, resolve: (payload) => payload.case }) }),
});

const CHANGE_ERRORS = [ValidationError, NotFoundError, StaleCaseError, CaseClosedError] as const;
/** Changes only the owning organisation makes (cases.changes.ts `owner`). */
const OWNER_ERRORS = [...CHANGE_ERRORS, NotPermittedError] as const;
const MOVE_ERRORS = [
  ...CHANGE_ERRORS,
  InvalidTransitionError,
  GuardFailedError,
  MissingFactsError,
  NotPermittedError,
  DeadlinePassedError,
] as const;

const ConsentAnswer = builder.enumType('ConsentAnswer', { values: ['GIVEN', 'DECLINED', 'WITHDRAWN'] as const });
const MeetingNrmDecision = builder.enumType('MeetingNrmDecision', {
  description: 'What a STRAT/MARM meeting decided about submitting the NRM (003).',
  values: ['SUBMIT', 'DO_NOT_SUBMIT', 'DISAGREEMENT'] as const,
});

/** One mutation per use case, all shaped alike: input object, CasePayload or typed errors. */
function caseMutation<Input extends Record<string, unknown>>(
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

const caseFields = (
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
const trackField = (t: Parameters<typeof caseFields>[0]) => t.globalID({ for: CaseTrack, required: true });
type Id = { id: string };
type Versioned = { caseId: Id; expectedVersion: number };
const base = (input: Versioned) => ({ caseId: input.caseId.id, expectedVersion: input.expectedVersion });

const define = <I extends Record<string, unknown>>(
  inputName: string,
  fields: (t: Parameters<typeof caseFields>[0]) => Record<string, unknown>,
) => builder.inputRef<I>(inputName).implement({ fields: (t) => ({ ...caseFields(t), ...fields(t) }) as never });

caseMutation(
  'caseAssign',
  'Hand the case to a Modern Slavery lead or caseworker of the owning organisation (000 step 3).',
  define<Versioned & { personId: Id }>('CaseAssignInput', (t) => ({
    personId: t.globalID({ for: Person, required: true }),
  })),
  CHANGE_ERRORS,
  (input, request) => lifecycle.assign(request, { ...base(input), personId: input.personId.id }),
);

caseMutation(
  'caseAcceptResponsibility',
  'The assignee accepts responsibility for the case; recorded with time and person.',
  define<Versioned>('CaseAcceptResponsibilityInput', () => ({})),
  CHANGE_ERRORS,
  (input, request) => lifecycle.acceptResponsibility(request, base(input)),
);

caseMutation(
  'caseRecordFacts',
  'Record facts the pathways read (see Pathway.facts). A null value clears a fact.',
  define<Versioned & { facts?: Record<string, unknown> | null; exploitationTypes?: Array<'LABOUR'> | null }>(
    'CaseRecordFactsInput',
    (t) => ({
      facts: t.field({ type: 'JSONObject', description: 'Fact name -> value; null clears a fact.' }),
      exploitationTypes: t.field({
        type: [ExploitationType],
        description: 'Replaces the recorded exploitation types.',
      }),
    }),
  ),
  CHANGE_ERRORS,
  (input, request) =>
    lifecycle.recordFacts(request, { ...base(input), facts: input.facts, exploitationTypes: input.exploitationTypes }),
);

caseMutation(
  'caseRecordConsent',
  'Record consent to the NRM referral and to sharing details (given, declined, withdrawn), with capacity considered first when in doubt. A child is never asked.',
  define<
    Versioned & {
      nrm?: lifecycle.ConsentAnswer | null;
      shareDetails?: lifecycle.ConsentAnswer | null;
      capacityInDoubt?: boolean | null;
      capacityConsidered?: boolean | null;
    }
  >('CaseRecordConsentInput', (t) => ({
    nrm: t.field({ type: ConsentAnswer }),
    shareDetails: t.field({ type: ConsentAnswer }),
    capacityInDoubt: t.boolean(),
    capacityConsidered: t.boolean({
      description: 'Capacity considered under the Mental Capacity Act Code of Practice.',
    }),
  })),
  CHANGE_ERRORS,
  (input, request) =>
    lifecycle.recordConsent(request, {
      ...base(input),
      nrm: input.nrm,
      shareDetails: input.shareDetails,
      capacityInDoubt: input.capacityInDoubt,
      capacityConsidered: input.capacityConsidered,
    }),
);

caseMutation(
  'caseEnrol',
  'Start following a pathway (a track) on the case, at the latest version of the pathway.',
  define<Versioned & { pathwayId: string; startedAt?: Date | null }>('CaseEnrolInput', (t) => ({
    pathwayId: t.string({ required: true }),
    startedAt: t.field({
      type: 'DateTime',
      description:
        'When the pathway started; its clocks count from here. Defaults to the identification time for the first track, otherwise now.',
    }),
  })),
  CHANGE_ERRORS,
  (input, request) => enrol(request, input.caseId.id, input.expectedVersion, input.pathwayId, input.startedAt),
);

caseMutation(
  'caseTransition',
  'Take a transition on a track. The pathway engine decides; a refusal changes nothing.',
  define<Versioned & { trackId: Id; transition: string; facts?: Record<string, unknown> | null }>(
    'CaseTransitionInput',
    (t) => ({
      trackId: trackField(t),
      transition: t.string({ required: true }),
      facts: t.field({ type: 'JSONObject', description: 'Facts to record with the move, in the same transaction.' }),
    }),
  ),
  MOVE_ERRORS,
  (input, request) =>
    transition(request, {
      ...base(input),
      trackId: input.trackId.id,
      transition: input.transition,
      facts: input.facts,
    }),
);

const trackInput = (name: string) => define<Versioned & { trackId: Id }>(name, (t) => ({ trackId: trackField(t) }));

caseMutation(
  'caseSubmitNrmReferral',
  'Submit the NRM referral (First Responder organisations only; a child needs no consent, an adult must consent).',
  trackInput('CaseSubmitNrmReferralInput'),
  MOVE_ERRORS,
  (input, request) => lifecycle.submitNrmReferral(request, { ...base(input), trackId: input.trackId.id }),
);

caseMutation(
  'caseSubmitDutyToNotify',
  'Submit a Duty to Notify (MS1): First Responders only, adults who do not consent to the NRM; anonymised unless they consent to sharing details.',
  trackInput('CaseSubmitDutyToNotifyInput'),
  MOVE_ERRORS,
  (input, request) => lifecycle.submitDutyToNotify(request, { ...base(input), trackId: input.trackId.id }),
);

caseMutation(
  'caseRecordDecision',
  'Record a Reasonable Grounds or Conclusive Grounds decision; the pathway branches on it and its clocks start and stop.',
  define<
    Versioned & {
      trackId: Id;
      type: 'REASONABLE_GROUNDS' | 'CONCLUSIVE_GROUNDS';
      result: 'POSITIVE' | 'NEGATIVE';
      decidedOn: Date;
    }
  >('CaseRecordDecisionInput', (t) => ({
    trackId: trackField(t),
    type: t.field({ type: DecisionType, required: true }),
    result: t.field({ type: DecisionResult, required: true }),
    decidedOn: t.field({ type: 'Date', required: true }),
  })),
  MOVE_ERRORS,
  (input, request) =>
    lifecycle.recordDecision(request, {
      ...base(input),
      trackId: input.trackId.id,
      type: input.type,
      result: input.result,
      decidedOn: input.decidedOn,
    }),
);

caseMutation(
  'caseRequestReconsideration',
  'Ask for a negative decision to be reconsidered: any organisation, within 30 days of the decision.',
  trackInput('CaseRequestReconsiderationInput'),
  MOVE_ERRORS,
  (input, request) => lifecycle.requestReconsideration(request, { ...base(input), trackId: input.trackId.id }),
);

caseMutation(
  'caseScheduleMeeting',
  'Schedule a multi-agency meeting (strategy, STRAT/MARM, SERAC, MARAC, MASH) with the attending organisations.',
  define<Versioned & { kind: 'STRATEGY'; scheduledFor: Date; attendeeOrganisationIds: Id[] }>(
    'CaseScheduleMeetingInput',
    (t) => ({
      kind: t.field({ type: MeetingKind, required: true }),
      scheduledFor: t.field({ type: 'DateTime', required: true }),
      attendeeOrganisationIds: t.globalIDList({ for: Organisation, required: true }),
    }),
  ),
  OWNER_ERRORS,
  (input, request) =>
    lifecycle.scheduleMeeting(request, {
      ...base(input),
      kind: input.kind,
      scheduledFor: input.scheduledFor,
      attendeeOrganisationIds: input.attendeeOrganisationIds.map((o) => o.id),
    }),
);

caseMutation(
  'caseRecordMeetingOutcome',
  'Record what a meeting decided: whether to submit the NRM and the lead First Responder (003).',
  define<
    Versioned & {
      meetingId: Id;
      heldAt: Date;
      nrmDecision?: lifecycle.MeetingNrmDecision | null;
      leadFirstResponderId?: Id | null;
      notes?: string | null;
    }
  >('CaseRecordMeetingOutcomeInput', (t) => ({
    meetingId: t.globalID({ for: Meeting, required: true }),
    heldAt: t.field({ type: 'DateTime', required: true }),
    nrmDecision: t.field({ type: MeetingNrmDecision }),
    leadFirstResponderId: t.globalID({ for: Organisation }),
    notes: t.string(),
  })),
  CHANGE_ERRORS,
  (input, request) =>
    lifecycle.recordMeetingOutcome(request, {
      ...base(input),
      meetingId: input.meetingId.id,
      heldAt: input.heldAt,
      nrmDecision: input.nrmDecision,
      leadFirstResponderId: input.leadFirstResponderId?.id ?? null,
      notes: input.notes,
    }),
);

caseMutation(
  'caseReferToService',
  'Refer the person to a support service from the directory (see supportOptions for who is eligible and why).',
  define<Versioned & { serviceId: Id; note?: string | null }>('CaseReferToServiceInput', (t) => ({
    serviceId: t.globalID({ for: SupportService, required: true }),
    note: t.string({ description: 'What the service needs to know (at most 5,000 characters).' }),
  })),
  OWNER_ERRORS,
  (input, request) =>
    lifecycle.referToService(request, { ...base(input), serviceId: input.serviceId.id, note: input.note }),
);

caseMutation(
  'caseUpdateServiceReferral',
  'Record the service’s answer or the end of a referral: OPEN -> ACCEPTED | DECLINED | CLOSED, ACCEPTED -> CLOSED.',
  define<Versioned & { referralId: Id; status: lifecycle.ServiceReferralStatus }>(
    'CaseUpdateServiceReferralInput',
    (t) => ({
      referralId: t.globalID({ for: ServiceReferral, required: true }),
      status: t.field({ type: ServiceReferralStatus, required: true }),
    }),
  ),
  CHANGE_ERRORS,
  (input, request) =>
    lifecycle.updateServiceReferral(request, { ...base(input), referralId: input.referralId.id, status: input.status }),
);

caseMutation(
  'caseAddNote',
  'Add a note to the case history.',
  define<Versioned & { text: string }>('CaseAddNoteInput', (t) => ({ text: t.string({ required: true }) })),
  CHANGE_ERRORS,
  (input, request) => lifecycle.addNote(request, { ...base(input), text: input.text }),
);

caseMutation(
  'caseClose',
  'Close the case, with the reason.',
  define<Versioned & { reason: string }>('CaseCloseInput', (t) => ({ reason: t.string({ required: true }) })),
  OWNER_ERRORS,
  (input, request) => lifecycle.close(request, { ...base(input), reason: input.reason }),
);

caseMutation(
  'caseReopen',
  'Reopen a closed case, with the reason.',
  define<Versioned & { reason: string }>('CaseReopenInput', (t) => ({ reason: t.string({ required: true }) })),
  [ValidationError, NotFoundError, StaleCaseError, NotPermittedError],
  (input, request) => lifecycle.reopen(request, { ...base(input), reason: input.reason }),
);
