/**
 * caseRecordAction: record a step action on a track (contact MASH, alert Housing, copy the form to
 * TSA): something the pathway asks for at the current step that does not move the track. A
 * required action unblocks the transitions the document puts after it; recording it may stop a
 * clock. One transaction: the track's event, the case event and the audit row.
 */
import { recordAction as recordOnTrack, type ActionError } from '@waymark/pathways';
import { NotPermittedError, ValidationError, type DomainError } from '../../errors.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { actorOf, caseFacts, definitionOf, trackOf } from '../pathways/engine-adapter.ts';
import { ActionNotAtStepError, RuleViolationError, UnknownActionError } from './case-errors.ts';
import { ACTION_ERRORS, base, caseInput, caseMutation, trackField } from './case-mutation.ts';
import { changeCase, type RequestInfo, type Versioned } from './case-transaction.ts';
import { OCCURRED_AT_DESCRIPTION, occurredAtOf } from './occurred-at.ts';
import { loadTrack } from './track-moves.ts';

function toError(error: ActionError): DomainError {
  switch (error.code) {
    case 'UNKNOWN_ACTION':
      return new UnknownActionError(error.message, error.action);
    case 'ACTION_NOT_AT_STEP':
      return new ActionNotAtStepError(error.message, error.action, error.step, error.actionsHere);
    case 'NOT_PERMITTED':
      return new NotPermittedError(error.message);
    case 'INVALID_VALUES':
      return new ValidationError(error.fields.map((f) => ({ path: ['values', f.field], message: f.message })));
    case 'GUARD_FAILED':
      // The action's guards are rules of the document (a suspected guardian is not told: 003 HMSP box).
      return new RuleViolationError(
        error.message,
        error.guards.find((g) => g.rule)?.rule ?? error.action,
        error.section,
        {
          facts: error.guards.flatMap((g) => g.facts),
        },
      );
  }
}

export async function recordAction(
  request: RequestInfo,
  input: Versioned & {
    trackId: string;
    action: string;
    values?: Record<string, unknown> | null;
    occurredAt?: Date | null;
  },
) {
  return changeCase(request, input.caseId, input.expectedVersion, async (tx, current, now) => {
    const row = await loadTrack(tx, current, input.trackId);
    if (row.closedAt) throw new ValidationError([{ path: ['trackId'], message: 'the track was closed with the case' }]);
    const at = occurredAtOf(input.occurredAt, current.identifiedAt, now);
    const result = recordOnTrack(
      definitionOf(row),
      trackOf(row),
      input.action,
      input.values ?? {},
      actorOf(request.viewer),
      at,
      request.viewer.personId,
      caseFacts(current, now),
    );
    if (!result.ok) throw toError(result.error);
    await tx.caseTrack.update({
      where: { id: row.id },
      data: { events: result.track.events as unknown as Prisma.InputJsonArray },
    });
    const fields = Object.keys(result.events[0]?.action?.values ?? {});
    return {
      events: [
        {
          kind: 'ACTION_RECORDED' as const,
          occurredAt: at,
          data: {
            trackId: row.id,
            pathwayId: row.pathwayId,
            step: row.step,
            action: input.action,
            values: (result.events[0]?.action?.values ?? {}) as Prisma.InputJsonObject,
            clockChanges: result.clockChanges as never,
          },
        },
      ],
      // The audit row names the fields recorded, never their values.
      audit: { action: 'case.recordAction', data: { trackId: row.id, actionId: input.action, fields } },
    };
  });
}

caseMutation(
  'caseRecordAction',
  "Record a step action on a track (e.g. contact MASH, alert Housing): the track stays at its step. A required action unblocks the transitions after it. See the track's checklist.",
  caseInput('CaseRecordActionInput', (t) => ({
    trackId: trackField(t),
    actionId: t.string({ required: true, description: 'The action id, from the track checklist.' }),
    values: t.field({
      type: 'JSONObject',
      description: "What the action records (its checklist item's `records`), by field name.",
    }),
    occurredAt: t.field({ type: 'DateTime', description: OCCURRED_AT_DESCRIPTION }),
  })),
  ACTION_ERRORS,
  (input, request) =>
    recordAction(request, {
      ...base(input),
      trackId: input.trackId.id,
      action: input.actionId,
      values: input.values,
      occurredAt: input.occurredAt,
    }),
);
