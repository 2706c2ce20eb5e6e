/** caseSubmitNrmReferral: the track's NRM-referral transition and the NrmReferral record. */
import { isTreatedAsChild } from '@waymark/pathways';
import { factsOf } from '../pathways/engine-adapter.ts';
import { base, caseMutation, MOVE_ERRORS, trackInput } from './case-mutation.ts';
import { changeCase, type RequestInfo, type Versioned } from './case-transaction.ts';
import { move, transitionEvent } from './track-moves.ts';

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

caseMutation(
  'caseSubmitNrmReferral',
  'Submit the NRM referral (First Responder organisations only; a child needs no consent, an adult must consent).',
  trackInput('CaseSubmitNrmReferralInput'),
  MOVE_ERRORS,
  (input, request) => submitNrmReferral(request, { ...base(input), trackId: input.trackId.id }),
);
