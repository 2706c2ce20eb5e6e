/** caseRequestReconsideration: ask for a negative decision to be reconsidered. */
import { caseFacts } from '../pathways/engine-adapter.ts';
import { base, caseMutation, MOVE_ERRORS, trackInput } from './case-mutation.ts';
import { changeCase, type RequestInfo, type Versioned } from './case-transaction.ts';
import { move, transitionEvent } from './track-moves.ts';

/** After a negative decision and within 30 days of it, by any organisation (003 8.9, 002). */
export async function requestReconsideration(request: RequestInfo, input: Versioned & { trackId: string }) {
  return changeCase(request, input.caseId, input.expectedVersion, async (tx, current, now) => {
    const moved = await move(
      tx,
      request,
      current,
      input.trackId,
      { kind: 'reconsiderationRequest' },
      caseFacts(current, now),
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
        transitionEvent(moved),
        { kind: 'RECONSIDERATION_REQUESTED', data: { decisionId: negative?.id ?? null } },
      ],
      audit: { action: 'case.requestReconsideration', data: { decisionId: negative?.id ?? null } },
    };
  });
}

caseMutation(
  'caseRequestReconsideration',
  'Ask for a negative decision to be reconsidered: any organisation, within 30 days of the decision.',
  trackInput('CaseRequestReconsiderationInput'),
  MOVE_ERRORS,
  (input, request) => requestReconsideration(request, { ...base(input), trackId: input.trackId.id }),
);
