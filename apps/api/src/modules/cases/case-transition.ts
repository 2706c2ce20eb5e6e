/** caseTransition: take a named transition on a track, optionally recording facts with it. */
import { base, caseMutation, caseInput, MOVE_ERRORS, trackField } from './case-mutation.ts';
import { changeCase, type RequestInfo } from './case-transaction.ts';
import { move, transitionEvent, withFacts } from './track-moves.ts';

export async function transition(
  request: RequestInfo,
  input: {
    caseId: string;
    trackId: string;
    transition: string;
    expectedVersion: number;
    facts?: Record<string, unknown> | null;
  },
) {
  return changeCase(request, input.caseId, input.expectedVersion, async (tx, current, now) => {
    const { facts, changed } = withFacts(current, input.facts);
    const moved = await move(tx, request, current, input.trackId, { transition: input.transition }, facts, now);
    return {
      events: [
        ...(changed.length ? [{ kind: 'FACTS_RECORDED' as const, data: { facts: changed } }] : []),
        transitionEvent(moved.track, moved.transition, moved.result),
      ],
      update: changed.length ? { facts } : undefined,
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
  })),
  MOVE_ERRORS,
  (input, request) =>
    transition(request, {
      ...base(input),
      trackId: input.trackId.id,
      transition: input.transition,
      facts: input.facts,
    }),
);
