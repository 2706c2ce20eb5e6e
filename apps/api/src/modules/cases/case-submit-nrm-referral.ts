/** caseSubmitNrmReferral: the track's NRM-referral transition and the NrmReferral record. */
import { caseWideRefusal, isTreatedAsChild, NRM_REFERRAL_FACTS } from '@waymark/pathways';
import { caseFacts, factsOf } from '../pathways/engine-adapter.ts';
import { RuleViolationError } from './case-errors.ts';
import { changedFacts, mergeFacts } from './case-facts.ts';
import { caseRecords } from './case-records.ts';
import { base, caseMutation, MOVE_ERRORS, trackInput } from './case-mutation.ts';
import { changeCase, type RequestInfo, type Versioned } from './case-transaction.ts';
import { move, transitionEvent } from './track-moves.ts';

export async function submitNrmReferral(request: RequestInfo, input: Versioned & { trackId: string }) {
  return changeCase(request, input.caseId, input.expectedVersion, async (tx, current, now) => {
    // One NRM referral per case, whichever track it is on (003 8.7).
    const refusal = caseWideRefusal('nrmReferral', await caseRecords(tx, current.id));
    if (refusal) throw RuleViolationError.from(refusal);
    const facts = caseFacts(current, now);
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
    // The person is in the NRM for the whole case: no Duty to Notify on any track after this.
    const before = factsOf(current.facts);
    const stored = mergeFacts(before, NRM_REFERRAL_FACTS);
    return {
      events: [
        transitionEvent(moved.track, moved.transition, moved.result),
        { kind: 'NRM_REFERRAL_SUBMITTED', data: { nrmReferralId: referral.id } },
      ],
      update: { facts: stored },
      audit: {
        action: 'case.submitNrmReferral',
        data: { nrmReferralId: referral.id, facts: changedFacts(before, stored) },
      },
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
