/** caseSubmitNrmReferral: the track's NRM-referral transition and the NrmReferral record. */
import {
  calendar,
  caseWideRefusal,
  concernRefusal,
  isTreatedAsChild,
  NRM_REFERRAL_FACTS,
  nrmSubmitterRefusal,
} from '@waymark/pathways';
import { NotPermittedError } from '../../errors.ts';
import { caseFacts, factsOf } from '../pathways/engine-adapter.ts';
import { RuleViolationError } from './case-errors.ts';
import { changedFacts, mergeFacts } from './case-facts.ts';
import { caseRecords } from './case-records.ts';
import { base, caseMutation, MOVE_ERRORS, submissionInput } from './case-mutation.ts';
import { changeCase, type RequestInfo, type Versioned } from './case-transaction.ts';
import { submissionMove } from './submission-move.ts';

/**
 * Records that the NRM referral was submitted (in the Home Office's form): the pathway moves, and
 * the referral keeps the authority's reference, the form version, the pack's hash and its
 * completeness. An incomplete pack never stops the recording: it happened outside Waymark.
 */
export async function submitNrmReferral(
  request: RequestInfo,
  input: Versioned & { trackId: string; authorityReference?: string | null; occurredAt?: Date | null },
) {
  return changeCase(
    request,
    input.caseId,
    input.expectedVersion,
    async (tx, current, now) => {
      // Only for a potential victim; one NRM referral per case, whichever track it is on (003 8.7).
      const records = await caseRecords(tx, current.id);
      const refusal = concernRefusal('nrmReferral', current.concernKind) ?? caseWideRefusal('nrmReferral', records);
      if (refusal) throw RuleViolationError.from(refusal);
      // Hertfordshire: the meeting named who submits (003 8.5).
      const notTheLead = nrmSubmitterRefusal(records, request.viewer.organisation.id);
      if (notTheLead) throw new NotPermittedError(notTheLead.message);
      const facts = caseFacts(current, now);
      const { at, record, eventData, transitionEvent } = await submissionMove(
        tx,
        request,
        current,
        input,
        { transition: 'nrmReferral', pack: 'NRM' },
        facts,
        now,
      );
      const referral = await tx.nrmReferral.create({
        data: { ...record, childNoConsentNeeded: isTreatedAsChild(facts) === true },
      });
      // The person is in the NRM for the whole case: no Duty to Notify on any track after this.
      const before = factsOf(current.facts);
      // The submission's real date, for clocks on other tracks that count from it (Coventry's RG expected).
      const stored = mergeFacts(before, {
        ...NRM_REFERRAL_FACTS,
        nrmSubmittedOn: calendar.formatDate(calendar.londonDate(at.getTime())),
      });
      return {
        events: [
          transitionEvent,
          { kind: 'NRM_REFERRAL_SUBMITTED', occurredAt: at, data: { nrmReferralId: referral.id, ...eventData } },
        ],
        update: { facts: stored },
        audit: {
          action: 'case.submitNrmReferral',
          data: { nrmReferralId: referral.id, facts: changedFacts(before, stored) },
        },
      };
    },
    { weight: 'submission' },
  );
}

caseMutation(
  'caseSubmitNrmReferral',
  'Record that the NRM referral was submitted (First Responder organisations only; a child needs no consent, an adult must consent). Keeps the form version, the pack hash and its completeness; an incomplete pack does not stop it.',
  submissionInput('CaseSubmitNrmReferralInput'),
  MOVE_ERRORS,
  (input, request) =>
    submitNrmReferral(request, {
      ...base(input),
      trackId: input.trackId.id,
      authorityReference: input.authorityReference,
      occurredAt: input.occurredAt,
    }),
);
