/** caseSubmitDutyToNotify: the track's Duty to Notify transition and the DutyToNotify record. */
import { factsOf } from '../pathways/engine-adapter.ts';
import { base, caseMutation, MOVE_ERRORS, trackInput } from './case-mutation.ts';
import { changeCase, type RequestInfo, type Versioned } from './case-transaction.ts';
import { move, transitionEvent } from './track-moves.ts';

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

caseMutation(
  'caseSubmitDutyToNotify',
  'Submit a Duty to Notify (MS1): First Responders only, adults who do not consent to the NRM; anonymised unless they consent to sharing details.',
  trackInput('CaseSubmitDutyToNotifyInput'),
  MOVE_ERRORS,
  (input, request) => submitDutyToNotify(request, { ...base(input), trackId: input.trackId.id }),
);
