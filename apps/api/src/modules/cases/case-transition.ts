/** caseTransition: take a named transition on a track, optionally recording facts with it. */
import { recordTransitionOwner } from '@waymark/pathways';
import { definitionOf } from '../pathways/engine-adapter.ts';
import { RuleViolationError } from './case-errors.ts';
import { base, caseMutation, caseInput, MOVE_ERRORS, trackField } from './case-mutation.ts';
import { changeCase, type RequestInfo } from './case-transaction.ts';
import { OCCURRED_AT_DESCRIPTION, occurredAtOf } from './occurred-at.ts';
import { decisionAlreadyRecorded, loadTrack, move, transitionEvent, withFacts } from './track-moves.ts';

export async function transition(
  request: RequestInfo,
  input: {
    caseId: string;
    trackId: string;
    transition: string;
    expectedVersion: number;
    facts?: Record<string, unknown> | null;
    occurredAt?: Date | null;
  },
) {
  return changeCase(request, input.caseId, input.expectedVersion, async (tx, current, now) => {
    // Done before it was recorded (a placement, a move-on): clocks count from the real time.
    const at = occurredAtOf(input.occurredAt, current.identifiedAt, now);
    // A transition that creates a record (NRM referral, DtN, decision, reconsideration) is taken
    // only by its own mutation, so every one of them has its record.
    const row = await loadTrack(tx, current, input.trackId);
    const owner = recordTransitionOwner(definitionOf(row), input.transition);
    if (owner && !(await decisionAlreadyRecorded(tx, current, definitionOf(row), input.transition)))
      throw new RuleViolationError(
        `"${input.transition}" is recorded with ${owner.mutation}, which also keeps its record.`,
        owner.rule,
        owner.section,
        { mutation: owner.mutation, transition: input.transition },
      );
    const { stored, facts, changed } = withFacts(current, input.facts, now);
    const moved = await move(tx, request, current, input.trackId, { transition: input.transition }, facts, now, {
      occurredAt: at,
    });
    return {
      events: [
        ...(changed.length ? [{ kind: 'FACTS_RECORDED' as const, occurredAt: at, data: { facts: changed } }] : []),
        transitionEvent(moved),
      ],
      update: changed.length ? { facts: stored } : undefined,
      audit: {
        action: 'case.transition',
        data: { trackId: moved.track.id, transition: moved.transition, facts: changed },
      },
    };
  });
}

caseMutation(
  'caseTransition',
  'Take a transition on a track. The pathway engine decides; a refusal changes nothing.',
  caseInput('CaseTransitionInput', (t) => ({
    trackId: trackField(t),
    transition: t.string({ required: true }),
    facts: t.field({ type: 'JSONObject', description: 'Facts to record with the move, in the same transaction.' }),
    occurredAt: t.field({ type: 'DateTime', description: OCCURRED_AT_DESCRIPTION }),
  })),
  MOVE_ERRORS,
  (input, request) =>
    transition(request, {
      ...base(input),
      trackId: input.trackId.id,
      transition: input.transition,
      facts: input.facts,
      occurredAt: input.occurredAt,
    }),
);
