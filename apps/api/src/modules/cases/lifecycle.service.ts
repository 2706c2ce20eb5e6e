/**
 * The case lifecycle beyond opening: hand-over, facts, consent, the NRM referral and Duty to
 * Notify, decisions and reconsideration, meetings, notes, closing and reopening. Each is one
 * changeCase (one transaction, version-checked, evented, audited). Where the pathway has a
 * transition for it, the engine decides whether it may happen.
 */
import { isTreatedAsChild } from '@waymark/pathways';
import { z } from 'zod';
import { prisma } from '../../db.ts';
import { parseOrThrow, ValidationError } from '../../errors.ts';
import type { DecisionResult, DecisionType, ExploitationType, MeetingKind } from '../../generated/prisma/enums.ts';
import { factsOf } from '../pathways/engine.ts';
import { changeCase, type RequestInfo } from './cases.changes.ts';
import { changedFacts, checkFacts, mergeFacts } from './cases.facts.ts';
import { move, transitionEvent, withFacts } from './tracks.service.ts';

const text = (max: number) =>
  z.string().trim().min(1, 'must not be blank').max(max, `must be at most ${max} characters`);
const pastDate = z.date().refine((d) => d.getTime() <= Date.now() + 5 * 60_000, 'must not be in the future');

interface Versioned {
  caseId: string;
  expectedVersion: number;
}

export async function recordFacts(
  request: RequestInfo,
  input: Versioned & { facts?: Record<string, unknown> | null; exploitationTypes?: ExploitationType[] | null },
) {
  const given = input.facts ?? {};
  const problems = checkFacts(given);
  if (Object.keys(given).length === 0 && !input.exploitationTypes)
    problems.push({ path: ['facts'], message: 'must name at least one fact' });
  if (problems.length) throw new ValidationError(problems);
  return changeCase(request, input.caseId, input.expectedVersion, async (_tx, current) => {
    const before = factsOf(current.facts);
    const facts = mergeFacts(before, given);
    const changed = changedFacts(before, facts);
    const exploitationTypes = input.exploitationTypes ? [...new Set(input.exploitationTypes)] : undefined;
    if (exploitationTypes) changed.push('exploitationTypes');
    return {
      events: [{ kind: 'FACTS_RECORDED', data: { facts: changed } }],
      update: { facts, ...(exploitationTypes ? { exploitationTypes } : {}) },
      audit: { action: 'case.recordFacts', data: { facts: changed } },
    };
  });
}

export type ConsentAnswer = 'GIVEN' | 'DECLINED' | 'WITHDRAWN';

export async function recordConsent(
  request: RequestInfo,
  input: Versioned & {
    nrm?: ConsentAnswer | null;
    shareDetails?: ConsentAnswer | null;
    capacityInDoubt?: boolean | null;
    capacityConsidered?: boolean | null;
  },
) {
  if (!input.nrm && !input.shareDetails && input.capacityInDoubt == null && input.capacityConsidered == null) {
    throw new ValidationError([
      { path: ['nrm'], message: 'say what was consented to (nrm, shareDetails) or record the capacity consideration' },
    ]);
  }
  return changeCase(request, input.caseId, input.expectedVersion, async (_tx, current) => {
    const before = factsOf(current.facts);
    // A child (or a person presumed to be one) is never asked: children need no consent to
    // enter the NRM (DOMAIN rule 1, 001 step 5, 003 8.3).
    if (input.nrm && isTreatedAsChild(before) === true) {
      throw new ValidationError([
        { path: ['nrm'], message: 'is not asked of a child: children need no consent to enter the NRM' },
      ]);
    }
    const changes: Record<string, unknown> = {};
    if (input.capacityInDoubt != null) changes.capacityInDoubt = input.capacityInDoubt;
    if (input.capacityConsidered != null) changes.capacityConsidered = input.capacityConsidered;
    const capacity = mergeFacts(before, changes);
    // Where capacity is in doubt, it is considered before consent is recorded (rule 1).
    if (
      (input.nrm || input.shareDetails) &&
      capacity.capacityInDoubt === true &&
      capacity.capacityConsidered !== true
    ) {
      throw new ValidationError([
        {
          path: ['capacityConsidered'],
          message: 'capacity is in doubt: record the capacity consideration before consent',
        },
      ]);
    }
    if (input.nrm) changes.consentToNrm = input.nrm === 'GIVEN';
    if (input.shareDetails) changes.consentToShareDetails = input.shareDetails === 'GIVEN';
    const facts = mergeFacts(before, changes);
    return {
      events: [
        {
          kind: 'CONSENT_RECORDED',
          data: {
            nrm: input.nrm ?? null,
            shareDetails: input.shareDetails ?? null,
            capacityInDoubt: input.capacityInDoubt ?? null,
            capacityConsidered: input.capacityConsidered ?? null,
          },
        },
      ],
      update: { facts },
      audit: { action: 'case.recordConsent', data: { facts: changedFacts(before, facts) } },
    };
  });
}

/** Hand-over to the Modern Slavery lead (000 step 3): recorded with time and person. */
export async function assign(request: RequestInfo, input: Versioned & { personId: string }) {
  return changeCase(request, input.caseId, input.expectedVersion, async (tx, current, now) => {
    const member = await tx.membership.findFirst({
      where: {
        personId: input.personId,
        organisationId: current.owningOrganisationId,
        role: { in: ['LEAD', 'CASEWORKER'] },
      },
      select: { person: { select: { id: true, displayName: true } } },
    });
    if (!member)
      throw new ValidationError([
        { path: ['personId'], message: 'must be a lead or caseworker of the organisation that owns the case' },
      ]);
    return {
      events: [{ kind: 'ASSIGNED', data: { personId: member.person.id, displayName: member.person.displayName } }],
      update: { assignedToId: member.person.id, assignedAt: now, acceptedAt: null },
      audit: { action: 'case.assign', data: { personId: member.person.id } },
    };
  });
}

export async function acceptResponsibility(request: RequestInfo, input: Versioned) {
  return changeCase(request, input.caseId, input.expectedVersion, async (_tx, current, now) => {
    if (current.assignedToId !== request.viewer.personId) {
      throw new ValidationError([
        { path: ['caseId'], message: 'only the person the case is assigned to can accept responsibility for it' },
      ]);
    }
    return {
      events: [{ kind: 'RESPONSIBILITY_ACCEPTED', data: { personId: request.viewer.personId } }],
      update: { acceptedAt: now },
      audit: { action: 'case.acceptResponsibility' },
    };
  });
}

export async function submitNrmReferral(request: RequestInfo, input: Versioned & { trackId: string }) {
  return changeCase(request, input.caseId, input.expectedVersion, async (tx, current, now) => {
    const facts = factsOf(current.facts);
    const moved = await move(tx, request, current, input.trackId, { kind: 'nrmReferral' }, facts, now);
    const referral = await tx.nrmReferral.create({
      data: {
        caseId: current.id,
        trackId: moved.track.id,
        submittedAt: now,
        submittedById: request.viewer.personId,
        organisationId: request.viewer.organisation.id,
        childNoConsentNeeded: isTreatedAsChild(facts) === true,
      },
    });
    return {
      events: [
        transitionEvent(moved.track, moved.transition, moved.result),
        { kind: 'NRM_REFERRAL_SUBMITTED', data: { nrmReferralId: referral.id } },
      ],
      audit: { action: 'case.submitNrmReferral', data: { nrmReferralId: referral.id } },
    };
  });
}

/**
 * Duty to Notify (MS1): the engine checks adult, no NRM consent, not in the NRM, First Responder.
 * Anonymised unless the adult consented to sharing their details; an anonymised notice stores
 * no identity at all (and a database constraint refuses one that does).
 */
export async function submitDutyToNotify(request: RequestInfo, input: Versioned & { trackId: string }) {
  return changeCase(request, input.caseId, input.expectedVersion, async (tx, current, now) => {
    const facts = factsOf(current.facts);
    const moved = await move(tx, request, current, input.trackId, { kind: 'dutyToNotify' }, facts, now);
    const anonymised = facts.consentToShareDetails !== true || facts.dtnAnonymised === true;
    const notice = await tx.dutyToNotify.create({
      data: {
        caseId: current.id,
        trackId: moved.track.id,
        submittedAt: now,
        submittedById: request.viewer.personId,
        organisationId: request.viewer.organisation.id,
        anonymised,
        ...(anonymised
          ? {}
          : { givenName: current.givenName, familyName: current.familyName, dateOfBirth: current.dateOfBirth }),
      },
    });
    return {
      events: [
        transitionEvent(moved.track, moved.transition, moved.result),
        { kind: 'DUTY_TO_NOTIFY_SUBMITTED', data: { dutyToNotifyId: notice.id, anonymised } },
      ],
      audit: { action: 'case.submitDutyToNotify', data: { dutyToNotifyId: notice.id, anonymised } },
    };
  });
}

const decisionInput = z.object({ decidedOn: pastDate });

/** RG or CG decision: recorded as facts the pathway branches on, then the decision transition. */
export async function recordDecision(
  request: RequestInfo,
  input: Versioned & { trackId: string; type: DecisionType; result: DecisionResult; decidedOn: Date },
) {
  parseOrThrow(decisionInput.safeParse(input));
  const prefix = input.type === 'REASONABLE_GROUNDS' ? 'rg' : 'cg';
  const changes = {
    [`${prefix}Outcome`]: input.result === 'POSITIVE' ? 'positive' : 'negative',
    [`${prefix}DecisionDate`]: input.decidedOn.toISOString().slice(0, 10),
  };
  return changeCase(request, input.caseId, input.expectedVersion, async (tx, current, now) => {
    const { facts, changed } = withFacts(current, changes);
    const moved = await move(tx, request, current, input.trackId, { kind: 'decision' }, facts, now);
    const decision = await tx.decision.create({
      data: {
        caseId: current.id,
        type: input.type,
        result: input.result,
        decidedOn: input.decidedOn,
        recordedAt: now,
        recordedById: request.viewer.personId,
      },
    });
    return {
      events: [
        {
          kind: 'DECISION_RECORDED',
          data: {
            decisionId: decision.id,
            type: input.type,
            result: input.result,
            decidedOn: changes[`${prefix}DecisionDate`]!,
            facts: changed,
          },
        },
        transitionEvent(moved.track, moved.transition, moved.result),
      ],
      update: { facts },
      audit: {
        action: 'case.recordDecision',
        data: { decisionId: decision.id, type: input.type, result: input.result },
      },
    };
  });
}

/** After a negative decision and within 30 days of it, by any organisation (003 8.9, 002). */
export async function requestReconsideration(request: RequestInfo, input: Versioned & { trackId: string }) {
  return changeCase(request, input.caseId, input.expectedVersion, async (tx, current, now) => {
    const moved = await move(
      tx,
      request,
      current,
      input.trackId,
      { kind: 'reconsiderationRequest' },
      factsOf(current.facts),
      now,
    );
    const negative = await tx.decision.findFirst({
      where: { caseId: current.id, result: 'NEGATIVE' },
      orderBy: [{ decidedOn: 'desc' }, { recordedAt: 'desc' }],
    });
    if (negative) {
      await tx.decision.update({
        where: { id: negative.id },
        data: {
          reconsiderationRequestedAt: now,
          reconsiderationRequestedByOrganisationId: request.viewer.organisation.id,
        },
      });
    }
    return {
      events: [
        transitionEvent(moved.track, moved.transition, moved.result),
        { kind: 'RECONSIDERATION_REQUESTED', data: { decisionId: negative?.id ?? null } },
      ],
      audit: { action: 'case.requestReconsideration', data: { decisionId: negative?.id ?? null } },
    };
  });
}

export async function scheduleMeeting(
  request: RequestInfo,
  input: Versioned & { kind: MeetingKind; scheduledFor: Date; attendeeOrganisationIds: string[] },
) {
  const known = await prisma.organisation.count({ where: { id: { in: input.attendeeOrganisationIds } } });
  if (known !== new Set(input.attendeeOrganisationIds).size) {
    throw new ValidationError([
      { path: ['attendeeOrganisationIds'], message: 'includes an organisation that does not exist' },
    ]);
  }
  return changeCase(
    request,
    input.caseId,
    input.expectedVersion,
    async (tx, current) => {
      const meeting = await tx.meeting.create({
        data: {
          caseId: current.id,
          kind: input.kind,
          scheduledFor: input.scheduledFor,
          attendeeOrganisationIds: [...new Set(input.attendeeOrganisationIds)],
        },
      });
      return {
        events: [
          {
            kind: 'MEETING_SCHEDULED',
            data: { meetingId: meeting.id, kind: input.kind, scheduledFor: input.scheduledFor.toISOString() },
          },
        ],
        audit: { action: 'case.scheduleMeeting', data: { meetingId: meeting.id } },
      };
    },
    // Attendees join the case team: only the owning organisation chooses who is on it (its
    // caseworkers schedule STRAT meetings too: 003).
    { owner: 'staff' },
  );
}

export type MeetingNrmDecision = 'SUBMIT' | 'DO_NOT_SUBMIT' | 'DISAGREEMENT';
const meetingDecisionFact: Record<MeetingNrmDecision, string> = {
  SUBMIT: 'submit',
  DO_NOT_SUBMIT: 'doNotSubmit',
  DISAGREEMENT: 'disagreement',
};

/** The meeting's outcome; a STRAT/MARM decision on the NRM and the lead First Responder become facts (003). */
export async function recordMeetingOutcome(
  request: RequestInfo,
  input: Versioned & {
    meetingId: string;
    heldAt: Date;
    nrmDecision?: MeetingNrmDecision | null;
    leadFirstResponderId?: string | null;
    notes?: string | null;
  },
) {
  parseOrThrow(z.object({ heldAt: pastDate, notes: text(10_000).nullish() }).safeParse(input));
  if (input.leadFirstResponderId) {
    const lead = await prisma.organisation.findUnique({
      where: { id: input.leadFirstResponderId },
      select: { isFirstResponder: true },
    });
    if (!lead?.isFirstResponder)
      throw new ValidationError([
        { path: ['leadFirstResponderId'], message: 'must be a First Responder organisation' },
      ]);
  }
  return changeCase(request, input.caseId, input.expectedVersion, async (tx, current) => {
    const meeting = await tx.meeting.findFirst({ where: { id: input.meetingId, caseId: current.id } });
    if (!meeting) throw new ValidationError([{ path: ['meetingId'], message: 'is not a meeting of this case' }]);
    const changes: Record<string, unknown> = {};
    if (input.nrmDecision) changes.nrmMeetingDecision = meetingDecisionFact[input.nrmDecision];
    if (input.leadFirstResponderId) changes.leadFirstResponderAgreed = true;
    const before = factsOf(current.facts);
    const facts = mergeFacts(before, changes);
    await tx.meeting.update({
      where: { id: meeting.id },
      data: {
        heldAt: input.heldAt,
        decisions: input.nrmDecision ? { nrm: input.nrmDecision } : undefined,
        leadFirstResponderId: input.leadFirstResponderId ?? null,
        outcomeNotes: input.notes ?? null,
      },
    });
    return {
      events: [
        {
          kind: 'MEETING_OUTCOME_RECORDED',
          data: {
            meetingId: meeting.id,
            nrmDecision: input.nrmDecision ?? null,
            leadFirstResponderId: input.leadFirstResponderId ?? null,
          },
        },
      ],
      update: { facts },
      audit: {
        action: 'case.recordMeetingOutcome',
        data: { meetingId: meeting.id, facts: changedFacts(before, facts) },
      },
    };
  });
}

export async function addNote(request: RequestInfo, input: Versioned & { text: string }) {
  const { text: note } = parseOrThrow(z.object({ text: text(20_000) }).safeParse(input));
  return changeCase(request, input.caseId, input.expectedVersion, async () => ({
    events: [{ kind: 'NOTE_ADDED', data: { text: note } }],
    audit: { action: 'case.addNote' },
  }));
}

export async function close(request: RequestInfo, input: Versioned & { reason: string }) {
  const { reason } = parseOrThrow(z.object({ reason: text(2_000) }).safeParse(input));
  return changeCase(
    request,
    input.caseId,
    input.expectedVersion,
    async (_tx, _current, now) => ({
      events: [{ kind: 'CLOSED', data: { reason } }],
      update: { status: 'CLOSED', closedAt: now, closeReason: reason },
      audit: { action: 'case.close' },
    }),
    { owner: 'lead' },
  );
}

export async function reopen(request: RequestInfo, input: Versioned & { reason: string }) {
  const { reason } = parseOrThrow(z.object({ reason: text(2_000) }).safeParse(input));
  return changeCase(
    request,
    input.caseId,
    input.expectedVersion,
    async (_tx, current) => {
      if (current.status !== 'CLOSED')
        throw new ValidationError([{ path: ['caseId'], message: 'the case is not closed' }]);
      return {
        events: [{ kind: 'REOPENED', data: { reason } }],
        update: { status: 'OPEN', closedAt: null, closeReason: null },
        audit: { action: 'case.reopen' },
      };
    },
    { allowClosed: true, owner: 'lead' },
  );
}

/**
 * Refers the person to a support service from the directory. An archived or inactive service
 * cannot take referrals; the service's eligibility is the caseworker's call (supportOptions
 * explains it), not a block here.
 */
export async function referToService(
  request: RequestInfo,
  input: Versioned & { serviceId: string; note?: string | null },
) {
  const { note } = parseOrThrow(z.object({ note: text(5_000).nullish() }).safeParse(input));
  const service = await prisma.supportService.findUnique({
    where: { id: input.serviceId },
    select: { id: true, status: true, name: true },
  });
  if (!service) throw new ValidationError([{ path: ['serviceId'], message: 'is not a service in the directory' }]);
  if (service.status !== 'ACTIVE')
    throw new ValidationError([{ path: ['serviceId'], message: 'is not taking referrals (inactive or archived)' }]);
  return changeCase(
    request,
    input.caseId,
    input.expectedVersion,
    async (tx, current, now) => {
      const open = await tx.serviceReferral.findFirst({
        where: { caseId: current.id, serviceId: service.id, status: { in: ['OPEN', 'ACCEPTED'] } },
      });
      if (open)
        throw new ValidationError([{ path: ['serviceId'], message: 'already has an open referral for this case' }]);
      const referral = await tx.serviceReferral.create({
        data: {
          caseId: current.id,
          serviceId: service.id,
          referredAt: now,
          referredById: request.viewer.personId,
          note: note ?? null,
        },
      });
      return {
        events: [
          {
            kind: 'SERVICE_REFERRAL_MADE',
            data: { referralId: referral.id, serviceId: service.id, serviceName: service.name },
          },
        ],
        audit: { action: 'case.referToService', data: { referralId: referral.id, serviceId: service.id } },
      };
    },
    // A referral hands the person's names to the service: only those who may see them send one.
    { owner: 'staff' },
  );
}

export type ServiceReferralStatus = 'ACCEPTED' | 'DECLINED' | 'CLOSED';

/**
 * How a referral's status may move. The referrer may also close (withdraw) an open referral;
 * the service itself answers an open one (accept or decline) and closes an accepted one.
 */
const REFERRAL_MOVES: Record<'referrer' | 'service', Record<string, readonly ServiceReferralStatus[]>> = {
  referrer: { OPEN: ['ACCEPTED', 'DECLINED', 'CLOSED'], ACCEPTED: ['CLOSED'] },
  service: { OPEN: ['ACCEPTED', 'DECLINED'], ACCEPTED: ['CLOSED'] },
};

/** Throws a ValidationError naming the allowed statuses when `from -> to` is not a move for `by`. */
export function checkReferralMove(by: 'referrer' | 'service', from: string, to: string): void {
  const allowed = REFERRAL_MOVES[by][from] ?? [];
  if (!(allowed as readonly string[]).includes(to)) {
    throw new ValidationError([
      {
        path: ['status'],
        message: `a ${from.toLowerCase()} referral can become ${allowed.join(', ') || 'nothing else'}`,
      },
    ]);
  }
}

export async function updateServiceReferral(
  request: RequestInfo,
  input: Versioned & { referralId: string; status: ServiceReferralStatus },
) {
  return changeCase(request, input.caseId, input.expectedVersion, async (tx, current) => {
    const referral = await tx.serviceReferral.findFirst({ where: { id: input.referralId, caseId: current.id } });
    if (!referral) throw new ValidationError([{ path: ['referralId'], message: 'is not a referral of this case' }]);
    checkReferralMove('referrer', referral.status, input.status);
    await tx.serviceReferral.update({ where: { id: referral.id }, data: { status: input.status } });
    return {
      events: [
        {
          kind: 'SERVICE_REFERRAL_UPDATED',
          data: { referralId: referral.id, from: referral.status, to: input.status },
        },
      ],
      audit: { action: 'case.updateServiceReferral', data: { referralId: referral.id, status: input.status } },
    };
  });
}
